import { t, type MessageKey } from '../i18n';
import { useConnection } from '../store/connection';

interface Props {
  /** Message shown while offline; phones reassure about the draft. */
  offlineKey?: MessageKey;
}

/** A quiet "Connected" dot when all is well (it says nothing of the round), a visible banner when not. */
export function ConnectionStatus({ offlineKey = 'conn.offline' }: Props) {
  const status = useConnection((s) => s.status);
  const text =
    status === 'online'
      ? t('conn.online')
      : status === 'offline'
        ? t(offlineKey)
        : status === 'refused'
          ? t('conn.refused') // the page body says why
          : t('conn.connecting');
  return (
    <p className={`conn conn--${status}`} role="status" data-testid="connection-status" data-status={status}>
      <span className="conn__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
