import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PledgeCard } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { useSession, useThemes } from '../../store/session';
import { shownPledges } from './shown';
import { usePaging } from './usePaging';

export interface Paging {
  page: number;
  pages: number;
}

/** The prompt, then the pledges a page at a time (whole cards only); `onPaging` hears of page turns. */
export function Stage({ onPaging }: { onPaging(paging: Paging): void }) {
  const round = useSession((s) => s.round);
  const pledges = useSession(useShallow(shownPledges));
  const themes = useThemes();
  const state = round?.state ?? 'draft';
  const viewport = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const cards = pledges.map((p) => `${p.id}@${p.updatedAt}`).join(' ');
  const { page, pages, shift, turning } = usePaging(viewport, list, cards, pledges.length);
  useEffect(() => onPaging({ page, pages }), [onPaging, page, pages]);
  return (
    <section className="wall__stage" aria-label={t('wall.pledgesLabel')}>
      {state === 'open' && round && <p className="wall__prompt">{round.prompt}</p>}
      <div className="wall__viewport" ref={viewport}>
        <div
          ref={list}
          className="wall__pledges"
          data-density={density(pledges.length)}
          data-turning={turning || undefined}
          style={shift ? { transform: `translateX(${-shift}px)` } : undefined}
          data-testid="wall-pledge-list"
          aria-live="polite"
          aria-relevant="additions text"
        >
          {pledges.map((p) => (
            <PledgeCard key={p.id} pledge={p} variant="wall" themes={themes} />
          ))}
        </div>
      </div>
      {pledges.length === 0 &&
        (state === 'draft' ? (
          <p className="wall__empty wall__empty--draft">
            {t('wall.empty.draft')}
            <span className="wall__empty-hint">{t('wall.empty.draftHint')}</span>
          </p>
        ) : (
          <p className="wall__empty">{state === 'open' ? t('wall.empty.open') : t('wall.empty.closed')}</p>
        ))}
    </section>
  );
}

/** The first pledges get larger type; from three on, every pledge has the same (large) size. */
function density(count: number): 'few' | 'some' | 'many' {
  if (count <= 2) return 'few';
  if (count <= 6) return 'some';
  return 'many';
}
