import { randomBytes } from 'node:crypto';
import { FORUM_NAMESPACE, type ForumDelta, type ForumFrame } from '../../shared/forum';
import type { DeltaBatch, ReactionFrame, SessionDelta } from '../../shared/protocol';
import type { Audience, DeltaBody, Fanout, NoticeTarget } from '../service/fanout';
import { afterAck } from './command-scope';
import { Coalescer } from './coalescer';
import { deltaWindowMs, reactionWindowMs, watchLoopDelay, WriteCost } from './frame-window';
import { ReactionFrames } from './reaction-frames';
import { ReaderSlices, type CommandLoad } from './reader-slices';
import type { AppServer } from './types';

/**
 * Socket.IO rooms of a session. Walls and audience devices are `readers`, moderators are in
 * `moderators` (and the room of their link's seat), panelist-side phones in `phones`, a seated
 * phone or audience member also in its participant room, and every phone in its device room.
 * Rooms are bridged across processes by the adapter.
 *
 * A large readers room is written in READER_SHARDS slices, a group of slices at a time on a
 * rolling schedule (reader-slices.ts), so a command that arrives meanwhile waits for one group,
 * not the room: at 5,000 walls, groups of eight slices, about 625 sockets and 10–15 ms of writes
 * (docs/performance.md).
 */
export const READER_SHARDS = 64;

/** A device's room name holds a prefix of its token's digest: enough to tell devices apart. */
const deviceKey = (tokenHash: string) => tokenHash.slice(0, 32);

export const rooms = {
  readers: (sessionId: string) => `s:${sessionId}:readers`,
  /** One slice of a session's readers on one server (`tag` is unique per server instance). */
  readerShard: (sessionId: string, tag: string, shard: number) => `s:${sessionId}:r:${tag}:${shard}`,
  phones: (sessionId: string) => `s:${sessionId}:phones`,
  moderators: (sessionId: string) => `s:${sessionId}:moderators`,
  moderatorSeat: (sessionId: string, seat: 'onsite' | 'online') => `s:${sessionId}:m:${seat}`,
  participant: (sessionId: string, participantId: string) => `s:${sessionId}:p:${participantId}`,
  device: (sessionId: string, tokenHash: string) => `s:${sessionId}:d:${deviceKey(tokenHash)}`,
  /** An event's forum walls, in the `/forum` namespace (realtime/forum.ts): every session's public pledges. */
  forum: (eventId: string) => `e:${eventId}:forum`,
};

/** Rooms of the `/forum` namespace; every other room is in the main one. */
const isForumRoom = (room: string) => room.startsWith('e:');

/**
 * A delta as the forum room receives it: the public pledge deltas and the session's own changes
 * only, tagged with their session, whose seq it carries (comparable only within that session).
 */
function forumDelta(sessionId: string, seq: number, delta: DeltaBody): ForumDelta | null {
  return delta.kind === 'pledge' || delta.kind === 'pledge-removed' || delta.kind === 'session' ? { ...delta, seq, sessionId } : null;
}

function audienceRoom(sessionId: string, audience: Audience): string {
  switch (audience.kind) {
    case 'readers':
      return rooms.readers(sessionId);
    case 'moderators':
      return rooms.moderators(sessionId);
    case 'phones':
      return rooms.phones(sessionId);
    case 'participant':
      return rooms.participant(sessionId, audience.participantId);
    case 'event':
      return rooms.forum(audience.eventId);
    default: {
      const never: never = audience;
      throw new Error(`unknown audience ${JSON.stringify(never)}`);
    }
  }
}

const targetRoom = (sessionId: string, to: NoticeTarget) =>
  to.kind === 'participant' ? rooms.participant(sessionId, to.participantId) : rooms.device(sessionId, to.deviceTokenHash);

/**
 * The longest a commit's deltas wait for its command's answer: a command stuck after its commit
 * (a store that stopped answering) must not keep the session's readers waiting for long.
 */
export const MAX_HOLD_MS = 3000;

export interface SocketFanoutOptions {
  /** A fixed coalescing window by a room's local sockets (default: adaptive, see frame-window.ts). */
  windowMs?: (sockets: number) => number;
  /**
   * From this many local readers on, they are written shard by shard on a rolling schedule
   * (reader-slices.ts), so commands that arrive meanwhile (a panelist's submit) are acknowledged
   * between shards instead of after the whole room (default 1000); under half of it, whole again.
   */
  shardThreshold?: number;
  /** The fewest sockets one visit of the shards writes (default VISIT_SOCKETS, reader-slices.ts). */
  visitSockets?: number;
  /** The commands being handled on this process: visits of the shards wait a little for them (reader-slices.ts). */
  commandLoad?: () => CommandLoad;
  now?: () => number;
  /** Reads support counts back from the store for reaction frames (none: taps are not broadcast). */
  reactionCounts?: (sessionId: string, pledgeIds: string[]) => Promise<ReactionFrame>;
  /** The shortest time between two reaction frames of a session (default REACTION_FRAME_MS). */
  reactionFrameMs?: number;
  /** Called for every frame sent to a room (ops/metrics.ts counts them). */
  onFrame?: (room: string, batch: DeltaBatch) => void;
  /** Other server processes share the rooms (a Redis adapter): frames go to them too. */
  clustered?: boolean;
}

