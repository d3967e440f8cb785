import { useId } from 'react';
import { routes } from '../../../shared/http';
import type { Panelist } from '../../../shared/schemas';
import { CopyField } from '../../components/CopyField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useQrCode } from '../../components/useQrCode';
import { t } from '../../i18n';
import { renewInvite, useInvites } from '../../store/invites';
import { useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';
import { InlineConfirm } from './InlineConfirm';
import { Confirmation } from './Confirmation';

/**
 * A panelist's personal invite link: copy it, show its QR code to the panelist's phone, or replace
 * it (the old link stops working, e.g. when it was sent to the wrong person). Its help says what the
 * link does now: it takes a free seat at once; while a phone holds the seat, another phone opening
 * it waits for a moderator to let it in.
 */
export function InvitePanel({ panelist }: { panelist: Panelist }) {
  const helpId = useId();
  const sessionId = useSession((s) => s.session?.id ?? '');
  const token = useInvites((s) => s.tokens[panelist.id] ?? null);
  const status = useInvites((s) => s.status);
  // The link seats a phone at once only while no phone holds the seat; then a new phone asks to be let in.
  const held = useSession((s) => s.panel[panelist.id]?.seated ?? false);
  const key = `reinvite:${panelist.id}` as const;
  const renewing = useModerator((s) => s.pending[key]);
  const renewedAt = useModerator((s) => s.done[key]);
  const error = useModerator((s) => s.errors[key]);
  const url = token ? location.origin + routes.invite(sessionId, panelist.id, token) : null;
  const qr = useQrCode(url);

  if (!url) {
    return status === 'failed' ? (
      <p className="error-message">{t('console.invite.failed')}</p>
    ) : (
      <p className="console__quiet" role="status">
        <span className="spinner" aria-hidden="true" /> {t('console.invite.loading')}
      </p>
    );
  }

  return (
    <div className="invite" data-testid={`invite-${panelist.id}`}>
      {qr.state === 'ready' ? (
        <img className="invite__qr" src={qr.src} alt={t('console.invite.qrAlt', { name: panelist.name })} width={132} height={132} data-testid={`invite-qr-${panelist.id}`} />
      ) : qr.state === 'loading' ? (
        <div className="invite__qr invite__qr--loading" aria-hidden="true" />
      ) : null}
      <div className="invite__body">
        <CopyField label={t('console.invite.label', { name: panelist.name })} value={url} testId={`invite-link-${panelist.id}`} />
        <p className="field__help" id={helpId} data-testid={`invite-help-${panelist.id}`} data-held={held || undefined}>
          {t(held ? 'console.invite.helpHeld' : 'console.invite.help', { name: panelist.name })}
        </p>
        <InlineConfirm
          label={t('console.invite.renew')}
          ariaLabel={`${t('console.invite.renew')}: ${panelist.name}`}
          triggerClass="button button--small button--secondary"
          question={t('console.invite.renewQuestion', { name: panelist.name })}
          confirmLabel={t('console.invite.renewConfirm')}
          confirmClass="button button--small button--danger"
          cancelLabel={t('console.confirm.cancel')}
          busy={renewing}
          testId={`reinvite-${panelist.id}`}
          onConfirm={() => void renewInvite(panelist.id)}
        />
        <p className="invite__renewed" role="status">
          {renewedAt ? <Confirmation key={renewedAt}>{t('console.invite.renewed')}</Confirmation> : ''}
        </p>
        <ErrorMessage code={error} />
      </div>
    </div>
  );
}
