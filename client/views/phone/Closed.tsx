import type { Pledge } from '../../../shared/schemas';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';

export function Closed({ pledge }: { pledge: Pledge | undefined }) {
  return (
    <section className="phone__panel closed" data-testid="round-closed" aria-labelledby="closed-title">
      <h1 id="closed-title" role="status">
        {t('phone.closed.title')}
      </h1>
      {pledge ? (
        <>
          <p className="phone__lead">{t('phone.closed.thanks')}</p>
          <div data-testid="pledge-confirmation">
            <PledgeCard pledge={pledge} variant="phone" />
          </div>
        </>
      ) : (
        <p className="phone__lead">{t('phone.closed.none')}</p>
      )}
    </section>
  );
}
