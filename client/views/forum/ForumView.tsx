import { useEffect } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDays } from '../../format';
import { t, tp } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { startForum, useForum } from '../../store/forum';
import '../../styles/forum.css';
import { ForumCards } from './ForumCards';
import { ForumTotals } from './ForumTotals';
import { useSessionNames, useShown } from './hooks';

/**
 * /forum/:eventId — the event's forum wall, for the venue's main screens: every session's public
 * pledges as they are made, the total, and totals by session, stakeholder group and theme.
 */
export default function ForumView({ eventId }: { eventId: string }) {
  useEffect(() => startForum(eventId), [eventId]);
  const event = useForum((s) => s.event);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);

  useEffect(() => {
    document.title = pageTitle(event?.name, t('forum.title'), t('app.name'));
  }, [event?.name]);

  if (status === 'refused') {
    return (
      <main className="forum forum--message">
        {refusedCode === 'invalid_payload' ? (
          <p className="error-message forum__error" role="alert">
            {t('forum.badAddress')}
          </p>
        ) : (
          <ErrorMessage code={refusedCode} className="forum__error" />
        )}
      </main>
    );
  }
  if (!event) {
    return (
      <main className="forum forum--message">
        <p role="status" className="forum__quiet">
          {t('conn.connecting')}
        </p>
      </main>
    );
  }
  const days = formatDays(event.startDate, event.endDate);
  return (
    <div className="forum" data-testid="forum-wall">
      <header className="forum__header">
        <div className="forum__titles">
          <p className="forum__eyebrow">
            {t('forum.title')}
            {days && <span aria-hidden="true"> · </span>}
            {days}
          </p>
          <h1 className="forum__name">{event.name}</h1>
        </div>
        <Total />
      </header>
      <main className="forum__main">
        <section className="forum__newest" aria-label={t('forum.newest')}>
          <ForumCards />
        </section>
        <aside className="forum__side" aria-label={t('forum.totals')}>
          <ForumTotals />
        </aside>
      </main>
      <Announcer />
      {status === 'offline' && (
        <p className="forum__offline" role="status">
          {t('conn.offline')}
        </p>
      )}
    </div>
  );
}

function Total() {
  const shown = useShown();
  const sessions = new Set(shown.map((e) => e.sessionId)).size;
  return (
    <p className="forum__total" data-testid="forum-total" data-count={shown.length}>
      <span className="forum__total-number">{shown.length}</span>
      <span className="forum__total-words">
        {tp('forum.pledgesWord', shown.length)}
        {sessions > 0 && <span className="forum__total-from">{tp('forum.fromSessions', sessions)}</span>}
      </span>
    </p>
  );
}

/** Says each new pledge politely to screen readers (several at once: how many, and the newest). */
function Announcer() {
  const arrivals = useForum((s) => s.arrivals);
  const names = useSessionNames();
  let message = '';
  const newest = arrivals.pledges.at(-1);
  if (newest) {
    const params = { name: newest.name || t('pledge.anonymous'), session: names.get(newest.sessionId) ?? '', text: newest.text };
    message = arrivals.pledges.length === 1 ? t('forum.announce.one', params) : t('forum.announce.many', { ...params, count: arrivals.pledges.length });
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="forum-announcer">
      {message}
    </div>
  );
}
