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
/**
 * Taps this process works on at once. A tap is worth less than a pledge: past this many, a tap
 * is answered `rate_limited` at once (the button says to try again) instead of queueing behind
 * the others, so however fast a room taps, the store's queue and the event loop stay free for
 * pledges and their acknowledgements.
 */
export const MAX_TAPS_IN_FLIGHT = 256;

export class Reactions {
  private inFlight = 0;

  constructor(
    private readonly store: SessionStore,
    private readonly fanout: Fanout,
    private readonly maxInFlight = MAX_TAPS_IN_FLIGHT,
  ) {}

  async set(principal: Principal, pledgeId: string, on: boolean): Promise<Result<ReactionAck>> {
    const viewer = principal.role === 'wall' || principal.seat?.kind === 'audience';
    if (!principal.reactor || !viewer) {
      return fail('forbidden', 'Join the audience, or open the wall as an online viewer, to support pledges.');
    }
    if (this.inFlight >= this.maxInFlight) return fail('rate_limited', 'Many people are supporting pledges right now; try again in a moment.');
    // One round trip: the store checks that the walls show the pledge and that the device does not
    // hold the seat or membership that made it (for support; taking it back is always possible),
    // and counts the device once.
    this.inFlight++;
    const result = await this.store.react(principal.sessionId, pledgeId, principal.reactor, on).finally(() => this.inFlight--);
    if (result === 'missing') return notFound;
    if (result === 'not-shown') return fail('pledge_not_found', 'This pledge is not on the wall.');
    if (result === 'own') return fail('own_pledge', 'This is your own pledge: others support it.');
    const { count, changed, v } = result;
    if (changed) this.fanout.reacted(principal.sessionId, pledgeId);
    return ok({ pledgeId, on, count, v });
  }
}
