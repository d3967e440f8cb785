import { create } from 'zustand';
import type { Capacity, RegionalGroup, StakeholderGroup, Visibility } from '../../shared/domain';
import { CAPACITIES, LIMITS, pledgeDetailDefaults, REGIONAL_GROUPS, STAKEHOLDER_GROUPS, VISIBILITIES } from '../../shared/domain';
import { cleanText } from '../../shared/text';
import type { JoinLookup } from '../../shared/http';
import { PROTOCOL_VERSION, type SessionSnapshot } from '../../shared/protocol';
import { themeIdSchema, type Pledge, type PledgeContentInput, type Timeframe } from '../../shared/schemas';
import { api, normalizeJoinCode } from '../api';
import { PledgeOutbox, socketTransport, type OutboxState, type OutboxStatus, type PendingPledge } from '../outbox';
import { emitWithAck, whenConnected, type AppSocket } from '../socket';
import { newUuid, readItem, storageKeys, writeItem } from '../storage';
import { getSocket, reconnect, requestSnapshot, startLive } from './live';
import { applySnapshot, clearPledges, upsertPledge, useSession } from './session';

/** The pledge being written on this phone; persisted on every change so a reload loses nothing. */
export interface Draft {
  /** Pledge id (idempotency key): fixed before the first send attempt so retries reuse it. */
  id: string | null;
  text: string;
  capacity: Capacity;
  /** null until the person edits it: the panelist's organization is used. */
  organization: string | null;
  /** true while changing an already saved pledge (sends pledge:edit). */
  editing: boolean;
  /** null until the person picks one: the panelist's own group is used. */
  stakeholderGroup: StakeholderGroup | null;
  /**
   * null until the person picks one: the panelist's own group (from the schedule) is used;
   * 'none' when they chose "not specified".
   */
  regionalGroup: RegionalGroup | 'none' | null;
  /** Theme ids from the session's (its event's) list. */
  themes: string[];
  /** SDG target codes, in the order chosen. */
  sdgTargets: string[];
  timeframe: DraftTimeframe;
  visibility: Visibility;
  /** Rows as typed; empty rows are dropped when sending. */
  deliverables: { text: string; due: string }[];
  partners: string[];
}

/** The timeframe as the form holds it: a chosen "by date" may still lack its date. */
export type DraftTimeframe = { kind: 'next-igf' } | { kind: 'date'; date: string };

/** The outbox's status as components see it (a pledge restored from storage reads `sending`). */
export type SendState = OutboxStatus;

interface PhoneState {
  stage: 'resolving' | 'notFound' | 'lookupFailed' | 'live';
  lookupError: string | null;
  sessionId: string | null;
  draft: Draft;
  claiming: string | null;
  claimError: string | null;
  // Mirror of the outbox (client/outbox.ts), so components read one store.
  send: SendState;
  /** Why the last attempt failed (`refused`: for good; `sending`: being retried). */
  sendError: OutboxState['error'];
  /** The pledge waiting for the server's acknowledgement, if any. */
  pending: PendingPledge | null;
  /** Local time the server last acknowledged a pledge from this page. */
  lastSavedAt: number | null;
  nudgedAt: number | null;
  released: boolean;
  /**
   * Follow-up link secrets this phone holds, by pledge id (also in storage, see
   * storageKeys.followUp): the server hands one out once, with the answer that stores the pledge.
   */
  followUpTokens: Record<string, string>;
  /** Asking the server for a (new) follow-up link: `pledge:follow-up`. */
  followUpRequest: FollowUpRequest | null;
}

export interface FollowUpRequest {
  pledgeId: string;
  status: 'busy' | 'done' | 'failed';
  /** Why it failed (an error code for tError). */
  error: string | null;
}

const emptyDraft: Draft = {
  id: null,
  text: '',
  capacity: 'individual',
  organization: null,
  editing: false,
  stakeholderGroup: null,
  ...pledgeDetailDefaults(),
};

