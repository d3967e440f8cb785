import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { useSession } from '../../store/session';
import { canFullscreen, startWall, toggleFullscreen } from '../../store/wall';
import '../../styles/wall.css';
import '../../styles/wall-grid.css';
import '../../styles/wall-side.css';
import { JoinPanel } from './JoinPanel';
import { Stage, type Paging } from './Stage';

export default function WallView({ sessionId }: { sessionId: string }) {
  useEffect(() => startWall(sessionId), [sessionId]);
  const session = useSession((s) => s.session);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);
  const [paging, setPaging] = useState<Paging>({ page: 0, pages: 1 });

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
        <div className="wall__header-side">
          {paging.pages > 1 && (
            // Every pledge is in the list for screen readers; the pages are for the room.
            <p className="wall__pager" data-testid="wall-pager" aria-hidden="true">
              {t('wall.page', { page: paging.page + 1, pages: paging.pages })}
            </p>
          )}
          <RoundState />
        </div>
      </header>
      <main className="wall__main">
        <Stage onPaging={setPaging} />
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
