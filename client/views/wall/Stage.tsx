import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Pledge } from '../../../shared/schemas';
import { PledgeCard } from '../../components/PledgeCard';
import { SupportButton } from '../../components/SupportButton';
import { t, useLocale } from '../../i18n';
import { isRtl } from '../../i18n/locales';
import { useReactions } from '../../store/reactions';
import { useSession, useThemes } from '../../store/session';
import { JoinPanel } from './JoinPanel';
import { usePaging } from './usePaging';
import { useOwnPledge, viewerSupport } from './own';
import { useGridPledges, useSpeaker } from './useWall';
import { WallHeader } from './WallHeader';
import { shownPrompt } from '../../prompt';

export interface Paging {
  page: number;
  pages: number;
}

/** The grid: the header (with the page counter), the pledges a page at a time, the side panel. */
export function GridView({ sessionId, joinCode, viewer }: { sessionId: string; joinCode: string; viewer: boolean }) {
  const [paging, setPaging] = useState<Paging>({ page: 0, pages: 1 });
  const pager =
    paging.pages > 1 ? (
      // Every pledge is in the list for screen readers; the pages are for the room.
      <p className="wall__pager" data-testid="wall-pager" data-page={paging.page + 1} data-pages={paging.pages} aria-hidden="true">
        {t('wall.page', { page: paging.page + 1, pages: paging.pages })}
      </p>
    ) : null;
  return (
    <>
      <WallHeader side={pager} />
      <main className="wall__main">
        <Stage onPaging={setPaging} viewer={viewer} />
        <JoinPanel sessionId={sessionId} joinCode={joinCode} />
      </main>
    </>
  );
}

/**
 * The prompt, then the pledges a page at a time (whole cards only); `onPaging` hears of page turns.
 * The called speaker's card is marked and its page stays on screen while they speak. A projector
 * shows each card's supporters in words (rendered with the card, so in the wall's language of the
 * moment); an online viewer's wall (`viewer`) a support button instead.
 */
export function Stage({ onPaging, viewer = false }: { onPaging(paging: Paging): void; viewer?: boolean }) {
  const round = useSession((s) => s.round);
  const pledges = useGridPledges();
  const themes = useThemes();
  const speaker = useSpeaker();
  const state = round?.state ?? 'draft';
  const viewport = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const cards = pledges.map((p) => `${p.id}@${p.updatedAt}`).join(' ');
  const speaking = speaker ? (pledges.find((p) => p.authorRole === 'panelist' && p.participantId === speaker.id)?.id ?? null) : null;
  const { page, pages, shift, turning } = usePaging(viewport, list, cards, pledges.length, speaking);
  // Later pages lie further along the line: to the left in a right-to-left language.
  const rtl = useLocale((s) => isRtl(s.locale));
  useEffect(() => onPaging({ page, pages }), [onPaging, page, pages]);
  const counts = useReactions((s) => s.counts);
  useSpeakerMark(list, cards, speaking);
  return (
    <section className="wall__stage" aria-label={t('wall.pledgesLabel')}>
      {state === 'open' && round && <p className="wall__prompt" dir="auto">{shownPrompt(round.prompt)}</p>}
      <div className="wall__viewport" ref={viewport}>
        <div
          ref={list}
          className="wall__pledges"
          data-density={density(pledges.length)}
          data-turning={turning || undefined}
          style={shift ? { transform: `translateX(${rtl ? shift : -shift}px)` } : undefined}
          data-testid="wall-pledge-list"
        >
          {pledges.map((p) => (viewer ? <ViewerCard key={p.id} pledge={p} /> : <PledgeCard key={p.id} pledge={p} variant="wall" themes={themes} end={<Supporters count={counts[p.id] ?? 0} />} />))}
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

/** A projector's card ends its details with its supporters, in words (none while it has none). */
function Supporters({ count }: { count: number }) {
  return count > 0 ? <span className="pledge-card__supporters">{t('stage.supporters', { count })}</span> : null;
}

/**
 * An online viewer's card: the pledge and its support button (the projector shows neither button
 * nor count); the viewer's own pledge, as the projector shows it, with its supporters in words.
 */
function ViewerCard({ pledge }: { pledge: Pledge }) {
  const themes = useThemes();
  const own = useOwnPledge(pledge);
  const count = useReactions((s) => s.counts[pledge.id] ?? 0);
  return (
    <div className="wall__slot">
      <PledgeCard pledge={pledge} variant="wall" themes={themes} end={own ? <Supporters count={count} /> : undefined} />
      {!own && <SupportButton pledgeId={pledge.id} authorName={pledge.name} send={viewerSupport} compact className="wall__support" />}
    </div>
  );
}

/**
 * The speaker's card is marked (`data-speaking`; the header says who speaks in words). The cards
 * are the shared PledgeCard, which takes no such prop, so the mark is set on its element here.
 */
function useSpeakerMark(list: RefObject<HTMLElement | null>, cards: string, speaking: string | null) {
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    for (const card of el.querySelectorAll<HTMLElement>('[data-testid^="pledge-"]')) {
      if (card.dataset.testid === `pledge-${speaking}`) card.dataset.speaking = 'true';
      else delete card.dataset.speaking;
    }
  }, [list, cards, speaking]);
}

/** The first pledges get larger type; from three on, every pledge has the same (large) size. */
function density(count: number): 'few' | 'some' | 'many' {
  if (count <= 2) return 'few';
  if (count <= 6) return 'some';
  return 'many';
}
