import type { Stage } from './stage';

/**
 * A session's stage before any moderator directs it. Apart from ./stage (no zod), so a phone can
 * fill in a stage without loading the schemas.
 */
export function initialStage(now: number): Stage {
  return { view: 'auto', order: 'time', spotlight: null, speakingOrder: [], speaker: null, updatedAt: now };
}
