import { create } from 'zustand';
import type { RotatedKey, SessionAccess, SessionListItem } from '../../shared/http';
import { api } from '../api';
import { signedOutBy, useOrganizer } from './organizer';

type Seat = RotatedKey['seat'];

/**
 * Every link of one session an organizer hands out (both moderators' consoles, the panelists'
 * invites), fetched when asked for; no link is replaced by looking at it. Replacing a moderator
 * link is a separate, confirmed step.
 */
interface AccessState {
  session: Pick<SessionListItem, 'sessionId' | 'title' | 'code'> | null;
  links: SessionAccess['links'] | null;
  /** The session's event's languages, which its wall takes turns in. */
  languages: string[];
  loading: boolean;
  error: string | null;
  rotating: Seat | null;
  /** The seat whose link was just replaced (its old consoles were disconnected). */
  rotated: Seat | null;
}

const initial: AccessState = { session: null, links: null, languages: [], loading: false, error: null, rotating: null, rotated: null };
export const useSessionAccess = create<AccessState>()(() => initial);
const set = useSessionAccess.setState;

export async function openAccess(session: Pick<SessionListItem, 'sessionId' | 'title' | 'code'>): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  set({ ...initial, session, loading: true });
  const res = await api<SessionAccess>(`/api/sessions/${encodeURIComponent(session.sessionId)}/links`, { token });
  if (useSessionAccess.getState().session?.sessionId !== session.sessionId) return;
  if (signedOutBy(res.httpStatus)) return set(initial);
  set(res.ok ? { links: res.links, languages: res.languages ?? [], loading: false } : { error: res.error.code, loading: false });
}

export function closeAccess(): void {
  set(initial);
}

/** A new link for one moderator seat: consoles open with the old one are disconnected at once. */
export async function rotateModeratorLink(seat: Seat): Promise<void> {
  const { token } = useOrganizer.getState();
  const { session } = useSessionAccess.getState();
  if (!token || !session) return;
  set({ rotating: seat, rotated: null, error: null });
  const res = await api<RotatedKey>(`/api/sessions/${encodeURIComponent(session.sessionId)}/moderator-key`, {
    method: 'POST',
    token,
    body: { seat },
  });
  if (signedOutBy(res.httpStatus)) return set(initial);
  if (!res.ok) return set({ rotating: null, error: res.error.code });
  set((s) => ({
    rotating: null,
    rotated: seat,
    links: s.links ? { ...s.links, [seat === 'onsite' ? 'moderator' : 'onlineModerator']: res.link } : s.links,
  }));
}
