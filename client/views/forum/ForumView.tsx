import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLiveText, type Wording } from '../../components/live-text';
import { CornerLanguagePicker } from '../../components/LanguagePicker';
import { Separator } from '../../components/PledgeCard';
import { formatDays } from '../../format';
import { formatNumber, t, useLocale } from '../../i18n';
import { useEventLanguages } from '../../i18n/rotation';
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
  // The interface takes turns in the event's languages (`?lang=` pins one).
  useEventLanguages(event?.languages);
  const locale = useLocale((s) => s.locale);

  useEffect(() => {
    document.title = pageTitle(event?.name, t('forum.title'), t('app.name'));
  }, [event?.name, locale]);

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
            {days && <Separator />}
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
      <CornerLanguagePicker />
    </div>
  );
}

function Total() {
  const shown = useShown();
  const sessions = new Set(shown.map((e) => e.sessionId)).size;
  return (
    <p className="forum__total" data-testid="forum-total" data-count={shown.length}>
      <span className="forum__total-number">{formatNumber(shown.length)}</span>
      <span className="forum__total-words">
        {t('forum.pledgesWord', { count: shown.length })}
        {sessions > 0 && <span className="forum__total-from">{t('forum.fromSessions', { count: sessions })}</span>}
      </span>
    </p>
  );
}

/**
 * Says each new pledge politely to screen readers (several at once: how many, and the newest),
 * when they arrive, not again when a session's name changes (a live region whose words change is
 * read out again). Worded in the page's language when it shows; a change of language takes it
 * out (`useLiveText`), and so does the pledge it names leaving the wall.
 */
function Announcer() {
  const arrivals = useForum((s) => s.arrivals);
  const names = useSessionNames();
  const shown = useShown();
  const [said, setSaid] = useState<{ word: Wording; pledgeId: string } | null>(null);
  // Read when pledges arrive, without wording them again when these change.
  const now = useRef(names);
  now.current = names;
  useEffect(() => {
    const newest = arrivals.pledges.at(-1);
    if (!newest) return;
    const count = arrivals.pledges.length;
    const session = now.current.get(newest.sessionId) ?? '';
    const word = () => {
      const params = { name: newest.name || t('pledge.anonymous'), session, text: newest.text };
      return count === 1 ? t('forum.announce.one', params) : t('forum.announce.many', { ...params, count });
    };
    setSaid({ word, pledgeId: newest.id });
  }, [arrivals]);
  // About a pledge still on the wall (read as the page renders: never a moment late).
  const onWall = said !== null && shown.some((e) => e.pledge.id === said.pledgeId);
  useEffect(() => {
    if (!onWall) setSaid(null);
  }, [onWall]);
  const text = useLiveText(onWall ? said.word : null);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="forum-announcer">
      {text}
    </div>
  );
}
