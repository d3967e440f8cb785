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
    case 'session':
      // By id: a forum room's frame gathers the changes of every session of its event.
      return `session:${delta.session.id}`;
    default: {
      const never: never = delta;
      throw new Error(`unknown delta ${JSON.stringify(never)}`);
    }
  }
}

/**
 * One frame being gathered: every commit's seq, each entity's newest delta (in commit order) and
 * per pledge the newest support count. Shared by the coalescer (a room's next frame) and the
 * reader slices (a slice's next frame, reader-slices.ts).
 */
export class FrameBuilder {
  private readonly seqs: number[] = [];
  private readonly deltas = new Map<string, SessionDelta>();
  /** Per pledge, its newest count and the reaction version it was read at. */
  private readonly reactions = new Map<string, { v: number; count: number }>();

  addCommit(seq: number, deltas: SessionDelta[]): void {
    this.seqs.push(seq);
    for (const delta of deltas) {
      const key = deltaKey(delta);
      const held = this.deltas.get(key);
      if (held && held.seq > delta.seq) continue;
      this.deltas.delete(key);
      this.deltas.set(key, delta);
    }
  }

  /**
   * Per pledge, a count read at a later version replaces an earlier one; each count keeps the
   * version it was read at, since a client weighs it against counts other processes sent (a
   * count relabelled with a later version could overwrite a newer one).
   */
  addReactions(frame: ReactionFrame): void {
    for (const [pledgeId, count] of Object.entries(frame.counts)) {
      const v = frame.versions?.[pledgeId] ?? frame.v;
      const held = this.reactions.get(pledgeId);
      if (!held || held.v <= v) this.reactions.set(pledgeId, { v, count });
    }
  }

  build(): DeltaBatch {
    const batch: DeltaBatch = { seqs: this.seqs, deltas: [...this.deltas.values()] };
    const reactions = reactionFrame(this.reactions);
    if (reactions) batch.reactions = reactions;
    return batch;
  }
}

interface Pending {
  frame: FrameBuilder;
  /** Whether a window held this frame back (the next one is then timed from this one). */
  windowed: boolean;
  /** When the frame is due, and how to cancel the timer that sends it then. */
  dueAt: number;
  cancel: (() => void) | null;
}

export interface CoalescerOptions {
  /** How long this room's deltas may wait to share a frame (0: the next tick). */
  windowMs(room: string): number;
  /**
   * How long support counts may wait when nothing else is waiting (default: `windowMs`). They
   * ride in any frame that goes out earlier.
   */
  reactionWindowMs?(room: string): number;
  send(room: string, batch: DeltaBatch): void;
  now?: () => number;
}

/**
 * Gathers the deltas of a room into frames. Every commit added to a room puts its seq in the
 * room's next frame, whatever deltas it has (none, one, several), so a frame can never count a
 * commit whose deltas it dropped, nor drop a commit it counted: a reader that misses a frame sees
 * a hole in its seqs and resyncs. A room gets at most one frame per window, carrying everything
 * that changed in it: deltas in commit order, each entity at its newest, and support counts.
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
    p.frame.addCommit(seq, deltas);
    this.schedule(room, p, this.options.windowMs(room));
  }

  /** Support counts for the room's next frame (see FrameBuilder.addReactions). */
  addReactions(room: string, frame: ReactionFrame): void {
    const p = this.pendingFor(room);
    p.frame.addReactions(frame);
    const window = this.options.windowMs(room);
    this.schedule(room, p, Math.max(window, this.options.reactionWindowMs?.(room) ?? window));
  }

  private pendingFor(room: string): Pending {
    let p = this.pending.get(room);
    if (!p) {
      p = { frame: new FrameBuilder(), windowed: false, dueAt: Infinity, cancel: null };
      this.pending.set(room, p);
    }
    return p;
  }

  /** Sends the room's frame `windowMs` after its previous one (at once if that has passed), unless it is due sooner. */
  private schedule(room: string, p: Pending, windowMs: number) {
    const now = this.now();
    const dueAt = windowMs > 0 ? Math.max(now, (this.lastFlush.get(room) ?? -Infinity) + windowMs) : now;
    if (windowMs > 0) p.windowed = true;
    if (p.cancel && p.dueAt <= dueAt) return;
    p.cancel?.();
    p.dueAt = dueAt;
    if (dueAt <= now) {
      const immediate = setImmediate(() => this.flush(room));
      p.cancel = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(() => this.flush(room), dueAt - now);
      p.cancel = () => clearTimeout(timer);
    }
  }

  /** Sends every room's gathered changes now (a server shutting down). */
  flushAll(): void {
    for (const room of [...this.pending.keys()]) this.flush(room);
  }

  /** Sends what the room has gathered (called by the timer; exposed for shutdown). */
  flush(room: string): void {
    const batch = this.take(room);
    if (batch) this.options.send(room, batch);
  }

  /** The room's frame gathered so far, taken from the coalescer (to be sent by the caller), or null. */
  take(room: string): DeltaBatch | null {
    const p = this.pending.get(room);
    if (!p) return null;
    p.cancel?.();
    this.pending.delete(room);
    if (p.windowed) this.lastFlush.set(room, this.now());
    else this.lastFlush.delete(room);
    return p.frame.build();
  }
}

/**
 * The counts gathered for a frame, labelled with the newest version among them; a count read at
 * an older version says so in `versions`.
 */
function reactionFrame(counts: Map<string, { v: number; count: number }>): ReactionFrame | null {
  if (counts.size === 0) return null;
  let v = -Infinity;
  for (const held of counts.values()) v = Math.max(v, held.v);
  const frame: ReactionFrame = { v, counts: {} };
  for (const [pledgeId, held] of counts) {
    frame.counts[pledgeId] = held.count;
    if (held.v !== v) (frame.versions ??= {})[pledgeId] = held.v;
  }
  return frame;
}
