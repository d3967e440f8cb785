import type { Round } from '../../shared/schemas';

/**
 * Closes rounds whose countdown was set to close them, when it ends. Each process times the
 * countdowns it set; the close is a conditional commit, so a countdown changed since, or a close
 * by another process, leaves nothing to do. A process that stopped leaves its timers undone:
 * the rules refuse pledges past the end anyway (domain/round.ts `roundRunning`), and the next
 * snapshot of the session asks for the close (session-reader.ts).
 */
export class RoundTimers {
  private readonly timers = new Map<string, { endsAt: number; timer: ReturnType<typeof setTimeout> }>();
  private close: (sessionId: string) => Promise<unknown> = async () => undefined;

  constructor(private readonly clock: () => number) {}

  /** What closes a session's round (the moderator commands' closeOverdue). */
  bind(close: (sessionId: string) => Promise<unknown>) {
    this.close = close;
  }

  /** Called with a session's round after each change: times its end, or forgets it. */
  schedule(sessionId: string, round: Round): void {
    const endsAt = round.state === 'open' && round.autoClose ? round.countdownEndsAt : null;
    const held = this.timers.get(sessionId);
    if (held?.endsAt === endsAt) return;
    if (held) clearTimeout(held.timer);
    this.timers.delete(sessionId);
    if (endsAt === null) return;
    const timer = setTimeout(() => this.fire(sessionId, endsAt), Math.max(0, endsAt - this.clock()));
    timer.unref?.();
    this.timers.set(sessionId, { endsAt, timer });
  }

  /** Closes now if the round is overdue (a snapshot found it so). */
  closeNow(sessionId: string): void {
    // The store may be unreachable for a moment: try again until the close is committed or moot.
    this.close(sessionId).catch(() => setTimeout(() => this.closeNow(sessionId), 1000).unref?.());
  }

  stop(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private fire(sessionId: string, endsAt: number) {
    if (this.timers.get(sessionId)?.endsAt === endsAt) this.timers.delete(sessionId);
    this.closeNow(sessionId);
  }
}
