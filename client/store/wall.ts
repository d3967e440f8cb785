import { newSecret, readItem, writeItem } from '../storage';
import { startLive } from './live';

/** Where an online viewer's wall keeps its own secret, per session (see `viewerToken`). */
const viewerKey = (sessionId: string) => `pledge-round:viewer:${sessionId}`;
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/**
 * An online viewer's secret for this session: 128 random bits (crypto.getRandomValues), base64url,
 * made once in this browser and kept in local storage, so a reload supports as the same viewer.
 * Without storage it lives as long as the page.
 */
export function viewerToken(sessionId: string): string {
  const held = readItem('local', viewerKey(sessionId));
  if (held && TOKEN.test(held)) return held;
  const made = newSecret();
  writeItem('local', viewerKey(sessionId), made);
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
