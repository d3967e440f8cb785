import { useEffect, type RefObject } from 'react';

/**
 * What stays pinned at the top of a laptop console (the moderator's, the organizer's pages) once
 * it scrolls: the header where it sticks (not on a phone), and the moderator's bar of what waits.
 * Lists and forms brought into view go just below it.
 */

/** Where the pinned part ends, from the top of the window, once stuck (leaving out `without`, going away). */
export function pinnedBottom(without?: Element): number {
  const pinned = [...document.querySelectorAll<HTMLElement>('.console__header, .console-attention')].filter(
    (el) => el !== without && getComputedStyle(el).position === 'sticky',
  );
  return Math.max(0, ...pinned.map((el) => parseFloat(getComputedStyle(el).top) + el.offsetHeight));
}

/**
 * Scrolls the console so `el` starts just below the pinned part: to reach it (`always`), or
 * because the pinned part hides its top; never so far that `keep` (a field being typed in) leaves
 * the window's bottom.
 */
export function revealBelowPinned(el: Element, { always = false, keep }: { always?: boolean; keep?: Element | null } = {}): void {
  const top = el.getBoundingClientRect().top;
  const below = pinnedBottom() + GAP;
  if (!always && top >= below) return;
  let by = top - below;
  const kept = keep?.getBoundingClientRect();
  if (kept && by < 0) by = Math.min(0, Math.max(by, kept.bottom - window.innerHeight + 8));
  if (by !== 0) window.scrollTo({ top: window.scrollY + by });
}

/** The room kept between the pinned part and what is brought into view below it. */
const GAP = 8;

/**
 * While `pinned` (the header, the bar of what waits) is on the page, the page's scroll padding is
 * the pinned part's height: whatever the browser brings into view (the control that takes the
 * keyboard's focus, Shift+Tab going up the page included; a link to an anchor) lands below it
 * instead of under it. Follows the header and the bar as they wrap, grow or shrink, and as the
 * window crosses the width where the header stops sticking; once `pinned` goes, the padding is
 * what stays pinned without it (none when nothing does).
 */
export function keepScrollPaddingBelowPinned(pinned: HTMLElement): () => void {
  const root = document.documentElement;
  const update = (without?: Element) => {
    const bottom = pinnedBottom(without);
    if (bottom > 0) root.style.scrollPaddingTop = `${bottom + GAP}px`;
    else root.style.removeProperty('scroll-padding-top');
  };
  const onChange = () => update();
  const observer = new ResizeObserver(onChange);
  observer.observe(pinned);
  window.addEventListener('resize', onChange);
  onChange();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', onChange);
    update(pinned);
  };
}

/**
 * Brings a list the bar leads to into view below the pinned part: with its card's heading above it
 * when both fit in the window (so the moderator sees whose list it is), else from its own top.
 */
export function revealWithCard(list: Element): void {
  const card = list.closest('.card');
  const room = window.innerHeight - pinnedBottom() - GAP;
  const fits = card && list.getBoundingClientRect().bottom - card.getBoundingClientRect().top <= room;
  revealBelowPinned(fits ? card : list, { always: true });
}

/**
 * For a console's sticky header: its height kept in `--console-header-h` on the page while it
 * changes (it wraps on a narrow window), so the bar of what waits sticks below it, not under it;
 * and the page's scroll padding kept below it (`keepScrollPaddingBelowPinned`).
 */
export function usePinnedHeader(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--console-header-h', `${element.offsetHeight}px`));
    observer.observe(element);
    const stopPadding = keepScrollPaddingBelowPinned(element);
    return () => {
      observer.disconnect();
      stopPadding();
      root.style.removeProperty('--console-header-h');
    };
  }, [header]);
}
