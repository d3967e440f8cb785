import { useEffect, useState, type RefObject } from 'react';

/** Seconds each page of pledges stays on screen; `?page=N` on the wall's address changes it (2–120). */
export function pageSeconds(search = location.search): number {
  const asked = Number(new URLSearchParams(search).get('page'));
  return Number.isFinite(asked) && asked >= 2 && asked <= 120 ? asked : 12;
}

/** Part of a screen kept from one page to the next, so a reader never loses their place. */
const OVERLAP = 0.12;

/**
 * More pledges than fit on the projector: the wall shows them a screen at a time, turning pages
 * on its own, and goes back to the first page (the newest pledges) whenever one arrives. Answers
 * the current page and the number of pages (1 when everything fits).
 */
export function usePaging(viewport: RefObject<HTMLElement | null>, count: number): { page: number; pages: number } {
  const [pages, setPages] = useState(1);
  const [page, setPage] = useState(0);

  // Measure how many screens the pledges take, now and whenever sizes change.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => {
      const step = el.clientHeight * (1 - OVERLAP);
      const overflow = el.scrollHeight - el.clientHeight;
      setPages(overflow > 4 && step > 0 ? 1 + Math.ceil(overflow / step) : 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [viewport, count]);

  // A new pledge: back to the first page, where the newest are.
  useEffect(() => setPage(0), [count]);

  useEffect(() => {
    if (pages <= 1) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), pageSeconds() * 1000);
    return () => clearInterval(timer);
  }, [pages, count]);

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const target = pages <= 1 ? 0 : Math.min(page * el.clientHeight * (1 - OVERLAP), el.scrollHeight - el.clientHeight);
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollTo({ top: target, behavior: reduced ? 'auto' : 'smooth' });
  }, [viewport, page, pages]);

  return { page: Math.min(page, pages - 1), pages };
}
