import type { JoinLookup } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import { api, normalizeJoinCode } from '../api';
import { PledgeOutbox, socketTransport, type OutboxState } from '../outbox';
import { emitWithAck, whenConnected, type AppSocket } from '../socket';
import { newUuid, readItem, storageKeys, writeItem } from '../storage';
import { getSocket, reconnect, requestSnapshot, startLive } from './live';
import { detailsProblem, draftForEdit, draftPayload, draftProblem, emptyDraft, loadDraft } from './phone-draft';
import { cancelDrafting, retellDrafting, scheduleDrafting, setDraft } from './phone-form';
import { cacheSnapshot } from './phone-snapshot';
import { initialPhone, isLocked, usePhone } from './phone-state';
import { clearPledges, upsertPledge, useSession } from './session';

/**
 * A panelist's phone from joining to the saved pledge: the join code, the seat, the connection's
 * events (nudges, release), every submit and edit through the outbox, and the follow-up links.
 * The draft itself is in ./phone-draft, the form's edits in ./phone-form, the store in ./phone-state.
 */

/** Refusals after which the phone's view is probably wrong: fetch a fresh snapshot. */
const RESYNC_CODES: readonly string[] = ['already_pledged', 'pledge_not_found', 'not_claimed', 'not_your_pledge'];

/** This phone session's outbox: every submit and edit goes through it. */
let outbox: PledgeOutbox | null = null;

function deviceToken(sessionId: string): string | undefined {
  return readItem('local', storageKeys.device(sessionId)) ?? undefined;
}

// ---------- lifecycle ----------

/** Resolves the join code, then connects. Returns the cleanup for the page's effect. */
export function startPhone(rawCode: string): () => void {
  usePhone.setState(initialPhone, true);
  const controller = new AbortController();
  let stopLive: (() => void) | null = null;

  const code = normalizeJoinCode(rawCode);
  void (async () => {
    const looked = await api<JoinLookup>(`/api/join/${encodeURIComponent(code)}`, { signal: controller.signal });
    if (controller.signal.aborted) return;
    // Without a network, a code this phone has joined before still opens its session from storage.
    const knownId = readItem('local', storageKeys.joinCode(code));
    const found = !looked.ok && looked.error.code === 'network' && knownId ? { ok: true as const, sessionId: knownId } : looked;
    if (!found.ok) {
      const notFound = found.httpStatus === 404 || found.httpStatus === 400 || found.error.code === 'session_not_found';
      usePhone.setState({
        stage: notFound ? 'notFound' : 'lookupFailed',
        lookupError: notFound ? 'session_not_found' : found.error.code,
      });
      return;
    }
    const sessionId = found.sessionId;
    usePhone.setState({ stage: 'live', sessionId, draft: loadDraft(sessionId) });
    writeItem('local', storageKeys.joinCode(code), sessionId);
    const live = startLive(() => ({ role: 'phone', sessionId, deviceToken: deviceToken(sessionId) }));
    const stopSessionWatch = watchSession();
    const stopCache = cacheSnapshot(sessionId);
    bindPhoneEvents(live.socket, sessionId);
    const stopOutbox = startOutbox(live.socket, sessionId);
    stopLive = () => {
      stopOutbox();
      stopCache();
      stopSessionWatch();
      live.stop();
    };
  })();

  return () => {
    controller.abort();
    cancelDrafting();
    stopLive?.();
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
  });
}

/**
 * One outbox per phone session, persisted under `pledge-round:outbox:<sessionId>`. A pledge a
 * previous page load left unsent (reload, crash, flat battery) is sent once the socket connects.
 */
function startOutbox(socket: AppSocket, sessionId: string): () => void {
  const box = new PledgeOutbox({
    storage: { get: (key) => readItem('local', key), set: (key, value) => writeItem('local', key, value) },
    key: storageKeys.outbox(sessionId),
    transport: socketTransport(socket),
    onFollowUpToken: keepFollowUpToken,
  });
  outbox = box;
  let previous = box.state;
  mirror(box.state);
  const unsubscribe = box.subscribe((state) => {
    const before = previous;
    previous = state;
    mirror(state);
    if (state.status === 'saved' && state.saved && state.saved !== before.saved) onSaved(state.saved, state.followUpToken);
    if (state.status === 'refused' && before.status !== 'refused' && state.error && RESYNC_CODES.includes(state.error)) {
      // The server knows better than this phone (a pledge from another device, a released seat):
      // a fresh snapshot shows the right screen. The text stays in the form.
      void requestSnapshot(socket);
    }
  });

  // Resume once the connection is up (or known to be down), so a reload does not flash "offline".
  let resumed = false;
  const resume = () => {
    if (resumed || outbox !== box) return;
    resumed = true;
    socket.off('connect', resume);
    socket.off('connect_error', resume);
    box.resume();
  };
  if (socket.connected) resume();
  else {
    socket.on('connect', resume);
    socket.on('connect_error', resume);
  }

  // The round open (again): a pledge held while it was closed goes out now. Also while an attempt
  // is in flight: its "round not open" answer may cross the news and must not leave it held.
  const unsubscribeRound = useSession.subscribe((s, prev) => {
    if (s.round?.state === 'open' && prev.round?.state !== 'open') box.wake();
  });

  return () => {
    unsubscribe();
    unsubscribeRound();
    socket.off('connect', resume);
    socket.off('connect_error', resume);
    box.stop();
    if (outbox === box) outbox = null;
  };
}

function mirror(state: OutboxState): void {
  usePhone.setState({
    // Restored from storage and not resumed yet: it is about to be sent.
    send: state.status === 'idle' && state.pending ? 'sending' : state.status,
    sendError: state.error,
    pending: state.pending,
    lastSavedAt: state.lastSavedAt,
  });
}

