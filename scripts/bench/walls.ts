/**
 * The parent's side of the wall sockets: forks load workers (child processes, `node --import tsx`),
 * spreads W walls over them, and gathers join times, live delivery counts and receive times.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectReport, FromWorker, JoinReport, ToWorker, WallTarget } from './messages';
import type { WallClient } from './wall-client';
import { WorkerProcess } from './worker-ipc';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wall-worker.ts');

interface Worker {
  proc: WorkerProcess<ToWorker, FromWorker>;
  delivered: number;
  reactionFrames: number;
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

  static async start(workerCount: number, nice: number): Promise<WallFleet> {
    const workers = await Promise.all(
      Array.from({ length: workerCount }, async () => {
        const w = { delivered: 0, reactionFrames: 0 } as Worker;
        w.proc = await WorkerProcess.start<ToWorker, FromWorker>(WORKER, 'wall worker', nice, (msg) => {
          if (msg.type === 'progress' || msg.type === 'result') {
            w.delivered = msg.delivered;
            w.reactionFrames = msg.reactionFrames;
          }
        });
        return w;
      }),
    );
    return new WallFleet(workers);
  }

  get pids(): number[] {
    return this.workers.map((w) => w.proc.pid);
  }

  cpuMs(): number {
    return this.workers.reduce((a, w) => a + w.proc.cpuMs(), 0);
  }

  /** Opens `walls` sockets (spread evenly over workers; socket k goes to urls[k % urls.length]). */
  async join(urls: string[], to: WallTarget, walls: number, concurrency: number, client: WallClient): Promise<JoinResult> {
    const n = this.workers.length;
    const perWorker = Math.max(1, Math.floor(concurrency / n));
    const connectTimeoutMs = 60_000 + walls * 10;
    let first = 0;
    const reports = await Promise.all(
      this.workers.map((w, i) => {
        const count = Math.floor(walls / n) + (i < walls % n ? 1 : 0);
        const msg: ToWorker = { type: 'join', urls, to, count, first, concurrency: perWorker, connectTimeoutMs, client };
        first += count;
        return w.proc.ask<JoinReport>(msg, 'joined', connectTimeoutMs + 30_000);
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
    for (const w of this.workers) w.proc.send({ type: 'watch' });
  }

  /** Deliveries so far, as last reported. */
  delivered(): number {
    return this.workers.reduce((a, w) => a + w.delivered, 0);
  }

  /** Frames with support counts received so far, as last reported. */
  reactionFrames(): number {
    return this.workers.reduce((a, w) => a + w.reactionFrames, 0);
  }

  async collect(): Promise<CollectReport[]> {
    return Promise.all(this.workers.map((w) => w.proc.ask<CollectReport>({ type: 'collect' }, 'result', 60_000)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.proc.close()));
  }
}
