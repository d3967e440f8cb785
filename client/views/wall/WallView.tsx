import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { themeLabel } from '../../../shared/domain';
import { routes } from '../../../shared/http';
import type { Pledge } from '../../../shared/schemas';
import { Countdown } from '../../components/Countdown';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PledgeCard } from '../../components/PledgeCard';
import { t, tp } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { useSession, useThemes } from '../../store/session';
import { canFullscreen, startWall, toggleFullscreen } from '../../store/wall';
import '../../styles/wall.css';
import { usePaging } from './usePaging';

export default function WallView({ sessionId }: { sessionId: string }) {
  useEffect(() => startWall(sessionId), [sessionId]);
  const session = useSession((s) => s.session);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);

  useEffect(() => {
    document.title = pageTitle(session?.title ?? t('wall.title'), t('app.name'));
  }, [session?.title]);

  if (status === 'refused') {
    return (
      <main className="wall wall--message">
        <ErrorMessage code={refusedCode} className="wall__error" />
      </main>
    );
  }
  if (!session) {
    return (
      <main className="wall wall--message">
        <p role="status" className="wall__quiet">
          {t('conn.connecting')}
        </p>
      </main>
    );
  }

  return (
    <div className="wall">
      <header className="wall__header">
        <div className="wall__titles">
          {session.code && <p className="wall__session-code">{session.code}</p>}
          <h1 className="wall__title">{session.title}</h1>
        </div>
        <RoundState />
      </header>
      <main className="wall__main">
        <Stage />
        <JoinPanel sessionId={session.id} joinCode={session.joinCode} />
      </main>
      {status === 'offline' && (
        <p className="wall__offline" role="status">
          {t('conn.offline')}
        </p>
      )}
      <FullscreenButton />
    </div>
  );
}

function RoundState() {
  const state = useSession((s) => s.round?.state ?? 'draft');
  return (
    <p className={`wall__state wall__state--${state}`} data-testid="round-state" data-state={state} role="status">
      <span className="wall__state-dot" aria-hidden="true" />
      {t(`wall.state.${state}`)}
    </p>
  );
}

function Stage() {
  const round = useSession((s) => s.round);
  const pledges = useSession(useShallow(shownPledges));
  const themes = useThemes();
  const state = round?.state ?? 'draft';
  const viewport = useRef<HTMLDivElement>(null);
  const { page, pages } = usePaging(viewport, pledges.length);
  return (
    <section className="wall__stage" aria-label={t('wall.pledgesLabel')}>
      {state === 'open' && round && <p className="wall__prompt">{round.prompt}</p>}
      <div className="wall__viewport" ref={viewport} data-more={page < pages - 1 || undefined}>
        <div
          className="wall__pledges"
          data-density={density(pledges.length)}
          data-testid="wall-pledge-list"
          aria-live="polite"
          aria-relevant="additions text"
        >
          {pledges.map((p) => (
            <PledgeCard key={p.id} pledge={p} variant="wall" themes={themes} />
          ))}
        </div>
      </div>
      {pages > 1 && (
        // Every pledge is in the list for screen readers; the pages are for the room.
        <p className="wall__pager" data-testid="wall-pager" aria-hidden="true">
          {t('wall.page', { page: page + 1, pages })}
        </p>
      )}
      {pledges.length === 0 &&
        (state === 'draft' ? (
          <p className="wall__empty wall__empty--draft">
            {t('wall.empty.draft')}
            <span className="wall__empty-hint">{t('wall.empty.draftHint')}</span>
          </p>
        ) : (
          <p className="wall__empty">{state === 'open' ? t('wall.empty.open') : t('wall.empty.closed')}</p>
        ))}
    </section>
  );
}

/**
 * What a wall shows: public pledges the moderators let through. The server sends walls nothing
 * else; the filter keeps a stale copy (say, cached before a pledge was hidden) off the screen too.
 */
