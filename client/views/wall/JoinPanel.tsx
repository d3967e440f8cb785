import { routes } from '../../../shared/http';
import { Countdown } from '../../components/Countdown';
import { t, tp } from '../../i18n';
import { useSession } from '../../store/session';
import { Breakdown } from './Breakdown';
import { shownPledges } from './shown';

/**
 * The side panel: countdown, how to join (address, QR code, join code), counters and the
 * breakdown. Everything but the breakdown has a fixed size; the breakdown takes what is left.
 */
export function JoinPanel({ sessionId, joinCode }: { sessionId: string; joinCode: string }) {
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
      <div className="wall__counters">
        <p className="wall__counter" data-testid="wall-counter">
          {t('wall.counter', { pledges: tp('wall.pledges', pledges), panelists: tp('wall.panelists', panelists) })}
        </p>
        {audience.onsite + audience.online > 0 && (
          <p className="wall__counter wall__counter--audience" data-testid="wall-audience">
            {t('wall.audience', {
              onsite: tp('wall.audience.onsite', audience.onsite),
              online: tp('wall.audience.online', audience.online),
            })}
          </p>
        )}
      </div>
      <Breakdown />
    </aside>
  );
}
