import { describeError, type Logger } from '../log';
import type { SessionService } from '../service/session-service';
import { socketMeta } from './dispatch';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './types';

/** How long after a phone went its requests are looked up again (see below). */
const RECHECK_MS = 2000;

/**
 * Keeps the consoles told whether the phones that asked for seats are connected. A phone that
 * holds no panelist's seat (the only kind that asks: a phone on the join page, or one in the
 * audience) is looked up as it connects and as it goes; the answer is read across every process
 * (the device's room, through the adapter) rather than taken from this one event, so a phone that
 * left one process as it reached another still reads as connected. A phone that went, and had
 * asked, is looked up once more a moment later: a late answer from the process it left cannot
 * leave the consoles saying it is gone. A console gets the whole list as it connects.
 */
export function watchRequestPhones(io: AppServer, service: SessionService, log: Logger, socket: AppSocket): void {
  const { sessionId, role, deviceTokenHash } = socket.data.principal;
  const failed = (err: unknown) => log.warn('request phones not told', { ...socketMeta(socket), error: describeError(err) });
  if (role === 'moderator') {
    void service.requestPhones(sessionId).then((connected) => socket.emit('request:phones', { connected, complete: true }), failed);
    return;
  }
  const asks = () => role === 'phone' && !!deviceTokenHash && socket.data.principal.seat?.kind !== 'panelist';
  if (!asks()) return;
  const tell = (recheck: boolean) =>
    service.requestPhones(sessionId, deviceTokenHash ?? undefined).then((connected) => {
      if (Object.keys(connected).length === 0) return;
      io.to(rooms.moderators(sessionId)).emit('request:phones', { connected, complete: false });
      if (recheck) setTimeout(() => void tell(false), RECHECK_MS).unref();
    }, failed);
  void tell(false);
  // Gone already (while joining its rooms): the look-up just made finds it gone.
  if (socket.connected) socket.once('disconnect', () => asks() && void tell(true));
}
