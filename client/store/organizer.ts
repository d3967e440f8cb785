import { create } from 'zustand';
import { LIMITS, type RegionalGroup, type StakeholderGroup } from '../../shared/domain';
import type { CreatedSession, SessionLinks, SessionListItem } from '../../shared/http';
import type { CreateSessionInput, SessionDetails } from '../../shared/schemas';
import { policyQuestionLines } from '../../shared/text';
import { api } from '../api';
import { readItem, storageKeys, writeItem } from '../storage';

export interface PanelistRow {
  /** Local key for React lists only. */
  key: number;
  name: string;
  organization: string;
  /** '' = not chosen yet: the organizer must choose (the wall's breakdown and the report count by it). */
  stakeholderGroup: StakeholderGroup | '';
  /** '' = not specified. */
  regionalGroup: RegionalGroup | '';
}

/**
 * Schedule details as the form holds them: `start`/`end` as a datetime-local input gives them
 * ('' = none), the policy questions as typed, one per line.
 */
export type DetailsForm = { [K in keyof SessionDetails]: string };

export interface SessionForm {
  /**
   * The event the session is created in; null = no event; undefined = not chosen yet (the quick
   * form of /organizer, where it must be chosen when there are events: never assumed).
   */
  eventId: string | null | undefined;
  title: string;
  code: string;
  prompt: string;
  details: DetailsForm;
  panelists: PanelistRow[];
}

/** Client-side checks with their own messages; anything else is an error code from the server. */
export type CreateProblem = 'needEvent' | 'needPanelist' | 'needGroup' | 'endBeforeStart' | 'policyQuestions';

/** What is wrong with the policy questions as typed: too many lines, or a line too long (numbered from 1). */
export type QuestionsProblem = { kind: 'tooMany'; count: number } | { kind: 'tooLong'; n: number; length: number };

/** The form's policy questions (one per line) against the limits the server applies. */
export function questionsProblem(typed: string): QuestionsProblem | null {
  const questions = policyQuestionLines(typed);
  if (questions.length > LIMITS.policyQuestionsMax) return { kind: 'tooMany', count: questions.length };
  const long = questions.findIndex((q) => q.length > LIMITS.policyQuestionMax);
  return long < 0 ? null : { kind: 'tooLong', n: long + 1, length: questions[long]!.length };
}

/** The schedule details as the form holds them -> as the API takes them. */
export function detailsOf(d: DetailsForm): SessionDetails {
  return {
    start: d.start || null,
    end: d.end || null,
    room: d.room.trim(),
    format: d.format.trim(),
    moderator: d.moderator.trim(),
    onlineModerator: d.onlineModerator.trim(),
    rapporteur: d.rapporteur.trim(),
    policyQuestions: policyQuestionLines(d.policyQuestions),
  };
}

/** A session's stored details -> the form's (the policy questions one per line). */
export function detailsFormOf(d: SessionDetails): DetailsForm {
  return { ...d, start: d.start ?? '', end: d.end ?? '', policyQuestions: d.policyQuestions.join('\n') };
}

interface OrganizerState {
  token: string | null;
  sessions: SessionListItem[] | null;
  loading: boolean;
  listError: string | null;
  form: SessionForm;
  creating: boolean;
  createError: CreateProblem | string | null;
  /** The server's explanation of an `invalid_payload` (which field, why). */
  createDetail: string | null;
  /** Links of the session just created, moderator link included (shown once), and its event's languages (its wall's). */
  created: { title: string; links: SessionLinks; languages: string[] } | null;
}

let nextRowKey = 1;
const newRow = (): PanelistRow => ({
  key: nextRowKey++,
  name: '',
  organization: '',
  stakeholderGroup: '',
  regionalGroup: '',
});
export const emptyDetails = (): DetailsForm => ({
  start: '',
  end: '',
  room: '',
  format: '',
  moderator: '',
  onlineModerator: '',
  rapporteur: '',
  policyQuestions: '',
});
const emptyForm = (eventId: string | null | undefined): SessionForm => ({
  eventId,
  title: '',
  code: '',
  prompt: '',
  details: emptyDetails(),
  panelists: [newRow()],
});

/**
 * The server prints `/organizer#token=…` when it generated a token; the fragment never reaches the
 * server. Keep it for this tab and take it out of the address bar.
 */
function initialToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    writeItem('session', storageKeys.admin, fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  return readItem('session', storageKeys.admin);
}

export const useOrganizer = create<OrganizerState>()(() => ({
  token: initialToken(),
  sessions: null,
  loading: false,
  listError: null,
  form: emptyForm(undefined),
  creating: false,
  createError: null,
  createDetail: null,
  created: null,
}));

const set = useOrganizer.setState;

/**
 * A 401 from any organizer request means the token is wrong (or was changed on the server):
 * forget it, so every organizer page falls back to the sign-in form. True when that happened.
 */
export function signedOutBy(status: number): boolean {
  if (status !== 401) return false;
  writeItem('session', storageKeys.admin, null);
  set({ token: null, sessions: null, listError: 'wrongToken' });
  return true;
}

