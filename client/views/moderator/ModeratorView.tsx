import { useEffect } from 'react';
import { ConnectionStatus } from '../../components/ConnectionStatus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { startModerator, useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';
import '../../styles/console.css';
import { LinksBox } from './LinksBox';
import { ModPledgeList } from './ModPledgeList';
import { PanelList } from './PanelList';
import { RoundControls } from './RoundControls';

export default function ModeratorView({ sessionId }: { sessionId: string }) {
  useEffect(() => startModerator(sessionId), [sessionId]);
  const hasKey = useModerator((s) => s.key !== null);
  const session = useSession((s) => s.session);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);

  useEffect(() => {
    document.title = pageTitle(t('mod.title'), session?.title, t('app.name'));
  }, [session?.title]);

  return (
    <div className="console">
      <header className="console__header">
        <div className="console__brand">
          <span className="brand__mark" aria-hidden="true" />
          <span>{t('mod.title')}</span>
        </div>
        <div className="console__session">
          <h1 className="console__title">
            {session?.code && <span className="console__code">{session.code}</span>}
            {session?.title ?? t('app.name')}
          </h1>
        </div>
        {session && (
          <p className="console__join">
            <span className="console__join-label">{t('mod.joinCode')}</span>
            <span className="console__join-code" data-testid="mod-join-code">
              {session.joinCode}
            </span>
          </p>
        )}
        <ConnectionStatus />
      </header>

      {!hasKey ? (
        <main className="console__main console__main--single">
          <p className="error-message" role="alert">
            {t('mod.noKey')}
          </p>
        </main>
      ) : status === 'refused' ? (
        <main className="console__main console__main--single">
          <ErrorMessage code={refusedCode} />
        </main>
      ) : !session ? (
        <main className="console__main console__main--single">
          <p role="status" className="console__quiet">
            <span className="spinner" aria-hidden="true" /> {t('conn.connecting')}
          </p>
        </main>
      ) : (
        <main className="console__main">
          <div className="console__col">
            <RoundControls />
            <PanelList />
          </div>
          <div className="console__col">
            <ModPledgeList />
            <LinksBox />
          </div>
        </main>
      )}
    </div>
  );
}
