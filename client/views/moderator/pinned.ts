/**
 * What stays pinned at the top of the console once it scrolls: the bar of what waits, and the
 * header where it sticks (not on a phone). Lists and forms brought into view go just below it.
 */

/** Where the pinned part ends, from the top of the window, once stuck. */
export function pinnedBottom(): number {
  const pinned = [...document.querySelectorAll<HTMLElement>('.console__header, .console-attention')].filter((el) => getComputedStyle(el).position === 'sticky');
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
 * While the bar of what waits is on screen, the page's scroll padding is the pinned part's height:
 * whatever the browser brings into view (the field or button that takes the keyboard's focus, a
 * link to an anchor) lands below the bar instead of under it. Follows the bar and header as they
 * wrap, grow or shrink; gives the padding back when the bar goes.
 */
export function keepScrollPaddingBelowPinned(bar: HTMLElement): () => void {
  const root = document.documentElement;
  const update = () => {
    root.style.scrollPaddingTop = `${pinnedBottom() + GAP}px`;
  };
  const observer = new ResizeObserver(update);
  observer.observe(bar);
  const header = document.querySelector<HTMLElement>('.console__header');
  if (header) observer.observe(header);
  window.addEventListener('resize', update);
  update();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', update);
    root.style.removeProperty('scroll-padding-top');
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
