import { createContext, useEffect, type RefObject } from 'react';

/**
 * The place in the sticky block at the top where the form's last call shows (PhoneView.tsx): in
 * view wherever the panelist is scrolled, down at Submit too. Null before it is on the page.
 */
export const StickySlot = createContext<HTMLElement | null>(null);

/** Room left between the sticky block and a field scrolled into view. */
const GAP_PX = 8;

/**
 * Keeps the page's scroll padding as tall as the sticky block at the top (the header and the
 * banners under it), so a field the browser scrolls into view (focus, the caret while typing) is
 * never hidden under it, whatever the banners add.
 */
export function useStickyTop(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => {
      root.style.scrollPaddingTop = `${el.offsetHeight + GAP_PX}px`;
    };
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [ref]);
}

/**
 * A banner just grew the sticky block: the field being typed in, if it is now under the block,
 * moves down into view (the page scrolls; nothing in the field changes).
 */
export function revealFocusedField(stickyBlock: HTMLElement | null): void {
  const field = document.activeElement;
  if (!stickyBlock || !(field instanceof HTMLElement) || !field.matches('input, textarea, select')) return;
  const covered = stickyBlock.getBoundingClientRect().bottom + GAP_PX - field.getBoundingClientRect().top;
  if (covered > 0) window.scrollBy({ top: -covered });
}
