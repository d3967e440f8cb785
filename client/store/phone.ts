import { create } from 'zustand';
import type { Capacity } from '../../shared/domain';
import { LIMITS } from '../../shared/domain';
import { cleanText } from '../../shared/text';
import type { JoinLookup } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import { api, normalizeJoinCode } from '../api';
import { emitWithAck, whenConnected, type AppSocket } from '../socket';
import { newUuid, readItem, storageKeys, writeItem } from '../storage';
import { getSocket, reconnect, startLive } from './live';
import { applySnapshot, upsertPledge, useSession } from './session';

/** The pledge being written on this phone; persisted on every change so a reload loses nothing. */
export interface Draft {
  /** Pledge id (idempotency key): fixed at the first send attempt so retries reuse it. */
  id: string | null;
  text: string;
  capacity: Capacity;
  /** null until the person edits it: the panelist's organization is used. */
  organization: string | null;
  /** true while changing an already saved pledge (sends pledge:edit). */
  editing: boolean;
}

export type SendState = 'idle' | 'sending' | 'retrying';

interface PhoneState {
  stage: 'resolving' | 'notFound' | 'lookupFailed' | 'live';
  lookupError: string | null;
  sessionId: string | null;
  draft: Draft;
  claiming: string | null;
  claimError: string | null;
  send: SendState;
  sendError: string | null;
  nudgedAt: number | null;
  released: boolean;
}

const emptyDraft: Draft = { id: null, text: '', capacity: 'individual', organization: null, editing: false };

const initial: PhoneState = {
  stage: 'resolving',
  lookupError: null,
  sessionId: null,
  draft: emptyDraft,
  claiming: null,
  claimError: null,
  send: 'idle',
  sendError: null,
  nudgedAt: null,
  released: false,
};

export const usePhone = create<PhoneState>()(() => initial);

const DRAFTING_DEBOUNCE_MS = 1200;
const RETRY_DELAY_MS = 1500;

/** Bumped on every new send and on stop, so a superseded retry loop gives up quietly. */
let sendGeneration = 0;
let draftingSent: boolean | null = null;
let draftingTimer: ReturnType<typeof setTimeout> | undefined;

// ---------- text rules ----------

/** Counts what the server will store: the same cleaning rules, from shared/text. */
export function pledgeLength(text: string): number {
  return cleanText(text, true).length;
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
    return {
      id: typeof d.id === 'string' ? d.id : null,
      text: typeof d.text === 'string' ? d.text : '',
      capacity: d.capacity === 'organization' ? 'organization' : 'individual',
      organization: typeof d.organization === 'string' ? d.organization : null,
      editing: d.editing === true,
    };
  } catch {
    return emptyDraft;
  }
}

function saveDraft(draft: Draft): void {
  const { sessionId } = usePhone.getState();
  if (!sessionId) return;
  const isEmpty = !draft.text && draft.id === null && !draft.editing;
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
    const found = await api<JoinLookup>(`/api/join/${encodeURIComponent(code)}`, { signal: controller.signal });
    if (controller.signal.aborted) return;
    if (!found.ok) {
      const notFound = found.status === 404 || found.status === 400 || found.error.code === 'session_not_found';
      usePhone.setState({
        stage: notFound ? 'notFound' : 'lookupFailed',
        lookupError: notFound ? 'session_not_found' : found.error.code,
      });
      return;
    }
    const sessionId = found.sessionId;
    usePhone.setState({ stage: 'live', sessionId, draft: loadDraft(sessionId) });
    const live = startLive(() => ({ role: 'phone', sessionId, deviceToken: deviceToken(sessionId) }));
    bindPhoneEvents(live.socket, sessionId);
    stopLive = live.stop;
  })();

  return () => {
    controller.abort();
    sendGeneration++;
    clearTimeout(draftingTimer);
    stopLive?.();
  };
}

function bindPhoneEvents(socket: AppSocket, sessionId: string): void {
  socket.on('session:state', () => {
    // A fresh connection starts with the server's view of our status: tell it again if we are typing.
    draftingSent = null;
    scheduleDrafting();
  });
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
    useSession.setState((s) => ({ you: s.you ? { ...s.you, panelistId: null } : s.you, pledges: [] }));
    reconnect(socket);
  });
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
  sendGeneration++;
  usePhone.setState({ send: 'idle', sendError: null });
  setDraft({
    id: pledge.id,
    text: pledge.text,
    capacity: pledge.capacity,
    organization: pledge.organization,
    editing: true,
  });
}

export function cancelEdit(): void {
  sendGeneration++;
  usePhone.setState({ send: 'idle', sendError: null });
  setDraft(emptyDraft);
}

/** The organization shown in the form: typed value, else the panelist's own. */
export function effectiveOrganization(draft: Draft): string {
  if (draft.organization !== null) return draft.organization;
  const { session, you } = useSession.getState();
  return session?.panelists.find((p) => p.id === you?.panelistId)?.organization ?? '';
}

/**
 * Sends the draft until the server answers: a timeout keeps it "sending…" and tries again with the
 * same pledge id (the server treats a repeat as a no-op), so a flaky network never duplicates or
 * loses a pledge. A real refusal stops and is shown.
 */
export async function submitDraft(): Promise<void> {
  const socket = getSocket();
  const state = usePhone.getState();
  if (!socket || state.send !== 'idle' || draftProblem(state.draft.text)) return;

  const id = state.draft.id ?? newUuid();
  setDraft({ id });
  const { draft } = usePhone.getState();
  const event = draft.editing ? 'pledge:edit' : 'pledge:submit';
  const payload = {
    id,
    text: draft.text,
    capacity: draft.capacity,
    organization: effectiveOrganization(draft),
  };

  const generation = ++sendGeneration;
  usePhone.setState({ send: 'sending', sendError: null });
  for (;;) {
    await whenConnected(socket);
    if (generation !== sendGeneration) return;
    const res = await emitWithAck(socket, event, payload);
    if (generation !== sendGeneration) return;
    if (res.ok) {
      upsertPledge(res.pledge);
      usePhone.setState({ send: 'idle', nudgedAt: null });
      setDraft(emptyDraft);
      clearTimeout(draftingTimer);
      draftingSent = null;
      return;
    }
    if (res.error.code === 'timeout' || res.error.code === 'rate_limited') {
      usePhone.setState({ send: 'retrying' });
      await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
      if (generation !== sendGeneration) return;
      continue;
    }
    if (res.error.code === 'pledge_not_found' && event === 'pledge:edit') {
      // The pledge being edited was never stored (its first send was lost): submit it instead.
      usePhone.setState({ send: 'idle' });
      setDraft({ editing: false });
      return submitDraft();
    }
    usePhone.setState({ send: 'idle', sendError: res.error.code });
    // The server knows better than this phone: a pledge from another device, or a seat released
    // meanwhile. A fresh snapshot shows the right screen.
    if (['already_pledged', 'pledge_not_found', 'not_claimed'].includes(res.error.code)) void resync(socket);
    return;
  }
}

/** Pulls a fresh snapshot, e.g. when the server says we already have a pledge we do not show. */
async function resync(socket: AppSocket): Promise<void> {
  const res = await emitWithAck(socket, 'session:sync');
  if (res.ok) {
    applySnapshot(res.snapshot);
  }
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
