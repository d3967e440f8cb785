import { useEffect, useState, type ComponentType } from 'react';

/** Runs `fn` when the browser is next idle (soon anyway); returns what cancels it. */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 300);
  return () => clearTimeout(timer);
}

/**
 * Something the phone page loads later (a chunk, a part of the strings), loaded once: when it is
 * needed, or ahead of time in an idle moment. A failed load (offline) never takes the page down:
 * it is tried again the next time it is needed.
 */
export function lazyLoad<T>(load: () => Promise<T>) {
  let loaded: { value: T } | null = null;
  let loading: Promise<{ value: T }> | null = null;
  const fetchIt = (): Promise<{ value: T }> => {
    if (loaded) return Promise.resolve(loaded);
    loading ??= load().then(
      (value) => (loaded = { value }),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
    return loading;
  };

  /**
   * What was loaded, once it is: fetched now when `needed`, else in the next idle moment when
   * `ahead`; a change of `again` (the connection coming back) tries a failed load again.
   */
  function useLoaded(needed: boolean, ahead = false, again?: unknown): { value: T | null; failed: boolean } {
    const [held, setHeld] = useState<{ value: T } | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (held || (!needed && !ahead)) return;
      let live = true;
      const take = () =>
        fetchIt().then(
          (got) => live && setHeld(got),
          () => live && needed && setFailed(true),
        );
      if (needed) setFailed(false);
      const cancel = needed ? undefined : whenIdle(() => void take());
      if (needed) void take();
      return () => {
        live = false;
        cancel?.();
      };
    }, [needed, ahead, held, again]);
    return { value: held ? held.value : null, failed };
  }

  /** Whether it is here (loaded, or never to fail now). */
  const ready = () => loaded !== null;

  return { useLoaded, ready };
}

/** A part of the pledge form in a chunk of its own (see lazyLoad). */
export function lazyPart<P>(load: () => Promise<{ default: ComponentType<P> }>) {
  const part = lazyLoad(async () => (await load()).default);
  /** The part once loaded: fetched now when `needed`, else in the next idle moment when `ahead`. */
  function usePart(needed: boolean, ahead = false): { Part: ComponentType<P> | null; failed: boolean } {
    const { value, failed } = part.useLoaded(needed, ahead);
    return { Part: value, failed };
  }
  return { usePart, ready: part.ready };
}
