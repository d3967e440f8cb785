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
  reactions: ReactionFrame | null;
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

  /** Support counts for the room's next frame; counts read at a later version replace earlier ones. */
  addReactions(room: string, frame: ReactionFrame): void {
    const p = this.pendingFor(room);
    const held = p.reactions;
    if (!held) p.reactions = { v: frame.v, counts: { ...frame.counts } };
    else if (frame.v >= held.v) p.reactions = { v: frame.v, counts: { ...held.counts, ...frame.counts } };
    else p.reactions = { v: held.v, counts: { ...frame.counts, ...held.counts } };
  }

  private pendingFor(room: string): Pending {
    let p = this.pending.get(room);
    if (!p) {
      const window = this.options.windowMs(room);
      p = { seqs: [], deltas: new Map(), reactions: null, windowed: window > 0 };
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
    const batch: DeltaBatch = { seqs: p.seqs, deltas: [...p.deltas.values()] };
    if (p.reactions) batch.reactions = p.reactions;
    this.options.send(room, batch);
  }
}
