import { useCallback, useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/**
 * Keeps keyboard focus in a list whose items come and go (a pledge approved here or on the other
 * console, a request answered): when the control holding focus disappears, focus moves to the
 * same item's first control if it is still listed, else to the item that took its place (or the
 * one before it), else to `fallback`. Items carry `data-item-id`; the first `[data-first]`
 * control (or the first enabled button) of an item is where focus lands.
 */
export function useListFocus<T extends HTMLElement>(ids: readonly string[], fallback: RefObject<HTMLElement | null>) {
  const listRef = useRef<T | null>(null);
  const focused = useRef<string | null>(null);
  const shown = useRef(ids);

  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    focused.current = (e.target as HTMLElement).closest<HTMLElement>('[data-item-id]')?.dataset.itemId ?? null;
  }, []);

  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const to = e.relatedTarget as Node | null;
    if (to) {
      if (!listRef.current?.contains(to)) focused.current = null;
      return;
    }
    // Focus went nowhere: a click on the page's background (forget it), or the control was removed.
    setTimeout(() => {
      if (target.isConnected && document.activeElement !== target) focused.current = null;
    });
  }, []);

  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = ids;
    const id = focused.current;
    const active = document.activeElement;
    if (!id || (active && active !== document.body)) return;
    const index = before.indexOf(id);
    const nextId = ids.includes(id) ? id : ids[Math.min(Math.max(index, 0), ids.length - 1)];
    const item = nextId ? listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(nextId)}"]`) : null;
    const control = item?.querySelector<HTMLElement>('[data-first]') ?? item?.querySelector<HTMLElement>('button:not([disabled])');
    focused.current = control ? (nextId ?? null) : null;
    (control ?? fallback.current)?.focus();
  });

  return { listRef, onFocus, onBlur };
}
