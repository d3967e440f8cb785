import { io, type Socket } from 'socket.io-client';
import type {
  FORUM_NAMESPACE,
  ForumClientToServerEvents,
  ForumEvent,
  ForumFrame,
  ForumServerToClientEvents,
  ForumSession,
  ForumSnapshot,
} from '../../shared/forum';
import type { Pledge } from '../../shared/schemas';
import { create } from 'zustand';
import { resetConnection, useConnection } from './connection';

/**
 * The forum wall's state: every public pledge of the event's sessions, kept per pledge with the
 * seq of its session's commit that last changed it. The forum room does not see every commit of a
 * session, so holes in seqs mean nothing here; instead:
 * - a delta is applied only when its seq is above the pledge's held seq and above the seq its
 *   session was read at by the latest snapshot: frames that cross (two processes) or come again
 *   (a recovered connection's replay) never roll a pledge back, nor bring a removed one back;
 * - a removal is kept (with its seq) until a snapshot at or past it makes it unnecessary;
 * - the whole state is asked for again on every connection and every FORUM_RESYNC_MS (a frame
 *   lost on the way is made good there), and when a delta names a session the wall does not know;
 * - a session's labels (code, title, room, start) follow the same rule: an organizer's change
 *   applies above the seq they were read at, and a snapshot read before it keeps it.
 */
export interface ForumEntry {
  sessionId: string;
  seq: number;
  /** null: taken off the walls at `seq`. */
  pledge: Pledge | null;
  /** When it came on this screen (its creation time when it was in a snapshot): the wall's order. */
  shownAt: number;
  /** Arrived in a frame while the page was open (it animates in and is announced). */
  live: boolean;
}

export interface ForumModel {
  /** Per session: the seq the latest snapshot read it at. */
  floors: Record<string, number>;
  entries: Record<string, ForumEntry>;
}

export const emptyModel = (): ForumModel => ({ floors: {}, entries: {} });

/**
 * A snapshot merged into what the wall holds: for each session the snapshot read at (or past) the
 * seq held, its pledges replace ours, except changes newer than the snapshot (frames that arrived
 * first); sessions it read at an older seq (a crossed answer) keep what the wall holds.
 */
export function mergeSnapshot(prev: ForumModel, snap: Pick<ForumSnapshot, 'sessions' | 'pledges'>): ForumModel {
  const read = new Map(snap.sessions.map((s) => [s.id, s.seq]));
  const fresher = new Set(snap.sessions.filter((s) => s.seq >= (prev.floors[s.id] ?? -1)).map((s) => s.id));
  const entries: Record<string, ForumEntry> = {};
  for (const [id, e] of Object.entries(prev.entries)) {
    if (!fresher.has(e.sessionId) || e.seq > read.get(e.sessionId)!) entries[id] = e;
  }
  for (const pledge of snap.pledges) {
    if (!fresher.has(pledge.sessionId)) continue;
    const seq = read.get(pledge.sessionId)!;
    const held = entries[pledge.id];
    if (held && held.seq > seq) continue;
    const before = prev.entries[pledge.id];
    entries[pledge.id] = { sessionId: pledge.sessionId, seq, pledge, shownAt: before?.pledge ? before.shownAt : pledge.createdAt, live: false };
  }
  const floors = { ...prev.floors };
  for (const id of fresher) floors[id] = read.get(id)!;
  return { floors, entries };
}

/** A frame applied: the model after it, the pledges that came on the wall, and whether it named an unknown session. */
export function applyFrame(
  prev: ForumModel,
  frame: ForumFrame,
  now: number,
  knownSession: (sessionId: string) => boolean = () => true,
): { model: ForumModel; added: Pledge[]; unknownSession: boolean } {
  const entries = { ...prev.entries };
  const added: Pledge[] = [];
  let unknownSession = false;
  for (const d of frame.deltas) {
    // A session's own change is the sessions' list's (applySessionChanges).
    if (d.kind === 'session') continue;
    const id = d.kind === 'pledge' ? d.pledge.id : d.pledgeId;
    const held = entries[id];
    if (d.seq <= (prev.floors[d.sessionId] ?? -1) || (held && held.seq >= d.seq)) continue;
    if (!knownSession(d.sessionId)) unknownSession = true;
    if (d.kind === 'pledge') {
      const shown = held?.pledge ? held : null;
      entries[id] = { sessionId: d.sessionId, seq: d.seq, pledge: d.pledge, shownAt: shown?.shownAt ?? now, live: shown?.live ?? true };
      if (!shown) added.push(d.pledge);
    } else {
      entries[id] = { sessionId: d.sessionId, seq: d.seq, pledge: null, shownAt: held?.shownAt ?? now, live: false };
    }
  }
  return { model: { floors: prev.floors, entries }, added, unknownSession };
}

/**
 * The sessions' list after a frame: a session an organizer changed shows its new code, title, room
 * and start, and holds the seq of that change (the wall's list holds, per session, the seq its
 * labels were read at), so a change that comes again or crosses a newer one is dropped.
 */
export function applySessionChanges(sessions: ForumSession[], frame: ForumFrame): ForumSession[] {
  const changed = new Map<string, Extract<ForumFrame['deltas'][number], { kind: 'session' }>>();
  for (const d of frame.deltas) if (d.kind === 'session' && d.seq > (changed.get(d.sessionId)?.seq ?? -1)) changed.set(d.sessionId, d);
  if (changed.size === 0) return sessions;
  let moved = false;
  const next = sessions.map((s) => {
    const d = changed.get(s.id);
    if (!d || d.seq <= s.seq) return s;
    moved = true;
    return { ...s, code: d.session.code, title: d.session.title, room: d.session.details.room, start: d.session.details.start, seq: d.seq };
  });
  return moved ? next : sessions;
}

