/**
 * Where a server's CPU went during a phase of the benchmark, from the V8 CPU profile the server
 * wrote (`npm run bench -- --profile DIR` starts the servers with `--cpu-prof`). Samples are cut
 * to the phase's window: V8 stamps them with the same monotonic clock as `process.hrtime`, so the
 * benchmark's marks line up with them. Each sample's own function (self time) is put in one of a
 * few buckets by where its code lives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A phase's window on the monotonic clock, in µs (`process.hrtime.bigint() / 1000`). */
export interface Window {
  fromUs: number;
  toUs: number;
}

export const BUCKETS = [
  'kernel send (writev/write)',
  'write path (engine.io, ws, streams, net)',
  'Socket.IO (rooms, broadcast, parser)',
  'adapter (Redis streams)',
  'store (Redis client)',
  'JSON',
  'app code (server/, shared/)',
  'validation (zod)',
  'logging',
  'garbage collection',
  'other',
] as const;
export type Bucket = (typeof BUCKETS)[number];

const KERNEL_SEND = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String', 'writeAsciiString']);

export function bucketOf({ functionName, url }: CallFrame): Bucket | 'idle' | 'startup' {
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (!url) {
    if (KERNEL_SEND.has(functionName)) return 'kernel send (writev/write)';
    if (functionName === 'stringify' || functionName === 'parse') return 'JSON';
    return 'other';
  }
  const inModule = (name: string) => url.includes(`/node_modules/${name}/`);
  if (inModule('engine.io') || inModule('ws') || /node:(internal\/streams|internal\/stream_base_commons|net)\b/.test(url)) return 'write path (engine.io, ws, streams, net)';
  if (inModule('socket.io') || inModule('socket.io-adapter') || inModule('socket.io-parser')) return 'Socket.IO (rooms, broadcast, parser)';
  if (inModule('@socket.io/redis-streams-adapter') || inModule('notepack.io')) return 'adapter (Redis streams)';
  if (inModule('@redis') || url.includes('/server/store/')) return 'store (Redis client)';
  if (inModule('zod')) return 'validation (zod)';
  if (inModule('pino') || inModule('pino-http') || url.includes('/server/log.ts')) return 'logging';
  if (/node:internal\/modules|\/node_modules\/(tsx|esbuild)\//.test(url)) return 'startup';
  if (url.includes('/server/') || url.includes('/shared/') || url.includes('/scripts/bench/bare-server')) return 'app code (server/, shared/)';
  return 'other';
}

/** Busy ms per bucket within the window (idle and module loading left out). */
export function breakdown(profile: Profile, window: Window): Map<Bucket, number> {
  const bucketByNode = new Map(profile.nodes.map((n) => [n.id, bucketOf(n.callFrame)]));
  const out = new Map<Bucket, number>(BUCKETS.map((b) => [b, 0]));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (t < window.fromUs || t > window.toUs) continue;
    const bucket = bucketByNode.get(profile.samples[i]!);
    if (!bucket || bucket === 'idle' || bucket === 'startup') continue;
    // The delta before a sample is the time it stands for.
    out.set(bucket, out.get(bucket)! + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!) / 1000);
  }
  return out;
}

/** The profile a process wrote into `dir` (V8 names them CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile). */
export function profileOf(dir: string, pid: number): Profile | null {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && f.split('.')[3] === String(pid));
  return file ? (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile) : null;
}

export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** One phase of one target, as the benchmark measured it. */
export interface ProfiledPhase {
  label: string;
  serverPids: number[];
  window: Window;
  deliveries: number;
}

/**
 * Rows of µs of server CPU per delivered message, by bucket, for each phase (the servers' profiles
 * summed); `null` when no profile was found (a server that did not exit cleanly writes none).
 */
export function breakdownRows(dir: string, phases: ProfiledPhase[]): (string | number)[][] | null {
  const rows: (string | number)[][] = [];
  for (const phase of phases) {
    const total = new Map<Bucket, number>(BUCKETS.map((b) => [b, 0]));
    for (const pid of phase.serverPids) {
      const profile = profileOf(dir, pid);
      if (!profile) return null;
      for (const [bucket, ms] of breakdown(profile, phase.window)) total.set(bucket, total.get(bucket)! + ms);
    }
    const perMsg = (ms: number) => (phase.deliveries ? (ms * 1000) / phase.deliveries : NaN);
    const sum = [...total.values()].reduce((a, b) => a + b, 0);
    rows.push([phase.label, ...BUCKETS.map((b) => perMsg(total.get(b)!)), perMsg(sum)]);
  }
  return rows;
}

export const BREAKDOWN_HEADER = ['run, phase', ...BUCKETS, 'total'];
