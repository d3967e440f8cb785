import { PledgeOutbox, socketTransport, type OutboxState } from '../../client/outbox';
import { Client } from './clients';
import { pledgeFor, seatedPhone } from './round';

/** An in-memory stand-in for the browser's localStorage. */
export class MapStorage {
  readonly map = new Map<string, string>();
  get(key: string) {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string | null) {
    if (value === null) this.map.delete(key);
    else this.map.set(key, value);
  }
}

/**
 * A panelist's phone as the product builds it: a seated socket.io-client connection and the
 * client's own PledgeOutbox (the code the phone page runs), with a short ack timeout.
 */
export async function outboxPhone(url: string, sessionId: string, panelistId: string, opts: { ackTimeoutMs?: number } = {}) {
  const { phone, deviceToken } = await seatedPhone(url, sessionId, panelistId);
  const storage = new MapStorage();
  const outbox = new PledgeOutbox({
    storage,
    key: `pledge-round:outbox:${sessionId}`,
    transport: socketTransport(phone.socket as unknown as Parameters<typeof socketTransport>[0]),
    ackTimeoutMs: opts.ackTimeoutMs ?? 2000,
    retryDelayMs: (attempt) => Math.min(1000, 100 * attempt),
  });
  const history: OutboxState[] = [];
  outbox.subscribe((s) => history.push(s));
  return { phone, deviceToken, storage, outbox, history, panelistId };
}

export type OutboxPhone = Awaited<ReturnType<typeof outboxPhone>>;

/** Resolves when the outbox has had its pledge acknowledged. */
export function whenSaved(p: OutboxPhone, timeoutMs = 30000): Promise<OutboxState> {
  if (p.outbox.state.status === 'saved') return Promise.resolve(p.outbox.state);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pledge of ${p.panelistId} not saved; last state ${JSON.stringify(p.outbox.state)}`)),
      timeoutMs,
    );
    const off = p.outbox.subscribe((s) => {
      if (s.status === 'saved') {
        clearTimeout(timer);
        off();
        resolve(s);
      }
    });
  });
}

export { Client, pledgeFor };
