import type { InviteLink } from '../../../shared/http';
import { CopyField } from '../../components/CopyField';
import { useQrCode } from '../../components/useQrCode';
import { t } from '../../i18n';

/** One panelist's invite: its link to copy and its QR code to scan from the screen. */
export function InviteItem({ invite }: { invite: InviteLink }) {
  const qr = useQrCode(invite.link);
  return (
    <li className="access-invite" data-testid={`access-invite-${invite.panelistId}`}>
      {qr.state === 'ready' ? (
        <img className="access-invite__qr" src={qr.src} alt={t('org.access.qrAlt', { name: invite.name })} width={112} height={112} />
      ) : (
        <div className="access-invite__qr" aria-hidden="true" />
      )}
      <CopyField label={invite.name} value={invite.link} />
    </li>
  );
}
