import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { goTo } from '../../store/phone-seat';
import { usePhone } from '../../store/phone-state';
import { AudienceJoin } from './AudienceJoin';
import { PickName } from './PickName';
import { ConfirmSeat } from './SeatStatus';
import { useFocusIfLost } from './useFocusIfLost';

/**
 * A phone that came by the join code or the wall's QR code: in the audience, or on the panel
 * (pick your name, then ask the moderator to let you in).
 */
export function JoinPage() {
  const step = usePhone((s) => s.step);
  switch (step.kind) {
    case 'choose':
      return <JoinChoice />;
    case 'audience':
      return <AudienceJoin />;
    case 'panel':
      return <PickName />;
    case 'confirm':
      return <ConfirmSeat panelistId={step.panelistId} />;
    default: {
      const never: never = step;
      return never;
    }
  }
}

function JoinChoice() {
  const claimError = usePhone((s) => s.claimError);
  // Back from another step: focus returns to the question.
  const heading = useFocusIfLost<HTMLHeadingElement>(true);
  return (
    <section className="phone__panel join" data-testid="join-choice" aria-labelledby="join-title">
      <h1 id="join-title" ref={heading} tabIndex={-1}>
        {t('phone.join.title')}
      </h1>
      <ErrorMessage code={claimError} />
      <ul className="join__choices">
        <li>
          <button type="button" className="join-choice" data-testid="join-audience" onClick={() => goTo({ kind: 'audience' })}>
            <span className="join-choice__icon join-choice__icon--audience" aria-hidden="true" />
            <span className="join-choice__title">{t('phone.join.audience')}</span>
            <span className="join-choice__hint">{t('phone.join.audienceHint')}</span>
          </button>
        </li>
        <li>
          <button type="button" className="join-choice" data-testid="join-panel" onClick={() => goTo({ kind: 'panel' })}>
            <span className="join-choice__icon join-choice__icon--panel" aria-hidden="true" />
            <span className="join-choice__title">{t('phone.join.panel')}</span>
            <span className="join-choice__hint">{t('phone.join.panelHint')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
