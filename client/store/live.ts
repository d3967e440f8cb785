import type { Handshake } from '../../shared/schemas';
import { createSocket, type AppSocket } from '../socket';
import { resetConnection, useConnection } from './connection';
import { applyPanelEntry, applyPledge, applyRound, applySnapshot, resetSession } from './session';

/**
 * Handshake refusals that will not fix themselves by retrying: we stop and explain instead.
 * Anything else (server restarting, rate limit, network) is retried.
 */
const FATAL_CODES = new Set(['session_not_found', 'unauthorized', 'forbidden', 'invalid_payload']);
const RETRY_AFTER_REFUSAL_MS = 3000;

let current: AppSocket | null = null;

export function getSocket(): AppSocket | null {
  return current;
}

/**
 * Opens the page's one socket and feeds the connection and session stores from it.
 * Returns a stop function (used on unmount). Role-specific listeners are added by the caller.
 */
export function startLive(auth: () => Handshake): { socket: AppSocket; stop: () => void } {
  current?.disconnect();
  resetConnection();
  resetSession();

  const socket = createSocket(auth);
  current = socket;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const set = useConnection.setState;

  socket.on('connect', () => set({ status: 'online', refusedCode: null }));
  socket.on('session:state', (snapshot) => {
    applySnapshot(snapshot);
    set({ status: 'online', everConnected: true });
  });
  socket.on('round:updated', ({ seq, round }) => applyRound(seq, round));
  socket.on('panel:updated', ({ seq, entry }) => applyPanelEntry(seq, entry));
  socket.on('pledge:upserted', ({ seq, pledge }) => applyPledge(seq, pledge));

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

  set({ status: 'connecting' });
  socket.connect();

  return {
    socket,
    stop: () => {
      clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
      if (current === socket) current = null;
    },
  };
}

/** Drops the connection and opens it again, so the server re-reads `auth` (e.g. a new device token). */
export function reconnect(socket: AppSocket): void {
  socket.disconnect().connect();
}
