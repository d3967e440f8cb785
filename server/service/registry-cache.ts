import { gzipSync } from 'node:zlib';
import type { PublicPledge, RegistryResponse } from '../../shared/http';
import type { EventInfo } from '../../shared/schemas';

/** An event's registry as computed once: the list, and the unfiltered answer ready to send. */
export interface RegistryEntry {
  pledges: PublicPledge[];
  /** `{ ok: true, event, pledges, total }` as JSON, and gzipped. */
  body: string;
  gzipped: Buffer;
}

/** Serialises (and compresses) the unfiltered answer once per computation. */
export function registryEntry(event: EventInfo, pledges: PublicPledge[]): RegistryEntry {
  const response: RegistryResponse & { ok: true } = { ok: true, event, pledges, total: pledges.length };
  const body = JSON.stringify(response);
  return { pledges, body, gzipped: gzipSync(body) };
}

/** How long a computed registry is served before it is computed again (per process). */
export const REGISTRY_TTL_MS = 10_000;

/**
 * The public registry of an event is read by anyone and costs a read of every session of the
 * event, so each process computes it at most once per REGISTRY_TTL_MS. A pledge or progress
 * report written through this process drops its event's entry at once; one written through
 * another process shows after at most the TTL.
 */
export class RegistryCache {
  private readonly entries = new Map<string, { at: number; entry: Promise<RegistryEntry> }>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly ttlMs: number = REGISTRY_TTL_MS,
  ) {}

  /** The cached registry, or `compute()` (shared by concurrent callers) when absent or stale. */
  get(eventId: string, compute: () => Promise<RegistryEntry>): Promise<RegistryEntry> {
    const now = this.clock();
    const hit = this.entries.get(eventId);
    if (hit && now - hit.at < this.ttlMs && now >= hit.at) return hit.entry;
    const entry = compute();
    this.entries.set(eventId, { at: now, entry });
    // A failed computation is not kept.
    entry.catch(() => {
      if (this.entries.get(eventId)?.entry === entry) this.entries.delete(eventId);
    });
    return entry;
  }

  forget(eventId: string | null | undefined): void {
    if (eventId) this.entries.delete(eventId);
  }
}
