/**
 * What both scenarios of `npm run bench` share around their runs: a throwaway Redis, the three
 * targets in turn (bare baseline, the product in one process, in two), and the results file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRedis } from '../lib/redis-process';
import type { BenchOptions } from './options';
import { stopAll, track } from './procs';
import { startBare, startProduct, type Target } from './targets';

type Progress = (line: string) => void;

export interface Measured<R> {
  baseline?: R;
  single: R;
  cluster?: R;
}

async function measure<R>(start: () => Promise<Target>, run: (target: Target) => Promise<R>, progress: Progress): Promise<R> {
  const target = await start();
  progress(`${target.label}: server pid ${target.serverPids.join(', ')} at ${target.urls.join(', ')}`);
  try {
    return await run(target);
  } catch (err) {
    const out = target.output().trim();
    if (out) progress(`${target.label} output:\n${out.slice(-4000)}`);
    throw err;
  } finally {
    await target.stop();
  }
}

/** Plays `run` against the bare baseline (unless --skip-baseline), one product process, and two (unless --skip-cluster). */
export async function measureTargets<R>(opts: BenchOptions, run: (target: Target) => Promise<R>, progress: Progress, bare: () => Promise<Target> = startBare): Promise<Measured<R>> {
  const redis = await startRedis(['--appendonly', 'no']);
  track(redis.child);
  try {
    const product = (processes: number) => () => startProduct({ redisUrl: redis.url, redisPid: redis.child.pid!, processes });
    const baseline = opts.skipBaseline ? undefined : await measure(bare, run, progress);
    const single = await measure(product(1), run, progress);
    const cluster = opts.skipCluster ? undefined : await measure(product(2), run, progress);
    return { baseline, single, cluster };
  } finally {
    await stopAll();
    await redis.stop();
  }
}

/** Writes bench-results/<name>-<W>w-<time>.json (the machine and the options first) and returns its path. */
export function writeResults(name: string, opts: BenchOptions, body: object): string {
  const out = path.resolve('bench-results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}-${opts.walls}w-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, kernel: os.release() };
  writeFileSync(file, JSON.stringify({ bench: name, at: new Date().toISOString(), machine, options: opts, ...body }, null, 2));
  return file;
}

export const round = (n: number, digits = 3) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);
export const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '-');
export const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');

/** Row a / row b, cell by cell: the first `labels` cells are the row's label and blanks. */
export function ratioRow(a: (string | number)[], b: (string | number)[], labels = 2): (string | number)[] {
  return a.map((v, i) => {
    if (i === 0) return 'ratio (ours / bare)';
    if (i < labels) return '';
    return typeof v === 'number' && typeof b[i] === 'number' ? times(v / (b[i] as number)) : '-';
  });
}
