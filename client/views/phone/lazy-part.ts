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
 * A part of the pledge form in a chunk of its own, loaded once: when it is needed, or ahead of
 * time in an idle moment. A failed load (offline) never takes the form down: it is tried again the
 * next time the part is needed.
 */
export function lazyPart<P>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchPart = (): Promise<ComponentType<P>> => {
    if (loaded) return Promise.resolve(loaded);
    loading ??= load().then(
      (m) => (loaded = m.default),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
    return loading;
  };

  /** The part once loaded: fetched now when `needed`, else in the next idle moment when `ahead`. */
  function usePart(needed: boolean, ahead = false): { Part: ComponentType<P> | null; failed: boolean } {
    const [Part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Part || (!needed && !ahead)) return;
      let live = true;
      const take = () =>
        fetchPart().then(
          (C) => live && setPart(() => C),
          () => live && needed && setFailed(true),
        );
      if (needed) setFailed(false);
      const cancel = needed ? undefined : whenIdle(() => void take());
      if (needed) void take();
      return () => {
        live = false;
        cancel?.();
      };
    }, [needed, ahead, Part]);
    return { Part, failed };
  }

  /** Whether the part is here (loaded, or never to fail now). */
  const ready = () => loaded !== null;

  return { usePart, ready };
}
