import type { Pledge } from '../../../shared/schemas';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { usePhone } from '../../store/phone-state';
import { useSession, useThemes } from '../../store/session';
import { ChangedNotice } from './ChangedNotice';
import { FollowUpLink } from './FollowUpLink';
import { ModerationNote, moderationState, moderationWords } from './ModerationNote';
import { SendStatus } from './SendStatus';

/** The closed round; `words`: the saved pledge's words are here (./saved-words.ts), for its moderation note and follow-up link. */
export function Closed({ pledge, words }: { pledge: Pledge | undefined; words: boolean }) {
  const pending = usePhone((s) => s.pending);
  const themes = useThemes();
  const audience = useSession((s) => !!s.you?.audience);
  // A pledge (or a change to it) this phone still holds: shown with its status, never hidden.
  const unsent = pending && !(pledge && pending.payload.id === pledge.id && pending.payload.text === pledge.text) ? pending : null;
  // Text still being written when the round closed, a pledge or a change never submitted: shown,
  // so none of it is lost from view (the form has it back if the round opens again).
  const draft = usePhone((s) => s.draft.text.trim());
  const held = unsent ? unsent.payload.text : draft !== pledge?.text ? draft : '';
  const state = pledge && moderationState(pledge);
  return (
    <section className="phone__panel closed" data-testid="round-closed" aria-labelledby="closed-title">
      <div role="status">
        <h1 id="closed-title">
          {t('phone.closed.title')}
        </h1>
      </div>
      {pledge ? (
        <>
          {/* Thanks for a pledge on the record; otherwise where it stands (the note below says why it is not). */}
          <p className="phone__lead">{t(state ? moderationWords(pledge, state).title : 'phone.closed.thanks')}</p>
          <div data-testid="pledge-confirmation">
            <PledgeCard pledge={pledge} variant="phone" themes={themes} />
          </div>
          {words && <ModerationNote pledge={pledge} />}
        </>
      ) : (
        !unsent && <p className="phone__lead">{t(audience ? 'phone.audience.closedNone' : 'phone.closed.none')}</p>
      )}
      {held && (
        <div className="pending-pledge" data-testid="pending-pledge" data-event={unsent?.event}>
          <h2 className="pending-pledge__title">
            {t(pledge ? 'phone.closed.pendingEditTitle' : 'phone.closed.pendingTitle')}
          </h2>
          <blockquote className="pending-pledge__text" dir="auto">{held}</blockquote>
        </div>
      )}
      <SendStatus pledge={unsent ? undefined : pledge} />
      {pledge && <ChangedNotice pledge={pledge} />}
      {pledge && words && <FollowUpLink pledge={pledge} />}
    </section>
  );
}
