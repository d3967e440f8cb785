import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Seconds each page of pledges stays on screen; `?page=N` on the wall's address changes it (2–120). */
export function pageSeconds(search = location.search): number {
  const asked = Number(new URLSearchParams(search).get('page'));
  return Number.isFinite(asked) && asked >= 2 && asked <= 120 ? asked : 12;
}

/** How long a page takes to fade out before the next one shows (none with reduced motion). */
const FADE_MS = 400;

/** Smallest share of its size a pledge's text shrinks to when even a whole page is too small for it. */
const MIN_FIT = 0.15;

interface Layout {
  pages: number;
  /** Horizontal distance from one page's slot to the next. */
  stride: number;
}

const ONE_PAGE: Layout = { pages: 1, stride: 0 };

/** The box the cards are placed in, as the stylesheet sizes it. */
interface Grid {
  height: number;
  width: number;
  cols: number;
  gap: number;
}

/**
 * How much a card's details show (`data-details`, read by the stylesheet): all of them, wrapping
 * (`full`), or who made the pledge (whole, wrapping) with the themes only in the room left
 * beside it (`line`).
 */
type Details = 'full' | 'line';

/**
 * Lays the cards out page by page (see `placeCards`), each with its whole details where that costs
 * nothing: the wall keeps the themes to the room beside who made the pledge on every card only
 * when whole details would need more pages, or smaller text on a card too tall for a page. An online viewer's cards (in slots, beside
 * their support button) always show their whole details. Cards just over one page take slightly
 * smaller type on every card (`--page-fit` on the list, down to 0.85) when that shows them all.
 *
 * The stylesheet says whether to page at all (`--paged: 1`), how many columns (`--cols`) and the
 * gap between cards (`column-gap`); narrow windows keep the cards in the page's flow and scroll.
 */
