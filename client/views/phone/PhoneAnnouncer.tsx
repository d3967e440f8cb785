import { usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { Announcer } from '../wall/Announcer';
import { useMyPledge } from './useMyPledge';

/**
 * The phone's polite live region (the walls' announcer): the round opening and the last call for
 * everyone, and, on an audience phone, each new pledge on the wall. The form says the last call
 * itself, loudly, and the closed screen's heading says the round closed, so neither is repeated.
 */
export function PhoneAnnouncer() {
  const audience = useSession((s) => !s.you?.panelistId && !!s.you?.audience);
  const mayPledge = useSession((s) => !!s.you?.panelistId || s.round?.pledgers === 'panel-and-audience');
  const open = useSession((s) => s.round?.state === 'open');
  const editing = usePhone((s) => s.draft.editing);
  const mine = useMyPledge();
  const writing = open && mayPledge && (!mine || editing);
  return <Announcer pledges={audience} lastCall={!writing} closing={false} />;
}
