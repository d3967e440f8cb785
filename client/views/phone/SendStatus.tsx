import type { Pledge } from '../../../shared/schemas';
import { formatClock, t, tError } from '../../i18n';
import { usePhone, type SendState } from '../../store/phone-state';
import { useSession } from '../../store/session';

/** Attempt errors that the outbox retries by itself (shown while `sending`). */
const RETRYING = new Set(['timeout', 'internal', 'conflict']);

interface Props {
  /**
   * The saved pledge shown next to this line (confirmation, closed screen): without a newer
   * pending one, the line says when it was saved — from this page's acknowledgement, else from
   * the server's time of the last change.
   */
  pledge?: Pledge;
}

/**
 * The truth about the pledge's delivery, in one line: saved at…, sending…, offline, held (round
 * closed), refused with the reason, or overtaken by a newer saved version. Always rendered (empty, `data-state="idle"`, when there is
 * nothing to say) so screen readers hear each change of this live region.
 */
export function SendStatus({ pledge }: Props) {
  const send = usePhone((s) => s.send);
  const error = usePhone((s) => s.sendError);
  const pending = usePhone((s) => s.pending);
  const lastSavedAt = usePhone((s) => s.lastSavedAt);
  const clockSkew = useSession((s) => s.clockSkew);

  // A pending copy the shown pledge already matches has reached the server (its ack is late).
  const covered = pending !== null && pledge !== undefined && pending.payload.id === pledge.id && pending.payload.text === pledge.text;
  let state: SendState = 'idle';
  let text = '';
  if (pending && !covered) {
    state = send;
    text = message(send, error);
  } else if (send === 'changed') {
    // A newer version overtook this phone's change: say who saved the one shown.
    state = 'changed';
    text = t(pledge?.updatedBy.role === 'moderator' ? 'phone.send.changedByModerator' : 'phone.send.changed');
  } else if (send === 'saved' && lastSavedAt !== null) {
    state = 'saved';
    text = t('phone.send.saved', { time: formatClock(lastSavedAt) });
  } else if (pledge) {
    state = 'saved';
    text = t('phone.send.saved', { time: formatClock(pledge.updatedAt - clockSkew) });
  }

  return (
    <p
      className={`send-status send-status--${state}`}
      role="status"
      data-testid="send-status"
      data-state={state}
      data-error={(state !== 'saved' && error) || undefined}
    >
      {state !== 'idle' && <span className="send-status__icon" aria-hidden="true" />}
      {text}
    </p>
  );
}

function message(send: SendState, error: string | null): string {
  switch (send) {
    case 'offline':
      return t('phone.send.offline');
    case 'held':
      return t('phone.send.held');
    case 'refused':
      return tError(error ?? 'unknown');
    case 'sending':
      if (error === 'rate_limited') return t('phone.send.rateLimited');
      return error !== null && RETRYING.has(error) ? t('phone.send.retrying') : t('phone.send.sending');
    case 'changed':
      return t('phone.send.changed');
    case 'idle':
    case 'saved':
      return '';
    default: {
      const never: never = send;
      return never;
    }
  }
}
