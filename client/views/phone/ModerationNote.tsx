import type { Pledge } from '../../../shared/schemas';
import { t, type MessageKey } from '../../i18n';

/**
 * Whether the moderators have shown the pledge, as its author needs to know: nothing to say for a
 * pledge on the wall, nor for a record-only one (it never goes on a wall) unless it was sent back.
 */
export function moderationState(pledge: Pledge): 'pending' | 'rejected' | 'hidden' | null {
  if (pledge.status === 'rejected') return 'rejected';
  if (pledge.status === 'visible' || pledge.visibility === 'record') return null;
  return pledge.status;
}

/** The moderator's reason for sending a pledge back, quoted. */
export function RejectReason({ pledge }: { pledge: Pledge }) {
  if (!pledge.rejectReason) return null;
  return (
    <figure className="reject-reason" data-testid="reject-reason">
      <figcaption className="reject-reason__label">{t('phone.status.rejected.reason')}</figcaption>
      <blockquote className="reject-reason__text">{pledge.rejectReason}</blockquote>
    </figure>
  );
}

const NOTES: Record<NonNullable<ReturnType<typeof moderationState>>, MessageKey> = {
  pending: 'phone.status.note.pending',
  rejected: 'phone.status.note.rejected',
  hidden: 'phone.status.note.hidden',
};

/** One line under a saved pledge (the closed round): waiting, sent back (with the reason), taken off the wall. */
export function ModerationNote({ pledge }: { pledge: Pledge }) {
  const state = moderationState(pledge);
  if (!state) return null;
  return (
    <div className={`moderation-note moderation-note--${state}`} data-testid="moderation-note" data-status={state}>
      <p className="moderation-note__text">{t(NOTES[state])}</p>
      {state === 'rejected' && <RejectReason pledge={pledge} />}
    </div>
  );
}
