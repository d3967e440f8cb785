import { t } from '../../i18n';
import { usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { SendStatus } from './SendStatus';
import { useMe } from './useMyPledge';

export function Waiting() {
  const title = useSession((s) => s.session?.title);
  const me = useMe();
  const pending = usePhone((s) => s.pending !== null);
  return (
    <section className="phone__panel waiting" data-testid="waiting" aria-labelledby="waiting-title">
      <div className="waiting__pulse" aria-hidden="true" />
      <h1 id="waiting-title">{t('phone.waiting.title')}</h1>
      {me && <p className="phone__me">{t('phone.signedInAs', { name: me.name })}</p>}
      <p className="waiting__session">{title}</p>
      <p className="phone__lead" role="status">
        {t('phone.waiting.body')}
      </p>
      {pending && <SendStatus />}
    </section>
  );
}
