import { newSecret, readItem, storageKeys, writeItem } from '../storage';
import { startLive } from './live';

const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/**
 * An online viewer's secret for this session: the browser's phone device token for it when it has
 * one (it joined by phone first), so the browser supports as one person on both pages, whichever
 * it supports from; otherwise 128 random bits (crypto.getRandomValues), base64url, made once and
 * kept in local storage, so a reload supports as the same viewer, and a phone joining later in
 * this browser takes it as its device token (store/phone-seat.ts). Without storage it lives as
 * long as the page.
 */
export function viewerToken(sessionId: string): string {
  for (const key of [storageKeys.device(sessionId), storageKeys.viewer(sessionId)]) {
    const held = readItem('local', key);
    if (held && TOKEN.test(held)) return held;
  }
  const made = newSecret();
  writeItem('local', storageKeys.viewer(sessionId), made);
  return made;
}

/**
 * The wall only listens. A projector wall sends no secret; an online viewer's wall (`?viewer=1`)
 * sends its viewer token, so it may support pledges, once each.
 */
export function startWall(sessionId: string, opts: { viewer?: boolean } = {}): () => void {
  const token = opts.viewer ? viewerToken(sessionId) : undefined;
  return startLive(() => (token ? { role: 'wall', sessionId, viewerToken: token } : { role: 'wall', sessionId })).stop;
}

export function canFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}