export function signIn(token: string): void {
  const trimmed = token.trim();
  if (!trimmed) return;
  writeItem('session', storageKeys.admin, trimmed);
  // The views load their data when the token changes.
  set({ token: trimmed, listError: null });
}

export function signOut(): void {
  writeItem('session', storageKeys.admin, null);
  set({ token: null, sessions: null, created: null, listError: null });
}

/** Loads (or refreshes) every session; `quiet` as the event's (store/event.ts, loadEvent). */
export async function loadSessions({ quiet = false } = {}): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  if (!quiet) set({ loading: true });
  const res = await api<{ sessions: SessionListItem[] }>('/api/sessions', { token });
  if (!quiet) set({ loading: false });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    if (!quiet) set({ listError: res.error.code });
    return;
  }
  set({ sessions: [...res.sessions].sort((a, b) => b.createdAt - a.createdAt), listError: null });
}

// ---------- form ----------

/** Starts a fresh form for this event (undefined: the quick form's, to be chosen), unless the form already belongs to it. */
export function startFormFor(eventId: string | undefined): void {
  if (useOrganizer.getState().form.eventId === eventId) return;
  set({ form: emptyForm(eventId), createError: null, createDetail: null });
}

export function updateForm(patch: Partial<Omit<SessionForm, 'panelists' | 'details'>>): void {
  set((s) => ({ form: { ...s.form, ...patch } }));
  // The problem shown at the event's field goes once it is chosen.
  const { createError, form } = useOrganizer.getState();
  if (createError === 'needEvent' && form.eventId !== undefined) set({ createError: null });
}

export function updateDetails(patch: Partial<DetailsForm>): void {
  set((s) => ({ form: { ...s.form, details: { ...s.form.details, ...patch } } }));
  // A problem shown with the policy questions follows their edits (it is read from them): it goes once fixed.
  const { createError, form } = useOrganizer.getState();
  if (createError === 'policyQuestions' && !questionsProblem(form.details.policyQuestions)) set({ createError: null });
}

export function updateRow(key: number, patch: Partial<Omit<PanelistRow, 'key'>>): void {
  set((s) => ({
    form: { ...s.form, panelists: s.form.panelists.map((r) => (r.key === key ? { ...r, ...patch } : r)) },
  }));
}

export function addRow(): void {
  set((s) => ({ form: { ...s.form, panelists: [...s.form.panelists, newRow()] } }));
}

export function removeRow(key: number): void {
  set((s) => {
    const rest = s.form.panelists.filter((r) => r.key !== key);
    return { form: { ...s.form, panelists: rest.length ? rest : [newRow()] } };
  });
}

/** A named panelist whose stakeholder group was not chosen (a row without a name is left out). */
export const groupMissing = (r: PanelistRow): boolean => !!r.name.trim() && !r.stakeholderGroup;

/**
 * Creates the session of the form; resolves true when it was created (its links are then in
 * `created`). `eventOffered`: the form offers events to choose from (the quick form, when there are some).
 */
export async function createSession({ eventOffered = false } = {}): Promise<boolean> {
  const { token, form } = useOrganizer.getState();
  if (!token) return false;
  if (eventOffered && form.eventId === undefined) {
    set({ createError: 'needEvent', createDetail: null });
    return false;
  }
  const named = form.panelists.filter((r) => r.name.trim());
  if (!named.length) {
    set({ createError: 'needPanelist', createDetail: null });
    return false;
  }
  if (named.some(groupMissing)) {
    set({ createError: 'needGroup', createDetail: null });
    return false;
  }
  const panelists = named.map((r) => ({
    name: r.name.trim(),
    organization: r.organization.trim(),
    stakeholderGroup: r.stakeholderGroup as StakeholderGroup,
    regionalGroup: r.regionalGroup || null,
  }));
  const d = form.details;
  if (d.start && d.end && d.end <= d.start) {
    set({ createError: 'endBeforeStart', createDetail: null });
    return false;
  }
  if (questionsProblem(d.policyQuestions)) {
    set({ createError: 'policyQuestions', createDetail: null });
    return false;
  }
  const details = detailsOf(d);
  const hasDetails = Object.values(details).some((v) => (Array.isArray(v) ? v.length > 0 : v));
  const body: CreateSessionInput = {
    title: form.title.trim(),
    code: form.code.trim(),
    panelists,
    ...(form.prompt.trim() ? { prompt: form.prompt.trim() } : {}),
    ...(form.eventId ? { eventId: form.eventId } : {}),
    ...(hasDetails ? { details } : {}),
  };
  set({ creating: true, createError: null, createDetail: null });
  const res = await api<CreatedSession>('/api/sessions', { method: 'POST', body, token });
  set({ creating: false });
  if (signedOutBy(res.httpStatus)) return false;
  if (!res.ok) {
    set({ createError: res.error.code, createDetail: res.error.code === 'invalid_payload' ? res.error.message : null });
    return false;
  }
  set({ created: { title: body.title, links: res.links, languages: res.languages ?? [] }, form: emptyForm(form.eventId) });
  void loadSessions();
  return true;
}

export function dismissCreated(): void {
  set({ created: null });
}

/** Links just made belong to the page they were made on: a page forgets them when it opens. */
export function forgetOneTimeLinks(): void {
  set({ created: null });
}
