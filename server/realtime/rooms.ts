import { randomBytes } from 'node:crypto';
import type { DeltaBatch, ServerToClientEvents } from '../../shared/protocol';
import type { PanelEntry, Pledge, Round } from '../../shared/schemas';
import type { Audience, Fanout } from '../service/fanout';
import type { AppServer } from './types';

/**
 * Socket.IO rooms of a session: moderators and walls are `readers`, every phone is in `phones`,
 * and a seated phone also in its panelist room. Rooms are bridged across processes by the adapter.
 */
export const READER_SHARDS = 16;

export const rooms = {
  readers: (sessionId: string) => `s:${sessionId}:readers`,
  /** One slice of a session's readers on one server (`tag` is unique per server instance). */
  readerShard: (sessionId: string, tag: string, shard: number) => `s:${sessionId}:r:${tag}:${shard}`,
  phones: (sessionId: string) => `s:${sessionId}:phones`,
  moderators: (sessionId: string) => `s:${sessionId}:moderators`,
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
  /**
   * From this many local readers on, a frame is written to them shard by shard on successive
   * event-loop turns, so commands that arrive meanwhile (a panelist's submit) are acknowledged
   * between shards instead of after the whole room (default 1000).
   */
  shardThreshold?: number;
  now?: () => number;
}

/** The shard a reader joins, from its socket id (stable for the socket's life). */
function shardOf(socketId: string): number {
  let h = 0;
  for (let i = 0; i < socketId.length; i++) h = (h * 31 + socketId.charCodeAt(i)) >>> 0;
  return h % READER_SHARDS;
}

/**
 * Delivers the service's events. Every emit happens after the current command has been
 * acknowledged (the service reports events before it returns; they go out on a later tick).
 * Readers' deltas are coalesced per session: one frame carries every delta of a window, each
 * entity once in its newest state, and a single delta still goes out in its own event.
 */
export interface SocketFanout extends Fanout {
  /** The shard room a reader socket joins on this server. */
  readerShardOf(sessionId: string, socketId: string): string;
}

export function socketFanout(io: AppServer, options: SocketFanoutOptions = {}): SocketFanout {
  // Shard rooms are this server's own: other processes (or other servers in one process) never share them.
  const tag = randomBytes(4).toString('hex');
  const windowMs = options.windowMs ?? defaultWindowMs;
  const now = options.now ?? Date.now;
  const pending = new Map<string, Pending>();
  const lastFlush = new Map<string, number>();
  const send = (room: string, event: string, payload: unknown) =>
    (io.to(room) as unknown as { emit: (e: string, p: unknown) => void }).emit(event, payload);
  /** One emit to the union of rooms: a socket in both gets the event once. */
  const send2 = (to: string[], event: string, payload: unknown) =>
    (io.to(to) as unknown as { emit: (e: string, p: unknown) => void }).emit(event, payload);

  const shardThreshold = options.shardThreshold ?? 1000;

  /** One frame to every reader of the session, on every process. */
  const sendToReaders = (sessionId: string, event: string, payload: unknown) => {
    const room = rooms.readers(sessionId);
    const local = io.of('/').adapter.rooms.get(room)?.size ?? 0;
    if (local < shardThreshold) return send(room, event, payload);
    const shards = Array.from({ length: READER_SHARDS }, (_, k) => rooms.readerShard(sessionId, tag, k));
    // Other processes: one publish; they deliver to their own readers.
    (io.to(room).except(shards) as unknown as { emit: (e: string, p: unknown) => void }).emit(event, payload);
    // This process: shard by shard, yielding to the event loop in between.
    let k = 0;
    const step = () => {
      (io.local.to(shards[k]!) as unknown as { emit: (e: string, p: unknown) => void }).emit(event, payload);
      if (++k < shards.length) setImmediate(step);
    };
    step();
  };

  const flush = (sessionId: string) => {
    const p = pending.get(sessionId);
    pending.delete(sessionId);
    if (!p) return;
    lastFlush.set(sessionId, now());
    if (p.seqs.length === 1) return sendToReaders(sessionId, p.first.event, p.first.payload);
    const batch: DeltaBatch = { seqs: p.seqs };
    if (p.round) batch.round = p.round;
    if (p.panel.size) batch.panel = [...p.panel.values()];
    if (p.pledges.size) batch.pledges = [...p.pledges.values()];
    sendToReaders(sessionId, 'session:deltas', batch);
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
    readerShardOf: (sessionId, socketId) => rooms.readerShard(sessionId, tag, shardOf(socketId)),
    emit(sessionId, audience: Audience, event, ...args) {
      const payload = args[0];
      switch (audience.kind) {
        case 'session':
          setImmediate(() => send(rooms.phones(sessionId), event, payload));
          return toReaders(sessionId, event, payload);
        case 'pledge-readers':
          setImmediate(() => send(rooms.panelist(sessionId, audience.authorId), event, payload));
          return toReaders(sessionId, event, payload);
        case 'moderators-and-author':
          return void setImmediate(() => send2([rooms.moderators(sessionId), rooms.panelist(sessionId, audience.authorId)], event, payload));
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
