import { t } from '../../i18n';
import { usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { SendStatus } from './SendStatus';
import { YouAre } from './YouAre';

export function Waiting() {
  const title = useSession((s) => s.session?.title);
  const audience = useSession((s) => !!s.you?.audience);
  const pending = usePhone((s) => s.pending !== null);
  return (
    <section className="phone__panel waiting" data-testid="waiting" aria-labelledby="waiting-title">
      <div className="waiting__pulse" aria-hidden="true" />
      <h1 id="waiting-title">{t('phone.waiting.title')}</h1>
      <YouAre />
      <p className="waiting__session">{title}</p>
      <p className="phone__lead" role="status">
        {t(audience ? 'phone.audience.waitingBody' : 'phone.waiting.body')}
      </p>
      {pending && <SendStatus />}
    </section>
  );
}
