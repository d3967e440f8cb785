import { routes } from '../../../shared/http';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { Breakdown } from './Breakdown';
import { shownPledges } from './shown';
import { WallCountdown } from './WallHeader';

/**
 * The side panel: countdown, how to join (address, QR code, join code), counters and the
 * breakdown. Everything but the breakdown has a fixed size; the breakdown takes what is left.
 */
export function JoinPanel({ sessionId, joinCode }: { sessionId: string; joinCode: string }) {
  return (
    <aside className="wall__aside">
      <WallCountdown className="countdown--wall" />
      <JoinBox sessionId={sessionId} joinCode={joinCode} />
      <Counters />
      <Breakdown />
    </aside>
  );
}

/** How to join: the address, the QR code and the join code (the holding screen shows it larger). */
export function JoinBox({ sessionId, joinCode, heading }: { sessionId: string; joinCode: string; heading?: string }) {
  return (
    <div className="wall__join">
      {heading && <p className="wall__join-heading">{heading}</p>}
      <p className="wall__join-label">{t('wall.joinAt')}</p>
      <p className="wall__url" data-testid="wall-join-url">
        {location.host}
        {routes.join(joinCode)}
      </p>
      <img className="wall__qr" src={routes.qr(sessionId)} alt={t('wall.qrAlt')} data-testid="wall-qr" width={300} height={300} />
      <p className="wall__join-label">{t('wall.joinCode')}</p>
      <p className="wall__code" data-testid="wall-join-code">
        {joinCode}
      </p>
    </div>
  );
}

/** "12 pledges · 5 panelists", and who follows in the room and online. */
export function Counters() {
  const pledges = useSession((s) => shownPledges(s).length);
  const panelists = useSession((s) => s.session?.panelists.length ?? 0);
  const audience = useSession((s) => s.audience);
  return (
    <div className="wall__counters">
      <p className="wall__counter" data-testid="wall-counter">
        {t('wall.counter', { pledges: t('wall.pledges', { count: pledges }), panelists: t('wall.panelists', { count: panelists }) })}
      </p>
      {audience.onsite + audience.online > 0 && (
        <p className="wall__counter wall__counter--audience" data-testid="wall-audience">
          {audienceLine(audience)}
        </p>
      )}
    </div>
  );
}

/** "Joined: 40 in the room · 12 online": the audience devices that joined the session (not only those connected now). */
export function audienceLine(audience: { onsite: number; online: number }): string {
  return t('wall.audience', {
    onsite: t('wall.audience.onsite', { count: audience.onsite }),
    online: t('wall.audience.online', { count: audience.online }),
  });
}
