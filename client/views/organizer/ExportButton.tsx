import { t, tError } from '../../i18n';
import { exportKey, exportPledges, useEvent, type ExportTarget } from '../../store/event';

interface Props {
  target: ExportTarget;
  label: string;
  /** Accessible name when the visible label is short ("CSV" in a session's row). */
  ariaLabel?: string;
  testId?: string;
  variant?: 'secondary' | 'ghost';
}

/** Downloads an export with the admin token; busy while the file is being fetched. */
export function ExportButton({ target, label, ariaLabel, testId, variant = 'secondary' }: Props) {
  const busy = useEvent((s) => s.downloading === exportKey(target));
  const anyBusy = useEvent((s) => s.downloading !== null);
  return (
    <button
      type="button"
      className={`button button--small button--${variant}`}
      data-testid={testId}
      aria-label={ariaLabel}
      aria-busy={busy || undefined}
      disabled={anyBusy}
      onClick={() => void exportPledges(target)}
    >
      {busy ? t('org.export.downloading') : label}
    </button>
  );
}

/** The outcome of the last download of this scope (the event's or any session's), read out when it changes. */
export function ExportStatus({ scope }: { scope: ExportTarget['scope'] }) {
  const done = useEvent((s) => (s.downloaded?.key.startsWith(`${scope}:`) ? s.downloaded : null));
  const failed = useEvent((s) => (s.downloadError?.key.startsWith(`${scope}:`) ? s.downloadError : null));
  return (
    <div className="export-status" aria-live="polite" data-testid={`export-status-${scope}`}>
      {failed ? (
        <p className="error-message" data-error-code={failed.code}>
          {t('org.export.failed', { reason: tError(failed.code) })}
        </p>
      ) : done ? (
        <p className="export-status__done">{t('org.export.done', { filename: done.filename })}</p>
      ) : null}
    </div>
  );
}
