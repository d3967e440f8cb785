import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { useSession, useThemes } from '../../store/session';

export function ModPledgeList() {
  const titleId = useId();
  const pledges = useSession(useShallow((s) => s.pledges));
  const themes = useThemes();
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>{t('mod.pledges.title')}</h2>
        <span className="card__count">{pledges.length}</span>
      </div>
      <div className="mod-pledges" data-testid="mod-pledge-list" aria-live="polite" aria-relevant="additions">
        {pledges.length === 0 ? (
          <p className="console__quiet">{t('mod.pledges.empty')}</p>
        ) : (
          pledges.map((p) => <PledgeCard key={p.id} pledge={p} variant="console" themes={themes} />)
        )}
      </div>
    </section>
  );
}
