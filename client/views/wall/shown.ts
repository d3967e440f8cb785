import type { Pledge } from '../../../shared/schemas';

/**
 * What a wall shows: public pledges the moderators let through. The server sends walls nothing
 * else; the filter keeps a stale copy (say, cached before a pledge was hidden) off the screen too.
 */
export function shownPledges(s: { pledges: Pledge[] }): Pledge[] {
  return s.pledges.filter((p) => p.visibility === 'public' && p.status === 'visible');
}
