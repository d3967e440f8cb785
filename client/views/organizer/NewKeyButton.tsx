import type { SessionListItem } from '../../../shared/http';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { rotateModeratorKey, useOrganizer } from '../../store/organizer';

/** A session's "new moderator link" button: asks first, then replaces the key (the old link stops working). */
export function NewKeyButton({ session, ariaLabel }: { session: SessionListItem; ariaLabel?: string }) {
  const rotating = useOrganizer((s) => s.rotating === session.sessionId);
  return (
    <button
      type="button"
      className="button button--small button--ghost"
      disabled={rotating}
      aria-label={ariaLabel}
      onClick={() => {
        if (window.confirm(t('org.sessions.newKeyConfirm', { title: session.title }))) void rotateModeratorKey(session);
      }}
    >
      {t('org.sessions.newKey')}
    </button>
  );
}

/** Why replacing this session's moderator key failed, while it is the last attempt. */
export function NewKeyError({ session }: { session: SessionListItem }) {
  const code = useOrganizer((s) => (s.rotateError?.sessionId === session.sessionId ? s.rotateError.code : null));
  return <ErrorMessage code={code} />;
}
