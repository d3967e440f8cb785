import { inRecord } from '../../../shared/domain';
import { Countdown } from '../../components/Countdown';
import { t } from '../../i18n';
import { useSession } from '../../store/session';

/**
 * The round's live counters: the panel's pledges, the audience's, who follows where, the time left.
 * A pledge counts once it is in the session's record (shown, on the walls or for the record only):
 * one waiting for approval, hidden or rejected does not, as the walls do not show it.
 */
export function RoundStats() {
  const round = useSession((s) => s.round);
  const panelPledges = useSession((s) => s.pledges.filter((p) => p.authorRole === 'panelist' && inRecord(p)).length);
  const audiencePledges = useSession((s) => s.pledges.filter((p) => p.authorRole === 'audience' && inRecord(p)).length);
  const panelists = useSession((s) => s.session?.panelists.length ?? 0);
  const onsite = useSession((s) => s.audience.onsite);
  const online = useSession((s) => s.audience.online);
  if (!round) return null;

  const stat = (label: string, value: string | number, testId: string) => (
    <div className="stat">
      <span className="stat__label">{label}</span>
      <span className="stat__value" data-testid={testId}>
        {value}
      </span>
    </div>
  );

  return (
    <div className="round__stats">
      {stat(t('mod.counters.label'), t('mod.counters.value', { pledges: panelPledges, panelists }), 'pledge-count')}
      {stat(t('console.stats.audiencePledges'), audiencePledges, 'audience-pledge-count')}
      {stat(t('console.stats.onsite'), onsite, 'audience-onsite')}
      {stat(t('console.stats.online'), online, 'audience-online')}
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
