import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a command makes others hear goes out after the command's own answer: its author learns
 * that a pledge (or a seat) is saved before any wall, console or other phone hears of it, even
 * when the answer waits for one more store round trip after the commit (the follow-up record of
 * a new pledge, the seated phone's new state).
 *
 * The connection runs each command in a scope (`commandScope`); the fanout hands what it would
 * send to `afterAck`, which holds it until the scope ends (the command was answered by then, or
 * failed) and sends it at once outside any command (HTTP routes, timers).
 */
class Held {
  private queue: (() => void)[] | null = [];

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

const current = new AsyncLocalStorage<Held>();

/** Runs a command; what it sends through `afterAck` goes out once `run` has finished. */
export async function commandScope<T>(run: () => Promise<T>): Promise<T> {
  const held = new Held();
  try {
    return await current.run(held, run);
  } finally {
    held.release();
  }
}

/** Sends after the current command's answer; at once when no command is running. */
export function afterAck(send: () => void): void {
  const held = current.getStore();
  if (held) held.hold(send);
  else send();
}
