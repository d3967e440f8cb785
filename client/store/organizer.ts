import { create } from 'zustand';
import type { StakeholderGroup } from '../../shared/domain';
import type { CreatedSession, RotatedKey, SessionLinks, SessionListItem } from '../../shared/http';
import type { CreateSessionInput } from '../../shared/schemas';
import { api } from '../api';
import { readItem, storageKeys, writeItem } from '../storage';

export interface PanelistRow {
  /** Local key for React lists only. */
  key: number;
  name: string;
  organization: string;
  stakeholderGroup: StakeholderGroup;
}

export interface SessionForm {
  title: string;
  code: string;
  prompt: string;
  panelists: PanelistRow[];
}

interface OrganizerState {
  token: string | null;
  sessions: SessionListItem[] | null;
  loading: boolean;
  listError: string | null;
  form: SessionForm;
  creating: boolean;
  createError: string | null;
  /** Links of the session just created, moderator link included (shown once). */
  created: { title: string; links: SessionLinks } | null;
  /** A freshly rotated moderator link, by session id. */
  rotated: { sessionId: string; title: string; links: SessionLinks } | null;
  rotating: string | null;
  rotateError: { sessionId: string; code: string } | null;
}

let nextRowKey = 1;
const newRow = (): PanelistRow => ({ key: nextRowKey++, name: '', organization: '', stakeholderGroup: 'Civil Society' });
const emptyForm = (): SessionForm => ({ title: '', code: '', prompt: '', panelists: [newRow()] });

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
  form: emptyForm(),
  creating: false,
  createError: null,
  created: null,
  rotated: null,
  rotating: null,
  rotateError: null,
}));

const set = useOrganizer.setState;

function handleUnauthorized(status: number): boolean {
  if (status !== 401) return false;
  writeItem('session', storageKeys.admin, null);
  set({ token: null, sessions: null, listError: 'wrongToken' });
  return true;
}

export function signIn(token: string): void {
  const trimmed = token.trim();
  if (!trimmed) return;
  writeItem('session', storageKeys.admin, trimmed);
  // The view loads the sessions when the token changes.
  set({ token: trimmed, listError: null });
}

export function signOut(): void {
  writeItem('session', storageKeys.admin, null);
  set({ token: null, sessions: null, created: null, rotated: null, listError: null });
}

export async function loadSessions(): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  set({ loading: true });
  const res = await api<{ sessions: SessionListItem[] }>('/api/sessions', { token });
  set({ loading: false });
  if (handleUnauthorized(res.status)) return;
  if (!res.ok) {
    set({ listError: res.error.code });
    return;
  }
  set({ sessions: [...res.sessions].sort((a, b) => b.createdAt - a.createdAt), listError: null });
}

// ---------- form ----------

export function updateForm(patch: Partial<Omit<SessionForm, 'panelists'>>): void {
  set((s) => ({ form: { ...s.form, ...patch } }));
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

export async function createSession(): Promise<void> {
  const { token, form } = useOrganizer.getState();
  if (!token) return;
  const panelists = form.panelists
    .filter((r) => r.name.trim())
    .map((r) => ({ name: r.name.trim(), organization: r.organization.trim(), stakeholderGroup: r.stakeholderGroup }));
  if (!panelists.length) {
    set({ createError: 'needPanelist' });
    return;
  }
  const body: CreateSessionInput = {
    title: form.title.trim(),
    code: form.code.trim(),
    panelists,
    ...(form.prompt.trim() ? { prompt: form.prompt.trim() } : {}),
  };
  set({ creating: true, createError: null });
  const res = await api<CreatedSession>('/api/sessions', { method: 'POST', body, token });
  set({ creating: false });
  if (handleUnauthorized(res.status)) return;
  if (!res.ok) {
    set({ createError: res.error.code });
    return;
  }
  set({ created: { title: body.title, links: res.links }, form: emptyForm() });
  void loadSessions();
}

export function dismissCreated(): void {
  set({ created: null });
}

export async function rotateModeratorKey(session: SessionListItem): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  set({ rotating: session.sessionId, rotateError: null });
  const res = await api<RotatedKey>(`/api/sessions/${encodeURIComponent(session.sessionId)}/moderator-key`, {
    method: 'POST',
    token,
  });
  set({ rotating: null });
  if (handleUnauthorized(res.status)) return;
  if (!res.ok) {
    set({ rotateError: { sessionId: session.sessionId, code: res.error.code } });
    return;
  }
  set({ rotated: { sessionId: session.sessionId, title: session.title, links: res.links } });
}

export function dismissRotated(): void {
  set({ rotated: null });
}