const initial: PhoneState = {
  stage: 'resolving',
  lookupError: null,
  sessionId: null,
  draft: emptyDraft,
  claiming: null,
  claimError: null,
  send: 'idle',
  sendError: null,
  pending: null,
  lastSavedAt: null,
  nudgedAt: null,
  released: false,
  followUpTokens: {},
  followUpRequest: null,
};

export const usePhone = create<PhoneState>()(() => initial);

const DRAFTING_DEBOUNCE_MS = 1200;
/** Refusals after which the phone's view is probably wrong: fetch a fresh snapshot. */
const RESYNC_CODES: readonly string[] = ['already_pledged', 'pledge_not_found', 'not_claimed', 'not_your_pledge'];

/** This phone session's outbox: every submit and edit goes through it. */
let outbox: PledgeOutbox | null = null;
let draftingSent: boolean | null = null;
let draftingTimer: ReturnType<typeof setTimeout> | undefined;

// ---------- text rules ----------

/** Counts what the server will store: the same cleaning rules, from shared/text. */
export function pledgeLength(text: string): number {
  return cleanText(text, true).length;
}

/** A pledge is on its way (sending, offline, held): the form shows it and takes no new text. */
export function isLocked(s: Pick<PhoneState, 'pending' | 'send'>): boolean {
  return s.pending !== null && s.send !== 'refused';
}

export function draftProblem(text: string): 'tooShort' | 'tooLong' | null {
  const n = pledgeLength(text);
  if (n < LIMITS.pledgeTextMin) return 'tooShort';
  if (n > LIMITS.pledgeTextMax) return 'tooLong';
  return null;
}

// ---------- persistence ----------

function loadDraft(sessionId: string): Draft {
  const raw = readItem('local', storageKeys.draft(sessionId));
  if (!raw) return emptyDraft;
  try {
    const d = JSON.parse(raw) as Partial<Draft>;
    const strings = (v: unknown, max: number): string[] =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, max) : [];
    const tf = d.timeframe as Partial<{ kind: string; date: unknown }> | undefined;
    return {
      id: typeof d.id === 'string' ? d.id : null,
      text: typeof d.text === 'string' ? d.text : '',
      capacity: (CAPACITIES as readonly unknown[]).includes(d.capacity) ? (d.capacity as Capacity) : 'individual',
      organization: typeof d.organization === 'string' ? d.organization : null,
      editing: d.editing === true,
      stakeholderGroup: (STAKEHOLDER_GROUPS as readonly unknown[]).includes(d.stakeholderGroup) ? (d.stakeholderGroup as StakeholderGroup) : null,
      regionalGroup:
        d.regionalGroup === 'none' || (REGIONAL_GROUPS as readonly unknown[]).includes(d.regionalGroup)
          ? (d.regionalGroup as RegionalGroup | 'none')
          : null,
      // Well-formed ids only here; ids the session's list does not know are dropped once it is known.
      themes: strings(d.themes, LIMITS.themesMax).filter((x) => themeIdSchema.safeParse(x).success),
      sdgTargets: strings(d.sdgTargets, LIMITS.sdgTargetsMax),
      timeframe: tf?.kind === 'date' ? { kind: 'date', date: typeof tf.date === 'string' ? tf.date : '' } : { kind: 'next-igf' },
      visibility: (VISIBILITIES as readonly unknown[]).includes(d.visibility) ? (d.visibility as Visibility) : 'public',
      deliverables: Array.isArray(d.deliverables)
        ? d.deliverables
            .filter((x): x is { text: string; due: string } => !!x && typeof x.text === 'string' && typeof x.due === 'string')
            .slice(0, LIMITS.deliverablesMax)
        : [],
      partners: strings(d.partners, LIMITS.partnersMax),
    };
  } catch {
    return emptyDraft;
  }
}

function saveDraft(draft: Draft): void {
  const { sessionId } = usePhone.getState();
  if (!sessionId) return;
  const isEmpty = JSON.stringify(draft) === JSON.stringify(emptyDraft);
  writeItem('local', storageKeys.draft(sessionId), isEmpty ? null : JSON.stringify(draft));
}

