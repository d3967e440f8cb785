import { useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Pledge } from '../../../shared/schemas';
import { formatNumber, t } from '../../i18n';
import { useSession } from '../../store/session';
import { ModPledgeItem } from './ModPledgeItem';
import { useListFocus } from './useListFocus';
import { useSpotlight } from './useSpotlight';

/**
 * Every pledge past the queue (shown, hidden, rejected), newest first. Its head counts them by
 * where they are: on the walls (the walls' own count), in the record only, hidden, rejected.
 */
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
      </div>
      <PledgeCounts pledges={pledges} />
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

/** "On the walls: 4 · Rejected: 1": each kind of pledge in the list that has any. */
function PledgeCounts({ pledges }: { pledges: Pledge[] }) {
  const counts: Record<'walls' | 'record' | 'hidden' | 'rejected', number> = { walls: 0, record: 0, hidden: 0, rejected: 0 };
  for (const p of pledges) counts[where(p)] += 1;
  const shown = (Object.keys(counts) as (keyof typeof counts)[]).filter((k) => counts[k] > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="mod-pledges__counts" aria-label={t('mod.pledges.countsLabel')} data-testid="mod-pledge-counts">
      {shown.map((k) => (
        <li key={k} className={`mod-pledges__count mod-pledges__count--${k}`} data-testid={`mod-pledge-count-${k}`} data-count={counts[k]}>
          {t(`mod.pledges.count.${k}`, { count: formatNumber(counts[k]) })}
        </li>
      ))}
    </ul>
  );
}

function where(p: Pledge): 'walls' | 'record' | 'hidden' | 'rejected' {
  switch (p.status) {
    case 'visible':
      return p.visibility === 'public' ? 'walls' : 'record';
    // A waiting pledge is in the queue, not in this list; were it here, it is not on the walls.
    case 'hidden':
    case 'pending':
      return 'hidden';
    case 'rejected':
      return 'rejected';
    default: {
      const never: never = p.status;
      return never;
    }
  }
}
