import { useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber, t } from '../../i18n';
import { useSession } from '../../store/session';
import { ModPledgeItem } from './ModPledgeItem';
import { useListFocus } from './useListFocus';
import { useSpotlight } from './useSpotlight';

/** Every pledge past the queue (shown, hidden, rejected), newest first. */
export function ModPledgeList() {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const pledges = useSession(useShallow((s) => s.pledges.filter((p) => p.status !== 'pending')));
  const spotlit = useSpotlight().current?.id;
  const { listRef, onFocus, onBlur } = useListFocus<HTMLUListElement>(
    pledges.map((p) => p.id),
    heading,
  );
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t('mod.pledges.title')}
        </h2>
        <span className="card__count">{formatNumber(pledges.length)}</span>
      </div>
      {pledges.length === 0 ? (
        <p className="console__quiet">{t('mod.pledges.empty')}</p>
      ) : (
        <ul
          className="mod-list mod-list--scroll"
          data-testid="mod-pledge-list"
          ref={listRef}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {pledges.map((p) => (
            <ModPledgeItem key={p.id} pledge={p} spotlit={p.id === spotlit} />
          ))}
        </ul>
      )}
    </section>
  );
}
