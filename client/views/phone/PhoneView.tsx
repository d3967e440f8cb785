import { useEffect } from 'react';
import { routes } from '../../../shared/http';
import { ConnectionStatus } from '../../components/ConnectionStatus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { startPhone } from '../../store/phone';
import { isLocked, usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import '../../styles/phone.css';
import { Closed } from './Closed';
import { Confirmation } from './Confirmation';
import { NudgeBanner } from './NudgeBanner';
import { PickName } from './PickName';
import { PledgeForm } from './PledgeForm';
import { useMyPledge } from './useMyPledge';
import { Waiting } from './Waiting';

export default function PhoneView({ joinCode }: { joinCode: string }) {
  useEffect(() => startPhone(joinCode), [joinCode]);
  const stage = usePhone((s) => s.stage);
  const lookupError = usePhone((s) => s.lookupError);
  const title = useSession((s) => s.session?.title);

  useEffect(() => {
    document.title = pageTitle(title ?? t('phone.title'), t('app.name'));
  }, [title]);

  if (stage === 'resolving') {
    return (
      <main className="phone phone--center">
        <p role="status" className="phone__quiet">
          <span className="spinner" aria-hidden="true" /> {t('phone.resolving')}
        </p>
      </main>
    );
  }
  if (stage !== 'live') {
    return (
      <main className="phone phone--center">
        <h1 className="phone__brand">{t('app.name')}</h1>
        <ErrorMessage code={lookupError} />
        <p>
          <a href={routes.landing()}>{t('app.backHome')}</a>
        </p>
      </main>
    );
  }
  return <LivePhone />;
}

function LivePhone() {
  const session = useSession((s) => s.session);
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);

  return (
    <div className="phone">
      <header className="phone__header">
        <div className="phone__session">
          {session?.code && <span className="phone__code">{session.code}</span>}
          <span className="phone__title">{session?.title ?? t('app.name')}</span>
        </div>
        <ConnectionStatus offlineKey="conn.offlinePhone" />
      </header>
      <NudgeBanner />
      <main className="phone__main">
        {status === 'refused' ? (
          <div className="phone__panel">
            <h1>{t('conn.refused')}</h1>
            <ErrorMessage code={refusedCode} />
            <p>
              <a href={routes.landing()}>{t('app.backHome')}</a>
            </p>
          </div>
        ) : (
          <PhoneScreen />
        )}
      </main>
    </div>
  );
}

function PhoneScreen() {
  const screen = useSession((s) => {
    if (!s.session || !s.round || !s.you) return 'loading' as const;
    if (!s.you.panelistId) return 'pick' as const;
    return s.round.state;
  });
  const editing = usePhone((s) => s.draft.editing);
  // A change to the saved pledge still on its way: the form shows it (read-only) with its status.
  const pendingEdit = usePhone((s) => isLocked(s) && s.pending?.event === 'pledge:edit');
  const myPledge = useMyPledge();

  switch (screen) {
    case 'loading':
      return (
        <p role="status" className="phone__quiet">
          <span className="spinner" aria-hidden="true" /> {t('conn.connecting')}
        </p>
      );
    case 'pick':
      return <PickName />;
    case 'draft':
      return <Waiting />;
    case 'open':
      return myPledge && !editing && !pendingEdit ? <Confirmation pledge={myPledge} /> : <PledgeForm />;
    case 'closed':
      return <Closed pledge={myPledge} />;
    default: {
      const never: never = screen;
      return never;
    }
  }
}
