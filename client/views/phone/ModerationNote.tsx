import type { Pledge } from '../../../shared/schemas';
import { t, type MessageKey } from '../../i18n';

/** Where the pledge stands with the moderators, as its author needs to know: nothing to say once it is accepted. */
export type ModerationState = 'pending' | 'rejected' | 'hidden';

/**
 * Whether the moderators have accepted the pledge: shown on the wall, or, for a record-only one
 * (it never goes on a wall), kept in the event's record. One they hid or rejected is in neither,
 * and one its author edited after that waits for them again.
 */
export function moderationState(pledge: Pledge): ModerationState | null {
  return pledge.status === 'visible' ? null : pledge.status;
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

/**
 * What the phone says of a pledge in each state (the confirmation's heading and lead while the
 * round is open; the closed round's lead): a public pledge is kept off the wall, a record-only
 * one out of the event's record (it was never going on a wall).
 */
export function moderationWords(pledge: Pledge, state: ModerationState) {
  const of = pledge.visibility === 'record' ? 'Record' : '';
  return {
    title: state === 'hidden' ? (`phone.status.hidden.title${of}` as const) : (`phone.status.${state}.title` as const),
    body: `phone.status.${state}.body${of}` as const,
  } satisfies Record<string, MessageKey>;
}

/**
 * One line under a saved pledge once the round is closed: waiting, sent back (with the reason),
 * kept out. The round over, what counts is the record, which holds only what the moderators
 * accepted: a pledge waiting, sent back or hidden is not in it, public or record-only alike (as
 * its follow-up page says).
 */
export function ModerationNote({ pledge }: { pledge: Pledge }) {
  const state = moderationState(pledge);
  if (!state) return null;
  return (
    <div className={`moderation-note moderation-note--${state}`} data-testid="moderation-note" data-status={state}>
      <p className="moderation-note__text">{t(`phone.status.note.${state}Record`)}</p>
      {state === 'rejected' && <RejectReason pledge={pledge} />}
    </div>
  );
}
