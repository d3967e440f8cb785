import { useShallow } from 'zustand/react/shallow';
import { inRecord } from '../../../shared/domain';
import type { Pledge } from '../../../shared/schemas';
import { Countdown } from '../../components/Countdown';
import { t } from '../../i18n';
import { useSession } from '../../store/session';

/** A tile: its label, its number, and (for pledges) how many more wait for approval. */
function Stat({ label, value, testId, waiting = 0 }: { label: string; value: string | number; testId: string; waiting?: number }) {
  return (
    <div className="stat">
      <span className="stat__label">{label}</span>
      <span className="stat__value">
        <span className="stat__count" data-testid={testId}>
          {value}
        </span>
        {waiting > 0 && (
          <>
            {' '}
            <span className="stat__waiting" data-testid={`${testId}-waiting`}>
              · {t('console.stats.waiting', { count: waiting })}
            </span>
          </>
        )}
      </span>
    </div>
  );
}

/** The pledges of one kind of author in the record, and those waiting for a moderator's approval. */
const pledgesBy = (pledges: Pledge[], role: Pledge['authorRole']) => {
  let shown = 0;
  let waiting = 0;
  for (const p of pledges) {
    if (p.authorRole !== role) continue;
    if (inRecord(p)) shown++;
    else if (p.status === 'pending') waiting++;
  }
  return [shown, waiting] as const;
};

/**
 * The round's live counters, in two groups so that pledges and people are not read one for the
 * other: the panel's and the audience's pledges; the audience that joined, in the room and online; then
 * the time left. A pledge counts once it is in the session's record (shown, on the walls or for the
 * record only), as the walls count it; one waiting for approval is said beside the count ("· 1
 * waiting"), so a panelist whose pledge waits in the queue does not look as if they had not pledged.
 */
export function RoundStats() {
  const round = useSession((s) => s.round);
  const [panelPledges, panelWaiting] = useSession(useShallow((s) => pledgesBy(s.pledges, 'panelist')));
  const [audiencePledges, audienceWaiting] = useSession(useShallow((s) => pledgesBy(s.pledges, 'audience')));
  const panelists = useSession((s) => s.session?.panelists.length ?? 0);
  const onsite = useSession((s) => s.audience.onsite);
  const online = useSession((s) => s.audience.online);
  if (!round) return null;

  return (
    <div className="round__stats">
      <div className="stat-group" role="group" aria-labelledby="stats-pledges">
        <span className="stat-group__title" id="stats-pledges">
          {t('console.stats.pledges')}
        </span>
        <div className="stat-group__tiles">
          <Stat label={t('console.stats.panel')} value={t('mod.counters.value', { pledges: panelPledges, panelists })} testId="pledge-count" waiting={panelWaiting} />
          <Stat label={t('console.stats.audience')} value={audiencePledges} testId="audience-pledge-count" waiting={audienceWaiting} />
        </div>
      </div>
      <div className="stat-group" role="group" aria-labelledby="stats-people">
        <span className="stat-group__title" id="stats-people">
          {t('console.stats.people')}
        </span>
        <div className="stat-group__tiles">
          <Stat label={t('console.stats.onsite')} value={onsite} testId="audience-onsite" />
          <Stat label={t('console.stats.online')} value={online} testId="audience-online" />
        </div>
      </div>
      {round.state === 'open' && round.countdownEndsAt !== null && (
        <div className="stat stat--countdown">
          {/* A countdown that closes the round says so in its label: the box keeps its size. */}
          <span className="stat__label" data-testid="countdown-label" data-closes={round.autoClose || undefined}>
            {round.autoClose ? t('console.countdown.closesIn') : t('mod.round.timer')}
          </span>
          <Countdown endsAt={round.countdownEndsAt} className="stat__value" />
        </div>
      )}
    </div>
  );
}
