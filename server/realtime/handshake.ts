import type { AppError } from '../../shared/protocol';
import { STORE_UNAVAILABLE } from '../http/errors';
import { describeError, warnOften, type Logger } from '../log';
import { StoreUnavailableError } from '../store/types';

/** What a refused handshake sends: the code as the error's message, the whole error as its data. */
export const handshakeError = (error: AppError) => Object.assign(new Error(error.code), { data: error });

/** The address holds the socket (its open-socket count) until its connection closes. */
export function holdUntilClosed(socket: { conn: { readyState: string; once(event: 'close', fn: () => void): unknown }; once(event: 'disconnect', fn: () => void): unknown }, release: () => void): void {
  if (socket.conn.readyState === 'closed') release();
  socket.conn.once('close', release);
  socket.once('disconnect', release);
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
