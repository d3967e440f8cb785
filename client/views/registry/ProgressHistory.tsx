import type { Pledge, ProgressReport } from '../../../shared/schemas';
import { formatDate, formatList } from '../../format';
import { t } from '../../i18n';
import { ProgressBadge } from './Badges';

/** Reports newest first: by the date they speak for, then by when they were stored. */
export function newestFirst(reports: readonly ProgressReport[]): ProgressReport[] {
  return [...reports].sort((a, b) => (a.date === b.date ? b.at - a.at : a.date < b.date ? 1 : -1));
}

/** The deliverables each report said were done that the report stored before it had not, by report. */
function newlyDone(reports: readonly ProgressReport[], deliverables: Pledge['deliverables']): Map<ProgressReport, string[]> {
  let before: readonly number[] = [];
  return new Map(
    reports.map((r) => {
      const now = r.delivered ?? before;
      const fresh = now.filter((i) => !before.includes(i)).map((i) => deliverables[i]?.text ?? '');
      before = now;
      return [r, fresh];
    }),
  );
}

/** The progress history of a pledge as a timeline; each report says which deliverables it marked done. */
export function ProgressHistory({
  reports,
  deliverables = [],
  emptyText,
}: {
  reports: readonly ProgressReport[];
  deliverables?: Pledge['deliverables'];
  emptyText: string;
}) {
  if (reports.length === 0) {
    return (
      <p className="history__empty" data-testid="history-empty">
        {emptyText}
      </p>
    );
  }
  const done = newlyDone(reports, deliverables);
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
          {(done.get(r)?.length ?? 0) > 0 && (
            <p className="history__done" data-testid="history-done">
              <bdi>{t('record.history.done', { list: formatList(done.get(r)!, 'conjunction') })}</bdi>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
