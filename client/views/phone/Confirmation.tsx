import type { Pledge } from '../../../shared/schemas';
import { Countdown } from '../../components/Countdown';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { startEdit } from '../../store/phone';
import { isLocked, usePhone } from '../../store/phone-state';
import { useSession, useThemes } from '../../store/session';
import { FollowUpLink } from './FollowUpLink';
import { SendStatus } from './SendStatus';

export function Confirmation({ pledge }: { pledge: Pledge }) {
  const endsAt = useSession((s) => s.round?.countdownEndsAt ?? null);
  // Its acknowledgement is still on the way: editing waits until it arrives.
  const locked = usePhone(isLocked);
  const themes = useThemes();
  return (
    <section className="phone__panel confirmation" data-testid="pledge-confirmation" aria-labelledby="confirm-title">
      <div className="confirmation__tick" aria-hidden="true" />
      <h1 id="confirm-title" role="status">
        {t('phone.confirm.title')}
      </h1>
      <p className="phone__lead">{pledge.visibility === 'record' ? t('phone.confirm.bodyRecord') : t('phone.confirm.body')}</p>
      <PledgeCard pledge={pledge} variant="phone" themes={themes} />
      <SendStatus pledge={pledge} />
      <button
        type="button"
        className="button button--secondary button--block"
        data-testid="pledge-edit"
        onClick={() => startEdit(pledge)}
        disabled={locked}
      >
        {t('phone.confirm.edit')}
      </button>
      {endsAt !== null && <Countdown endsAt={endsAt} className="countdown--phone" label={t('phone.timer.label')} />}
      <FollowUpLink pledge={pledge} />
    </section>
  );
}