/**
 * The sessions' list from a snapshot: in its order, each session as the snapshot read it, unless
 * the wall holds it from a later change (a resync asked before an organizer's edit and answered
 * after the edit's delta): a snapshot never relabels a session with what it was before.
 */
export function mergeSessions(held: ForumSession[], read: ForumSession[]): ForumSession[] {
  const byId = new Map(held.map((s) => [s.id, s]));
  return read.map((s) => {
    const mine = byId.get(s.id);
    return mine && mine.seq > s.seq ? mine : s;
  });
}

/** The pledges on the wall, newest on the screen first. */
export function shownEntries(model: ForumModel): (ForumEntry & { pledge: Pledge })[] {
  return Object.values(model.entries)
    .filter((e): e is ForumEntry & { pledge: Pledge } => e.pledge !== null && e.pledge.visibility === 'public' && e.pledge.status === 'visible')
    .sort((a, b) => b.shownAt - a.shownAt || b.pledge.createdAt - a.pledge.createdAt || (a.pledge.id < b.pledge.id ? -1 : 1));
}

interface ForumState {
  event: ForumEvent | null;
  /** The event's sessions, each with the seq its labels were read at (a snapshot, or a later change). */
  sessions: ForumSession[];
  model: ForumModel;
  /** The pledges that came on the wall in the latest frame (for the announcer), with a serial number. */
  arrivals: { serial: number; pledges: Pledge[] };
}

const initial = (): ForumState => ({ event: null, sessions: [], model: emptyModel(), arrivals: { serial: 0, pledges: [] } });
export const useForum = create<ForumState>()(initial);

type ForumSocket = Socket<ForumServerToClientEvents, ForumClientToServerEvents>;

/** shared/forum.ts's value (checked by its literal type; the page imports that file's types only). */
const NAMESPACE: typeof FORUM_NAMESPACE = '/forum';
/** How often an open forum wall asks for the whole state again (a frame lost on the way is made good there). */
export const FORUM_RESYNC_MS = 3 * 60_000;

/** Handshake refusals that retrying will not fix. */
const FATAL_CODES = new Set(['event_not_found', 'invalid_payload']);
const RETRY_AFTER_REFUSAL_MS = 3000;
const FIRST_STATE_WATCHDOG_MS = 4000;
const UNKNOWN_SESSION_SYNC_MS = 1000;
const SYNC_TIMEOUT_MS = 10_000;

/**
 * Opens the forum wall's socket (`/forum` namespace) and feeds the store; returns the stop
 * function. `resyncMs`: how often the whole state is asked for again while connected.
 */
export function startForum(eventId: string, resyncMs = FORUM_RESYNC_MS): () => void {
  resetConnection();
  useForum.setState(initial(), true);
  const set = useConnection.setState;
  const socket: ForumSocket = io(NAMESPACE, {
    autoConnect: false,
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    auth: { eventId },
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  };
  let hasState = false;
  let syncPending = false;
  /** A sync is already planned for a session we did not know. */
  let syncSoon = false;

  const takeSnapshot = (snap: ForumSnapshot) => {
    hasState = true;
    useForum.setState((s) => ({ event: snap.event, sessions: mergeSessions(s.sessions, snap.sessions), model: mergeSnapshot(s.model, snap) }));
    set({ status: 'online', everConnected: true });
  };

  const sync = () => {
    if (syncPending || !socket.connected) return;
    syncPending = true;
    socket.timeout(SYNC_TIMEOUT_MS).emit('forum:sync', (err, res) => {
      syncPending = false;
      if (!err && res.ok) takeSnapshot(res.snapshot);
    });
  };

  // Every few minutes (a little apart from one screen to the next), the whole state again.
  const resync = () => {
    later(() => {
      sync();
      resync();
    }, resyncMs + Math.random() * resyncMs * 0.1);
  };
  resync();

  socket.on('connect', () => {
    set({ status: 'online', refusedCode: null });
    // The server sends the state on every connection; a lost first message is asked for again.
    const connection = socket.id;
    hasState = false;
    later(() => socket.id === connection && !hasState && sync(), FIRST_STATE_WATCHDOG_MS);
  });
  socket.on('forum:state', takeSnapshot);
  socket.on('forum:deltas', (frame) => {
    const { model, sessions } = useForum.getState();
    const known = new Set(sessions.map((s) => s.id));
    const applied = applyFrame(model, frame, Date.now(), (id) => known.has(id));
    useForum.setState((s) => ({
      model: applied.model,
      sessions: applySessionChanges(s.sessions, frame),
      arrivals: applied.added.length ? { serial: s.arrivals.serial + 1, pledges: applied.added } : s.arrivals,
    }));
    // A session added to the event after our snapshot: its code and title come with a new one.
    if (applied.unknownSession && !syncSoon) {
      syncSoon = true;
      later(() => {
        syncSoon = false;
        sync();
      }, UNKNOWN_SESSION_SYNC_MS);
    }
  });
  socket.on('disconnect', () => {
    if (useConnection.getState().status !== 'refused') set({ status: 'offline' });
  });
  socket.on('connect_error', (err) => {
    if (FATAL_CODES.has(err.message)) {
      set({ status: 'refused', refusedCode: err.message });
      socket.disconnect();
      return;
    }
    set({ status: useConnection.getState().everConnected ? 'offline' : 'connecting' });
    // A refusal by the server (rate limit, store down) leaves the socket inactive: try again shortly.
    if (!socket.active) later(() => socket.connect(), RETRY_AFTER_REFUSAL_MS);
  });

  set({ status: 'connecting' });
  socket.connect();
  return () => {
    for (const timer of timers) clearTimeout(timer);
    socket.removeAllListeners();
    socket.disconnect();
  };
}
