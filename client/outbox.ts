/**
 * The phone's outbox: at-least-once delivery of a pledge, with no framework and no DOM, so the
 * same code runs in the browser and in the fault tests.
 *
 * A pledge to send is written to storage first, then sent with an acknowledgement timeout and
 * re-sent until the server acknowledges it — across timeouts, dropped connections, server
 * restarts and page reloads. The pledge id is chosen once, before the first attempt, so every
 * retry carries the same idempotency key and the server stores the pledge exactly once.
 *
 * Every send names the stored version it is based on (`basedOn`), so a late resend never replaces
 * a newer text: the server answers it with the version it holds, which the phone then shows.
 */
import type { Ack, ErrorCode, PledgeResult } from '../shared/protocol';
import type { Pledge, PledgeContentInput } from '../shared/schemas';
import { hearDuring, type LinkSocket } from './link-silence';

export type OutboxEvent = 'pledge:submit' | 'pledge:edit';

export interface PendingPledge {
  event: OutboxEvent;
  payload: PledgeContentInput & { id: string };
  queuedAt: number;
}

/**
 * - `idle`: nothing to send; `saved`: the last pledge was acknowledged (see lastSavedAt);
 * - `sending`: an attempt is in flight or about to be retried;
 * - `offline`: no connection; it will be sent when the connection returns;
 * - `held`: the server cannot take it now (the round is not open); kept, sent again on wake();
 * - `refused`: the server refused it for good (see error); kept so the text is not lost;
 * - `changed`: a newer version was saved meanwhile (another device, a moderator's fix): this text
 *   was not applied (see superseded) and `saved` is the version stored now.
 */
export type OutboxStatus = 'idle' | 'saved' | 'sending' | 'offline' | 'held' | 'refused' | 'changed';

export interface OutboxState {
  status: OutboxStatus;
  pending: PendingPledge | null;
  /** The pledge as the server last answered it: the one this phone saved, or a newer one (`changed`). */
  saved: Pledge | null;
  /** The text that was not applied because a newer version was saved (`changed`); null otherwise. */
  superseded: PendingPledge['payload'] | null;
  lastSavedAt: number | null;
  error: ErrorCode | 'timeout' | null;
  attempts: number;
}

export interface OutboxStorage {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

type SendResult = Ack<PledgeResult> | { ok: false; error: { code: 'timeout'; message: string } };

export interface OutboxTransport {
  connected(): boolean;
  /** Subscribes to (re)connections; returns the unsubscribe function. */
  onConnect(listener: () => void): () => void;
  send(event: OutboxEvent, payload: PendingPledge['payload'], timeoutMs: number): Promise<SendResult>;
}

export interface OutboxOptions {
  storage: OutboxStorage;
  /** Storage key, one per session. */
  key: string;
  transport: OutboxTransport;
  ackTimeoutMs?: number;
  /** Delay before retry number `attempt` (1-based); default: backoffDelay. */
  retryDelayMs?: (attempt: number) => number;
  now?: () => number;
}

/** Codes that mean "not now" rather than "never": the pledge stays queued. */
const HOLD_CODES: readonly string[] = ['round_not_open'];
/** Codes that mean "try again shortly" (for every command a phone repeats until answered). */
export const RETRY_CODES: readonly string[] = ['timeout', 'rate_limited', 'internal', 'conflict', 'store_unavailable'];

/** Delay before retry number `attempt` (1-based): 0.5 s doubling to 5 s, with jitter. */
export const backoffDelay = (attempt: number) => Math.min(5000, 500 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);

export class PledgeOutbox {
  private current: OutboxState;
  private readonly listeners = new Set<(s: OutboxState) => void>();
  private readonly unsubscribe: () => void;
  private running = false;
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  /** wake() came while an attempt was in flight: a "not now" answer to it is already stale. */
  private wokenInFlight = false;