function onSaved(pledge: Pledge, followUpToken: string | null): void {
  // Before the pledge reaches the screen, so the confirmation shows the link from its first render.
  if (followUpToken) keepFollowUpToken(pledge.id, followUpToken);
  upsertPledge(pledge);
  usePhone.setState({ nudgedAt: null });
  setDraft(emptyDraft);
  cancelDrafting(true);
}

function bindPhoneEvents(socket: AppSocket, sessionId: string): void {
  // An up-to-date reconnect gets no snapshot, hence 'connect' as well as 'session:state'.
  socket.on('connect', retellDrafting);
  socket.on('session:state', retellDrafting);
  socket.on('round:updated', () => scheduleDrafting());
  socket.on('panelist:nudged', ({ at }) => {
    usePhone.setState({ nudgedAt: at });
    try {
      navigator.vibrate?.([120, 80, 120]);
    } catch {
      // Vibration is a nicety; some browsers throw without a user gesture.
    }
  });
  socket.on('panelist:released', () => {
    writeItem('local', storageKeys.device(sessionId), null);
    usePhone.setState({ released: true, nudgedAt: null, claimError: null });
    clearPledges();
    reconnect(socket);
  });
}

// ---------- follow-up link ----------

function keepFollowUpToken(pledgeId: string, token: string): void {
  writeItem('local', storageKeys.followUp(pledgeId), token);
  usePhone.setState((s) => ({ followUpTokens: { ...s.followUpTokens, [pledgeId]: token } }));
}

/**
 * Asks the server for a new follow-up link to this phone's pledge (`pledge:follow-up`), for a phone
 * that never received one (its first answer was lost, or the seat moved here from another device).
 * The server makes a new secret: any earlier link to the pledge stops working.
 */
export async function requestFollowUpLink(pledgeId: string): Promise<void> {
  const socket = getSocket();
  if (usePhone.getState().followUpRequest?.status === 'busy') return;
  if (!socket?.connected) {
    usePhone.setState({ followUpRequest: { pledgeId, status: 'failed', error: 'network' } });
    return;
  }
  usePhone.setState({ followUpRequest: { pledgeId, status: 'busy', error: null } });
  const res = await emitWithAck(socket, 'pledge:follow-up', { pledgeId });
  if (res.ok && typeof res.followUpToken === 'string' && res.followUpToken) {
    keepFollowUpToken(pledgeId, res.followUpToken);
    usePhone.setState({ followUpRequest: { pledgeId, status: 'done', error: null } });
  } else {
    usePhone.setState({ followUpRequest: { pledgeId, status: 'failed', error: res.ok ? 'internal' : res.error.code } });
  }
}

// ---------- actions ----------

export async function pickPanelist(panelistId: string): Promise<void> {
  const socket = getSocket();
  const { sessionId } = usePhone.getState();
  if (!socket || !sessionId || usePhone.getState().claiming) return;
  usePhone.setState({ claiming: panelistId, claimError: null });
  await whenConnected(socket);
  const res = await emitWithAck(socket, 'panelist:claim', { panelistId });
  if (!res.ok) {
    usePhone.setState({ claiming: null, claimError: res.error.code });
    return;
  }
  writeItem('local', storageKeys.device(sessionId), res.deviceToken);
  usePhone.setState({ claiming: null, released: false });
  // A pledge refused while this phone had no seat (e.g. "pick your name first") is not sent on its
  // own for the new seat: its text is still the draft in the form, ready to submit again.
  if (outbox?.state.status === 'refused') outbox.discard();
  // The server seats this connection and sends a fresh snapshot before acknowledging. If that
  // snapshot is not here (an older server, a lost packet), reconnect so the handshake carries the
  // new device token and binds the seat.
  if (useSession.getState().you?.panelistId !== res.panelistId) reconnect(socket);
}

export function dismissNudge(): void {
  usePhone.setState({ nudgedAt: null });
}

export function startEdit(pledge: Pledge): void {
  const state = usePhone.getState();
  if (isLocked(state)) return;
  // A refused pledge (e.g. "already pledged" from a stale page) becomes the text of this edit, so
  // nothing typed is lost; the outbox forgets it.
  const refused = state.pending?.payload;
  if (state.pending) outbox?.discard();
  setDraft(draftForEdit(pledge, refused));
}

export function cancelEdit(): void {
  const state = usePhone.getState();
  if (isLocked(state)) return;
  if (state.pending) outbox?.discard();
  setDraft(emptyDraft);
}

/**
 * Hands the draft to the outbox, which keeps it on this phone and sends it until the server
 * acknowledges it: the pledge id is fixed first, so every retry is the same pledge to the server.
 * The draft stays until the acknowledgement (see onSaved), so nothing typed is ever lost.
 */
export function submitDraft(): void {
  const state = usePhone.getState();
  if (!outbox || isLocked(state) || draftProblem(state.draft.text) || detailsProblem(state.draft)) return;

  let draft = state.draft;
  // The id belongs to another pledge (a seat changed hands on this phone, an id used elsewhere):
  // the same text goes out as a new pledge with a new id.
  const idRefused = state.sendError === 'not_your_pledge' || state.sendError === 'pledge_id_taken';
  if (state.send === 'refused' && idRefused) draft = { ...draft, id: null, editing: false };
  const id = draft.id ?? newUuid();
  draft = { ...draft, id };
  setDraft(draft);
  outbox.enqueue(draft.editing ? 'pledge:edit' : 'pledge:submit', draftPayload(draft, id));
}
