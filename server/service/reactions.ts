import type { ReactionAck } from '../../shared/protocol';
import type { Result } from '../domain/result';
import { fail, ok } from '../domain/result';
import type { SessionStore } from '../store/types';
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
    // One round trip: the store checks that the walls show the pledge (for support; taking it back
    // is always possible) and counts the device once.
    const result = await this.store.react(principal.sessionId, pledgeId, principal.reactor, on);
    if (result === 'missing') return notFound;
    if (result === 'not-shown') return fail('pledge_not_found', 'This pledge is not on the wall.');
    const { count, changed, v } = result;
    if (changed) this.fanout.reacted(principal.sessionId, pledgeId);
    return ok({ pledgeId, on, count, v });
  }
}
