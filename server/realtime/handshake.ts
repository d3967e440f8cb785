import type { AppError } from '../../shared/protocol';
import { STORE_UNAVAILABLE } from '../http/errors';
import { describeError, warnOften, type Logger } from '../log';
import type { RateLimits } from '../limits';
import { StoreUnavailableError } from '../store/types';

/** What a refused handshake sends: the code as the error's message, the whole error as its data. */
export const handshakeError = (error: AppError) => Object.assign(new Error(error.code), { data: error });

/** An engine connection's holds on its address: one per namespace socket on it. */
interface ConnHolds {
  ip: string;
  limits: Pick<RateLimits, 'release'>;
  sockets: number;
}
/** Each held connection's record, beside it: per socket there is nothing else (no closure). */
const connHolds = new WeakMap<object, ConnHolds>();

/** The one `close` listener of every held connection (`this` is the connection that closed). */
function releaseHolds(this: object): void {
  const held = connHolds.get(this);
  if (!held) return;
  connHolds.delete(this);
  for (let i = 0; i < held.sockets; i++) held.limits.release(held.ip);
}

/**
 * The one `disconnect` listener of every held socket (`this` is the socket): a socket leaving its
 * namespace while its connection stays open (another namespace on it, or a client that connects
 * again on the same connection) gives its hold back at once.
 */
function releaseSocketHold(this: { conn: object }): void {
  const held = connHolds.get(this.conn);
  if (!held) return;
  held.limits.release(held.ip);
  if (--held.sockets === 0) connHolds.delete(this.conn);
}

type Conn = { readyState: string; on(event: 'close', fn: (this: object) => void): unknown };
type HeldSocket = { conn: Conn; on(event: 'disconnect', fn: (this: { conn: object }) => void): unknown };

/**
 * A socket counted by `limits.hold(ip)` stays counted until it disconnects or its connection
 * closes, whichever comes first (a socket whose handshake was refused by a later middleware never
 * connects, so its connection's close gives its hold back).
 */
export function holdUntilClosed(socket: HeldSocket, limits: Pick<RateLimits, 'release'>, ip: string): void {
  const conn = socket.conn;
  const held = connHolds.get(conn);
  if (held) held.sockets++;
  else {
    connHolds.set(conn, { ip, limits, sockets: 1 });
    conn.on('close', releaseHolds);
  }
  socket.on('disconnect', releaseSocketHold);
  // Closed before its handshake was through: the close has been heard already.
  if (conn.readyState === 'closed') releaseHolds.call(conn);
}

/** A handshake that threw: a store that is down is said so (and logged rarely); anything else is an error. */
export function handshakeFailed(log: Logger, at: string, err: unknown, next: (err?: Error) => void): void {
  if (err instanceof StoreUnavailableError) {
    warnOften(log, 'store unavailable', { at, error: describeError(err) });
    return next(handshakeError(STORE_UNAVAILABLE));
  }
  log.error(`${at} failed`, { error: describeError(err) });
  next(handshakeError({ code: 'internal', message: 'Server error.' }));
}

type LocalTo<S> = S extends { nsp: { local: { to(room: string): infer R } } } ? R : never;

/**
 * Emits to this one socket of this process only. With connection-state recovery on,
 * `socket.emit` is a broadcast to the socket's own room, which the Redis adapter publishes to
 * every process and keeps in its stream: a first state per connection would fill the stream (its
 * length is capped, so a reconnecting crowd would push out what recovering connections need) and
 * make every process decode every other's snapshots.
 */
export function toThisSocket<S extends { id: string; nsp: { local: { to(room: string): unknown } } }>(socket: S): LocalTo<S> {
  return socket.nsp.local.to(socket.id) as LocalTo<S>;
}
