import { create } from 'zustand';
import type { Dashboard } from '../../shared/http';
import { api } from '../api';
import { signedOutBy, useOrganizer } from './organizer';

/** The follow-up dashboard of one event: counts over its pledges and the pledges to chase. */

interface DashboardState {
  eventId: string | null;
  data: Dashboard | null;
  loading: boolean;
  error: string | null;
  /** When the data on screen was fetched (for the "updated at" line). */
  loadedAt: number | null;
}

export const useDashboard = create<DashboardState>()(() => ({
  eventId: null,
  data: null,
  loading: false,
  error: null,
  loadedAt: null,
}));

const set = useDashboard.setState;

export async function loadDashboard(eventId: string): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  if (useDashboard.getState().eventId !== eventId) set({ eventId, data: null, error: null, loadedAt: null });
  set({ loading: true });
  const res = await api<Dashboard>(`/api/events/${encodeURIComponent(eventId)}/dashboard`, { token });
  if (useDashboard.getState().eventId !== eventId) return;
  set({ loading: false });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    set({ error: res.error.code });
    return;
  }
  const { ok: _ok, httpStatus: _status, ...data } = res;
  set({ data, error: null, loadedAt: Date.now() });
}
