/**
 * The close rush against one target: W walls join from the load workers, P panelists submit within
 * the rush window and each edits once 1-3 s later, then we wait until every wall has every version
 * (or nothing arrives any more) and measure.
 */
import { percentile } from '../lib/stats';
import { pledgeText } from './fixtures';
import { now } from './messages';
import type { BenchOptions } from './options';
import { cpuMs, machineBusyMs, rssKB, sum } from './procs';
import type { Target } from './targets';
import { WallFleet } from './walls';

export interface RunResult {
  label: string;
  processes: number;
  walls: number;
  wallsJoined: number;
  joinFailed: number;
  joinErrors: string[];
  pledges: number;
  versions: number;
  expected: number;
  delivered: number;
  deliveredRatio: number;
  /** Per server process: walls joined there and the share of their expected deliveries they got. */
  perServer: { url: string; walls: number; delivered: number; deliveredRatio: number; p50Ms: number; p99Ms: number; maxMs: number }[];
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  ackMs: { p50: number; p99: number; max: number };
  serverCpuMs: number;
  cpuUsPerDelivery: number;
  memPerWallKB: number;
  serverRssKB: { before: number; after: number };
  join: { totalS: number; p50Ms: number; p99Ms: number; maxMs: number };
  loadgen: { workers: number; cpuMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
  redisCpuMs: number;
  machine: { busyMs: number; otherMs: number; wallMs: number };
  frames: number;
  duplicates: number;
  unexpectedVersions: number;
  disconnects: number;
  disconnectReasons: Record<string, number>;
  resyncs: number;
  scenarioS: number;
  drainS: number;
  drainEnded: 'complete' | 'stalled' | 'timeout';
  /** The slowest versions: time until the last wall got them. */
  slowestVersions: { version: string; lastMs: number; seenBy: number }[];
}

/** Small deterministic PRNG (mulberry32), so every target plays the same schedule. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - now())));
/** Math.max(...xs) overflows the stack for large arrays. */
const maxOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => (b > a ? b : a), -Infinity) : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runScenario(target: Target, opts: BenchOptions, progress: (line: string) => void): Promise<RunResult> {
  const W = opts.walls;
  const P = opts.pledges;
  const session = await target.prepare(P);
  const workers = Math.max(1, Math.ceil(W / opts.wallsPerWorker));
  const fleet = await WallFleet.start(workers);
  try {
    await sleep(500);
    const rssBefore = sum(target.serverPids.map(rssKB));
    progress(`${target.label}: opening ${W} wall sockets from ${workers} load worker${workers > 1 ? 's' : ''}`);
    const join = await fleet.join(target.urls, session.sessionId, W, opts.joinConcurrency, opts.wallClient);
    if (join.failed > 0) progress(`${target.label}: ${join.failed} walls failed to join (${join.errors.join('; ')})`);
    progress(`${target.label}: ${join.opened} walls joined in ${(join.totalMs / 1000).toFixed(1)} s`);
    await sleep(1000);
    const rssAfter = sum(target.serverPids.map(rssKB));

    // ---- the rush
    const random = rng(opts.seed);
    const schedule = session.phones.map(() => ({ submitAfter: random() * opts.rushSeconds * 1000, editDelay: 1000 + random() * 2000 }));
    const emitted = new Map<string, number>();
    const acks: number[] = [];
    const cpu0 = sum(target.serverPids.map(cpuMs));
    const aux0 = sum(target.auxPids.map(cpuMs));
    const machine0 = machineBusyMs();
    const load0 = fleet.cpuMs() + (process.cpuUsage().user + process.cpuUsage().system) / 1000;
    fleet.watch();
    const start = now() + 100;
    progress(`${target.label}: close rush, ${P} submits over ${opts.rushSeconds} s, each edited once 1-3 s later`);
    await Promise.all(
      session.phones.map(async (phone, i) => {
        const s = schedule[i]!;
        await sleepUntil(start + s.submitAfter);
        const submitText = pledgeText(i, 'submit');
        const a = await phone.write('submit', submitText);
        emitted.set(`${phone.pledgeId}\n${submitText}`, a.emittedAt);
        acks.push(a.ackMs);
        await sleepUntil(start + s.submitAfter + s.editDelay);
        const editText = pledgeText(i, 'edit');
        const b = await phone.write('edit', editText);
        emitted.set(`${phone.pledgeId}\n${editText}`, b.emittedAt);
        acks.push(b.ackMs);
      }),
    );
    const lastWrite = now();

    // ---- wait for stragglers
    const expected = W * P * 2;
    const hardTimeoutMs = 10_000 + W;
    let lastCount = -1;
    let lastChange = now();
    let drainEnded: RunResult['drainEnded'] = 'complete';
    for (;;) {
      const d = fleet.delivered();
      if (d >= expected) break;
      if (d !== lastCount) {
        lastCount = d;
        lastChange = now();
      }
      if (now() - lastChange > opts.stallSeconds * 1000) {
        drainEnded = 'stalled';
        break;
      }
      if (now() - lastWrite > hardTimeoutMs) {
        drainEnded = 'timeout';
        break;
      }
      await sleep(50);
    }
    const drainS = (now() - lastWrite) / 1000;
    const cpu1 = sum(target.serverPids.map(cpuMs));
    const aux1 = sum(target.auxPids.map(cpuMs));
    const machine1 = machineBusyMs();
    const load1 = fleet.cpuMs() + (process.cpuUsage().user + process.cpuUsage().system) / 1000;
    const scenarioS = (now() - start) / 1000;
    const reports = await fleet.collect();

    // ---- latencies: receive time minus the time the phone emitted that version
    const latencies: number[] = [];
    let delivered = 0;
    let unexpected = 0;
    const perVersion = new Map<string, { last: number; count: number }>();
    const byServer = target.urls.map(() => [] as number[]);
    for (const r of reports) {
      r.keys.forEach((serverKey, v) => {
        const cut = serverKey.indexOf('\n');
        const server = Number(serverKey.slice(0, cut));
        const key = serverKey.slice(cut + 1);
        const sent = emitted.get(key);
        const ts = r.times[v]!;
        if (sent === undefined) {
          unexpected += ts.length;
          return;
        }
        const agg = perVersion.get(key) ?? { last: 0, count: 0 };
        for (const t of ts) {
          latencies.push(t - sent);
          byServer[server]?.push(t - sent);
          agg.last = Math.max(agg.last, t - sent);
        }
        agg.count += ts.length;
        perVersion.set(key, agg);
        delivered += ts.length;
      });
    }
    const serverCpuMs = cpu1 - cpu0;
    const loopP99 = Math.max(0, ...reports.map((r) => r.loopDelayP99Ms));
    const loopMax = Math.max(0, ...reports.map((r) => r.loopDelayMaxMs));
    const disconnectReasons: Record<string, number> = {};
    for (const r of reports) for (const [k, n] of Object.entries(r.disconnectReasons)) disconnectReasons[k] = (disconnectReasons[k] ?? 0) + n;
    return {
      label: target.label,
      processes: target.serverPids.length,
      walls: W,
      wallsJoined: join.opened,
      joinFailed: join.failed,
      joinErrors: join.errors,
      pledges: P,
      versions: emitted.size,
      expected,
      delivered,
      deliveredRatio: delivered / expected,
      perServer: target.urls.map((url, u) => {
        const walls = sum(reports.map((r) => r.wallsByUrl[u] ?? 0));
        const lat = byServer[u]!;
        return {
          url,
          walls,
          delivered: lat.length,
          deliveredRatio: walls ? lat.length / (walls * P * 2) : NaN,
          p50Ms: percentile(lat, 50),
          p99Ms: percentile(lat, 99),
          maxMs: maxOf(lat),
        };
      }),
      latencyMs: {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: maxOf(latencies),
        mean: latencies.length ? sum(latencies) / latencies.length : NaN,
      },
      ackMs: { p50: percentile(acks, 50), p99: percentile(acks, 99), max: maxOf(acks) },
      serverCpuMs,
      cpuUsPerDelivery: delivered ? (serverCpuMs * 1000) / delivered : NaN,
      memPerWallKB: (rssAfter - rssBefore) / W,
      serverRssKB: { before: rssBefore, after: rssAfter },
      join: {
        totalS: join.totalMs / 1000,
        p50Ms: percentile(join.joinMs, 50),
        p99Ms: percentile(join.joinMs, 99),
        maxMs: maxOf(join.joinMs),
      },
      loadgen: { workers, cpuMs: load1 - load0, loopDelayP99Ms: loopP99, loopDelayMaxMs: loopMax },
      redisCpuMs: aux1 - aux0,
      machine: {
        busyMs: machine1 - machine0,
        /** Busy CPU of everything else on the machine during the scenario (other jobs, the kernel's share not charged to us). */
        otherMs: machine1 - machine0 - (cpu1 - cpu0) - (aux1 - aux0) - (load1 - load0),
        wallMs: scenarioS * 1000,
      },
      frames: sum(reports.map((r) => r.frames)),
      duplicates: sum(reports.map((r) => r.duplicates)),
      unexpectedVersions: unexpected,
      disconnects: sum(reports.map((r) => r.disconnects)),
      disconnectReasons,
      resyncs: sum(reports.map((r) => r.resyncs)),
      scenarioS,
      drainS,
      drainEnded,
      slowestVersions: [...perVersion.entries()]
        .sort((a, b) => b[1].last - a[1].last)
        .slice(0, 5)
        .map(([k, v]) => {
          const text = k.split('\n')[1]!;
          return { version: `${text.slice(0, 12)}… ${text.slice(-12)}`, lastMs: v.last, seenBy: v.count };
        }),
    };
  } finally {
    await fleet.close();
    session.close();
  }
}
