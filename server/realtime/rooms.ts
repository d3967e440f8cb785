import type { Server } from 'socket.io';
import type { Audience, Fanout } from '../service/fanout';

/**
 * Socket.IO rooms of a session. Every connection joins `all`; moderators and walls join `readers`;
 * a seated phone joins its panelist room. Rooms are bridged across processes by the adapter.
 */
export const rooms = {
  all: (sessionId: string) => `s:${sessionId}`,
  readers: (sessionId: string) => `s:${sessionId}:readers`,
  phones: (sessionId: string) => `s:${sessionId}:phones`,
  panelist: (sessionId: string, panelistId: string) => `s:${sessionId}:p:${panelistId}`,
};

export function audienceRooms(sessionId: string, audience: Audience): string[] {
  switch (audience.kind) {
    case 'session':
      return [rooms.all(sessionId)];
    case 'pledge-readers':
      return [rooms.readers(sessionId), rooms.panelist(sessionId, audience.authorId)];
    case 'phones':
      return [rooms.phones(sessionId)];
    case 'panelist':
      return [rooms.panelist(sessionId, audience.panelistId)];
    default: {
      const never: never = audience;
      throw new Error(`unknown audience ${JSON.stringify(never)}`);
    }
  }
}

export function socketFanout(io: Server): Fanout {
  return {
    emit(sessionId, audience, event, ...args) {
      // One emit to the union of rooms: a socket in several of them still gets the event once.
      (io.to(audienceRooms(sessionId, audience)) as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit(
        event,
        ...args,
      );
    },
    releaseSeat(sessionId, panelistId) {
      io.in(rooms.panelist(sessionId, panelistId)).socketsLeave(rooms.panelist(sessionId, panelistId));
    },
  };
}