  constructor(private readonly opts: OutboxOptions) {
    const stored = readPending(opts.storage, opts.key);
    // A pledge left by an earlier page load is already on its way: say so from the first render.
    const status: OutboxStatus = !stored ? 'idle' : opts.transport.connected() ? 'sending' : 'offline';
    this.current = { status, pending: stored, saved: null, superseded: null, lastSavedAt: null, error: null, attempts: 0 };
    // A connection coming back ends any wait early: send at once.
    this.unsubscribe = opts.transport.onConnect(() => this.wake());
  }

  get state(): OutboxState {
    return this.current;
  }

  subscribe(listener: (s: OutboxState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a pledge (replacing an unsent one: the newest text wins) and starts sending. The
   * payload's `basedOn` is the stored version its text replaces (null for a new pledge).
   */
  enqueue(event: OutboxEvent, payload: PendingPledge['payload']): void {
    const pending: PendingPledge = { event, payload, queuedAt: this.now() };
    writePending(this.opts.storage, this.opts.key, pending);
    this.set({ pending, superseded: null, error: null, attempts: 0, status: 'sending' });
    this.wake();
    void this.run();
  }

  /** Sends what a previous page load left unsent. */
  resume(): void {
    if (this.current.pending) void this.run();
  }

  /** Retries now (connection back, round reopened). */
  wake(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    if (w) w();
    else if (this.running) this.wokenInFlight = true;
    if (this.current.pending && !this.running && this.current.status === 'held') void this.run();
  }

  /** Forgets an unsent pledge on purpose (the person discarded it), or a text a newer version overtook. */
  discard(): void {
    writePending(this.opts.storage, this.opts.key, null);
    this.set({ pending: null, superseded: null, status: this.current.saved ? 'saved' : 'idle', error: null });
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.wake();
  }

  private now() {
    return (this.opts.now ?? Date.now)();
  }

  private set(patch: Partial<OutboxState>) {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) {
      // A failing listener (UI code) must never stop the delivery loop: report it and go on.
      try {
        l(this.current);
      } catch (err) {
        setTimeout(() => {
          throw err;
        });
      }
    }
  }

  /** Resolves after `ms`, or earlier on wake(). */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeUp = null;
        resolve();
      }, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /**
   * The answer to a send that a newer text replaced while it was in flight: that send's text is
   * stored now. The newer text was typed on the same version as the answered one and replaces this
   * phone's own text, so from now on it is based on what was stored. (A replaced send whose answer
   * is lost cannot be rebased: the newer text then meets `pledge_changed`. The phone's form takes
   * no new text while one is on its way, so there the case does not arise.)
   */
  private rebase(answered: PendingPledge, stored: Pledge): void {
    const pending = this.current.pending;
    if (!pending || pending.payload.id !== stored.id || (pending.payload.basedOn ?? null) !== (answered.payload.basedOn ?? null)) return;
    const rebased: PendingPledge = { ...pending, payload: { ...pending.payload, basedOn: stored.updatedAt } };
    writePending(this.opts.storage, this.opts.key, rebased);
    this.set({ pending: rebased });
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.stopped && this.current.pending) {
        const pending = this.current.pending;
        if (!this.opts.transport.connected()) {
          this.set({ status: 'offline' });
          await this.pause(60_000); // woken by the next connect
          continue;
        }
        this.set({ status: 'sending', attempts: this.current.attempts + 1 });
        this.wokenInFlight = false;
        const res = await this.opts.transport.send(pending.event, pending.payload, this.opts.ackTimeoutMs ?? 8000);
        if (this.current.pending !== pending) {
          // Replaced while in flight: send the newer one, on top of what this one stored.
          if (res.ok) this.rebase(pending, res.pledge);
          continue;
        }
        if (res.ok) {
          writePending(this.opts.storage, this.opts.key, null);
          this.set({ status: 'saved', pending: null, saved: res.pledge, superseded: null, lastSavedAt: this.now(), error: null, attempts: 0 });
          return;
        }
        const code = res.error.code;
        if (code === 'pledge_changed' && res.error.current) {
          // A newer version was saved meanwhile: this text is not applied; the stored one is shown.
          writePending(this.opts.storage, this.opts.key, null);
          this.set({ status: 'changed', pending: null, saved: res.error.current, superseded: pending.payload, error: code, attempts: 0 });
          return;
        }
        if (code === 'pledge_not_found' && pending.event === 'pledge:edit') {
          // The pledge being edited never reached the store (its first send was lost): submit it.
          const resubmit: PendingPledge = { ...pending, event: 'pledge:submit' };
          writePending(this.opts.storage, this.opts.key, resubmit);
          this.set({ pending: resubmit });
          continue;
        }
        if (HOLD_CODES.includes(code)) {
          // The round reopened while this attempt was on its way (the answer and the news can
          // cross): the answer is stale, try again at once instead of waiting for the next wake.
          if (this.wokenInFlight) {
            this.wokenInFlight = false;
            this.set({ status: 'sending', error: code });
            continue;
          }
          this.set({ status: 'held', error: code });
          return; // wake() (round reopened) sends it again
        }
        if (RETRY_CODES.includes(code)) {
          this.set({ status: 'sending', error: code });
          await this.pause((this.opts.retryDelayMs ?? backoffDelay)(this.current.attempts));
          continue;
        }
        this.set({ status: 'refused', error: code });
        return;
      }
    } finally {
      this.running = false;
    }
  }
}

