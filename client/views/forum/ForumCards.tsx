import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Separator } from '../../components/PledgeCard';
import { t } from '../../i18n';
import type { ForumEntry } from '../../store/forum';
import type { Pledge } from '../../../shared/schemas';
import { useSessionNames, useShown } from './hooks';

/** The newest pledges the wall considers; older ones are in the totals only. */
const MAX_CARDS = 12;
/** How long a pledge that came in live is drawn as new (it animates in once). */
const NEW_MS = 4000;
/** Longer texts get the smaller pledge size (still the largest type on the screen). */
const LONG_TEXT = 280;

type Shown = ForumEntry & { pledge: Pledge };

/** Which cards go where: indexes into the candidates, per column; `wide`: the newest across both columns, above them. */
interface Layout {
  key: string;
  columns: number[][];
  wide: boolean;
}

/**
 * The newest pledges as cards in two columns, each card in the shorter column, newest first, as
 * many whole cards as the screen holds: every candidate is laid out unseen at a column's width and
 * measured before the browser paints, and placed only if it fits whole (so no card is ever cut
 * off); the newest card, if too tall for a column even alone, goes across both columns above
 * them (measured at that width too).
 */
export function ForumCards() {
  const shown = useShown();
  const names = useSessionNames();
  const candidates = shown.slice(0, MAX_CARDS);
  const area = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const measureWide = useRef<HTMLDivElement>(null);
  const layout = useLayout(area, measure, measureWide, candidates);
  if (shown.length === 0) {
    return (
      <p className="forum__empty" data-testid="forum-empty">
        {t('forum.empty')}
      </p>
    );
  }
  const card = (i: number) => <ForumCard key={candidates[i]!.pledge.id} entry={candidates[i]!} session={names.get(candidates[i]!.sessionId) ?? ''} animate />;
  const newest = candidates[0]!;
  return (
    <div className="forum__cards" ref={area} data-testid="forum-cards">
      <div className="forum__measure" ref={measure} aria-hidden="true">
        {candidates.map((e) => (
          <ForumCard key={e.pledge.id} entry={e} session={names.get(e.sessionId) ?? ''} />
        ))}
      </div>
      <div className="forum__measure forum__measure--wide" ref={measureWide} aria-hidden="true">
        <ForumCard entry={newest} session={names.get(newest.sessionId) ?? ''} />
      </div>
      {layout?.wide && <div className="forum__wide">{card(0)}</div>}
      {layout?.columns.map((column, k) => (
        <div className="forum__column" key={k}>
          {column.map(card)}
        </div>
      ))}
    </div>
  );
}

function ForumCard({ entry, session, animate = false }: { entry: Shown; session: string; animate?: boolean }) {
  const { pledge } = entry;
  const fresh = animate && entry.live && Date.now() - entry.shownAt < NEW_MS;
  const classes = ['forum-card', pledge.text.length > LONG_TEXT && 'forum-card--long', fresh && 'forum-card--new'].filter(Boolean).join(' ');
  return (
    <article className={classes} data-testid={animate ? 'forum-card' : undefined} data-pledge-id={animate ? pledge.id : undefined}>
      <blockquote className="forum-card__text" dir="auto">{pledge.text}</blockquote>
      <p className="forum-card__meta">
        <span className="forum-card__name" dir="auto">{pledge.name || t('pledge.anonymous')}</span>
        {pledge.organization && (
          <>
            <Separator />
            <span dir="auto">{pledge.organization}</span>
          </>
        )}
        {session && (
          <>
            <Separator />
            <span className="forum-card__session">{session}</span>
          </>
        )}
      </p>
    </article>
  );
}

/**
 * Places the candidates (measured in `measure`) into the columns of `area`; again whenever the
 * area or the measured cards change size, or the candidates change.
 */
function useLayout(
  area: RefObject<HTMLElement | null>,
  measure: RefObject<HTMLElement | null>,
  measureWide: RefObject<HTMLElement | null>,
  candidates: Shown[],
): Layout | null {
  const [size, setSize] = useState('');
  const [layout, setLayout] = useState<Layout | null>(null);
  const key = `${size}|${candidates.map((e) => `${e.pledge.id}:${e.seq}`).join(',')}`;
  const present = candidates.length > 0;

  useLayoutEffect(() => {
    const box = area.current;
    const cards = measure.current;
    if (!box || !cards) return;
    const observer = new ResizeObserver(() => setSize(`${box.clientWidth}x${box.clientHeight}:${cards.clientWidth}x${cards.clientHeight}`));
    observer.observe(box);
    observer.observe(cards);
    return () => observer.disconnect();
  }, [area, measure, present]);

  useLayoutEffect(() => {
    const box = area.current;
    const cards = measure.current;
    if (layout?.key === key || !box || !cards) return;
    const heights = [...cards.children].map((c) => c.getBoundingClientRect().height);
    const wideHeight = measureWide.current?.getBoundingClientRect().height ?? Infinity;
    setLayout({ key, ...pack(heights, wideHeight, box.clientHeight, parseFloat(getComputedStyle(box).rowGap) || 0) });
  });
  return layout?.key === key ? layout : null;
}

/**
 * Newest first, each card into the shorter of two columns if it fits there whole. One that does
 * not (a long pledge pushed down by newer ones) leaves the screen, and older, shorter ones fill
 * the room that is left, so the screen stays full. The newest, if a column cannot hold it, goes
 * across both (`wideHeight`: its height there) and the columns start below it.
 */
function pack(heights: number[], wideHeight: number, room: number, gap: number): Omit<Layout, 'key'> {
  const wide = heights.length > 0 && heights[0]! > room;
  const top = wide ? wideHeight + gap : 0;
  const columns: number[][] = [[], []];
  const used = [top, top];
  for (const [i, h] of heights.entries()) {
    if (wide && i === 0) continue;
    const k = used[0]! <= used[1]! ? 0 : 1;
    const next = used[k]! + (columns[k]!.length > 0 ? gap : 0) + h;
    if (next > room + 0.5) continue;
    columns[k]!.push(i);
    used[k] = next;
  }
  return { columns, wide };
}
