import type { Round } from '../../shared/schemas';
import type { Result } from '../domain/result';
import type { ErrorCode } from '../../shared/protocol';
import { outsideCommand } from '../realtime/command-scope';

/**
 * The longest a timer sleeps before it reads the clock again. A countdown's end is a time on the
 * service's clock (shared with other processes and the clients), while timers run on a monotonic
 * clock of their own: they may fire a moment before the service's clock reaches the end, and
 * drift from it when the system clock is set. Waking at least this often keeps the close within
 * this long of the end.
 */
export const CHECK_MS = 1000;
/** How long a close the store could not commit waits before it is tried again. */
export const RETRY_MS = 1000;

/** Refusals that say the close could not be committed now, rather than that there is nothing to close. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(['conflict', 'store_unavailable']);

/**
 * Closes rounds whose countdown was set to close them, when it ends. Each process times the
 * countdowns it set; the close is a conditional commit, so a countdown changed since, or a close
 * by another process, leaves nothing to do. A process that stopped leaves its timers undone:
 * the rules refuse pledges past the end anyway (domain/round.ts `roundRunning`), and the next
 * client to connect (a snapshot, or a reconnect already up to date) asks for the close
 * (session-reader.ts).
 */
export class RoundTimers {
  private readonly timers = new Map<string, { endsAt: number; timer: ReturnType<typeof setTimeout> }>();
  /** Sessions whose close is being committed (many snapshots may ask at once: one close). */
  private readonly closing = new Set<string>();
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;
  private close: (sessionId: string) => Promise<Result<unknown>> = async () => ({ ok: true, value: undefined });

  constructor(private readonly clock: () => number) {}

  /** What closes a session's round (the moderator commands' closeOverdue). */
  bind(close: (sessionId: string) => Promise<Result<unknown>>) {
    this.close = close;
  }

  /** Called with a session's round after each change: times its end, or forgets it. */
  schedule(sessionId: string, round: Round): void {
    const endsAt = round.state === 'open' && round.autoClose ? round.countdownEndsAt : null;
    const held = this.timers.get(sessionId);
    if (held?.endsAt === endsAt) return;
    if (held) clearTimeout(held.timer);
    this.timers.delete(sessionId);
    if (endsAt !== null && !this.stopped) this.arm(sessionId, endsAt);
  }

  /**
   * Closes now if the round is overdue (a snapshot found it so, or its timer ran out). The close is
   * the product's own, not the command that found the round overdue: it runs outside that command
   * (its rate limit, its answer), and so do the retries and timers it starts.
   */
  closeNow(sessionId: string): void {
    outsideCommand(() => this.closeOutside(sessionId));
  }

  private closeOutside(sessionId: string): void {
    if (this.stopped || this.closing.has(sessionId)) return;
    this.closing.add(sessionId);
    const again = () => {
      this.closing.delete(sessionId);
      if (this.stopped) return;
      // The store may be unreachable or busy for a moment: try again until the close is committed or moot.
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        this.closeNow(sessionId);
      }, RETRY_MS);
      timer.unref?.();
      this.retries.add(timer);
    };
    this.close(sessionId).then(
      (result) => {
        if (!result.ok && TRANSIENT.has(result.error.code)) again();
        else this.closing.delete(sessionId);
      },
      again,
    );
  }

  stop(): void {
    this.stopped = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    for (const timer of this.retries) clearTimeout(timer);
    this.timers.clear();
    this.retries.clear();
  }

  private arm(sessionId: string, endsAt: number) {
    const wait = Math.min(Math.max(0, endsAt - this.clock()), CHECK_MS);
    const timer = outsideCommand(() => setTimeout(() => this.wake(sessionId, endsAt), wait));
    timer.unref?.();
    this.timers.set(sessionId, { endsAt, timer });
  }

  private wake(sessionId: string, endsAt: number) {
    if (this.timers.get(sessionId)?.endsAt !== endsAt) return;
    if (this.clock() < endsAt) return this.arm(sessionId, endsAt);
    this.timers.delete(sessionId);
    this.closeNow(sessionId);
  }
}
