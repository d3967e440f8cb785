/**
 * The phone's app shell (the service worker of vite.config.ts, served at `/sw.js`), registered by
 * the phone page once it is connected: by then the page has everything it needs, so the service
 * worker's downloads never compete with the page's own on a slow link. Built pages only (the dev
 * server has no service worker). Without it (an old browser, a page neither on https nor on
 * localhost) the page works as before, online.
 */
let registered = false;

export function registerAppShell(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Registration refused (private mode, storage off): the page itself is unaffected.
  });
}
