import type { DeltaBatch, ServerToClientEvents } from '../../shared/protocol';
import type { PanelEntry, Pledge, Round } from '../../shared/schemas';
import type { Audience, Fanout } from '../service/fanout';
import type { AppServer } from './types';

/**
 * Socket.IO rooms of a session: moderators and walls are `readers`, every phone is in `phones`,
 * and a seated phone also in its panelist room. Rooms are bridged across processes by the adapter.
 */
export const rooms = {
  readers: (sessionId: string) => `s:${sessionId}:readers`,
  phones: (sessionId: string) => `s:${sessionId}:phones`,
  panelist: (sessionId: string, panelistId: string) => `s:${sessionId}:p:${panelistId}`,
};

/**
 * How long deltas for a session's readers may wait to be sent together, by how many readers this
 * process holds. Small rooms get every delta on the next tick; a room of thousands of walls,
 * where each frame costs tens of microseconds per socket, gets at most one frame per window.
 */
export function defaultWindowMs(readers: number): number {
  if (readers >= 5000) return 100;
  if (readers >= 1000) return 50;
  return 0;
}

interface Pending {
  seqs: number[];
  first: { event: keyof ServerToClientEvents; payload: unknown };
  round?: { seq: number; round: Round };
  panel: Map<string, { seq: number; entry: PanelEntry }>;
  pledges: Map<string, { seq: number; pledge: Pledge }>;
}

export interface SocketFanoutOptions {
  windowMs?: (readers: number) => number;
  now?: () => number;
}

/**
 * Delivers the service's events. Every emit happens after the current command has been
 * acknowledged (the service reports events before it returns; they go out on a later tick).
 * Readers' deltas are coalesced per session: one frame carries every delta of a window, each
 * entity once in its newest state, and a single delta still goes out in its own event.
 */
export function socketFanout(io: AppServer, options: SocketFanoutOptions = {}): Fanout {
  const windowMs = options.windowMs ?? defaultWindowMs;
  const now = options.now ?? Date.now;
  const pending = new Map<string, Pending>();
  const lastFlush = new Map<string, number>();
  const send = (room: string, event: string, payload: unknown) =>
    (io.to(room) as unknown as { emit: (e: string, p: unknown) => void }).emit(event, payload);

  const flush = (sessionId: string) => {
    const p = pending.get(sessionId);
    pending.delete(sessionId);
    if (!p) return;
    lastFlush.set(sessionId, now());
    const room = rooms.readers(sessionId);
    if (p.seqs.length === 1) return send(room, p.first.event, p.first.payload);
    const batch: DeltaBatch = { seqs: p.seqs };
    if (p.round) batch.round = p.round;
    if (p.panel.size) batch.panel = [...p.panel.values()];
    if (p.pledges.size) batch.pledges = [...p.pledges.values()];
    send(room, 'session:deltas', batch);
  };

  const toReaders = (sessionId: string, event: keyof ServerToClientEvents, payload: unknown) => {
    let p = pending.get(sessionId);
    if (!p) {
      p = { seqs: [], first: { event, payload }, panel: new Map(), pledges: new Map() };
      pending.set(sessionId, p);
      const readers = io.of('/').adapter.rooms.get(rooms.readers(sessionId))?.size ?? 0;
      const wait = Math.max(0, (lastFlush.get(sessionId) ?? 0) + windowMs(readers) - now());
      if (wait === 0) setImmediate(() => flush(sessionId));
      else setTimeout(() => flush(sessionId), wait);
    }
    const newer = <T extends { seq: number }>(cur: T | undefined, next: T) => (!cur || next.seq > cur.seq ? next : cur);
    if (event === 'round:updated') {
      p.round = newer(p.round, payload as { seq: number; round: Round });
    } else if (event === 'panel:updated') {
      const d = payload as { seq: number; entry: PanelEntry };
      p.panel.set(d.entry.panelistId, newer(p.panel.get(d.entry.panelistId), d));
    } else if (event === 'pledge:upserted') {
      const d = payload as { seq: number; pledge: Pledge; entry?: PanelEntry };
      p.pledges.set(d.pledge.id, newer(p.pledges.get(d.pledge.id), { seq: d.seq, pledge: d.pledge }));
      if (d.entry) p.panel.set(d.entry.panelistId, newer(p.panel.get(d.entry.panelistId), { seq: d.seq, entry: d.entry }));
    }
    p.seqs.push((payload as { seq: number }).seq);
  };

  return {
    emit(sessionId, audience: Audience, event, ...args) {
      const payload = args[0];
      switch (audience.kind) {
        case 'session':
          setImmediate(() => send(rooms.phones(sessionId), event, payload));
          return toReaders(sessionId, event, payload);
        case 'pledge-readers':
          setImmediate(() => send(rooms.panelist(sessionId, audience.authorId), event, payload));
          return toReaders(sessionId, event, payload);
        case 'phones':
          return void setImmediate(() => send(rooms.phones(sessionId), event, payload));
        case 'panelist':
          return void setImmediate(() => send(rooms.panelist(sessionId, audience.panelistId), event, payload));
        default: {
          const never: never = audience;
          throw new Error(`unknown audience ${JSON.stringify(never)}`);
        }
      }
    },
    releaseSeat(sessionId, panelistId) {
      // After the `panelist:released` emitted just before (same queue, so it goes out first).
      setImmediate(() => io.in(rooms.panelist(sessionId, panelistId)).socketsLeave(rooms.panelist(sessionId, panelistId)));
    },
  };
}
