import type { JoinLookup } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import { api, normalizeJoinCode } from '../api';
import { emitUntilAnswered, type AppSocket } from '../socket';
import { newSecret, readItem, storageKeys, writeItem } from '../storage';
import { getSocket, reconnect, startLive } from './live';
import { loadDraft } from './phone-draft';
import { cancelDrafting, retellDrafting, scheduleDrafting, setDraft } from './phone-form';
import { keepFollowUpToken, startOutbox } from './phone-outbox';
import { deviceToken, openInvite, watchSeat } from './phone-seat';
import { cacheSnapshot } from './phone-snapshot';
import { initialPhone, usePhone } from './phone-state';
import { clearPledges, useSession } from './session';

/**
 * A phone from joining to the saved pledge: the join code or the personal invite link, the
 * connection and its events (nudges, release, the moderator's answer), and the follow-up links.
 * The seat and the audience are in ./phone-seat, submits and edits in ./phone-outbox, the draft in
 * ./phone-draft, the form's edits in ./phone-form, the store in ./phone-state.
 */

/** How the phone arrived: the session's join code (typed, or the wall's QR), or a panelist's invite link. */
export type PhoneEntry = { kind: 'code'; code: string } | { kind: 'invite'; sessionId: string; panelistId: string };

// ---------- lifecycle ----------

/** Finds the session, then connects. Returns the cleanup for the page's effect. */
export function startPhone(entry: PhoneEntry): () => void {
  usePhone.setState(initialPhone, true);
  const controller = new AbortController();
  let stop: (() => void) | null = null;
  const go = (sessionId: string) => {
    if (controller.signal.aborted) return;
    stop = connect(sessionId);
    if (entry.kind === 'invite') openInvite(sessionId, entry.panelistId);
  };

  if (entry.kind === 'invite') go(entry.sessionId);
  else void lookUp(entry.code, controller.signal).then((sessionId) => sessionId && go(sessionId));

  return () => {
    controller.abort();
    cancelDrafting();
    stop?.();
  };
}

/** Resolves a join code to its session (from storage when offline and joined before), or says why not. */
async function lookUp(rawCode: string, signal: AbortSignal): Promise<string | null> {
  const code = normalizeJoinCode(rawCode);
  const looked = await api<JoinLookup>(`/api/join/${encodeURIComponent(code)}`, { signal });
  if (signal.aborted) return null;
  const knownId = readItem('local', storageKeys.joinCode(code));
  const found = !looked.ok && looked.error.code === 'network' && knownId ? { ok: true as const, sessionId: knownId } : looked;
  if (!found.ok) {
    const notFound = found.httpStatus === 404 || found.httpStatus === 400 || found.error.code === 'session_not_found';
    usePhone.setState({
      stage: notFound ? 'notFound' : 'lookupFailed',
      lookupError: notFound ? 'session_not_found' : found.error.code,
    });
    return null;
  }
  writeItem('local', storageKeys.joinCode(code), found.sessionId);
  if (looked.ok) usePhone.setState({ lookup: looked });
  return found.sessionId;
}

function connect(sessionId: string): () => void {
  const firstVisit = readItem('local', storageKeys.device(sessionId)) === null;
  usePhone.setState({ stage: 'live', sessionId, draft: loadDraft(sessionId), firstVisit });
  const token = deviceToken(sessionId);
  const live = startLive(() => ({ role: 'phone', sessionId, deviceToken: token }));
  const stopSessionWatch = watchSession();
  const stopCache = cacheSnapshot(sessionId);
  bindPhoneEvents(live.socket);
  const stopSeat = watchSeat(live.socket);
  const stopOutbox = startOutbox(live.socket, sessionId);
  return () => {
    stopOutbox();
    stopSeat();
    stopCache();
    stopSessionWatch();
    live.stop();
  };
}

/**
 * Follows what the session store learns: the session's theme list (a restored draft keeps only the
 * themes it offers) and this phone's pledges (their follow-up links, kept in storage, come back).
 */
function watchSession(): () => void {
  const checked = new Set<string>();
  const sync = (session: ReturnType<typeof useSession.getState>['session'], pledges: Pledge[]) => {
    const themes = session?.themes;
    const { draft } = usePhone.getState();
    if (Array.isArray(themes) && draft.themes.some((id) => !themes.some((x) => x.id === id))) {
      setDraft({ themes: draft.themes.filter((id) => themes.some((x) => x.id === id)) });
    }
    const found: Record<string, string> = {};
    for (const p of pledges) {
      if (checked.has(p.id)) continue;
      checked.add(p.id);
      const token = readItem('local', storageKeys.followUp(p.id));
      if (token && !usePhone.getState().followUpTokens[p.id]) found[p.id] = token;
    }
    if (Object.keys(found).length > 0) usePhone.setState((s) => ({ followUpTokens: { ...s.followUpTokens, ...found } }));
  };
  const now = useSession.getState();
  sync(now.session, now.pledges);
  return useSession.subscribe((s, prev) => {
    if (s.session !== prev.session || s.pledges !== prev.pledges) sync(s.session, s.pledges);
    // The round opened or closed: the moderator's view of "drafting" follows.
    if (s.round?.state !== prev.round?.state) scheduleDrafting();
  });
}

function bindPhoneEvents(socket: AppSocket): void {
  // An up-to-date reconnect gets no snapshot, hence 'connect' as well as 'session:state'.
  socket.on('connect', retellDrafting);
  socket.on('session:state', retellDrafting);
  socket.on('panelist:nudged', ({ at }) => {
    usePhone.setState({ nudgedAt: at });
    try {
      navigator.vibrate?.([120, 80, 120]);
    } catch {
      // Vibration is a nicety; some browsers throw without a user gesture.
    }
  });
  socket.on('panelist:released', ({ reason }) => {
    // The phone keeps its device token; the connection starts again without the seat.
    usePhone.setState({ released: reason, nudgedAt: null, claimError: null, request: null, step: { kind: 'panel' } });
    clearPledges();
    reconnect(socket);
  });
}

// ---------- follow-up link ----------

/**
 * Asks the server for a new follow-up link to this phone's pledge (`pledge:follow-up`), for a phone
 * that does not hold one (the seat moved here from another device, or its storage was cleared):
 * any earlier link to the pledge stops working. The phone makes the new secret itself, so a repeat
 * after a lost answer sets the same link; an attempt without an answer is repeated on its own.
 */
export async function requestFollowUpLink(pledgeId: string): Promise<void> {
  const socket = getSocket();
  if (!socket || usePhone.getState().followUpRequest?.status === 'busy') return;
  const busy = (retries: number, error: string | null) => usePhone.setState({ followUpRequest: { pledgeId, status: 'busy', error, retries } });
  busy(0, socket.connected ? null : 'network');
  const res = await emitUntilAnswered(socket, 'pledge:follow-up', [{ pledgeId, followUpToken: newSecret() }], {
    stillWanted: () => getSocket() === socket,
    onRetry: busy,
  });
  if (getSocket() !== socket) return;
  if (res.ok && typeof res.followUpToken === 'string' && res.followUpToken) {
    // The link the server set, as its answer says.
    keepFollowUpToken(pledgeId, res.followUpToken);
    usePhone.setState({ followUpRequest: { pledgeId, status: 'done', error: null, retries: 0 } });
  } else {
    usePhone.setState({ followUpRequest: { pledgeId, status: 'failed', error: res.ok ? 'internal' : res.error.code, retries: 0 } });
  }
}

// ---------- actions ----------

export function dismissNudge(): void {
  usePhone.setState({ nudgedAt: null });
}
