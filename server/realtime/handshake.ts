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
/** Kept beside each connection, not in a closure: nothing per socket but this small record. */
const connHolds = new WeakMap<object, ConnHolds>();

/** The one `close` listener of every held connection (`this` is the connection that closed). */
function releaseHolds(this: object): void {
  const held = connHolds.get(this);
  if (!held) return;
  connHolds.delete(this);
  for (let i = 0; i < held.sockets; i++) held.limits.release(held.ip);
}

type Conn = { readyState: string; on(event: 'close', fn: (this: object) => void): unknown };

/**
 * A socket counted by `limits.hold(ip)` stays counted until its connection closes. A socket is
 * disconnected from the server's side only with its connection (`disconnect(true)`), and a
 * client's last socket closes its connection too.
 */
export function holdUntilClosed(socket: { conn: Conn }, limits: Pick<RateLimits, 'release'>, ip: string): void {
  const conn = socket.conn;
  const held = connHolds.get(conn);
  if (held) held.sockets++;
  else {
    connHolds.set(conn, { ip, limits, sockets: 1 });
    conn.on('close', releaseHolds);
  }
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
