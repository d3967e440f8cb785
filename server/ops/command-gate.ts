import type { CommandLoad } from '../realtime/reader-slices';

/** One socket command on its way: `answered` with what its client hears, `end` once it has finished. */
export interface CommandRun {
  answered(result: unknown): void;
  end(): void;
}

/** What the connection tells about each command it runs (realtime/connection.ts). */
export interface CommandObserver {
  /** A command arrived: its run, or null when the server is shutting down and starts no command. */
  begin(command: string): CommandRun | null;
}

/**
 * The commands in flight on this process. Each command is timed and its outcome counted; at
 * shutdown the gate closes (no command starts any more: its client hears nothing here, and sends it
 * again once it has reconnected to another server) and `drained` waits for the running ones.
 */
export class CommandGate implements CommandObserver {
  private running = 0;
  private runningPriority = 0;
  private open = true;
  private waiters: (() => void)[] = [];

  /**
   * `priority` tells the commands someone waits on with the room (realtime/commands.ts) from the
   * many light ones; the readers' visits wait longer for them (realtime/reader-slices.ts).
   */
  constructor(
    private readonly onAnswer: (command: string, result: unknown, seconds: number) => void = () => {},
    private readonly priority: (command: string) => boolean = () => false,
  ) {}

  get inFlight(): number {
    return this.running;
  }

  /** What the readers' visits wait for (realtime/reader-slices.ts). */
  get load(): CommandLoad {
    return this.runningPriority > 0 ? 'priority' : this.running > 0 ? 'light' : 'none';
  }

  begin(command: string): CommandRun | null {
    if (!this.open) return null;
    this.running++;
    const priority = this.priority(command);
    if (priority) this.runningPriority++;
    const started = performance.now();
    let answered = false;
    let ended = false;
    return {
      answered: (result) => {
        if (answered) return;
        answered = true;
        this.onAnswer(command, result, (performance.now() - started) / 1000);
      },
      end: () => {
        if (ended) return;
        ended = true;
        this.running--;
        if (priority) this.runningPriority--;
        if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
      },
    };
  }

  /** Starts no command from now on. */
  close(): void {
    this.open = false;
  }

  /** Resolves true once no command runs, or false when `timeoutMs` passed first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }
}
