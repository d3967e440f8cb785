import { startLive } from './live';

/** The wall is read-only: it only listens. */
export function startWall(sessionId: string): () => void {
  return startLive(() => ({ role: 'wall', sessionId })).stop;
}

export function canFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}
