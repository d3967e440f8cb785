/**
 * The parent's side of the wall sockets: forks load workers (child processes, `node --import tsx`),
 * spreads W walls over them, and gathers join times, live delivery counts and receive times.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectReport, FromWorker, JoinReport, ToWorker } from './messages';
import { cpuMs, stopChild, track } from './procs';
import type { WallClient } from './wall-client';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wall-worker.ts');

interface Worker {
  child: ChildProcess;
  pid: number;
  delivered: number;
  waiters: { type: FromWorker['type']; resolve: (m: FromWorker) => void; reject: (e: Error) => void }[];
}

export interface JoinResult {
  opened: number;
  failed: number;
  errors: string[];
  joinMs: number[];
  /** First connect call to last `session:state`, over all workers. */
  totalMs: number;
}

export class WallFleet {
  private constructor(private readonly workers: Worker[]) {}

  static async start(workerCount: number): Promise<WallFleet> {
    const workers = Array.from({ length: workerCount }, () => {
      const child = track(
        fork(WORKER, [], {
          execArgv: ['--import', 'tsx'],
          serialization: 'advanced',
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      );
      const w: Worker = { child, pid: child.pid!, delivered: 0, waiters: [] };
      child.on('message', (msg: FromWorker) => {
        if (msg.type === 'progress') w.delivered = msg.delivered;
        if (msg.type === 'result') w.delivered = msg.delivered;
        if (msg.type === 'error') {
          for (const waiter of w.waiters.splice(0)) waiter.reject(new Error(`wall worker ${w.pid}: ${msg.message}`));
          return;
        }
        const i = w.waiters.findIndex((x) => x.type === msg.type);
        if (i >= 0) w.waiters.splice(i, 1)[0]!.resolve(msg);
      });
      child.once('exit', (code, signal) => {
        for (const waiter of w.waiters.splice(0)) waiter.reject(new Error(`wall worker ${w.pid} exited (${code ?? signal})`));
      });
      return w;
    });
    const fleet = new WallFleet(workers);
    await Promise.all(workers.map((w) => fleet.wait(w, 'ready', 60_000)));
    return fleet;
  }

  private wait<T extends FromWorker>(w: Worker, type: T['type'], timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`wall worker ${w.pid}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
      w.waiters.push({
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

  private send(w: Worker, msg: ToWorker) {
    w.child.send(msg);
  }

  get pids(): number[] {
    return this.workers.map((w) => w.pid);
  }

  cpuMs(): number {
    return this.workers.reduce((a, w) => a + cpuMs(w.pid), 0);
  }

  /** Opens `walls` sockets (spread evenly over workers; socket k goes to urls[k % urls.length]). */
  async join(urls: string[], sessionId: string, walls: number, concurrency: number, client: WallClient): Promise<JoinResult> {
    const n = this.workers.length;
    const perWorker = Math.max(1, Math.floor(concurrency / n));
    const connectTimeoutMs = 60_000 + walls * 10;
    let first = 0;
    const reports = await Promise.all(
      this.workers.map((w, i) => {
        const count = Math.floor(walls / n) + (i < walls % n ? 1 : 0);
        const msg: ToWorker = { type: 'join', urls, sessionId, count, first, concurrency: perWorker, connectTimeoutMs, client };
        first += count;
        const reply = this.wait<JoinReport>(w, 'joined', connectTimeoutMs + 30_000);
        this.send(w, msg);
        return reply;
      }),
    );
    const started = Math.min(...reports.map((r) => r.startedAt));
    const last = Math.max(...reports.map((r) => r.lastStateAt));
    return {
      opened: reports.reduce((a, r) => a + r.opened, 0),
      failed: reports.reduce((a, r) => a + r.failed, 0),
      errors: reports.flatMap((r) => r.errors).slice(0, 5),
      joinMs: reports.flatMap((r) => Array.from(r.joinMs)),
      totalMs: last - started,
    };
  }

  /** Start counting (workers report their delivery count every 100 ms from now on). */
  watch() {
    for (const w of this.workers) this.send(w, { type: 'watch' });
  }

  /** Deliveries so far, as last reported. */
  delivered(): number {
    return this.workers.reduce((a, w) => a + w.delivered, 0);
  }

  async collect(): Promise<CollectReport[]> {
    return Promise.all(
      this.workers.map((w) => {
        const reply = this.wait<CollectReport>(w, 'result', 60_000);
        this.send(w, { type: 'collect' });
        return reply;
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (w) => {
        if (w.child.connected) this.send(w, { type: 'close' });
        const exited = new Promise<void>((r) => (w.child.exitCode !== null || w.child.signalCode !== null ? r() : w.child.once('exit', () => r())));
        const timer = setTimeout(() => void stopChild(w.child, 2000), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}
