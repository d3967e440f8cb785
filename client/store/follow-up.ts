/**
 * The author's private follow-up page. The token comes from the link's fragment (#token=…), which
 * browsers never send to the server; it stays there so a bookmark keeps working, and it only ever
 * travels in the Authorization header of our own API requests.
 */
import { create } from 'zustand';
import { deliveredOf, LIMITS, type ProgressStatus } from '../../shared/domain';
import type { FollowUpView } from '../../shared/http';
import type { ProgressReportInput } from '../../shared/schemas';
import { api } from '../api';
import { localToday } from '../dates';

export interface ReportForm {
  /** None until the author chooses: a status chosen for them would be saved by a hurried tap. */
  status: ProgressStatus | null;
  note: string;
  date: string;
  /** The deliverables done, by their place in the pledge's list: as the latest report said until changed. */
  delivered: number[];
}

interface FollowUpState {
  pledgeId: string | null;
  token: string | null;
  status: 'loading' | 'ready' | 'error';
  /** `unauthorized` for a missing, wrong or replaced link. */
  error: string | null;
  view: FollowUpView | null;
  form: ReportForm;
  sending: boolean;
  sendError: string | null;
  /** When the last report was saved (for the announcement), null before any. */
  savedAt: number | null;
}

const emptyForm = (view?: FollowUpView | null): ReportForm => ({ status: null, note: '', date: localToday(), delivered: view ? [...deliveredOf(view.reports)] : [] });

export const useFollowUp = create<FollowUpState>()(() => ({
  pledgeId: null,
  token: null,
  status: 'loading',
  error: null,
  view: null,
  form: emptyForm(),
  sending: false,
  sendError: null,
  savedAt: null,
}));

const set = useFollowUp.setState;

export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : null;
}

async function load(pledgeId: string, token: string, signal: AbortSignal): Promise<void> {
  const res = await api<FollowUpView>(`/api/follow-up/${encodeURIComponent(pledgeId)}`, { token, signal });
  if (signal.aborted) return;
  if (!res.ok) {
    set({ status: 'error', error: res.httpStatus === 401 || res.httpStatus === 404 ? 'unauthorized' : res.error.code, view: null });
    return;
  }
  const view = viewOf(res);
  set({ status: 'ready', error: null, view, form: emptyForm(view), sendError: null });
}

/** The view from an answer, without the answer's envelope. */
function viewOf(res: FollowUpView & { ok: true; httpStatus: number }): FollowUpView {
  const { ok: _ok, httpStatus: _http, ...view } = res;
  return view;
}

/** Opens the follow-up of a pledge with the token in the address; a new link pasted into the same tab reloads it. */
/** Cancels the page's request in flight; a new link or a retry starts a fresh one. */
let abort = new AbortController();

export function startFollowUp(pledgeId: string): () => void {
  const open = () => {
    abort.abort();
    abort = new AbortController();
    const token = tokenFromHash(location.hash);
    set({ pledgeId, token, status: 'loading', error: null, view: null, sending: false, sendError: null, savedAt: null, form: emptyForm() });
    if (!token) {
      set({ status: 'error', error: 'unauthorized' });
      return;
    }
    void load(pledgeId, token, abort.signal);
  };
  open();
  window.addEventListener('hashchange', open);
  return () => {
    abort.abort();
    window.removeEventListener('hashchange', open);
  };
}

export function retryFollowUp(): void {
  const { pledgeId, token } = useFollowUp.getState();
  if (!pledgeId || !token) return;
  set({ status: 'loading', error: null });
  abort.abort();
  abort = new AbortController();
  void load(pledgeId, token, abort.signal);
}

export function updateReportForm(patch: Partial<ReportForm>): void {
  set((s) => ({ form: { ...s.form, ...patch }, sendError: null }));
}

/** Ticks or unticks a deliverable as done in the report being written. */
export function markDelivered(place: number, done: boolean): void {
  const { delivered } = useFollowUp.getState().form;
  updateReportForm({ delivered: done ? [...new Set([...delivered, place])].sort((a, b) => a - b) : delivered.filter((i) => i !== place) });
}

export function noteTooLong(note: string): boolean {
  return note.trim().length > LIMITS.progressNoteMax;
}

export async function submitReport(): Promise<void> {
  const { pledgeId, token, form, sending, view: shown } = useFollowUp.getState();
  if (!pledgeId || !token || sending) return;
  if (form.status === null) {
    set({ sendError: 'chooseStatus' });
    return;
  }
  if (noteTooLong(form.note)) {
    set({ sendError: 'noteTooLong' });
    return;
  }
  const body: ProgressReportInput = {
    status: form.status,
    note: form.note,
    ...(form.date ? { date: form.date } : {}),
    ...(shown?.pledge.deliverables.length ? { delivered: form.delivered } : {}),
  };
  set({ sending: true, sendError: null });
  const res = await api<FollowUpView>(`/api/follow-up/${encodeURIComponent(pledgeId)}/reports`, { method: 'POST', body, token });
  // Another link was opened in this tab meanwhile: this answer is about the old one.
  if (useFollowUp.getState().token !== token || useFollowUp.getState().pledgeId !== pledgeId) return;
  if (!res.ok) {
    if (res.httpStatus === 401) {
      set({ sending: false, status: 'error', error: 'unauthorized', view: null });
      return;
    }
    set({ sending: false, sendError: res.error.code, savedAt: null });
    // The moderators took the pledge out of the record meanwhile: the page shows so.
    if (res.error.code === 'not_in_record') retryFollowUp();
    return;
  }
  const view = viewOf(res);
  set({ sending: false, view, savedAt: Date.now(), form: emptyForm(view) });
}