function layoutCards(viewport: HTMLElement, list: HTMLElement): Layout {
  const cards = [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  showDetails(cards, 'full');
  for (const card of cards) {
    card.style.removeProperty('inset-inline-start');
    card.style.removeProperty('top');
    card.style.removeProperty('--fit');
    delete card.dataset.span;
    delete card.dataset.page;
  }
  const style = getComputedStyle(list);
  const grid: Grid = {
    height: viewport.clientHeight,
    width: list.clientWidth,
    cols: Math.max(1, Math.round(Number(style.getPropertyValue('--cols')) || 1)),
    gap: parseFloat(style.columnGap) || 0,
  };
  list.style.removeProperty('--page-fit');
  if (style.getPropertyValue('--paged').trim() !== '1' || cards.length === 0 || grid.height <= 0) return ONE_PAGE;
  const chosen = chooseDetails(cards, grid);
  if (chosen.pages === 1) return chosen;
  // A few pledges just over one page: all of them at once in slightly smaller type, rather than
  // a second page the room waits for with the first one partly empty.
  for (const fit of PAGE_FITS) {
    list.style.setProperty('--page-fit', String(fit));
    const one = placeCards(cards, grid);
    if (one.pages === 1) return one;
  }
  list.style.removeProperty('--page-fit');
  return placeCards(cards, grid);
}

/** Smaller type for every card of a grid that then fits one page, largest first (see layoutCards). */
const PAGE_FITS = [0.95, 0.9, 0.85];

/** The cards with their whole details, or with the themes kept beside who made them where that saves pages. */
function chooseDetails(cards: readonly HTMLElement[], grid: Grid): Layout {
  const full = placeCards(cards, grid);
  if ((full.pages === 1 && full.shrunk === 0) || !cards.some((c) => c.classList.contains('pledge-card'))) return full;
  showDetails(cards, 'line');
  const line = placeCards(cards, grid);
  if (line.pages < full.pages || (line.pages === full.pages && line.shrunk < full.shrunk)) return line;
  showDetails(cards, 'full');
  return placeCards(cards, grid);
}

function showDetails(cards: readonly HTMLElement[], details: Details): void {
  for (const card of cards) card.dataset.details = details;
}

/**
 * Each card is measured at the width of a column, then every page takes the cards not shown yet,
 * newest first, each into the shortest column of the page, skipping a card that would reach past
 * the page's bottom (it heads the next page, unless a later one fills the gap first). Pages sit
 * side by side, one viewport width apart, so the cards of other pages are wholly outside the
 * visible box (and still in the document, for screen readers). A card taller than the page gets
 * smaller text (`--fit`) until it fits, spanning every column if that keeps its text larger: a card
 * is never cut. Answers the layout and how much text was made smaller (`shrunk`: the sum of each
 * card's share of its size lost).
 */
function placeCards(cards: readonly HTMLElement[], { height, width, cols, gap }: Grid): Layout & { shrunk: number } {
  for (const card of cards) {
    card.style.removeProperty('--fit');
    delete card.dataset.span;
  }
  const column = (width - gap * (cols - 1)) / cols;
  const heights = cards.map(measure);
  let shrunk = 0;

  // Too tall for a column: smaller type in the column, or across every column if that keeps the
  // type clearly larger (it does for running text, not for a list of short lines).
  cards.forEach((card, i) => {
    if (heights[i]! <= height) return;
    const narrow = shrinkToFit(card, height);
    if (cols > 1) {
      card.dataset.span = 'all';
      const wide = shrinkToFit(card, height);
      if (wide.fit >= narrow.fit * 1.1) {
        heights[i] = wide.height;
        shrunk += 1 - wide.fit;
        return;
      }
      delete card.dataset.span;
    }
    card.style.setProperty('--fit', String(narrow.fit));
    heights[i] = measure(card);
    shrunk += 1 - narrow.fit;
  });

  const stride = width + gap;
  let waiting = cards.map((_, i) => i);
  let page = 0;
  for (; waiting.length > 0; page++) {
    const tops: number[] = Array.from({ length: cols }, () => 0);
    const placed = new Set<number>();
    for (const i of waiting) {
      const card = cards[i]!;
      const wide = card.dataset.span === 'all';
      const col = wide ? 0 : tops.indexOf(Math.min(...tops));
      const top = wide ? Math.max(...tops) : tops[col]!;
      // The first card of a page goes in whatever its height (it was made to fit above).
      if (placed.size > 0 && top + heights[i]! > height) continue;
      // From the line's start: the right edge in a right-to-left language, where the newest card
      // heads the first column on the right and the next page lies to the left.
      card.style.setProperty('inset-inline-start', `${page * stride + col * (column + gap)}px`);
      card.style.top = `${top}px`;
      card.dataset.page = String(page);
      if (wide) tops.fill(top + heights[i]! + gap);
      else tops[col] = top + heights[i]! + gap;
      placed.add(i);
    }
    waiting = waiting.filter((i) => !placed.has(i));
  }
  return { pages: page, stride, shrunk };
}

/** The largest text size (a share of the full one, `--fit`) at which the card is no taller than `height`. */
function shrinkToFit(card: HTMLElement, height: number): { fit: number; height: number } {
  card.style.removeProperty('--fit');
  let h = measure(card);
  let fit = 1;
  while (h > height && fit > MIN_FIT) {
    fit = Math.max(MIN_FIT, Number((fit * Math.min(0.95, Math.sqrt(height / h))).toFixed(3)));
    card.style.setProperty('--fit', String(fit));
    h = measure(card);
  }
  return { fit, height: h };
}

// offsetHeight is rounded to whole pixels: one more keeps a card's last fraction of a pixel in.
const measure = (card: HTMLElement) => card.offsetHeight + 1;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * More pledges than fit on the projector: the wall shows them a page at a time, turning pages on
 * its own, and goes back to the first page (the newest pledges) whenever one arrives. `cards`
 * names the cards in order (it changes when one comes, goes or is edited); `count` is how many.
 * `focus` names a pledge whose page stays on screen, pages not turning, while it is set (the
 * speaker's). Answers the current page, the number of pages (1 when everything fits), how far to
 * shift the list to show the page, and whether the page is fading out.
 */
export function usePaging(
  viewport: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  cards: string,
  count: number,
  focus: string | null = null,
): { page: number; pages: number; shift: number; turning: boolean } {
  const [layout, setLayout] = useState<Layout>(ONE_PAGE);
  const [page, setPage] = useState(0);
  const [turning, setTurning] = useState(false);
  const [focusPage, setFocusPage] = useState<number | null>(null);

  // Lay the cards out before the browser paints them, and again whenever a size changes.
  useLayoutEffect(() => {
    const view = viewport.current;
    const el = list.current;
    if (!view || !el) return;
    const apply = () => {
      const next = layoutCards(view, el);
      setLayout((prev) => (prev.pages === next.pages && prev.stride === next.stride ? prev : next));
    };
    apply();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    });
    observer.observe(view);
    for (const card of el.children) observer.observe(card);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [viewport, list, cards]);

  // A new pledge: back to the first page, where the newest are.
  useEffect(() => setPage(0), [count]);

  // The focused pledge's page, as the layout placed it (after the layout effect above).
  useEffect(() => {
    const el = list.current;
    const card = focus && el ? el.querySelector(`[data-testid="pledge-${CSS.escape(focus)}"]`) : null;
    const slot = card ? [...el!.children].find((c): c is HTMLElement => c instanceof HTMLElement && c.contains(card)) : undefined;
    const at = slot?.dataset.page === undefined ? NaN : Number(slot.dataset.page);
    setFocusPage(Number.isInteger(at) ? at : null);
  }, [list, focus, cards, layout]);

  useEffect(() => {
    if (layout.pages <= 1 || focusPage !== null) return;
    let fade: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      setPage((p) => (p + 1) % layout.pages);
      setTurning(false);
    };
    const timer = setInterval(() => {
      if (reducedMotion()) return next();
      setTurning(true);
      fade = setTimeout(next, FADE_MS);
    }, pageSeconds() * 1000);
    return () => {
      clearInterval(timer);
      clearTimeout(fade);
      setTurning(false);
    };
  }, [layout.pages, count, focusPage]);

  const current = Math.min(focusPage ?? page, layout.pages - 1);
  return { page: current, pages: layout.pages, shift: current * layout.stride, turning };
}
