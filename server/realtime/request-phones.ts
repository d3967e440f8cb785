import { describeError, type Logger } from '../log';
import type { SessionService } from '../service/session-service';
import { socketMeta } from './dispatch';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './types';

/**
 * Keeps the consoles told whether the phones that asked for seats are connected. A phone without
 * a seat (the only kind that asks) is looked up as it connects and as it goes; the answer is
 * read across every process (the device's room, through the adapter) rather than taken from this
 * one event, so a phone that left one process as it reached another still reads as connected.
 * A console gets the whole list as it connects.
 */
export function watchRequestPhones(io: AppServer, service: SessionService, log: Logger, socket: AppSocket): void {
  const { sessionId, role, seat, deviceTokenHash } = socket.data.principal;
  const failed = (err: unknown) => log.warn('request phones not told', { ...socketMeta(socket), error: describeError(err) });
  if (role === 'moderator') {
    void service.requestPhones(sessionId).then((connected) => socket.emit('request:phones', { connected, complete: true }), failed);
    return;
  }
  if (role !== 'phone' || seat || !deviceTokenHash) return;
  const tell = () =>
    service.requestPhones(sessionId, deviceTokenHash).then((connected) => {
      if (Object.keys(connected).length > 0) io.to(rooms.moderators(sessionId)).emit('request:phones', { connected, complete: false });
    }, failed);
  void tell();
  // Gone already (while joining its rooms): the look-up just made finds it gone.
  if (socket.connected) socket.once('disconnect', () => void tell());
}
