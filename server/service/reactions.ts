import type { ReactionAck } from '../../shared/protocol';
import type { Result } from '../domain/result';
import { fail, ok } from '../domain/result';
import { fields } from '../store/fields';
import type { SessionStore } from '../store/types';
import { decodePledge } from './codec';
import { onWalls } from './deltas';
import type { Fanout } from './fanout';
import { notFound } from './pipeline';
import type { Principal } from './principal';

/**
 * Viewers' support for pledges: audience phones and online viewers' wall pages, once per device
 * per pledge, undone at will. Taps are not commits (no seq, no activity line): the store counts
 * them atomically and the fanout batches the counts into frames (realtime/reaction-frames.ts).
 */
export class Reactions {
  constructor(
    private readonly store: SessionStore,
    private readonly fanout: Fanout,
  ) {}

  async set(principal: Principal, pledgeId: string, on: boolean): Promise<Result<ReactionAck>> {
    const viewer = principal.role === 'wall' || principal.seat?.kind === 'audience';
    if (!principal.reactor || !viewer) {
      return fail('forbidden', 'Join the audience, or open the wall as an online viewer, to support pledges.');
    }
    const got = await this.store.getFields(principal.sessionId, [fields.pledge(pledgeId)]);
    if (!got) return notFound;
    // Only a pledge the walls show can be supported (or a supported one that since left them: undo).
    if (on && !onWalls(decodePledge(got[0]))) return fail('pledge_not_found', 'This pledge is not on the wall.');
    const { count, changed, v } = await this.store.react(principal.sessionId, pledgeId, principal.reactor, on);
    if (changed) this.fanout.reacted(principal.sessionId, pledgeId);
    return ok({ pledgeId, on, count, v });
  }
}
