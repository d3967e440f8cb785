import type { DeltaBatch, ReactionFrame, SessionDelta } from '../../shared/protocol';

/**
 * The entity a delta updates: within one frame a newer delta for the same entity replaces an
 * older one (a pledge removed after it was updated travels as the removal only).
 */
export function deltaKey(delta: SessionDelta): string {
  switch (delta.kind) {
    case 'round':
      return 'round';
    case 'panel':
      return `panel:${delta.entry.panelistId}`;
    case 'pledge':
      return `pledge:${delta.pledge.id}`;
    case 'pledge-removed':
      return `pledge:${delta.pledgeId}`;
    case 'request':
      return `request:${delta.request.id}`;
    case 'audience':
      return `audience:${delta.member.id}`;
    case 'activity':
      return `activity:${delta.entry.id}`;
    case 'stage':
      return 'stage';
    default: {
      const never: never = delta;
      throw new Error(`unknown delta ${JSON.stringify(never)}`);
    }
  }
}

interface Pending {
  seqs: number[];
  deltas: Map<string, SessionDelta>;
  /** Per pledge, its newest count and the reaction version it was read at. */
  reactions: Map<string, { v: number; count: number }>;
  windowed: boolean;
}

export interface CoalescerOptions {
  /** How long this room's deltas may wait to share a frame (0: the next tick). */
  windowMs(room: string): number;
  send(room: string, batch: DeltaBatch): void;
  now?: () => number;
}

/**
 * Gathers the deltas of a room into frames. Every commit added to a room puts its seq in the
 * room's next frame, whatever deltas it has (none, one, several), so a frame can never count a
 * commit whose deltas it dropped, nor drop a commit it counted: a reader that misses a frame sees
 * a hole in its seqs and resyncs.
 */
export class Coalescer {
  private readonly pending = new Map<string, Pending>();
  private readonly lastFlush = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: CoalescerOptions) {
    this.now = options.now ?? Date.now;
  }

  add(room: string, seq: number, deltas: SessionDelta[]): void {
    const p = this.pendingFor(room);
    p.seqs.push(seq);
    for (const delta of deltas) {
      const key = deltaKey(delta);
      const held = p.deltas.get(key);
      if (held && held.seq > delta.seq) continue;
      p.deltas.delete(key);
      p.deltas.set(key, delta);
    }
  }

  /**
   * Support counts for the room's next frame. Per pledge, a count read at a later version
   * replaces an earlier one; each count keeps the version it was read at, since a client weighs
   * it against counts other processes sent (a count relabelled with a later version could
   * overwrite a newer one).
   */
  addReactions(room: string, frame: ReactionFrame): void {
    const p = this.pendingFor(room);
    for (const [pledgeId, count] of Object.entries(frame.counts)) {
      const held = p.reactions.get(pledgeId);
      if (!held || held.v <= frame.v) p.reactions.set(pledgeId, { v: frame.v, count });
    }
  }

  private pendingFor(room: string): Pending {
    let p = this.pending.get(room);
    if (!p) {
      const window = this.options.windowMs(room);
      p = { seqs: [], deltas: new Map(), reactions: new Map(), windowed: window > 0 };
      this.pending.set(room, p);
      const wait = window > 0 ? Math.max(0, (this.lastFlush.get(room) ?? 0) + window - this.now()) : 0;
      if (wait === 0) setImmediate(() => this.flush(room));
      else setTimeout(() => this.flush(room), wait);
    }
    return p;
  }

  /** Sends what the room has gathered (called by the timer; exposed for shutdown). */
  flush(room: string): void {
    const p = this.pending.get(room);
    if (!p) return;
    this.pending.delete(room);
    if (p.windowed) this.lastFlush.set(room, this.now());
    else this.lastFlush.delete(room);
    // Counts read at one version share a frame; the newest ride with the deltas, any older
    // ones (loads that met in one window) go just before, in frames of their own.
    const byVersion = new Map<number, ReactionFrame>();
    for (const [pledgeId, { v, count }] of p.reactions) {
      const frame = byVersion.get(v) ?? { v, counts: {} };
      frame.counts[pledgeId] = count;
      byVersion.set(v, frame);
    }
    const frames = [...byVersion.values()].sort((a, b) => a.v - b.v);
    const newest = frames.pop();
    for (const reactions of frames) this.options.send(room, { seqs: [], deltas: [], reactions });
    const batch: DeltaBatch = { seqs: p.seqs, deltas: [...p.deltas.values()] };
    if (newest) batch.reactions = newest;
    this.options.send(room, batch);
  }
}
