import type { Pledge } from '../../../shared/schemas';
import { useSession } from '../../store/session';

/** A phone's snapshot holds only its own pledge; match by author, fall back to the only one. */
export function useMyPledge(): Pledge | undefined {
  return useSession((s) => {
    const me = s.you?.panelistId;
    if (!me) return undefined;
    return s.pledges.find((p) => p.participantId === me) ?? s.pledges[0];
  });
}

/** The panelist this phone is signed in as. */
export function useMe() {
  return useSession((s) => s.session?.panelists.find((p) => p.id === s.you?.panelistId));
}
