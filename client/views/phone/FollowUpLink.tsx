import { useId } from 'react';
import { routes } from '../../../shared/http';
import type { Pledge } from '../../../shared/schemas';
import { CopyField } from '../../components/CopyField';
import { useQrCode } from '../../components/useQrCode';
import { t, tError } from '../../i18n';
import { requestFollowUpLink } from '../../store/phone';
import { usePhone } from '../../store/phone-state';
import { moderationState } from './ModerationNote';
import { RetryNote } from './RetryNote';

/**
 * The author's private follow-up link, under the saved pledge: to report progress during the year.
 * Its secret is made on this phone before the pledge is first sent and kept here; a phone without
 * it (the seat moved here from another device, its storage was cleared) asks for a new one, which
 * ends any earlier link. Not offered while the phone shows the pledge hidden or rejected by the
 * moderators, public or record-only: it is not in the record, so it takes no progress report (an
 * edit puts it back to them, and the link shows again); a pledge waiting for them keeps it (its
 * follow-up page says where it stands).
 */
export function FollowUpLink({ pledge }: { pledge: Pledge }) {
  const state = moderationState(pledge);
  if (state === 'hidden' || state === 'rejected') return null;
  return <FollowUpLinkOf pledge={pledge} />;
}

function FollowUpLinkOf({ pledge }: { pledge: Pledge }) {
  const headingId = useId();
  const helpId = useId();
  const token = usePhone((s) => s.followUpTokens[pledge.id] ?? null);
  const request = usePhone((s) => (s.followUpRequest?.pledgeId === pledge.id ? s.followUpRequest : null));
  const url = token ? location.origin + routes.followUp(pledge.id, token) : null;
  const qr = useQrCode(url);
  const busy = request?.status === 'busy';

  return (
    <section className="follow-up" aria-labelledby={headingId} data-testid="follow-up">
      <h2 id={headingId} className="follow-up__title">
        {t('phone.followUp.title')}
      </h2>
      <p className="follow-up__body">{t('phone.followUp.body')}</p>
      <div aria-live="polite">
        {url && request?.status === 'done' && (
          <p className="follow-up__notice" data-testid="follow-up-renewed">
            {t('phone.followUp.renewed')}
          </p>
        )}
        {!url && request?.status === 'failed' && (
          <p className="error-message" data-testid="follow-up-error" data-error-code={request.error ?? 'unknown'}>
            {tError(request.error ?? 'unknown')}
          </p>
        )}
      </div>
      {url ? (
        <>
          <CopyField label={t('phone.followUp.linkLabel')} value={url} testId="follow-up-link" />
          <div className="follow-up__qr-row">
            {qr.state === 'ready' ? (
              <img className="follow-up__qr" src={qr.src} alt={t('phone.followUp.qrAlt')} width={152} height={152} data-testid="follow-up-qr" />
            ) : qr.state === 'loading' ? (
              <div className="follow-up__qr follow-up__qr--loading" role="status">
                <span className="visually-hidden">{t('phone.followUp.qrLoading')}</span>
              </div>
            ) : null}
            <div className="follow-up__actions">
              {qr.state === 'ready' && <p className="follow-up__qr-hint">{t('phone.followUp.qrHint')}</p>}
              <a
                className="button button--secondary button--block"
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('phone.followUp.openLabel')}
                data-testid="follow-up-open"
              >
                {t('phone.followUp.open')}
              </a>
            </div>
          </div>
        </>
      ) : (
        <div className="follow-up__missing">
          <p className="follow-up__missing-text">{t('phone.followUp.missing')}</p>
          <button
            type="button"
            className="button button--primary button--block"
            data-testid="follow-up-get"
            aria-describedby={helpId}
            aria-busy={busy || undefined}
            disabled={busy}
            onClick={() => void requestFollowUpLink(pledge.id)}
          >
            {busy ? t('phone.followUp.getting') : t('phone.followUp.get')}
          </button>
          {busy && <RetryNote retries={request.retries} error={request.error} testId="follow-up-retrying" />}
          <p id={helpId} className="field__help">
            {t('phone.followUp.replaces')}
          </p>
        </div>
      )}
    </section>
  );
}
