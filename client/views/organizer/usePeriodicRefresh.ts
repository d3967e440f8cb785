import { useEffect, useRef } from 'react';

/** How often an organizer page fetches its sessions' states again while it is in sight. */
export const REFRESH_MS = 10_000;

/**
 * Calls `refresh` every REFRESH_MS while the page is visible, and at once when it comes back into
 * sight (another tab, a laptop woken up): the rounds' states a moderator changes elsewhere show
 * here without the Refresh button. Nothing while `active` is false (signed out).
 */
export function usePeriodicRefresh(refresh: () => void, active: boolean): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (!active) return;
    const tick = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    const timer = setInterval(tick, REFRESH_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active]);
}
