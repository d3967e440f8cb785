/**
 * The scenario against one target. W walls join from the load workers (and, with an audience, A
 * audience devices from the tapper first). Phase 1, the close rush: P panelists submit within the
 * rush window and each edits once 1-3 s later; we wait until every wall has every version (or
 * nothing arrives any more). Phase 2 (with an audience, scenario-taps.ts): each panelist edits
 * twice more on a schedule of the same shape while the audience taps support; then the walls' final
 * counts are checked against the server's. Latencies, acknowledgements and CPU are per phase.
 */
import { percentile } from '../lib/stats';
import type { Window } from './cpu-breakdown';
import { pledgeText } from './fixtures';
import { withTaps, type BenchOptions } from './options';
import { rng } from './rng';
import { cpuBetween, cpuMark, drawSchedule, latencies, maxOf, playRush, sleep, spread, waitForDeliveries, type DrainEnded } from './rush';
import { playTapsPhase, Tapper, tapsFigures, type TapsPhase, type TapsResult } from './scenario-taps';
import { now } from './messages';
import { rssKB, sum } from './procs';
import type { Target } from './targets';
import { WallFleet } from './walls';

type Spread = { p50: number; p95: number; p99: number; max: number; mean: number };

export interface RunResult {
  label: string;
  processes: number;
  walls: number;
  wallsJoined: number;
  joinFailed: number;
  joinErrors: string[];
  pledges: number;
  /** Phase 1 (the close rush, no taps): versions, deliveries, latencies, acks, CPU. */
  versions: number;
  expected: number;
  delivered: number;
  deliveredRatio: number;
  /** Per server process: walls joined there and the share of their expected deliveries they got. */
  perServer: { url: string; walls: number; delivered: number; deliveredRatio: number; p50Ms: number; p99Ms: number; maxMs: number }[];
  latencyMs: Spread;
  ackMs: { p50: number; p99: number; max: number };
  serverCpuMs: number;
  /** Of which the servers' main threads (the rest: V8's helper threads, mostly the collector). */
  serverMainThreadCpuMs: number;
  cpuUsPerDelivery: number;
  /** The server processes, and the phase's window on the monotonic clock (for --profile). */
  serverPids: number[];
  window: Window;
  memPerWallKB: number;
  serverRssKB: { before: number; after: number };
  join: { totalS: number; p50Ms: number; p99Ms: number; maxMs: number };
  loadgen: { workers: number; cpuMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
  redisCpuMs: number;
  machine: { busyMs: number; otherMs: number; interruptsMs: number; wallMs: number };
  frames: number;
  duplicates: number;
  unexpectedVersions: number;
  disconnects: number;
  disconnectReasons: Record<string, number>;
  resyncs: number;
  scenarioS: number;
  drainS: number;
  drainEnded: DrainEnded;
  /** The slowest versions: time until the last wall got them. */
  slowestVersions: { version: string; lastMs: number; seenBy: number }[];
  /** Versions of the rush some walls never got (none when every wall got every version). */
  missedVersions: { version: string; seenBy: number }[];
  /** Phase 2: the same number of versions again while the audience taps (null: no audience). */
  withTaps: WithTaps | null;
}

export interface WithTaps extends TapsResult {
  expected: number;
  delivered: number;
  deliveredRatio: number;
  latencyMs: Spread;
  ackMs: { p50: number; p99: number; max: number };
  serverCpuMs: number;
  cpuUsPerDelivery: number;
  window: Window;
  loadgenCpuMs: number;
  redisCpuMs: number;
  machine: { busyMs: number; otherMs: number; interruptsMs: number; wallMs: number };
  drainEnded: DrainEnded;
}

const acksOf = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99), max: maxOf(xs) });