/** The shard a reader joins, from its socket id (stable for the socket's life). */
export function shardOf(socketId: string): number {
  let h = 0;
  for (let i = 0; i < socketId.length; i++) h = (h * 31 + socketId.charCodeAt(i)) >>> 0;
  return h % READER_SHARDS;
}

/**
 * Delivers the service's deltas and notices, after the acknowledgement of the command that caused
 * them (see command-scope.ts), and a session's commits in the order of their seqs: a commit whose
 * command is still being answered holds back this process's later commits of the session, so
 * readers never see seqs out of order from one process. Deltas are coalesced per room (see
 * coalescer.ts).
 */
export interface SocketFanout extends Fanout {
  /** The shard room a reader socket joins on this server. */
  readerShardOf(sessionId: string, socketId: string): string;
  /** Sends every frame still gathering now (a server shutting down). */
  flush(): void;
  /** Stops the timers of pending reaction frames and the event-loop watch (on close). */
  stop(): void;
}

type Emitter = { emit: (event: string, payload: unknown) => void };

export function socketFanout(io: AppServer, options: SocketFanoutOptions = {}): SocketFanout {
  // Shard rooms are this server's own: other processes (or other servers in one process) never share them.
  const tag = randomBytes(4).toString('hex');
  // The window adapts to the event loop's delay unless a fixed one is given.
  const loopDelay = options.windowMs ? null : watchLoopDelay();
  const writeCost = new WriteCost();
  const windowMs = options.windowMs ?? ((sockets: number) => deltaWindowMs(sockets, loopDelay!.ms(), writeCost.perSocketUs()));
  const shardThreshold = options.shardThreshold ?? 1000;
  const localSize = (room: string) => io.of(isForumRoom(room) ? FORUM_NAMESPACE : '/').adapter.rooms.get(room)?.size ?? 0;
  const emitTo = (room: string | string[], event: string, payload: unknown) => (io.to(room) as unknown as Emitter).emit(event, payload);
  /** A readers frame to this process's sockets of some rooms only. */
  const writeLocal = (to: string | readonly string[], batch: DeltaBatch) =>
    (io.local.to(to as string | string[]) as unknown as Emitter).emit('session:deltas', batch);

  const shardRooms = (sessionId: string) => Array.from({ length: READER_SHARDS }, (_, k) => rooms.readerShard(sessionId, tag, k));
  /** Per session with many local readers: what writes them slice by slice. */
  const sliced = new Map<string, ReaderSlices>();

  /** One frame to a room, on every process; the readers of a session written slice by slice here get theirs that way. */
  const sendFrame = (room: string, batch: DeltaBatch) => {
    options.onFrame?.(room, batch);
    if (isForumRoom(room)) {
      // Seqs of many sessions say nothing together: the forum frame carries its deltas only.
      const frame: ForumFrame = { deltas: batch.deltas as ForumDelta[] };
      return (io.of(FORUM_NAMESPACE).to(room) as unknown as Emitter).emit('forum:deltas', frame);
    }
    const sessionId = room.endsWith(':readers') ? room.slice(2, -':readers'.length) : null;
    if (sessionId === null || !sliced.has(sessionId)) return emitTo(room, 'session:deltas', batch);
    // This process's readers have it from their slices; each other process writes it to its own
    // readers (through its slices too, where it has many), instead of all of them at once.
    if (options.clustered) io.serverSideEmit('readers:frame', sessionId, batch);
  };

  /** Another process's readers frame of a session: to this process's readers. */
  const readersFrame = (sessionId: string, batch: DeltaBatch) => {
    const slices = slicesFor(sessionId);
    if (slices) slices.addBatch(batch);
    else writeLocal(rooms.readers(sessionId), batch);
  };

  const coalescer = new Coalescer({
    windowMs: (room) => windowMs(localSize(room)),
    reactionWindowMs: (room) => reactionWindowMs(localSize(room)),
    send: sendFrame,
    now: options.now,
  });
  /**
   * From `shardThreshold` local readers on, a session's readers here are written slice by slice.
   * What the room had gathered goes to them through the slices, before anything newer, and to the
   * other processes as before.
   */
  const startSlices = (sessionId: string): ReaderSlices => {
    const readers = rooms.readers(sessionId);
    const created = new ReaderSlices({
      slices: shardRooms(sessionId),
      visitSockets: options.visitSockets,
      commands: options.commandLoad,
      sockets: localSize,
      windowMs: () => windowMs(localSize(readers)),
      reactionWindowMs: () => reactionWindowMs(localSize(readers)),
      write: writeLocal,
      recordCost: (sockets, ms) => writeCost.record(sockets, ms),
      onIdle: () => {
        if (localSize(readers) < shardThreshold / 2) stopSlices(sessionId);
      },
      now: options.now,
    });
    sliced.set(sessionId, created);
    const gathered = coalescer.take(readers);
    if (gathered) {
      created.addBatch(gathered);
      sendFrame(readers, gathered);
    }
    return created;
  };

  /**
   * Under half the threshold (or none left), back to whole-room frames: the slices get what they
   * lack now, and the room's gathered frame, which they already had, goes to the other processes only.
   */
  const stopSlices = (sessionId: string) => {
    const readers = rooms.readers(sessionId);
    const gathered = coalescer.take(readers);
    if (gathered) sendFrame(readers, gathered);
    const held = sliced.get(sessionId);
    sliced.delete(sessionId);
    held?.flush();
    held?.stop();
  };

  const slicesFor = (sessionId: string): ReaderSlices | null => {
    const local = localSize(rooms.readers(sessionId));
    const held = sliced.get(sessionId);
    if (held && local >= shardThreshold / 2) return held;
    if (held) stopSlices(sessionId);
    return local >= shardThreshold ? startSlices(sessionId) : null;
  };

  if (options.clustered) io.of('/').on('readers:frame', readersFrame);

  // Counts ride in the readers' and moderators' next frames, a bounded number per second.
  const reactionFrames = options.reactionCounts
    ? new ReactionFrames(
        options.reactionCounts,
        (sessionId, frame) => {
          coalescer.addReactions(rooms.moderators(sessionId), frame);
          slicesFor(sessionId)?.addReactions(frame);
          coalescer.addReactions(rooms.readers(sessionId), frame);
        },
        options.reactionFrameMs,
        options.now,
      )
    : null;

  /** Per session, this process's commits not yet handed to the coalescer, in seq order. */
  const waiting = new Map<string, { seq: number; ready: boolean; send: () => void }[]>();
  const release = (sessionId: string) => {
    const queue = waiting.get(sessionId);
    while (queue?.[0]?.ready) queue.shift()!.send();
    if (queue?.length === 0) waiting.delete(sessionId);
  };

  return {
    readerShardOf: (sessionId, socketId) => rooms.readerShard(sessionId, tag, shardOf(socketId)),
    flush: () => {
      coalescer.flushAll();
      for (const writer of sliced.values()) writer.flush();
    },
    stop: () => {
      io.of('/').off('readers:frame', readersFrame);
      for (const writer of sliced.values()) writer.stop();
      reactionFrames?.stop();
      loopDelay?.stop();
    },
    reacted(sessionId, pledgeId) {
      reactionFrames?.mark(sessionId, pledgeId);
    },
    publish(sessionId, seq, routed) {
      const byRoom = new Map<string, SessionDelta[]>([
        // Readers and moderators count every commit.
        [rooms.readers(sessionId), []],
        [rooms.moderators(sessionId), []],
      ]);
      for (const { to, delta } of routed) {
        for (const audience of to) {
          const room = audienceRoom(sessionId, audience);
          // The event's forum room: the session's public pledge deltas, in the same frames' rhythm.
          const routedDelta = audience.kind === 'event' ? forumDelta(sessionId, seq, delta) : ({ ...delta, seq } as SessionDelta);
          if (!routedDelta) continue;
          const list = byRoom.get(room) ?? [];
          list.push(routedDelta);
          byRoom.set(room, list);
        }
      }
      // Readers last: an audience device that wrote a pledge hears its own full copy before the
      // public view with the same seq (a client keeps the first copy of a seq it hears).
      const readersRoom = rooms.readers(sessionId);
      const send = () => {
        for (const [room, deltas] of byRoom) if (room !== readersRoom) coalescer.add(room, seq, deltas);
        const readerDeltas = byRoom.get(readersRoom)!;
        slicesFor(sessionId)?.add(seq, readerDeltas);
        coalescer.add(readersRoom, seq, readerDeltas);
      };
      const entry = { seq, ready: false, send };
      const queue = waiting.get(sessionId) ?? [];
      const at = queue.findLastIndex((e) => e.seq < seq) + 1;
      queue.splice(at, 0, entry);
      waiting.set(sessionId, queue);
      const ready = () => {
        if (entry.ready) return;
        entry.ready = true;
        clearTimeout(timer);
        release(sessionId);
      };
      const timer = setTimeout(ready, MAX_HOLD_MS);
      timer.unref?.();
      afterAck(ready);
    },
    notify(sessionId, to, event, ...args) {
      afterAck(() => setImmediate(() => emitTo(targetRoom(sessionId, to), event, args[0])));
    },
    leaveSeat(sessionId, from, participantId) {
      // After the notice emitted just before (same queue, so it goes out first).
      const seatRoom = rooms.participant(sessionId, participantId);
      afterAck(() => setImmediate(() => io.in(targetRoom(sessionId, from)).socketsLeave(seatRoom)));
    },
    disconnectModerators(sessionId, seat) {
      io.in(rooms.moderatorSeat(sessionId, seat)).disconnectSockets(true);
    },
    async connected(sessionId, to) {
      try {
        return (await io.in(targetRoom(sessionId, to)).fetchSockets()).length > 0;
      } catch {
        // A process that did not answer in time: it cannot be told, which blocks nothing.
        return true;
      }
    },
  };
}