function shownPledges(s: { pledges: Pledge[] }): Pledge[] {
  return s.pledges.filter((p) => p.visibility === 'public' && p.status === 'visible');
}

/** Type shrinks and columns grow as pledges arrive, so a full panel still fits on one projector screen. */
function density(count: number): 'few' | 'some' | 'many' {
  if (count <= 2) return 'few';
  if (count <= 6) return 'some';
  return 'many';
}

function JoinPanel({ sessionId, joinCode }: { sessionId: string; joinCode: string }) {
  const endsAt = useSession((s) => (s.round?.state === 'open' ? s.round.countdownEndsAt : null));
  const pledges = useSession((s) => shownPledges(s).length);
  const panelists = useSession((s) => s.session?.panelists.length ?? 0);
  const audience = useSession((s) => s.audience);
  const joinPath = routes.join(joinCode);
  return (
    <aside className="wall__aside">
      {endsAt !== null && <Countdown endsAt={endsAt} className="countdown--wall" />}
      <div className="wall__join">
        <p className="wall__join-label">{t('wall.joinAt')}</p>
        <p className="wall__url" data-testid="wall-join-url">
          {location.host}
          {joinPath}
        </p>
        <img
          className="wall__qr"
          src={routes.qr(sessionId)}
          alt={t('wall.qrAlt')}
          data-testid="wall-qr"
          width={300}
          height={300}
        />
        <p className="wall__join-label">{t('wall.joinCode')}</p>
        <p className="wall__code" data-testid="wall-join-code">
          {joinCode}
        </p>
      </div>
      <p className="wall__counter" data-testid="wall-counter">
        {t('wall.counter', { pledges: tp('wall.pledges', pledges), panelists: tp('wall.panelists', panelists) })}
      </p>
      {audience.onsite + audience.online > 0 && (
        <p className="wall__counter wall__counter--audience" data-testid="wall-audience">
          {t('wall.audience', { onsite: tp('wall.audience.onsite', audience.onsite), online: tp('wall.audience.online', audience.online) })}
        </p>
      )}
      <Breakdown />
    </aside>
  );
}

/** Who has pledged and on what: counts by stakeholder group and by theme, most first. */
function Breakdown() {
  const pledges = useSession(useShallow(shownPledges));
  const themes = useThemes();
  if (pledges.length === 0) return null;
  const groups = tally(pledges.map((p) => t(`group.${p.stakeholderGroup}`)));
  const byTheme = tally(pledges.flatMap((p) => p.themes.map((id) => themeLabel(themes, id))));
  return (
    <div className="wall__breakdown" data-testid="wall-breakdown">
      <BreakdownList title={t('wall.byGroup')} rows={groups} testId="wall-by-group" />
      {byTheme.length > 0 && <BreakdownList title={t('wall.byTheme')} rows={byTheme} testId="wall-by-theme" />}
    </div>
  );
}

function BreakdownList({ title, rows, testId }: { title: string; rows: [string, number][]; testId: string }) {
  const max = Math.max(...rows.map(([, n]) => n));
  return (
    <section className="wall__tally" data-testid={testId}>
      <h2 className="wall__tally-title">{title}</h2>
      <ul>
        {rows.slice(0, 5).map(([label, n]) => (
          <li key={label}>
            <span className="wall__tally-label">{label}</span>
            <span className="wall__tally-bar" aria-hidden="true">
              <span style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="wall__tally-count">{n}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** [label, count] pairs, most frequent first (ties by label). */
function tally(labels: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Shown while the mouse moves (or the button has focus), so it never sits on the projected picture. */
function FullscreenButton() {
  const [full, setFull] = useState(false);
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    const onMove = () => {
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), 2500);
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  if (full || !canFullscreen()) return null;
  return (
    <button type="button" className={`wall__fullscreen${active ? ' is-active' : ''}`} onClick={toggleFullscreen}>
      {t('wall.fullscreen')}
    </button>
  );
}
