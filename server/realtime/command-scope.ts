import { AsyncLocalStorage } from 'node:async_hooks';
import type { LimitResult } from '../limits';

/**
 * The scope each socket command runs in (`commandScope`), for two things that must hold however
 * deep in the services a command's work happens:
 *
 * - **What a command makes others hear goes out after its own answer.** Its author learns that a
 *   pledge (or a seat) is saved before any wall, console or other phone hears of it, even when the
 *   answer waits for one more store round trip after the commit (the seated phone's new state).
 *   The fanout hands what it would send to `afterAck`, which holds it until the scope ends (the
 *   command was answered by then, or failed) and sends it at once outside any command (HTTP
 *   routes, timers).
 * - **A command writes nothing before its address's rate limit let it through.** That limit is a
 *   store round trip where it is shared by every process; the command reads meanwhile (its first
 *   read and the limit's call are in flight together), and every store write of the command waits
 *   for the verdict (`writesAllowed`, see store/gated.ts). A refused command has then written nothing:
 *   its write throws `LimitRefused`, and it is answered `rate_limited`. The product's own work
 *   that a command starts (a round's close, its timers) runs `outsideCommand`.
 */
class Scope {
  private queue: (() => void)[] | null = [];
  /** The rate limit's verdict on this command; none: nothing to wait for. */
  verdict: Promise<LimitResult> | null = null;

  hold(send: () => void): void {
    if (this.queue) this.queue.push(send);
    else send();
  }

  release(): void {
    const queue = this.queue ?? [];
    this.queue = null;
    for (const send of queue) send();
  }
}

/** A store write of a command whose rate limit refused it. */
export class LimitRefused extends Error {
  constructor(readonly retryAfterMs: number) {
    super('The command was refused by a rate limit.');
    this.name = 'LimitRefused';
  }
}

const current = new AsyncLocalStorage<Scope>();

/** Runs a command; what it sends through `afterAck` goes out once `run` has finished. */
export async function commandScope<T>(run: () => Promise<T>): Promise<T> {
  const scope = new Scope();
  try {
    return await current.run(scope, run);
  } finally {
    scope.release();
  }
}

/** Sends after the current command's answer; at once when no command is running. */
export function afterAck(send: () => void): void {
  const scope = current.getStore();
  if (scope) scope.hold(send);
  else send();
}

/** The current command's writes wait for `verdict` (called once, before the command's first read). */
export function gateWrites(verdict: Promise<LimitResult>): void {
  const scope = current.getStore();
  if (scope) scope.verdict = verdict;
}

/**
 * Resolves once the current command may write; throws `LimitRefused` when its rate limit refused
 * it. Outside a command (HTTP routes, timers) and for a command without a pending verdict, at once.
 */
export async function writesAllowed(): Promise<void> {
  const verdict = await current.getStore()?.verdict;
  if (verdict && !verdict.ok) throw new LimitRefused(verdict.retryAfterMs);
}

/**
 * Runs `fn` as the product's own work, outside the command that happened to start it (a round
 * closed because a snapshot found it overdue, a countdown's timer): what it writes does not wait
 * for that command's verdict, nor what it sends for that command's answer. Timers and promises
 * started within `fn` stay outside too.
 */
export function outsideCommand<T>(fn: () => T): T {
  return current.exit(fn);
}
