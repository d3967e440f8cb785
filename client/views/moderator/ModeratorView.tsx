import { useEffect, useRef } from 'react';
import { ConnectionStatus } from '../../components/ConnectionStatus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguagePicker } from '../../components/LanguagePicker';
import { t } from '../../i18n';
import { pageTitle } from '../../navigate';
import { usePinnedHeader } from '../../pinned';
import { useConnection } from '../../store/connection';
import { startModerator, useModerator, watchNewLink } from '../../store/moderator';
import { useSession } from '../../store/session';
import '../../styles/console.css';
import '../../styles/disclosure.css';
import '../../styles/moderator.css';
import '../../styles/moderator-round.css';
import '../../styles/moderator-queue.css';
import '../../styles/moderator-requests.css';
import '../../styles/console-stage.css';
import '../../styles/moderator-stage.css';
import { ActivityLog } from './ActivityLog';
import { Announcer } from './Announcer';
import { Attention } from './Attention';
import { identityLabel } from './labels';
import { LinksBox } from './LinksBox';
import { ModerationQueue, QUEUE_HEADING } from './ModerationQueue';
import { ModPledgeList } from './ModPledgeList';
import { PanelList } from './PanelList';
import { RoundControls } from './RoundControls';
import { SpotlightControls } from './SpotlightControls';
import { StagePanel } from './StagePanel';

export default function ModeratorView({ sessionId }: { sessionId: string }) {
  useEffect(() => startModerator(sessionId), [sessionId]);
  useEffect(watchNewLink, []);
  const hasKey = useModerator((s) => s.key !== null);
  const session = useSession((s) => s.session);
  const moderator = useSession((s) => s.you?.moderator ?? null);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);
  // Which console this is (onsite or online, and whose), so two open tabs are never confused.
  const identity = moderator ? identityLabel(moderator.seat, session?.details) : t('mod.title');

  const title = pageTitle(identity, session?.title, t('app.name'));
  useEffect(() => {
    document.title = title;
  }, [title]);

  const header = useRef<HTMLElement>(null);
  usePinnedHeader(header);

  return (
    <div className="console">
      <header className="console__header" ref={header}>
        {session && (
          // Keyboard users reach the queue without tabbing through the round and the panel.
          <button type="button" className="console__skip" onClick={() => document.getElementById(QUEUE_HEADING)?.focus()}>
            {t('console.skipToQueue')}
          </button>
        )}
        <p className="console__brand console__identity" data-testid="mod-identity" data-seat={moderator?.seat}>
          <span className="brand__mark" aria-hidden="true" />
          <span>{identity}</span>
        </p>
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
        <LanguagePicker />
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
        <main className="console__main console__main--moderator">
          <Attention title={title} />
          <Announcer />
          <div className="console__col">
            <RoundControls />
          </div>
          {/*
           * Two columns on a laptop, the panel heading the second, so who has joined shows on the
           * first screen beside the round's controls; on a wide screen the activity log and links
           * get a third. One column on a phone: the round, then the panel.
           */}
          <div className="console__rest">
            <div className="console__col">
              <PanelList />
              <SpotlightControls />
              <ModerationQueue />
              <ModPledgeList />
            </div>
            <div className="console__col">
              <StagePanel />
              <ActivityLog />
              <LinksBox />
            </div>
          </div>
        </main>
      )}
    </div>
  );
}
