import type { DeltaBatch, SessionDelta } from '../../shared/protocol';

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
    default: {
      const never: never = delta;
      throw new Error(`unknown delta ${JSON.stringify(never)}`);
    }
  }
}

interface Pending {
  seqs: number[];
  deltas: Map<string, SessionDelta>;
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
    let p = this.pending.get(room);
    if (!p) {
      const window = this.options.windowMs(room);
      p = { seqs: [], deltas: new Map(), windowed: window > 0 };
      this.pending.set(room, p);
      const wait = window > 0 ? Math.max(0, (this.lastFlush.get(room) ?? 0) + window - this.now()) : 0;
      if (wait === 0) setImmediate(() => this.flush(room));
      else setTimeout(() => this.flush(room), wait);
    }
    p.seqs.push(seq);
    for (const delta of deltas) {
      const key = deltaKey(delta);
      const held = p.deltas.get(key);
      if (held && held.seq > delta.seq) continue;
      p.deltas.delete(key);
      p.deltas.set(key, delta);
    }
  }

  /** Sends what the room has gathered (called by the timer; exposed for shutdown). */
  flush(room: string): void {
    const p = this.pending.get(room);
    if (!p) return;
    this.pending.delete(room);
    if (p.windowed) this.lastFlush.set(room, this.now());
    else this.lastFlush.delete(room);
    this.options.send(room, { seqs: p.seqs, deltas: [...p.deltas.values()] });
  }
}
