import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatClock, t } from '../../i18n';
import { announceLastCall, useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';

/**
 * "Last call": phones and walls tell everyone to send their pledge now. For an open round; it
 * says when it was announced, and may be repeated.
 */
export function LastCall() {
  const helpId = useId();
  const round = useSession((s) => s.round);
  const busy = useModerator((s) => !!s.pending['last-call']);
  const error = useModerator((s) => s.errors['last-call']);
  if (!round) return null;
  const open = round.state === 'open';
  const at = open ? round.lastCallAt : null;
  return (
    <div className="last-call" data-testid="last-call">
      <button
        type="button"
        className="button button--secondary last-call__button"
        data-testid="last-call-button"
        aria-describedby={helpId}
        disabled={!open}
        aria-disabled={busy || undefined}
        onClick={() => open && !busy && void announceLastCall()}
      >
        {at ? t('console.lastCall.again') : t('console.lastCall.button')}
      </button>
      <p className="last-call__status" id={helpId} role="status" data-testid="last-call-status" data-at={at ?? ''}>
        {at ? t('console.lastCall.at', { time: formatClock(at) }) : open ? t('console.lastCall.help') : t('console.lastCall.closed')}
      </p>
      <ErrorMessage code={error} className="last-call__error" />
    </div>
  );
}
