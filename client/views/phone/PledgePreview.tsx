import type { Pledge } from '../../../shared/schemas';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { useSession, useThemes } from '../../store/session';
import type { PastDate } from './past-dates';
import { RoundCountdown } from './LastCall';
import { PreviewRecord } from './PreviewRecord';
import { useFocusIfLost } from './useFocusIfLost';

interface Props {
  /** The pledge as it will be saved (phone-draft's previewPledge). */
  pledge: Pledge;
  /** A change to the saved pledge: confirming saves it. */
  editing: boolean;
  /** Dates already passed that the person chose to keep. */
  past: PastDate[];
  onBack(): void;
  onConfirm(): void;
}

/** The pledge exactly as the wall card will show it, and what its record will hold, before it is sent. */
export function PledgePreview({ pledge, editing, past, onBack, onConfirm }: Props) {
  const themes = useThemes();
  // Move focus to the step's heading so screen readers announce it.
  const heading = useFocusIfLost<HTMLHeadingElement>(true);
  const record = pledge.visibility === 'record';
  // The round's moderation mode holds this author's pledges for a moderator first.
  const moderated = useSession((s) => s.round?.moderation === 'everything' || (s.round?.moderation === 'audience' && !!s.you?.audience));
  return (
    <section className="phone__panel pledge-preview" data-testid="pledge-preview" aria-labelledby="preview-title">
      <RoundCountdown />
      <h1 id="preview-title" ref={heading} tabIndex={-1}>
        {t('phone.preview.title')}
      </h1>
      {/* Plainly, at the top: a phone pocketed here has sent nothing. */}
      <p className="pledge-preview__unsent" data-testid="preview-not-sent">
        {t('phone.preview.notSent')}
      </p>
      <p
        className={`pledge-preview__note${record ? ' pledge-preview__note--record' : ''}`}
        data-testid="pledge-preview-visibility"
      >
        {record ? t('phone.preview.record') : t('phone.preview.public')}
        {moderated && !record && ` ${t('phone.preview.moderated')}`}
      </p>
      <PledgeCard pledge={pledge} variant="wall" themes={themes} />
      <PreviewRecord pledge={pledge} past={past} />
      {/* Sticks to the screen's foot while the card and the record are read: sending is always in reach. */}
      <div className="pledge-form__actions pledge-preview__actions" data-testid="preview-actions">
        <button
          type="button"
          className="button button--primary button--block button--large"
          data-testid="pledge-confirm"
          onClick={onConfirm}
        >
          {t(editing ? 'phone.preview.confirmEdit' : 'phone.preview.confirm')}
        </button>
        <button type="button" className="button button--ghost button--block" data-testid="pledge-back" onClick={onBack}>
          {t('phone.preview.back')}
        </button>
      </div>
    </section>
  );
}
