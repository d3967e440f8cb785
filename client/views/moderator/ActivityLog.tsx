import { useId } from 'react';
import type { ActivityEntry } from '../../../shared/schemas';
import { formatClock, formatNumber, t } from '../../i18n';
import { useSession } from '../../store/session';
import { aboutRecordOnly, activityMessage } from './activity-messages';

/** Who did what in this session, newest first: both moderators' actions and the organizers'. */
export function ActivityLog() {
  const titleId = useId();
  const activity = useSession((s) => s.activity);
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>{t('console.activity.title')}</h2>
        <span className="card__count">{formatNumber(activity.length)}</span>
      </div>
      {activity.length === 0 ? (
        <p className="console__quiet">{t('console.activity.empty')}</p>
      ) : (
        // Scrolls on its own; focusable so the keyboard can scroll it too.
        <ol className="activity" data-testid="activity-log" tabIndex={0} aria-label={t('console.activity.label')}>
          {activity
            .slice()
            .reverse()
            .map((entry) => (
              <ActivityLine key={entry.id} entry={entry} />
            ))}
        </ol>
      )}
    </section>
  );
}

function ActivityLine({ entry }: { entry: ActivityEntry }) {
  const recordOnly = useSession((s) => aboutRecordOnly(entry, s.pledges));
  const { text, detail } = activityMessage(entry, recordOnly);
  const seat = entry.actor.role === 'moderator' ? entry.actor.seat : entry.actor.role === 'author' ? 'author' : 'organizer';
  return (
    <li className={`activity__item activity__item--${seat}`} data-action={entry.action} data-seat={seat}>
      <time className="activity__time" dateTime={new Date(entry.at).toISOString()}>
        {formatClock(entry.at)}
      </time>
      <span className="activity__text">
        {text}
        {detail && (
          <span className="activity__detail" dir="auto">
            {detail}
          </span>
        )}
      </span>
    </li>
  );
}
