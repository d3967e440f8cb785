import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The largest scale in [min, 1] (found to within 1 %) at which `fits()` holds, set as `--fit` on
 * `target` (its stylesheet multiplies its sizes by it); `min` when even that does not fit.
 */
export function fitDown(target: HTMLElement, fits: () => boolean, min: number): number {
  target.style.setProperty('--fit', '1');
  if (fits()) return 1;
  let lo = min;
  let hi = 1;
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    target.style.setProperty('--fit', mid.toFixed(3));
    if (fits()) lo = mid;
    else hi = mid;
  }
  target.style.setProperty('--fit', lo.toFixed(3));
  return lo;
}

/** Whether `content` shows whole inside `box`: neither taller nor wider than the box's inside (within its padding). */
export function inside(box: HTMLElement, content: HTMLElement): boolean {
  const pad = getComputedStyle(box);
  const height = box.clientHeight - parseFloat(pad.paddingTop) - parseFloat(pad.paddingBottom) + 1;
  const width = box.clientWidth - parseFloat(pad.paddingLeft) - parseFloat(pad.paddingRight) + 1;
  return Math.max(content.scrollHeight, content.offsetHeight) <= height && Math.max(content.scrollWidth, content.offsetWidth) <= width;
}

/**
 * Scales `target` down (`--fit`) until it shows whole in `box`: before the browser paints, again
 * when the box changes size, when `key` changes (new content) and when the web fonts arrive.
 * Answers the scale, for a test or a log.
 */
export function useFit(box: RefObject<HTMLElement | null>, target: RefObject<HTMLElement | null>, key: string, min = 0.2): number {
  const [fit, setFit] = useState(1);
  useLayoutEffect(() => {
    const b = box.current;
    const el = target.current;
    if (!b || !el) return;
    const apply = () => setFit(fitDown(el, () => inside(b, el), min));
    apply();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    });
    observer.observe(b);
    let live = true;
    void document.fonts?.ready.then(() => live && apply());
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [box, target, key, min]);
  return fit;
}

const REDUCE = '(prefers-reduced-motion: reduce)';

/** Whether the viewer asked for less motion; follows the setting while the page is open. */
export function useReducedMotion(): boolean {
  const [reduce, setReduce] = useState(() => window.matchMedia(REDUCE).matches);
  useEffect(() => {
    const query = window.matchMedia(REDUCE);
    const onChange = () => setReduce(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduce;
}