function setDraft(patch: Partial<Draft>): void {
  const draft = { ...usePhone.getState().draft, ...patch };
  usePhone.setState({ draft });
  saveDraft(draft);
}

function deviceToken(sessionId: string): string | undefined {
  return readItem('local', storageKeys.device(sessionId)) ?? undefined;
}

// ---------- lifecycle ----------

/** Resolves the join code, then connects. Returns the cleanup for the page's effect. */
export function startPhone(rawCode: string): () => void {
  usePhone.setState(initial, true);
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
    clearTimeout(draftingTimer);
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
 * Keeps the phone's last known state in storage and shows it at once on the next page load, so a
 * phone that reloads without a connection still shows the form, its pledge and what is unsent.
 * It is restored below every real sequence number: the first snapshot from the server replaces it,
 * and the handshake does not offer it as `lastSeq`.
 */
function cacheSnapshot(sessionId: string): () => void {
  const key = storageKeys.snapshot(sessionId);
  const raw = readItem('local', key);
  if (raw) {
    try {
      const cached = JSON.parse(raw) as SessionSnapshot;
      if (cached.protocol === PROTOCOL_VERSION && cached.session?.id === sessionId) applySnapshot({ ...cached, seq: -1 });
    } catch {
      writeItem('local', key, null);
    }
  }
  return useSession.subscribe((s) => {
    if (!s.session || !s.round || !s.you || s.baseSeq < 0) return;
    const snapshot: SessionSnapshot = {
      protocol: PROTOCOL_VERSION,
      seq: s.baseSeq,
      session: s.session,
      round: s.round,
      panel: Object.entries(s.panel).map(([panelistId, status]) => ({ panelistId, status })),
      pledges: s.pledges,
      you: s.you,
      serverNow: Date.now() + s.clockSkew,
    };
    writeItem('local', key, JSON.stringify(snapshot));
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
  clearTimeout(draftingTimer);
  draftingSent = null;
}

function bindPhoneEvents(socket: AppSocket, sessionId: string): void {
  // A fresh connection starts with the server's view of our status: tell it again if we are typing.
  // (An up-to-date reconnect gets no snapshot, hence 'connect' as well.)
  const retellDrafting = () => {
    draftingSent = null;
    scheduleDrafting();
  };
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

export function setText(text: string): void {
  setDraft({ text });
  scheduleDrafting();
}

export function setCapacity(capacity: Capacity): void {
  setDraft({ capacity });
}

export function setOrganization(organization: string): void {
  setDraft({ organization });
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
  setDraft({
    id: pledge.id,
    text: refused?.text ?? pledge.text,
    capacity: refused?.capacity ?? pledge.capacity,
    organization: refused ? (refused.organization ?? '') : pledge.organization,
    editing: true,
    stakeholderGroup: refused?.stakeholderGroup ?? pledge.stakeholderGroup,
    // What the pledge says, "not specified" included: an edit never refills it from the panel.
    regionalGroup: (refused ? refused.regionalGroup : pledge.regionalGroup) ?? 'none',
    themes: [...(refused?.themes ?? pledge.themes)],
    sdgTargets: [...(refused?.sdgTargets ?? pledge.sdgTargets)],
    timeframe: refused?.timeframe ?? pledge.timeframe,
    // Chosen once, at submission: an edit keeps it.
    visibility: pledge.visibility,
    deliverables: (refused?.deliverables ?? pledge.deliverables).map((d) => ({ ...d })),
    partners: [...(refused?.partners ?? pledge.partners)],
  });
}

export function cancelEdit(): void {
  const state = usePhone.getState();
  if (isLocked(state)) return;
  if (state.pending) outbox?.discard();
  setDraft(emptyDraft);
}

/** The organization shown in the form: typed value, else the panelist's own. */
export function effectiveOrganization(draft: Draft): string {
  if (draft.organization !== null) return draft.organization;
  const { session, you } = useSession.getState();
  return session?.panelists.find((p) => p.id === you?.panelistId)?.organization ?? '';
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

/** What goes to the server: every field, with the defaults filled in and empty rows dropped. */
export function draftPayload(draft: Draft, id: string): PledgeContentInput & { id: string } {
  return {
    id,
    text: draft.text,
    capacity: draft.capacity,
    organization: effectiveOrganization(draft),
    stakeholderGroup: effectiveStakeholderGroup(draft),
    regionalGroup: effectiveRegionalGroup(draft),
    themes: knownThemes(draft.themes),
    sdgTargets: [...draft.sdgTargets],
    timeframe: draft.timeframe.kind === 'date' ? { kind: 'date', date: draft.timeframe.date } : { kind: 'next-igf' },
    visibility: draft.visibility,
    deliverables: draft.deliverables
      .filter((d) => d.text.trim() || d.due)
      .map((d) => ({ text: d.text, due: d.due })),
    partners: draft.partners.filter((p) => p.trim()),
  };
}

/** The stakeholder group shown in the form: the chosen one, else the panelist's own. */
export function effectiveStakeholderGroup(draft: Draft): StakeholderGroup {
  if (draft.stakeholderGroup) return draft.stakeholderGroup;
  const { session, you } = useSession.getState();
  return session?.panelists.find((p) => p.id === you?.panelistId)?.stakeholderGroup ?? 'Individual';
}

/** The regional group shown in the form: the chosen one ("not specified" included), else the panelist's own. */
export function effectiveRegionalGroup(draft: Draft): RegionalGroup | null {
  if (draft.regionalGroup === 'none') return null;
  if (draft.regionalGroup) return draft.regionalGroup;
  const { session, you } = useSession.getState();
  return session?.panelists.find((p) => p.id === you?.panelistId)?.regionalGroup ?? null;
}

/** Theme ids the session offers (the server refuses others); all of them while its list is unknown. */
function knownThemes(ids: string[]): string[] {
  const themes = useSession.getState().session?.themes;
  return Array.isArray(themes) ? ids.filter((id) => themes.some((x) => x.id === id)) : [...ids];
}

/** The 1-based number of the first deliverable that is started but not complete, or 0. */
export function incompleteDeliverable(draft: Pick<Draft, 'deliverables'>): number {
  const index = draft.deliverables.findIndex(
    (d) => (d.text.trim() || d.due) && (cleanText(d.text).length < 3 || cleanText(d.text).length > LIMITS.deliverableMax || !/^\d{4}-\d{2}-\d{2}$/.test(d.due)),
  );
  return index + 1;
}

/** What in the optional details stops a submit (the server would refuse it). */
export function detailsProblem(draft: Draft): 'dateMissing' | 'deliverableIncomplete' | null {
  if (draft.timeframe.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.timeframe.date)) return 'dateMissing';
  return incompleteDeliverable(draft) > 0 ? 'deliverableIncomplete' : null;
}

// ---------- optional details ----------

export function setStakeholderGroup(stakeholderGroup: StakeholderGroup): void {
  setDraft({ stakeholderGroup });
}

/** null: "not specified", chosen on purpose (the panelist's own group is not filled in again). */
export function setRegionalGroup(regionalGroup: RegionalGroup | null): void {
  setDraft({ regionalGroup: regionalGroup ?? 'none' });
}

export function toggleTheme(theme: string, on: boolean): void {
  const { themes } = usePhone.getState().draft;
  const next = on ? (themes.includes(theme) ? themes : [...themes, theme]) : themes.filter((x) => x !== theme);
  setDraft({ themes: next.slice(0, LIMITS.themesMax) });
}

export function addSdgTarget(code: string): void {
  const { sdgTargets } = usePhone.getState().draft;
  if (sdgTargets.includes(code) || sdgTargets.length >= LIMITS.sdgTargetsMax) return;
  setDraft({ sdgTargets: [...sdgTargets, code] });
}

export function removeSdgTarget(code: string): void {
  setDraft({ sdgTargets: usePhone.getState().draft.sdgTargets.filter((c) => c !== code) });
}

export function setTimeframe(timeframe: DraftTimeframe): void {
  setDraft({ timeframe });
}

export function setVisibility(visibility: Visibility): void {
  // Fixed once the pledge exists (the server answers visibility_locked).
  if (usePhone.getState().draft.editing) return;
  setDraft({ visibility });
}

export function addDeliverable(): void {
  const { deliverables } = usePhone.getState().draft;
  if (deliverables.length >= LIMITS.deliverablesMax) return;
  setDraft({ deliverables: [...deliverables, { text: '', due: '' }] });
}

export function setDeliverable(index: number, patch: Partial<{ text: string; due: string }>): void {
  setDraft({ deliverables: usePhone.getState().draft.deliverables.map((d, i) => (i === index ? { ...d, ...patch } : d)) });
}

export function removeDeliverable(index: number): void {
  setDraft({ deliverables: usePhone.getState().draft.deliverables.filter((_, i) => i !== index) });
}

export function addPartner(): void {
  const { partners } = usePhone.getState().draft;
  if (partners.length >= LIMITS.partnersMax) return;
  setDraft({ partners: [...partners, ''] });
}

export function setPartner(index: number, value: string): void {
  setDraft({ partners: usePhone.getState().draft.partners.map((p, i) => (i === index ? value : p)) });
}

export function removePartner(index: number): void {
  setDraft({ partners: usePhone.getState().draft.partners.filter((_, i) => i !== index) });
}

/** The pledge as the wall will show it once saved: for the preview before submitting. */
export function previewPledge(draft: Draft, existing?: Pledge): Pledge {
  const { session, you } = useSession.getState();
  const me = session?.panelists.find((p) => p.id === you?.panelistId);
  const payload = draftPayload(draft, draft.id ?? existing?.id ?? '00000000-0000-4000-8000-000000000000');
  const organization =
    payload.capacity === 'organization' && !payload.organization ? (me?.organization ?? '') : (payload.organization ?? '');
  const now = Date.now();
  return {
    id: payload.id,
    sessionId: session?.id ?? '',
    participantId: me?.id ?? '',
    authorRole: 'panelist',
    name: me?.name ?? '',
    organization: cleanText(organization),
    stakeholderGroup: payload.stakeholderGroup ?? 'Individual',
    capacity: payload.capacity,
    text: cleanText(payload.text, true),
    regionalGroup: payload.regionalGroup ?? null,
    themes: [...new Set(payload.themes)],
    sdgTargets: [...new Set(payload.sdgTargets)],
    timeframe: (payload.timeframe ?? { kind: 'next-igf' }) as Timeframe,
    visibility: payload.visibility ?? 'public',
    deliverables: (payload.deliverables ?? []).map((d) => ({ text: cleanText(d.text), due: d.due })),
    partners: [...new Set((payload.partners ?? []).map((p) => cleanText(p)))],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    edits: existing?.edits ?? [],
  };
}

/**
 * Tells the moderator "drafting" once typing starts and "not drafting" if the text is cleared:
 * debounced, and only when the value changes — never once per keystroke.
 */
function scheduleDrafting(): void {
  clearTimeout(draftingTimer);
  draftingTimer = setTimeout(() => {
    const socket = getSocket();
    const { draft } = usePhone.getState();
    const { round, you } = useSession.getState();
    if (!socket?.connected || round?.state !== 'open' || !you?.panelistId || draft.editing) return;
    const drafting = draft.text.trim().length > 0;
    if (drafting === draftingSent || (draftingSent === null && !drafting)) return;
    draftingSent = drafting;
    void emitWithAck(socket, 'pledge:drafting', { drafting });
  }, DRAFTING_DEBOUNCE_MS);
}
