/**
 * One load worker process of the benchmark (wall workers, the tapper): forked with
 * `node --import tsx`, `serialization: 'advanced'`, tracked so it is stopped on every exit path,
 * answering the parent's messages by type. Messages of type `error` reject every pending wait.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { cpuMs, stopChild, track } from './procs';

type Typed = { type: string };

export class WorkerProcess<In extends Typed, Out extends Typed> {
  private readonly waiters: { type: string; resolve: (m: Out) => void; reject: (e: Error) => void }[] = [];
  readonly child: ChildProcess;
  readonly pid: number;

  private constructor(
    script: string,
    private readonly name: string,
    onMessage: (msg: Out) => void,
  ) {
    this.child = track(fork(script, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    this.pid = this.child.pid!;
    this.child.on('message', (msg: Out) => {
      onMessage(msg);
      if (msg.type === 'error') {
        const text = (msg as unknown as { message: string }).message;
        for (const waiter of this.waiters.splice(0)) waiter.reject(new Error(`${this.name} ${this.pid}: ${text}`));
        return;
      }
      const i = this.waiters.findIndex((x) => x.type === msg.type);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(msg);
    });
    this.child.once('exit', (code, signal) => {
      for (const waiter of this.waiters.splice(0)) waiter.reject(new Error(`${this.name} ${this.pid} exited (${code ?? signal})`));
    });
  }

  /** Forks the worker at nice `nice` (--loadgen-nice) and waits for its `ready`. */
  static async start<In extends Typed, Out extends Typed>(script: string, name: string, nice: number, onMessage: (msg: Out) => void = () => undefined): Promise<WorkerProcess<In, Out>> {
    const w = new WorkerProcess<In, Out>(script, name, onMessage);
    if (nice !== 0) setPriority(w.pid, nice);
    await w.wait('ready', 60_000);
    return w;
  }

  wait<T extends Out>(type: T['type'], timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} ${this.pid}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        type,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  send(msg: In): void {
    this.child.send(msg);
  }

  /** Sends `msg` and waits for the answer of type `type`. */
  ask<T extends Out>(msg: In, type: T['type'], timeoutMs: number): Promise<T> {
    const reply = this.wait<T>(type, timeoutMs);
    this.send(msg);
    return reply;
  }

  cpuMs(): number {
    return cpuMs(this.pid);
  }

  /** Asks the worker to close its sockets and exit; stops it after 10 s if it does not. */
  async close(): Promise<void> {
    const c = this.child;
    if (c.connected) this.send({ type: 'close' } as In);
    const exited = new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));
    const timer = setTimeout(() => void stopChild(c, 2000), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
