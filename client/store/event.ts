import { create } from 'zustand';
import type { EventDetail } from '../../shared/http';
import { api } from '../api';
import { download } from '../download';
import { signedOutBy, useOrganizer } from './organizer';

/** One event's page: the event, its sessions in programme order, and the organizer's exports. */

/** The pledges as CSV or JSON, or the panelists' invite links as CSV. */
export type ExportFormat = 'csv' | 'json' | 'invites';

/** What a download button is for: the whole event or one session, in one format. */
export interface ExportTarget {
  scope: 'event' | 'session';
  id: string;
  format: ExportFormat;
}

export const exportKey = (t: ExportTarget) => `${t.scope}:${t.id}:${t.format}`;

interface EventState {
  eventId: string | null;
  detail: EventDetail | null;
  loading: boolean;
  error: string | null;
  /** exportKey of the download in progress. */
  downloading: string | null;
  /** The last download's outcome, for the live region next to the buttons. */
  downloaded: { key: string; filename: string } | null;
  downloadError: { key: string; code: string } | null;
}

export const useEvent = create<EventState>()(() => ({
  eventId: null,
  detail: null,
  loading: false,
  error: null,
  downloading: null,
  downloaded: null,
  downloadError: null,
}));

const set = useEvent.setState;

/**
 * Loads (or refreshes) an event; switching to another event drops the previous one at once.
 * `quiet`: the page's periodic refresh, which neither marks the page as loading (the Refresh
 * button stays usable, and keeps the focus) nor replaces what is shown by a passing error.
 */
export async function loadEvent(eventId: string, { quiet = false } = {}): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  if (useEvent.getState().eventId !== eventId) {
    if (quiet) return;
    set({ eventId, detail: null, error: null, downloaded: null, downloadError: null });
  }
  if (!quiet) set({ loading: true });
  const res = await api<EventDetail>(`/api/events/${encodeURIComponent(eventId)}`, { token });
  if (useEvent.getState().eventId !== eventId) return;
  if (!quiet) set({ loading: false });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    if (!quiet) set({ error: res.error.code });
    return;
  }
  set({ detail: { event: res.event, sessions: res.sessions, links: res.links }, error: null });
}

/** Downloads an export with the admin token (a plain link could not send it). */
export async function exportPledges(target: ExportTarget): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  const key = exportKey(target);
  set({ downloading: key, downloaded: null, downloadError: null });
  const base = target.scope === 'event' ? '/api/events/' : '/api/sessions/';
  const file = target.format === 'invites' ? 'invites.csv' : `export.${target.format}`;
  const res = await download(`${base}${encodeURIComponent(target.id)}/${file}`, token, target.format === 'invites' ? 'invites.csv' : `pledges.${target.format}`);
  set({ downloading: null });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    set({ downloadError: { key, code: res.error.code } });
    return;
  }
  set({ downloaded: { key, filename: res.filename } });
}
