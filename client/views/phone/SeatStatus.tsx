import type { SeatRequest } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { askForSeat, goTo, leaveRequest, retrySeat } from '../../store/phone-seat';
import { usePanelists, usePhone } from '../../store/phone-state';
import { RetryNote } from './RetryNote';
import { ScreenHeading } from './ScreenHeading';
import { useFocusIfLost } from './useFocusIfLost';

/**
 * A phone on its way to a panelist's seat: asking the moderator, waiting for the answer, refused,
 * taking the seat, or holding an invite link that was replaced.
 */

function usePanelistName(panelistId: string): string {
  return usePanelists().find((p) => p.id === panelistId)?.name ?? '';
}

/** The button that asks the moderators to let this phone in as the panelist, and what the asking is doing. */
function AskButton({ panelistId, label }: { panelistId: string; label: string }) {
  const claiming = usePhone((s) => s.claiming);
  const retries = usePhone((s) => (s.claiming === panelistId ? s.claimRetries : 0));
  return (
    <>
      <RetryNote retries={retries} testId="claim-retrying" />
      <button
        type="button"
        className="button button--primary button--block button--large"
        data-testid="seat-ask"
        onClick={() => askForSeat(panelistId)}
        disabled={claiming !== null}
        aria-busy={claiming === panelistId || undefined}
      >
        {claiming === panelistId ? t('phone.seat.asking') : label}
      </button>
    </>
  );
}

/** "Join as …?": the name picked, before the moderators are asked. */
export function ConfirmSeat({ panelistId }: { panelistId: string }) {
  const panelist = usePanelists().find((p) => p.id === panelistId);
  const claimError = usePhone((s) => s.claimError);
  const heading = useFocusIfLost<HTMLHeadingElement>(true);
  return (
    <section className="phone__panel seat" data-testid="seat-confirm" aria-labelledby="seat-confirm-title">
      <h1 id="seat-confirm-title" ref={heading} tabIndex={-1}>
        {t('phone.seat.confirmTitle', { name: panelist?.name ?? '' })}
      </h1>
      {panelist?.organization && <p className="seat__org">{panelist.organization}</p>}
      <p className="phone__lead">{t('phone.seat.confirmBody')}</p>
      <ErrorMessage code={claimError} />
      <div className="seat__actions">
        <AskButton panelistId={panelistId} label={t('phone.seat.ask')} />
        <button type="button" className="button button--ghost button--block" onClick={() => goTo({ kind: 'panel' })}>
          {t('phone.seat.notMe')}
        </button>
      </div>
    </section>
  );
}

export function SeatWaiting({ request }: { request: SeatRequest }) {
  const name = usePanelistName(request.panelistId);
  return (
    <section className="phone__panel waiting seat" data-testid="seat-waiting" aria-labelledby="seat-waiting-title">
      <div className="waiting__pulse" aria-hidden="true" />
      <ScreenHeading id="seat-waiting-title">{t('phone.seat.waitingTitle', { name })}</ScreenHeading>
      <p className="phone__lead">{t('phone.seat.waitingBody')}</p>
      {request.seatTaken && <p className="notice">{t('phone.seat.waitingTaken')}</p>}
      <div className="seat__actions">
        <button type="button" className="button button--ghost button--block" data-testid="seat-back" onClick={leaveRequest}>
          {t('phone.join.back')}
        </button>
      </div>
    </section>
  );
}

export function SeatRefused({ request }: { request: SeatRequest }) {
  const name = usePanelistName(request.panelistId);
  const claimError = usePhone((s) => s.claimError);
  return (
    <section className="phone__panel seat" data-testid="seat-refused" aria-labelledby="seat-refused-title">
      <ScreenHeading id="seat-refused-title">{t('phone.seat.refusedTitle', { name })}</ScreenHeading>
      <p className="phone__lead">{t('phone.seat.refusedBody')}</p>
      <ErrorMessage code={claimError} />
      <div className="seat__actions">
        <AskButton panelistId={request.panelistId} label={t('phone.seat.askAgain')} />
        <button type="button" className="button button--secondary button--block" onClick={() => goTo({ kind: 'audience' })}>
          {t('phone.seat.audienceInstead')}
        </button>
        <button type="button" className="button button--ghost button--block" data-testid="seat-back" onClick={leaveRequest}>
          {t('phone.join.back')}
        </button>
      </div>
    </section>
  );
}

/** The seat is this phone's (the invite link, or the moderator said yes): taking it now. */
export function TakingSeat({ panelistId }: { panelistId: string }) {
  const name = usePanelistName(panelistId);
  const claiming = usePhone((s) => s.claiming);
  const claimError = usePhone((s) => s.claimError);
  const retries = usePhone((s) => (s.claiming === panelistId ? s.claimRetries : 0));
  return (
    <section className="phone__panel seat seat--taking" data-testid="taking-seat" aria-live="polite">
      <p className="phone__quiet" role="status">
        <span className="spinner" aria-hidden="true" /> {name ? t('phone.seat.taking', { name }) : t('phone.seat.takingSomeone')}
      </p>
      <RetryNote retries={retries} testId="claim-retrying" />
      {claimError && !claiming && (
        <>
          <ErrorMessage code={claimError} />
          <button type="button" className="button button--primary button--block" onClick={retrySeat}>
            {t('phone.seat.retry')}
          </button>
        </>
      )}
    </section>
  );
}

export function InviteReplaced({ panelistId }: { panelistId: string }) {
  const name = usePanelistName(panelistId);
  const claimError = usePhone((s) => s.claimError);
  return (
    <section className="phone__panel seat" data-testid="invite-replaced" aria-labelledby="invite-replaced-title">
      <ScreenHeading id="invite-replaced-title">{t('phone.invite.replacedTitle')}</ScreenHeading>
      <p className="phone__lead">{t('phone.invite.replacedBody', { name })}</p>
      <ErrorMessage code={claimError} />
      <div className="seat__actions">
        <AskButton panelistId={panelistId} label={t('phone.seat.ask')} />
        <button type="button" className="button button--ghost button--block" onClick={() => goTo({ kind: 'choose' })}>
          {t('phone.invite.otherWays')}
        </button>
      </div>
    </section>
  );
}
