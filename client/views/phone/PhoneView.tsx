import { useEffect, useRef, useState } from 'react';
import { routes } from '../../../shared/http';
import { ConnectionStatus } from '../../components/ConnectionStatus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguagePicker } from '../../components/LanguagePicker';
import { t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { useConnection } from '../../store/connection';
import { startPhone, type PhoneEntry } from '../../store/phone';
import { usePhone, useSessionHeading } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { registerAppShell } from '../../sw-register';
import '../../styles/phone.css';
import '../../styles/phone-header.css';
import '../../styles/phone-form.css';
import '../../styles/phone-details.css';
import '../../styles/phone-room.css';
import '../../styles/phone-stage.css';
import { AudiencePhone } from './AudiencePhone';
import { JoinPage } from './JoinPage';
import { NudgeBanner } from './NudgeBanner';
import { PhoneAnnouncer } from './PhoneAnnouncer';
import { PledgeScreen } from './PledgeScreen';
import { InviteReplaced, SeatRefused, SeatWaiting, TakingSeat } from './SeatStatus';
import { StickySlot, useStickyTop } from './useStickyTop';
import { YourTurn } from './YourTurn';

/** The phone's page: opened with the session's join code (`/j/:code`) or a panelist's invite link (`/i/:sessionId/:panelistId`). */
export default function PhoneView({ entry }: { entry: PhoneEntry }) {
  const key = entry.kind === 'code' ? entry.code : `${entry.sessionId}/${entry.panelistId}`;
  // main.tsx keys the page by its entry: `entry` stays the same while `key` does.
  useEffect(() => startPhone(entry), [key]);
  const stage = usePhone((s) => s.stage);
  const lookupError = usePhone((s) => s.lookupError);
  const { title } = useSessionHeading();

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(title ?? t('phone.title'), t('app.name'));
  }, [title, locale]);

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
  const { title, code } = useSessionHeading();
  const status = useConnection((s) => s.status);
  const refusedCode = useConnection((s) => s.refusedCode);
  const top = useRef<HTMLDivElement>(null);
  useStickyTop(top);
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  // Connected: the page is all here, and its app shell can be kept for a reopening without network.
  useEffect(() => {
    if (status === 'online') registerAppShell();
  }, [status]);

  return (
    <div className="phone">
      {/* The header and what calls for attention stay in view together while the page scrolls. */}
      <div className="phone__top" ref={top}>
        <header className="phone__header">
          <div className="phone__session">
            {code && <span className="phone__code">{code}</span>}
            <span className="phone__title" dir="auto">{title ?? t('app.name')}</span>
          </div>
          <div className="phone__header-end">
            <ConnectionStatus offlineKey="conn.offlinePhone" />
            <LanguagePicker />
          </div>
        </header>
        <YourTurn />
        <NudgeBanner />
        <div ref={setSlot} />
      </div>
      <StickySlot.Provider value={slot}>
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
          <PhoneAnnouncer />
        </main>
      </StickySlot.Provider>
    </div>
  );
}

/** Who this phone is to the session decides the screen: a panelist, someone on the way to a seat, the audience, or not joined yet. */
function PhoneScreen() {
  const ready = useSession((s) => s.session !== null && s.round !== null && s.you !== null);
  const seated = useSession((s) => !!s.you?.panelistId);
  const audience = useSession((s) => !!s.you?.audience);
  const request = usePhone((s) => s.request);
  const invitedAs = usePhone((s) => s.invitedAs);
  const inviteReplaced = usePhone((s) => s.inviteReplaced);
  // A device new to the session is neither seated nor in the audience: its join page needs only the
  // lookup, so it shows while the connection is still being made (the same element as below, so
  // nothing is remounted when the state arrives).
  const early = usePhone((s) => s.firstVisit && s.lookup !== null);

  if (!ready) {
    if (early) return <JoinPage />;
    return (
      <p role="status" className="phone__quiet">
        <span className="spinner" aria-hidden="true" /> {t('conn.connecting')}
      </p>
    );
  }
  if (seated) return <PledgeScreen canPledge />;
  if (request?.state === 'admitted') return <TakingSeat panelistId={request.panelistId} />;
  if (audience) return <AudiencePhone />;
  if (request?.state === 'pending') return <SeatWaiting request={request} />;
  if (request?.state === 'refused') return <SeatRefused request={request} />;
  if (invitedAs) return inviteReplaced ? <InviteReplaced panelistId={invitedAs} /> : <TakingSeat panelistId={invitedAs} />;
  return <JoinPage />;
}
