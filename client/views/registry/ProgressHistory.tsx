import type { ProgressReport } from '../../../shared/schemas';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { ProgressBadge } from './Badges';

/** Reports newest first: by the date they speak for, then by when they were stored. */
export function newestFirst(reports: readonly ProgressReport[]): ProgressReport[] {
  return [...reports].sort((a, b) => (a.date === b.date ? b.at - a.at : a.date < b.date ? 1 : -1));
}

/** The progress history of a pledge as a timeline. */
export function ProgressHistory({ reports, emptyText }: { reports: readonly ProgressReport[]; emptyText: string }) {
  if (reports.length === 0) {
    return (
      <p className="history__empty" data-testid="history-empty">
        {emptyText}
      </p>
    );
  }
  return (
    <ol className="history" data-testid="history">
      {newestFirst(reports).map((r) => (
        <li key={`${r.at}-${r.date}`} className={`history__item history__item--${r.status}`}>
          <span className="history__dot" aria-hidden="true" />
          <div className="history__head">
            <time dateTime={r.date} className="history__date">
              {formatDate(r.date)}
            </time>
            <ProgressBadge status={r.status} />
          </div>
          {r.note ? <p className="history__note">{r.note}</p> : <p className="history__note history__note--none">{t('record.history.noNote')}</p>}
        </li>
      ))}
    </ol>
  );
}