function readPending(storage: OutboxStorage, key: string): PendingPledge | null {
  try {
    const raw = storage.get(key);
    if (!raw) return null;
    const p = JSON.parse(raw) as PendingPledge;
    return p && typeof p.payload?.id === 'string' && (p.event === 'pledge:submit' || p.event === 'pledge:edit') ? p : null;
  } catch {
    return null;
  }
}

function writePending(storage: OutboxStorage, key: string, pending: PendingPledge | null) {
  storage.set(key, pending ? JSON.stringify(pending) : null);
}

/**
 * What the transport needs of a Socket.IO client socket. `timeout()` is typed loosely on purpose:
 * a typed `Socket<ServerToClientEvents, ClientToServerEvents>` (the app's and the tests') has an
 * `emit` that no single plain signature matches, so the narrowing happens inside.
 */
export interface OutboxSocket extends LinkSocket {
  on(event: 'connect', listener: () => void): unknown;
  off(event: 'connect', listener: () => void): unknown;
  timeout(ms: number): object;
}

type AckEmitter = { emit(event: string, payload: unknown, cb: (err: Error | null, res: unknown) => void): unknown };

/** The transport over a Socket.IO client socket (browser or Node). */
export function socketTransport(socket: OutboxSocket): OutboxTransport {
  return {
    connected: () => socket.connected,
    onConnect(listener) {
      socket.on('connect', listener);
      return () => socket.off('connect', listener);
    },
    send(event, payload, timeoutMs) {
      return new Promise((resolve) => {
        // A link dead without a word gets a fresh connection, and the pledge goes on it; a server
        // that is only slow still talks, and the pledge goes again on the same connection.
        const listening = hearDuring(socket);
        (socket.timeout(timeoutMs) as AckEmitter).emit(event, payload, (err, res) => {
          listening.end(!err);
          if (err) {
            resolve({ ok: false, error: { code: 'timeout', message: err.message } });
          }
          else if (isResult(res)) resolve(res);
          // Not an ack at all (a proxy, a server bug): treat it as a failed attempt and retry.
          else resolve({ ok: false, error: { code: 'internal', message: 'malformed ack' } });
        });
      });
    },
  };
}

function isResult(value: unknown): value is SendResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; pledge?: unknown; error?: { code?: unknown } };
  if (v.ok === true) return typeof v.pledge === 'object' && v.pledge !== null;
  return v.ok === false && typeof v.error?.code === 'string';
}
