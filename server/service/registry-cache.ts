import type { PublicPledge } from '../../shared/http';

/** How long a computed registry is served before it is computed again (per process). */
export const REGISTRY_TTL_MS = 10_000;

/**
 * The public registry of an event is read by anyone and costs a read of every session of the
 * event, so each process computes it at most once per REGISTRY_TTL_MS. A pledge or progress
 * report written through this process drops its event's entry at once; one written through
 * another process shows after at most the TTL.
 */
export class RegistryCache {
  private readonly entries = new Map<string, { at: number; pledges: Promise<PublicPledge[]> }>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly ttlMs = REGISTRY_TTL_MS,
  ) {}

  /** The cached registry, or `compute()` (shared by concurrent callers) when absent or stale. */
  get(eventId: string, compute: () => Promise<PublicPledge[]>): Promise<PublicPledge[]> {
    const now = this.clock();
    const hit = this.entries.get(eventId);
    if (hit && now - hit.at < this.ttlMs && now >= hit.at) return hit.pledges;
    const pledges = compute();
    this.entries.set(eventId, { at: now, pledges });
    // A failed computation is not kept.
    pledges.catch(() => {
      if (this.entries.get(eventId)?.pledges === pledges) this.entries.delete(eventId);
    });
    return pledges;
  }

  forget(eventId: string | null | undefined): void {
    if (eventId) this.entries.delete(eventId);
  }
}
