/** Client-side navigation for the tiny router in main.tsx. */
export function navigate(path: string): void {
  if (path === location.pathname + location.search + location.hash) return;
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** Sets the tab title as "<page> · Pledge Round" (also what a projector's window title shows). */
export function pageTitle(...parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}
