import { useShallow } from 'zustand/react/shallow';
import type { Pledge } from '../../../shared/schemas';
import { pledgerOf } from '../../store/phone-draft';
import { useSession } from '../../store/session';

/**
 * This phone's own pledge. A panelist's phone holds only its own; an audience phone also holds
 * the pledges on the wall, so it matches by author only.
 */
export function useMyPledge(): Pledge | undefined {
  return useSession((s) => {
    const panelistId = s.you?.panelistId;
    if (panelistId) return s.pledges.find((p) => p.participantId === panelistId) ?? s.pledges[0];
    const memberId = s.you?.audience?.id;
    return memberId ? s.pledges.find((p) => p.participantId === memberId) : undefined;
  });
}

/** Who this phone pledges as: its panelist, or its audience member. */
export function useMe() {
  return useSession(useShallow(pledgerOf));
}
