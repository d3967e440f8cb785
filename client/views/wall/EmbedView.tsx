import { useEffect, useMemo } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PledgeCard } from '../../components/PledgeCard';
import { SupportButton } from '../../components/SupportButton';
import { t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { useSession, useThemes } from '../../store/session';
import { startWall } from '../../store/wall';
import '../../styles/wall-embed.css';
import { Announcer, ownParticipant } from './Announcer';
import { viewerSupport } from './own';
import { wallQuery } from './order';
import { useGridPledges, useSpeaker } from './useWall';
import { useRoundEnd } from './WallHeader';

/**
 * `/embed/<sessionId>`: the session's pledges for an event website's iframe. Read-only and
 * compact: the title, the round's state and the pledges as a list of cards that reflows from
 * 320 px up; no QR code, no join box, no projector chrome. `?viewer=1` adds the support buttons
 * (the page then supports as an online viewer). The server lets only the origins in
 * EMBED_ANCESTORS frame it.
 */
export default function EmbedView({ sessionId }: { sessionId: string }) {
  const { viewer } = useMemo(() => wallQuery(), []);
  useEffect(() => startWall(sessionId, { viewer }), [sessionId, viewer]);
  const session = useSession((s) => s.session);
  // The viewer's own pledge is not offered for support (as on the phone page).
  const own = useSession(ownParticipant);
  const state = useSession((s) => s.round?.state ?? 'draft');
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);
  const pledges = useGridPledges();
  const themes = useThemes();
  const speaker = useSpeaker();
  const { lastCall } = useRoundEnd();

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(session?.title ?? t('embed.label'), t('app.name'));
  }, [session?.title, locale]);

  if (status === 'refused') return <main className="embed embed--message"><ErrorMessage code={refusedCode} /></main>;
  if (!session) {
    return (
      <main className="embed embed--message">
        <p role="status">{t('conn.connecting')}</p>
      </main>
    );
  }
  return (
    <main className="embed" data-testid="embed">
      <header className="embed__header">
        <div className="embed__titles">
          <p className="embed__kicker">{[session.code, t('embed.label')].filter(Boolean).join(' · ')}</p>
          <h1 className="embed__title">{session.title}</h1>
        </div>
        <p className={`embed__state embed__state--${state}`} data-testid="round-state" data-state={state}>
          {t(`wall.state.${state}`)}
        </p>
      </header>
      <p className="embed__count" data-testid="embed-count">
        {t('wall.pledges', { count: pledges.length })}
      </p>
      {(lastCall || speaker) && (
        <div className="embed__notices">
          {lastCall && <p className="embed__last-call" data-testid="wall-last-call">{t('stage.lastCall.wall')}</p>}
          {speaker && <p className="embed__speaker" data-testid="wall-speaker">{t('stage.speaking', { name: speaker.name })}</p>}
        </div>
      )}
      {pledges.length === 0 ? (
        <p className="embed__empty">{t(`embed.empty.${state}`)}</p>
      ) : (
        <ul className="embed__list" data-testid="embed-list" aria-label={t('wall.pledgesLabel')}>
          {pledges.map((p) => (
            <li key={p.id} className="embed__item">
              <PledgeCard pledge={p} variant="wall" themes={themes} />
              {viewer && p.participantId !== own && <SupportButton pledgeId={p.id} authorName={p.name} send={viewerSupport} compact className="embed__support" />}
            </li>
          ))}
        </ul>
      )}
      {status === 'offline' && (
        <p className="embed__offline" role="status">
          {t('conn.offline')}
        </p>
      )}
      <Announcer />
    </main>
  );
}
