import { create } from 'zustand';
import type { SessionListItem, UpdatedSession } from '../../shared/http';
import type { UpdateSessionInput } from '../../shared/schemas';
import { api } from '../api';
import { useEvent } from './event';
import { detailsFormOf, detailsOf, emptyDetails, questionsProblem, signedOutBy, useOrganizer, type DetailsForm } from './organizer';

/**
 * The "Edit" form of a session on the organizer's pages: its title, code and schedule details
 * (not its panel, not its event). Saving changes them at once on every wall, phone and console of
 * the session; only what differs from the session as listed is sent.
 */

export interface SessionEditForm {
  title: string;
  code: string;
  details: DetailsForm;
}

/** A problem shown at its field: checked here, or the server's answer about the code. */
export type SessionEditProblem = 'titleRequired' | 'endBeforeStart' | 'policyQuestions' | 'codeTaken';

interface SessionEditState {
  /** The session whose form is open, or null. */
  editing: SessionListItem | null;
  form: SessionEditForm;
  saving: boolean;
  problem: SessionEditProblem | null;
  /** Any other error code from the server, and its explanation of an `invalid_payload`. */
  error: string | null;
  detail: string | null;
  /** The outcome of the last save, read out next to the list. */
  outcome: { kind: 'saved'; name: string } | { kind: 'unchanged' } | null;
}

const formOf = (s: SessionListItem): SessionEditForm => ({ title: s.title, code: s.code, details: detailsFormOf(s.details) });
const cleared = { saving: false, problem: null, error: null, detail: null } as const;

export const useSessionEdit = create<SessionEditState>()(() => ({
  editing: null,
  form: { title: '', code: '', details: emptyDetails() },
  ...cleared,
  outcome: null,
}));

const set = useSessionEdit.setState;

/** Opens the form filled with the session as listed now. */
export function openSessionEdit(session: SessionListItem): void {
  set({ editing: session, form: formOf(session), ...cleared, outcome: null });
}

export function closeSessionEdit(): void {
  set({ editing: null, ...cleared });
}

/** Leaving the page forgets the form and the last outcome. */
export function resetSessionEdit(): void {
  set({ editing: null, ...cleared, outcome: null });
}

export function updateSessionEdit(patch: Partial<Omit<SessionEditForm, 'details'>>): void {
  set((s) => ({ form: { ...s.form, ...patch }, ...(patch.code !== undefined && s.problem === 'codeTaken' ? { problem: null } : {}) }));
}

export function updateSessionEditDetails(patch: Partial<DetailsForm>): void {
  set((s) => ({ form: { ...s.form, details: { ...s.form.details, ...patch } } }));
  // A problem shown with the policy questions follows their edits (it is read from them): it goes once fixed.
  const { problem, form } = useSessionEdit.getState();
  if (problem === 'policyQuestions' && !questionsProblem(form.details.policyQuestions)) set({ problem: null });
}

/** Only what differs, so a change made meanwhile to another field is kept. */
function changes(session: SessionListItem, form: SessionEditForm): UpdateSessionInput {
  const patch: UpdateSessionInput = {};
  if (form.title.trim() !== session.title) patch.title = form.title.trim();
  if (form.code.trim() !== session.code) patch.code = form.code.trim();
  const next = detailsOf(form.details);
  const details: NonNullable<UpdateSessionInput['details']> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(session.details[key])) Object.assign(details, { [key]: next[key] });
  }
  if (Object.keys(details).length > 0) patch.details = details;
  return patch;
}

/** Replaces the session in the lists the organizer's pages show. */
function listed(session: SessionListItem): void {
  const swap = (list: SessionListItem[]) => list.map((s) => (s.sessionId === session.sessionId ? session : s));
  useEvent.setState((s) => (s.detail ? { detail: { ...s.detail, sessions: swap(s.detail.sessions) } } : {}));
  useOrganizer.setState((s) => (s.sessions ? { sessions: swap(s.sessions) } : {}));
}

/** Sends the changes; on success the lists show the session as it now is and the form closes. */
export async function saveSessionEdit(): Promise<void> {
  const { token } = useOrganizer.getState();
  const { editing, form } = useSessionEdit.getState();
  if (!token || !editing) return;
  if (!form.title.trim()) return set({ problem: 'titleRequired', error: null, detail: null });
  const d = form.details;
  if (d.start && d.end && d.end <= d.start) return set({ problem: 'endBeforeStart', error: null, detail: null });
  if (questionsProblem(d.policyQuestions)) return set({ problem: 'policyQuestions', error: null, detail: null });
  const patch = changes(editing, form);
  if (Object.keys(patch).length === 0) {
    closeSessionEdit();
    set({ outcome: { kind: 'unchanged' } });
    return;
  }
  set({ ...cleared, saving: true, outcome: null });
  const res = await api<UpdatedSession>(`/api/sessions/${encodeURIComponent(editing.sessionId)}`, { method: 'PATCH', body: patch, token });
  if (useSessionEdit.getState().editing?.sessionId !== editing.sessionId) return;
  set({ saving: false });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    if (res.error.code === 'session_code_taken') return set({ problem: 'codeTaken' });
    set({ error: res.error.code, detail: res.error.code === 'invalid_payload' ? res.error.message : null });
    return;
  }
  listed(res.session);
  closeSessionEdit();
  set({ outcome: { kind: 'saved', name: res.session.code ? `${res.session.code} ${res.session.title}` : res.session.title } });
}
