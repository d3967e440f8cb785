import type { Pledge } from '../../../shared/schemas';
import { getSocket, requestSnapshot } from '../../store/live';
import { useSession } from '../../store/session';
import { supportOver, type SendSupport } from '../../store/support';
import { ownParticipant } from './Announcer';

/** Whether this browser made the pledge: the viewer's wall then offers no Support on it, as the phone page does not. */
export function useOwnPledge(pledge: Pick<Pledge, 'participantId'>): boolean {
  return useSession((s) => ownParticipant(s) === pledge.participantId);
}

/**
 * Taps from a viewer's wall. One refused as the browser's own pledge (its phone page joined and
 * pledged after this wall's snapshot) asks for a snapshot, which then shows the pledge as its own.
 */
export const viewerSupport: SendSupport = async (payload) => {
  const answer = await supportOver()(payload);
  const socket = getSocket();
  if (!answer.ok && answer.error.code === 'own_pledge' && socket) void requestSnapshot(socket);
  return answer;
};
