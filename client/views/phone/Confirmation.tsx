import type { Pledge } from '../../../shared/schemas';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { startEdit } from '../../store/phone-outbox';
import { isLocked, usePhone } from '../../store/phone-state';
import { useThemes } from '../../store/session';
import { ChangedNotice, FixedNotice } from './ChangedNotice';
import { FollowUpLink } from './FollowUpLink';
import { AutoCloseNote, LastCallNote, RoundCountdown } from './LastCall';
import { moderationState, moderationWords, RejectReason } from './ModerationNote';
import { PreviewRecord } from './PreviewRecord';
import { SendStatus } from './SendStatus';
import { ScreenHeading } from './ScreenHeading';

/** The saved pledge while the round is open: where it stands with the moderators, and editing it. */
export function Confirmation({ pledge }: { pledge: Pledge }) {
  // Its acknowledgement is still on the way: editing waits until it arrives.
  const locked = usePhone(isLocked);
  const themes = useThemes();
  const state = moderationState(pledge);
  const words = state ? moderationWords(pledge, state) : null;
  const title = words ? t(words.title) : t('phone.confirm.title');
  const body = words ? t(words.body) : pledge.visibility === 'record' ? t('phone.confirm.bodyRecord') : t('phone.confirm.body');
  return (
    <section
      className={`phone__panel confirmation confirmation--${state ?? 'saved'}`}
      data-testid="pledge-confirmation"
      data-status={pledge.status}
      aria-labelledby="confirm-title"
    >
      {/* The moderator's last call first, in view without scrolling (the phone's announcer reads it out). */}
      <LastCallNote />
      {/* At the top, where the form and the check before sending have it. */}
      <RoundCountdown saved />
      <div className="confirmation__tick" aria-hidden="true" />
      {/* Arrived by the person's own step (confirmed, cancelled an edit): the heading says where it stands. */}
      <ScreenHeading id="confirm-title">{title}</ScreenHeading>
      {state === 'rejected' && <RejectReason pledge={pledge} />}
      <p className="phone__lead">{body}</p>
      {/* The same card and record fields as the preview before it was sent. */}
      <PledgeCard pledge={pledge} variant="wall" themes={themes} />
      <PreviewRecord pledge={pledge} past={[]} saved />
      <SendStatus pledge={pledge} />
      <ChangedNotice pledge={pledge} />
      <FixedNotice pledge={pledge} />
      <button
        type="button"
        className={`button button--block ${state === 'rejected' ? 'button--primary' : 'button--secondary'}`}
        data-testid="pledge-edit"
        onClick={() => startEdit(pledge)}
        disabled={locked}
      >
        {state === 'rejected' ? t('phone.status.rejected.edit') : t('phone.confirm.edit')}
      </button>
      <AutoCloseNote />
      <FollowUpLink pledge={pledge} />
    </section>
  );
}
