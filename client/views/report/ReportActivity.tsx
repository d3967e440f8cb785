import type { ActivityEntry } from '../../../shared/schemas';
import { formatClock, t } from '../../i18n';
import { activityMessage } from '../moderator/activity-messages';

/** Who did what in the session (moderators and organizers), oldest first, as the record keeps it. */
export function ReportActivity({ activity }: { activity: ActivityEntry[] }) {
  return (
    <section className="report__section report__activity" aria-labelledby="rp-activity" data-testid="report-activity">
      <h2 id="rp-activity">{t('record.report.activity')}</h2>
      {activity.length === 0 ? (
        <p className="report__empty">{t('record.report.noActivity')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('record.report.col.time')}</th>
              <th scope="col">{t('record.report.col.what')}</th>
            </tr>
          </thead>
          <tbody>
            {activity.map((entry) => {
              const { text, detail } = activityMessage(entry);
              return (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{formatClock(entry.at)}</time>
                  </td>
                  <td>
                    {text}
                    {detail && (
                      <span className="report__activity-detail" dir="auto">
                        {detail}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
