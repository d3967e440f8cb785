import type { SessionSnapshot } from '../../shared/protocol';
import type { Handshake } from '../../shared/schemas';
import { watchLink } from '../link-watch';
import { createSocket, emitWithAck, type AppSocket } from '../socket';
import { resetConnection, useConnection } from './connection';
import { applyReactions } from './reactions';
import { applyDelta, applySnapshot, resetSession, useSession } from './session';

/**
 * Handshake refusals that will not fix themselves by retrying: we stop and explain instead.
 * Anything else (server restarting, rate limit, network) is retried.
 */
const FATAL_CODES = new Set(['session_not_found', 'unauthorized', 'forbidden', 'invalid_payload']);
const RETRY_AFTER_REFUSAL_MS = 3000;
/** A burst of deltas with holes triggers one sync, this long after the first hole. */
const GAP_SYNC_DEBOUNCE_MS = 300;
const GAP_SYNC_RETRY_MS = 2000;
/** Holes wider than this are not listed one by one: any snapshot past them closes them. */
const MAX_LISTED_GAP = 256;
/**
 * A connection that asked for a snapshot and got none this long after connecting asks again
 * with `session:sync` (a first frame lost between processes must not leave a blank page).
 */
const FIRST_STATE_WATCHDOG_MS = 4000;

let current: AppSocket | null = null;
/** Set by reconnect(): the identity changes, so the next handshake asks for a full snapshot. */
let forceSnapshot = false;
/** The open socket's snapshot handler (it also closes known holes). */
let takeSnapshot: ((snapshot: SessionSnapshot) => void) | null = null;

export function getSocket(): AppSocket | null {
  return current;
}

/**
 * Opens the page's one socket and feeds the connection and session stores from it.
 * Returns a stop function (used on unmount). Role-specific listeners are added by the caller.
 *
 * Sequence numbers: the handshake carries `lastSeq` (the newest seq we hold, when we hold a
 * complete state), so a reconnect that Socket.IO cannot recover gets a snapshot only when
 * something changed. Moderators and walls see every seq, so a hole in the sequence means a missed
 * delta: they ask for `session:sync` (debounced). Phones see only some seqs and never do that.
 */
