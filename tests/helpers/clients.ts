import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, DeltaBatch, DeltaKind, ServerToClientEvents, SessionDelta, SessionSnapshot } from '../../shared/protocol';
import type { Handshake } from '../../shared/schemas';
import { closed, opened } from './leftovers';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type DeltaOf<K extends DeltaKind> = Extract<SessionDelta, { kind: K }>;

/** Events received by every Client of this process so far: an event's `order` places it among them. */
let arrivals = 0;

/** A phone's own secret, as the phone page makes it: 128 bits, base64url (22 characters). */
export const newDeviceToken = () => randomBytes(16).toString('base64url');

/**
 * A real socket.io-client connection that records every server event, so a test can wait for an
 * event that may already have arrived. One left open is closed after its test file (leftovers.ts).
 */
export class Client {
  readonly socket: TestSocket;
  /**
   * Every event in arrival order, with when it arrived (`Date.now()`) and its place among the
   * events every Client of the process received (`order`, to compare arrivals on several clients).
   */
  readonly received: { event: string; payload: unknown; at: number; order: number }[] = [];
  private waiters: { event: string; pred: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];

  constructor(url: string, auth: Handshake | (() => Handshake), opts: { transports?: string[] } = {}) {
    this.socket = io(url, {
      auth: typeof auth === 'function' ? (cb) => cb(auth()) : auth,
      transports: opts.transports ?? ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
      forceNew: true,
    }) as TestSocket;
    opened(this);
    this.socket.onAny((event: string, payload: unknown) => {
      this.received.push({ event, payload, at: Date.now(), order: ++arrivals });
      this.waiters = this.waiters.filter((w) => {
        if (w.event === event && w.pred(payload)) {
          w.resolve(payload);
          return false;
        }
        return true;
      });
    });
  }

  /** Resolves with the first event (already received or future) matching the predicate. */
  waitFor<E extends keyof ServerToClientEvents>(
    event: E,
    pred: (p: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
    timeoutMs = 5000,
    since = 0,
  ): Promise<Parameters<ServerToClientEvents[E]>[0]> {
    type P = Parameters<ServerToClientEvents[E]>[0];
    const seen = this.received.slice(since).find((r) => r.event === event && pred(r.payload as P));
    if (seen) return Promise.resolve(seen.payload as P);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), timeoutMs);
      this.waiters.push({
        event,
        pred: (p) => pred(p as P),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as P);
        },
      });
    });
  }

  /** The latest full state received. */
  async snapshot(since = 0, timeoutMs = 5000): Promise<SessionSnapshot> {
    await this.waitFor('session:state', () => true, timeoutMs, since);
    return [...this.received].reverse().find((r) => r.event === 'session:state')!.payload as SessionSnapshot;
  }

  events<E extends keyof ServerToClientEvents>(event: E): Parameters<ServerToClientEvents[E]>[0][] {
    return this.received.filter((r) => r.event === event).map((r) => r.payload as Parameters<ServerToClientEvents[E]>[0]);
  }

  /** Every `session:deltas` frame received (from index `since` of `received`), in arrival order. */
  frames(since = 0): DeltaBatch[] {
    return this.received.slice(since).filter((r) => r.event === 'session:deltas').map((r) => r.payload as DeltaBatch);
  }

  /** Every delta of `kind` received in frames (from index `since` of `received`), in arrival order. */
  deltas<K extends DeltaKind>(kind: K, since = 0): DeltaOf<K>[] {
    return this.frames(since).flatMap((b) => b.deltas.filter((d): d is DeltaOf<K> => d.kind === kind));
  }

  /** Every seq the frames received (from index `since`) covered, in arrival order. */
  seqs(since = 0): number[] {
    return this.frames(since).flatMap((b) => b.seqs);
  }

  /** Resolves with the first delta of `kind` matching the predicate, in a frame already received or to come. */
  async waitForDelta<K extends DeltaKind>(kind: K, pred: (d: DeltaOf<K>) => boolean = () => true, timeoutMs = 5000, since = 0): Promise<DeltaOf<K>> {
    const match = (d: SessionDelta): d is DeltaOf<K> => d.kind === kind && pred(d as DeltaOf<K>);
    const batch = await this.waitFor('session:deltas', (b) => b.deltas.some(match), timeoutMs, since).catch((err: Error) => {
      throw new Error(`${err.message} with a "${kind}" delta matching ${pred.toString().slice(0, 200)}`);
    });
    return batch.deltas.find(match)!;
  }

  /** Emits a command and resolves with its acknowledgement. */
  send<E extends keyof ClientToServerEvents>(event: E, ...payload: unknown[]): Promise<Ack<Record<string, any>>> {
    return (this.socket.timeout(5000) as unknown as { emitWithAck: (e: string, ...a: unknown[]) => Promise<Ack<Record<string, any>>> }).emitWithAck(
      event,
      ...payload,
    );
  }

  /** Emits a command and resolves with its acknowledgement's fields; throws if it was refused. */
  async sendOk<E extends keyof ClientToServerEvents>(event: E, ...payload: unknown[]): Promise<Record<string, any>> {
    const ack = await this.send(event, ...payload);
    if (!ack.ok) throw new Error(`${event} refused: ${JSON.stringify(ack)}`);
    return ack;
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (err) => reject(err));
    });
  }

  close() {
    this.socket.disconnect();
    closed(this);
  }
}

/** Resolves with the refusal a handshake gets. */
export function refusedHandshake(url: string, auth: unknown): Promise<Error & { data?: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: auth as Record<string, unknown>, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.on('connect', () => {
      socket.disconnect();
      reject(new Error('handshake was accepted'));
    });
    socket.on('connect_error', (err) => {
      socket.disconnect();
      resolve(err as Error & { data?: unknown });
    });
    // A handshake the protocol parser rejects outright (auth that is not an object) closes the transport.
    // (A refusal's connect_error may arrive just after the close: give it precedence.)
    const closed = () => setTimeout(() => resolve(Object.assign(new Error('closed'), { data: undefined })), 200);
    socket.io.on('open', () => socket.io.engine.on('close', closed));
  });
}
