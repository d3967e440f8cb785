import type { ReactionFrame } from '../../shared/protocol';

/** The shortest time between two reaction frames of one session from one process. */
export const REACTION_FRAME_MS = 100;

/**
 * Turns a stream of taps into a bounded number of count updates. A tap only marks its pledge as
 * changed; at most every `intervalMs` per session, the counts of the marked pledges are read back
 * from the store (all at one reaction version) and handed on, to ride in the rooms' next frames.
 * However fast viewers tap, a session's walls get at most 1000 / intervalMs reaction frames a
 * second from this process, each with the exact counts at the time it was read.
 */
export class ReactionFrames {
  private readonly dirty = new Map<string, Set<string>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastFlush = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly load: (sessionId: string, pledgeIds: string[]) => Promise<ReactionFrame>,
    private readonly deliver: (sessionId: string, frame: ReactionFrame) => void,
    private readonly intervalMs = REACTION_FRAME_MS,
    private readonly now: () => number = Date.now,
  ) {}

  mark(sessionId: string, pledgeId: string): void {
    if (this.stopped) return;
    const ids = this.dirty.get(sessionId) ?? new Set<string>();
    ids.add(pledgeId);
    this.dirty.set(sessionId, ids);
    if (this.timers.has(sessionId)) return;
    const wait = Math.max(0, (this.lastFlush.get(sessionId) ?? -Infinity) + this.intervalMs - this.now());
    const timer = setTimeout(() => void this.flush(sessionId), wait);
    this.timers.set(sessionId, timer);
  }

  /** For good: a load still out when the server closes neither delivers nor retries. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.dirty.clear();
  }

  private async flush(sessionId: string) {
    this.timers.delete(sessionId);
    const ids = this.dirty.get(sessionId);
    this.dirty.delete(sessionId);
    if (!ids?.size) return;
    this.lastFlush.set(sessionId, this.now());
    // Sessions quiet for a while need no memory of their last frame.
    if (this.lastFlush.size > 1000) for (const [id, at] of this.lastFlush) if (at < this.now() - 60_000) this.lastFlush.delete(id);
    try {
      const frame = await this.load(sessionId, [...ids]);
      if (!this.stopped) this.deliver(sessionId, frame);
    } catch {
      // The store did not answer: the counts go out with the next attempt.
      for (const id of ids) this.mark(sessionId, id);
    }
  }
}
