import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientEventName, ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import type { Handshake } from '../shared/schemas';
import { hearDuring } from './link-silence';
import { backoffDelay, RETRY_CODES } from './outbox';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a command waits for its ack before we call it a timeout (and usually retry). */
export const ACK_TIMEOUT_MS = 8000;

/**
 * One typed socket per page. `auth` is read on every (re)connect, so a phone that just claimed a
 * seat sends its new device token, and every reconnect its current `lastSeq` (the newest sequence
 * number the client holds, so an unrecovered reconnect gets a snapshot only when something
 * changed), without rebuilding the socket.
 */
export function createSocket(auth: () => Handshake): AppSocket {
  return io({
    autoConnect: false,
    // WebSocket first: one round trip less on a slow venue link, and a single TCP connection that
    // any server process can hold. Long-polling is the fallback when a network blocks WebSocket
    // (served by a single process, or by several behind a sticky load balancer; docs/scaling.md).
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    // An attempt that has not opened by then is dropped and retried (Socket.IO waits 20 s by
    // default). A WebSocket that is accepted and then closed before the server's first packet (a
    // proxy giving up, a server restarting) fails without an error event: only this timeout ends it.
    timeout: 8000,
    auth: (cb) => cb(auth()),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

type Params<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>;
/** The payload arguments of an event: everything before the ack callback. */
type PayloadArgs<E extends ClientEventName> = Params<E> extends [...infer P, (result: never) => void] ? P : never;
/** What the server answers through the ack. */
export type AckOf<E extends ClientEventName> = Params<E> extends [...unknown[], (result: infer R) => void] ? R : never;

export interface TimeoutError {
  ok: false;
  error: { code: 'timeout'; message: string };
}
export type AckResult<E extends ClientEventName> = AckOf<E> | TimeoutError;

/**
 * Emits a command and resolves with the server's Ack union; a missing answer after `ACK_TIMEOUT_MS`
 * resolves as `{ ok: false, error: { code: 'timeout' } }` instead of throwing, so callers handle
 * every outcome in one place. A missing answer on a link that said nothing meanwhile opens a fresh
 * connection (link-silence.ts), so a retry does not go into a dead one.
 */
export function emitWithAck<E extends ClientEventName>(
  socket: AppSocket,
  event: E,
  ...payload: PayloadArgs<E>
): Promise<AckResult<E>> {
  return new Promise((resolve) => {
    // socket.io's typings cannot follow a generic event name through timeout(); the shapes are
    // guaranteed by the PayloadArgs / AckOf types above.
    const emitter = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emit(event: string, ...args: unknown[]): void;
    };
    const listening = hearDuring(socket);
    emitter.emit(event, ...payload, (err: Error | null, result: unknown) => {
      listening.end(!err);
      if (err) {
        resolve({ ok: false, error: { code: 'timeout', message: err.message } });
      } else if (isAck(result)) {
        resolve(result as AckResult<E>);
      } else {
        resolve({ ok: false, error: { code: 'internal', message: 'malformed ack' } } as AckResult<E>);
      }
    });
  });
}

function isAck(value: unknown): value is Ack {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Resolves once the socket is connected (immediately if it already is). */
export function whenConnected(socket: AppSocket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve) => socket.once('connect', () => resolve()));
}

/** Resolves after `ms`, or as soon as the socket (re)connects: a connection back ends any wait. */
function pause(socket: AppSocket, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      socket.off('connect', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    socket.on('connect', done);
  });
}

/**
 * Emits a command that is safe to repeat until the server answers it: no answer, and the errors
 * that mean "try again shortly", are retried on their own with growing pauses (0.5 s doubling to
 * 5 s, sooner when the connection comes back), each attempt once connected. `onRetry` tells the
 * page how many attempts went unanswered and why; it stops, with the last answer, once
 * `stillWanted()` turns false (the page moved on).
 */
export async function emitUntilAnswered<E extends ClientEventName>(
  socket: AppSocket,
  event: E,
  payload: PayloadArgs<E>,
  opts: { stillWanted: () => boolean; onRetry?: (retries: number, code: string) => void },
): Promise<AckResult<E>> {
  for (let retries = 1; ; retries++) {
    await whenConnected(socket);
    const res = await emitWithAck(socket, event, ...payload);
    const answer = res as Ack | TimeoutError;
    if (answer.ok || !RETRY_CODES.includes(answer.error.code) || !opts.stillWanted()) return res;
    opts.onRetry?.(retries, answer.error.code);
    await pause(socket, backoffDelay(retries));
    if (!opts.stillWanted()) return res;
  }
}