export async function runScenario(target: Target, opts: BenchOptions, progress: (line: string) => void): Promise<RunResult> {
  const W = opts.walls;
  const P = opts.pledges;
  const session = await target.prepare(P);
  const workers = Math.max(1, Math.ceil(W / opts.wallsPerWorker));
  const fleet = await WallFleet.start(workers, opts.loadgenNice);
  const tapper = withTaps(opts) ? await Tapper.start(opts.loadgenNice) : null;
  try {
    // The audience joins before the walls, so its joins are in the walls' snapshots, not their frames.
    let audienceJoined = 0;
    if (tapper) {
      const joined = await tapper.join(target, session.sessionId, opts.audience);
      if (joined.failed) progress(`${target.label}: ${joined.failed} audience devices failed to join (${joined.errors.join('; ')})`);
      audienceJoined = joined.opened;
    }
    await sleep(500);
    const rssBefore = sum(target.serverPids.map(rssKB));
    progress(`${target.label}: opening ${W} wall sockets from ${workers} load worker${workers > 1 ? 's' : ''}`);
    const join = await fleet.join(target.urls, { kind: 'session', sessionIds: [session.sessionId] }, W, opts.joinConcurrency, opts.wallClient);
    if (join.failed > 0) progress(`${target.label}: ${join.failed} walls failed to join (${join.errors.join('; ')})`);
    progress(`${target.label}: ${join.opened} walls joined in ${(join.totalMs / 1000).toFixed(1)} s`);
    await sleep(1000);
    const rssAfter = sum(target.serverPids.map(rssKB));

    // ---- phase 1: the rush
    const random = rng(opts.seed);
    const schedule = drawSchedule(random, P, opts.rushSeconds);
    const loadPids = [...fleet.pids, ...(tapper ? [tapper.proc.pid] : [])];
    const cpu0 = cpuMark(target, loadPids);
    fleet.watch();
    progress(`${target.label}: close rush, ${P} submits over ${opts.rushSeconds} s, each edited once 1-3 s later`);
    const played = await playRush(session.phones, schedule, now() + 100, [
      (i) => ({ kind: 'submit', text: pledgeText(i, 'submit') }),
      (i) => ({ kind: 'edit', text: pledgeText(i, 'edit') }),
    ]);
    const expected = W * P * 2;
    const drainEnded = await waitForDeliveries(fleet, expected, opts, played.lastWrite);
    const drainS = (now() - played.lastWrite) / 1000;
    const cpu = cpuBetween(cpu0, cpuMark(target, loadPids));

    // ---- phase 2: the rush again, under taps
    let tapsPhase: TapsPhase | null = null;
    if (tapper && audienceJoined > 0) {
      await sleep(1000);
      tapsPhase = await playTapsPhase({ target, session, fleet, tapper, audienceJoined, opts, random, expectedTotal: 2 * expected, progress });
    }
    const reports = await fleet.collect();

    const lat = latencies(reports, played.emitted, target.urls.length);
    const lat2 = tapsPhase ? latencies(reports, tapsPhase.played.emitted, target.urls.length) : null;
    const loopP99 = Math.max(0, ...reports.map((r) => r.loopDelayP99Ms));
    const loopMax = Math.max(0, ...reports.map((r) => r.loopDelayMaxMs));
    const disconnectReasons: Record<string, number> = {};
    for (const r of reports) for (const [k, n] of Object.entries(r.disconnectReasons)) disconnectReasons[k] = (disconnectReasons[k] ?? 0) + n;
    const allDelivered = sum(reports.map((r) => r.delivered));
    return {
      label: target.label,
      processes: target.serverPids.length,
      walls: W,
      wallsJoined: join.opened,
      joinFailed: join.failed,
      joinErrors: join.errors,
      pledges: P,
      versions: played.emitted.size,
      expected,
      delivered: lat.delivered,
      deliveredRatio: lat.delivered / expected,
      perServer: target.urls.map((url, u) => {
        const walls = sum(reports.map((r) => r.wallsByUrl[u] ?? 0));
        const xs = lat.byServer[u]!;
        const { p50, p99, max } = spread(xs);
        return { url, walls, delivered: xs.length, deliveredRatio: walls ? xs.length / (walls * P * 2) : NaN, p50Ms: p50, p99Ms: p99, maxMs: max };
      }),
      latencyMs: spread(lat.all),
      ackMs: acksOf(played.acks),
      serverCpuMs: cpu.serverMs,
      serverMainThreadCpuMs: cpu.serverMainMs,
      cpuUsPerDelivery: lat.delivered ? (cpu.serverMs * 1000) / lat.delivered : NaN,
      serverPids: target.serverPids,
      window: cpu.window,
      memPerWallKB: (rssAfter - rssBefore) / W,
      serverRssKB: { before: rssBefore, after: rssAfter },
      join: { totalS: join.totalMs / 1000, p50Ms: percentile(join.joinMs, 50), p99Ms: percentile(join.joinMs, 99), maxMs: maxOf(join.joinMs) },
      loadgen: { workers, cpuMs: cpu.loadMs, loopDelayP99Ms: loopP99, loopDelayMaxMs: loopMax },
      redisCpuMs: cpu.auxMs,
      machine: { busyMs: cpu.busyMs, otherMs: cpu.otherMs, interruptsMs: cpu.interruptsMs, wallMs: cpu.wallMs },
      frames: sum(reports.map((r) => r.frames)),
      duplicates: sum(reports.map((r) => r.duplicates)),
      unexpectedVersions: allDelivered - lat.delivered - (lat2?.delivered ?? 0),
      disconnects: sum(reports.map((r) => r.disconnects)),
      disconnectReasons,
      resyncs: sum(reports.map((r) => r.resyncs)),
      scenarioS: cpu.wallMs / 1000,
      drainS,
      drainEnded,
      missedVersions: [...played.emitted.keys()]
        .map((k) => ({ version: shortVersion(k), seenBy: lat.perVersion.get(k)?.count ?? 0 }))
        .filter((m) => m.seenBy < W),
      slowestVersions: [...lat.perVersion.entries()]
        .sort((a, b) => b[1].last - a[1].last)
        .slice(0, 5)
        .map(([k, v]) => ({ version: shortVersion(k), lastMs: v.last, seenBy: v.count })),
      withTaps:
        tapsPhase && lat2
          ? {
              ...tapsFigures(tapsPhase, reports, opts),
              expected,
              delivered: lat2.delivered,
              deliveredRatio: lat2.delivered / expected,
              latencyMs: spread(lat2.all),
              ackMs: acksOf(tapsPhase.played.acks),
              serverCpuMs: tapsPhase.cpu.serverMs,
              cpuUsPerDelivery: lat2.delivered ? (tapsPhase.cpu.serverMs * 1000) / lat2.delivered : NaN,
              window: tapsPhase.cpu.window,
              loadgenCpuMs: tapsPhase.cpu.loadMs,
              redisCpuMs: tapsPhase.cpu.auxMs,
              machine: { busyMs: tapsPhase.cpu.busyMs, otherMs: tapsPhase.cpu.otherMs, interruptsMs: tapsPhase.cpu.interruptsMs, wallMs: tapsPhase.cpu.wallMs },
              drainEnded: tapsPhase.drainEnded,
            }
          : null,
    };
  } finally {
    await Promise.all([fleet.close(), tapper?.close()]);
    session.close();
  }
}

/** A version's text, shortened for a report: its start and its end. */
function shortVersion(key: string): string {
  const text = key.split('\n')[1]!;
  return `${text.slice(0, 12)}… ${text.slice(-12)}`;
}
