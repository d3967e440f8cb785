import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CornerLanguagePicker } from '../../components/LanguagePicker';
import { t, useLocale } from '../../i18n';
import { useEventLanguages } from '../../i18n/rotation';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { useSession } from '../../store/session';
import { canFullscreen, startWall, toggleFullscreen } from '../../store/wall';
import '../../styles/wall.css';
import '../../styles/wall-grid.css';
import '../../styles/wall-side.css';
import '../../styles/wall-views.css';
import '../../styles/wall-spotlight.css';
import '../../styles/wall-figures.css';
import '../../styles/wall-ticker.css';
import { Announcer } from './Announcer';
import { BreakdownView } from './BreakdownView';
import { CloudView } from './Cloud';
import { HoldingView } from './Holding';
import { resolveView } from '../../stage-order';
import { wallQuery } from './order';
import { shownPledges } from './shown';
import { SpotlightView } from './Spotlight';
import { GridView } from './Stage';
import { TickerView } from './Ticker';
import { useSpotlit } from './useWall';

/**
 * The wall: one page, every view. `?view=<view>` on its address picks the view for good; without
 * it the wall shows what the console chose (`stage.view`) and switches the moment a moderator
 * changes it. `?viewer=1`: an online viewer's wall, with support buttons.
 */
export default function WallView({ sessionId }: { sessionId: string }) {
  const query = useMemo(() => wallQuery(), []);
  useEffect(() => startWall(sessionId, { viewer: query.viewer }), [sessionId, query.viewer]);
  const session = useSession((s) => s.session);
  const stage = useSession((s) => s.stage);
  const round = useSession((s) => s.round?.state ?? 'draft');
  const shown = useSession((s) => shownPledges(s).length);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);
  const spotlit = useSpotlit();
  const view = resolveView(query.view, stage, round, shown, spotlit !== null);
  // Only a page opened as the ticker (a stream's overlay) is transparent and the bare strip; a
  // projector switched to the ticker by the console keeps the wall's title and join code above it.
  const overlay = query.view === 'ticker';
  useTransparentPage(overlay);
  // The interface takes turns in the event's languages (`?lang=` pins one).
  useEventLanguages(useSession((s) => s.languages));
  const locale = useLocale((s) => s.locale);

  useEffect(() => {
    document.title = pageTitle(session?.title ?? t('wall.title'), t('app.name'));
  }, [session?.title, locale]);

  if (status === 'refused' || !session) {
    const message =
      status === 'refused' ? (
        <ErrorMessage code={refusedCode} className="wall__error" />
      ) : (
        <p role="status" className="wall__quiet">
          {t('conn.connecting')}
        </p>
      );
    // A stream's overlay stays transparent while it connects: the words are for screen readers.
    if (overlay) return <div className="visually-hidden">{message}</div>;
    return <main className="wall wall--message">{message}</main>;
  }

  if (view === 'ticker' && overlay) {
    return (
      <>
        <TickerView />
        <Announcer />
      </>
    );
  }

  return (
    <div className={`wall wall--${view}${query.viewer ? ' wall--viewer' : ''}`} data-testid="wall" data-view={view}>
      {view === 'holding' && <HoldingView sessionId={session.id} joinCode={session.joinCode} />}
      {view === 'ticker' && <HoldingView sessionId={session.id} joinCode={session.joinCode} strip />}
      {view === 'grid' && <GridView sessionId={session.id} joinCode={session.joinCode} viewer={query.viewer} />}
      {view === 'spotlight' && spotlit && <SpotlightView spotlit={spotlit} viewer={query.viewer} />}
      {view === 'cloud' && <CloudView />}
      {view === 'breakdown' && <BreakdownView />}
      {status === 'offline' && (
        <p className="wall__offline" role="status">
          {t('conn.offline')}
        </p>
      )}
      <Announcer />
      <FullscreenButton />
      <CornerLanguagePicker />
    </div>
  );
}

/** The ticker is laid over a video: the page itself has no background (from its first paint), and never scrolls. */
function useTransparentPage(on: boolean) {
  useLayoutEffect(() => {
    if (!on) return;
    document.documentElement.classList.add('wall-transparent');
    return () => document.documentElement.classList.remove('wall-transparent');
  }, [on]);
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
