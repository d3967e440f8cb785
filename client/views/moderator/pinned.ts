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
  const below = pinnedBottom() + 8;
  if (!always && top >= below) return;
  let by = top - below;
  const kept = keep?.getBoundingClientRect();
  if (kept && by < 0) by = Math.min(0, Math.max(by, kept.bottom - window.innerHeight + 8));
  if (by !== 0) window.scrollTo({ top: window.scrollY + by });
}
