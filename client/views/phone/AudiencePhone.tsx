import { useShallow } from 'zustand/react/shallow';
import type { Pledge } from '../../../shared/schemas';
import { audienceLine, authorName } from '../../components/PledgeCard';
import { SupportButton, SupportCount } from '../../components/SupportButton';
import { formatNumber, t } from '../../i18n';
import { useSession } from '../../store/session';
import { PledgeScreen } from './PledgeScreen';

/**
 * An audience member's phone: the round as it goes (with the pledge form while the round is open
 * to the audience, and their own pledge once sent), and the pledges on the wall, live, each with
 * its support button.
 */
export function AudiencePhone() {
  const state = useSession((s) => s.round?.state ?? 'draft');
  const canPledge = useSession((s) => s.round?.pledgers === 'panel-and-audience');
  // Loud on the form only; here a quiet mark for those who follow, sent or not allowed to pledge.
  const lastCall = useSession((s) => s.round?.state === 'open' && s.round.lastCallAt != null);
  return (
    <div className="audience" data-testid="audience-phone">
      {/* A closed round says so in its own heading. */}
      {state !== 'closed' && (
        <p className={`round-chip round-chip--${state}`} data-testid="audience-round" data-state={state}>
          <span className="round-chip__dot" aria-hidden="true" />
          {t(`phone.audience.roundState.${state}`)}
          {lastCall && <span className="round-chip__last-call">{t('stage.lastCall')}</span>}
        </p>
      )}
      <PledgeScreen canPledge={canPledge} />
      <WallPledges />
    </div>
  );
}

/** What the wall shows: public pledges the moderators let through. */
const onTheWall = (p: Pledge) => p.status === 'visible' && p.visibility === 'public';

/** The pledges on the wall, newest first, each with who made it and from where. */
function WallPledges() {
  const pledges = useSession(useShallow((s) => s.pledges.filter(onTheWall)));
  const state = useSession((s) => s.round?.state ?? 'draft');
  const ownId = useSession((s) => s.you?.audience?.id ?? null);
  return (
    <section className="room-pledges" aria-labelledby="room-pledges-title" data-testid="audience-pledges">
      <h2 id="room-pledges-title" className="room-pledges__title">
        {t('phone.audience.listTitle')}
        <span className="room-pledges__count">{formatNumber(pledges.length)}</span>
      </h2>
      {pledges.length === 0 ? (
        <p className="phone__quiet room-pledges__empty">{t(`phone.audience.listEmpty.${state}`)}</p>
      ) : (
        <ol className="room-pledges__list" data-testid="audience-pledge-list">
          {pledges.map((p) => (
            <li key={p.id} className="room-pledge" data-testid={`audience-pledge-${p.id}`} data-author-role={p.authorRole}>
              <p className="room-pledge__text" dir="auto">{p.text}</p>
              <p className="room-pledge__who">
                <span className="room-pledge__name">{authorName(p)}</span>
                {p.organization && <span className="room-pledge__org">{p.organization}</span>}
              </p>
              <p className="room-pledge__tags">
                <span className={`room-pledge__tag room-pledge__tag--${p.presence ?? 'panel'}`}>
                  {audienceLine(p) ?? t('phone.audience.panelist')}
                </span>
                {p.participantId === ownId && <span className="room-pledge__tag room-pledge__tag--yours">{t('phone.audience.yours')}</span>}
              </p>
              {/* One's own pledge shows its supporters; supporting it oneself would only inflate them. */}
              {p.participantId === ownId ? <SupportCount pledgeId={p.id} /> : <SupportButton pledgeId={p.id} authorName={p.name} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