export function startLive(auth: () => Handshake): { socket: AppSocket; stop: () => void } {
  current?.disconnect();
  resetConnection();
  resetSession();
  forceSnapshot = false;

  /** Moderators, walls and audience devices see every seq; panelists' phones only some. */
  const isReader = () => auth().role !== 'phone' || !!useSession.getState().you?.audience;
  /** Seqs we know we have not seen (readers only). */
  const missing = new Set<number>();
  /** A hole too wide to list: a snapshot at or above this seq closes it. */
  let missingThrough = -1;
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let syncing = false;

  const hasHoles = () => missing.size > 0 || missingThrough >= 0;

  /** The `lastSeq` to offer: only for a complete state with no known holes. */
  const handshakeSeq = (): number | undefined => {
    const { baseSeq, lastSeq } = useSession.getState();
    if (forceSnapshot || baseSeq < 0 || hasHoles()) return undefined;
    return lastSeq;
  };

  /** The current connection asked for a snapshot (offered no lastSeq) and has not had one yet. */
  let awaitingState = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const socket = createSocket(() => {
    const lastSeq = handshakeSeq();
    awaitingState = lastSeq === undefined;
    return lastSeq === undefined ? auth() : { ...auth(), lastSeq };
  });
  current = socket;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const set = useConnection.setState;

  const onSnapshot = (snapshot: SessionSnapshot) => {
    applySnapshot(snapshot);
    forceSnapshot = false;
    for (const seq of missing) if (seq <= snapshot.seq) missing.delete(seq);
    if (missingThrough <= snapshot.seq) missingThrough = -1;
  };
  takeSnapshot = onSnapshot;

  const scheduleSync = (delay = GAP_SYNC_DEBOUNCE_MS) => {
    if (syncTimer !== undefined || syncing) return;
    syncTimer = setTimeout(() => {
      syncTimer = undefined;
      void runSync();
    }, delay);
  };

  const runSync = async () => {
    // Disconnected: the reconnect brings a snapshot (no lastSeq is offered while there are holes).
    if (!hasHoles() || !socket.connected) return;
    syncing = true;
    const res = await emitWithAck(socket, 'session:sync');
    syncing = false;
    if (current !== socket) return;
    if (res.ok) onSnapshot(res.snapshot);
    if (hasHoles()) scheduleSync(res.ok ? GAP_SYNC_DEBOUNCE_MS : GAP_SYNC_RETRY_MS);
  };

  /**
   * Readers: notes the holes that deltas reveal (or fill), before they are applied. A coalesced
   * batch lists all its seqs; holes between them are commits another server process is still
   * delivering, and a sync is asked for only if they stay open.
   */
  const track = (...seqs: number[]) => {
    if (!isReader()) return;
    const { baseSeq, lastSeq } = useSession.getState();
    if (baseSeq < 0) return; // the first snapshot covers whatever came before it
    let high = lastSeq;
    for (const seq of [...seqs].sort((a, b) => a - b)) {
      missing.delete(seq);
      if (seq > high + 1) {
        if (seq - high - 1 > MAX_LISTED_GAP) missingThrough = Math.max(missingThrough, seq - 1);
        else for (let s = high + 1; s < seq; s++) missing.add(s);
      }
      high = Math.max(high, seq);
    }
    if (hasHoles()) scheduleSync();
  };

  const armWatchdog = (delay = FIRST_STATE_WATCHDOG_MS) => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      if (!awaitingState || !socket.connected || current !== socket) return;
      void emitWithAck(socket, 'session:sync').then((res) => {
        if (current !== socket || !awaitingState) return;
        if (res.ok) {
          awaitingState = false;
          onSnapshot(res.snapshot);
          set({ status: 'online', everConnected: true });
        } else armWatchdog(GAP_SYNC_RETRY_MS);
      });
    }, delay);
  };

  socket.on('connect', () => {
    set({ status: 'online', refusedCode: null });
    // A recovered connection replays what it missed instead of sending a snapshot.
    if (socket.recovered) awaitingState = false;
    if (awaitingState) armWatchdog();
    if (hasHoles()) scheduleSync();
  });
  socket.on('session:state', (snapshot) => {
    awaitingState = false;
    clearTimeout(watchdog);
    onSnapshot(snapshot);
    set({ status: 'online', everConnected: true });
  });
  // After a recovered reconnect: the store's seq. Anything between ours and it was missed.
  socket.on('session:seq', ({ seq }) => {
    const { baseSeq, lastSeq } = useSession.getState();
    if (baseSeq < 0 || seq <= lastSeq) return;
    if (isReader()) {
      if (seq - lastSeq > MAX_LISTED_GAP) missingThrough = Math.max(missingThrough, seq);
      else for (let s = lastSeq + 1; s <= seq; s++) missing.add(s);
      scheduleSync();
    } else {
      // A phone hears only some commits, so a higher seq may be nothing for it: it asks anyway.
      void requestSnapshot(socket);
    }
  });
  socket.on('session:deltas', (batch) => {
    track(...batch.seqs);
    for (const delta of batch.deltas) applyDelta(delta);
    if (batch.reactions) applyReactions(batch.reactions);
    // A commit with nothing for us still moves us on.
    useSession.setState((s) => ({ lastSeq: Math.max(s.lastSeq, ...batch.seqs) }));
  });

  socket.on('disconnect', (reason) => {
    if (useConnection.getState().status === 'refused') return;
    set({ status: 'offline' });
    // The server hung up on purpose (e.g. a rotated moderator key): socket.io will not retry by
    // itself, so reconnect once; a refused handshake then tells us why.
    if (reason === 'io server disconnect') {
      retryTimer = setTimeout(() => socket.connect(), RETRY_AFTER_REFUSAL_MS);
    }
  });

  socket.on('connect_error', (err) => {
    if (FATAL_CODES.has(err.message)) {
      set({ status: 'refused', refusedCode: err.message });
      socket.disconnect();
      return;
    }
    set({ status: useConnection.getState().everConnected ? 'offline' : 'connecting' });
    // A middleware refusal leaves the socket inactive (no automatic retry); transport errors don't.
    if (!socket.active) {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), RETRY_AFTER_REFUSAL_MS);
    }
  });

  // Phones and consoles find out soon when their link died without a word; walls wait for the pings.
  const stopWatch = auth().role === 'wall' ? () => undefined : watchLink(socket);
  set({ status: 'connecting' });
  socket.connect();

  return {
    socket,
    stop: () => {
      clearTimeout(retryTimer);
      clearTimeout(syncTimer);
      clearTimeout(watchdog);
      stopWatch();
      socket.removeAllListeners();
      socket.disconnect();
      if (current === socket) {
        current = null;
        takeSnapshot = null;
      }
    },
  };
}

/**
 * Drops the connection and opens it again, so the server re-reads `auth` (e.g. a new device
 * token). The identity changes, so the handshake asks for a full snapshot.
 */
export function reconnect(socket: AppSocket): void {
  forceSnapshot = true;
  socket.disconnect().connect();
}

/** Asks for a fresh snapshot and applies it (e.g. when the server says we hold a stale view). */
export async function requestSnapshot(socket: AppSocket): Promise<boolean> {
  const res = await emitWithAck(socket, 'session:sync');
  if (!res.ok || current !== socket) return false;
  (takeSnapshot ?? applySnapshot)(res.snapshot);
  return true;
}
