import { useMemo } from 'react';
import { shownEntries, useForum } from '../../store/forum';

/** The pledges on the forum wall, newest first (one sort per change of the model). */
export function useShown() {
  const model = useForum((s) => s.model);
  return useMemo(() => shownEntries(model), [model]);
}

/** A session as the wall names it: its code, or its title when it has none. */
export function useSessionNames(): Map<string, string> {
  const sessions = useForum((s) => s.sessions);
  return useMemo(() => new Map(sessions.map((s) => [s.id, s.code || s.title])), [sessions]);
}
