import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientEventName, ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import type { Handshake } from '../shared/schemas';

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
 * every outcome in one place.
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
    emitter.emit(event, ...payload, (err: Error | null, result: unknown) => {
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
