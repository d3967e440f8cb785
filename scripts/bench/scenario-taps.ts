/**
 * Phase 2 of a scenario: the close rush again (each panelist edits twice more, on a schedule of
 * the same shape) while the audience taps support at T taps a second in total, from its own load
 * worker (tapper-worker.ts). Afterwards: every wall's final counts against the server's.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_REACTION_WINDOW_MS } from '../../server/realtime/frame-window';
import type { ReactionFrame } from '../../shared/protocol';
import { percentile } from '../lib/stats';
import { pledgeText } from './fixtures';
import { now, type CollectReport, type FromTapper, type TapReport, type ToTapper } from './messages';
import type { BenchOptions } from './options';
import { sum } from './procs';
import { cpuBetween, cpuMark, drawSchedule, playRush, sleep, waitForDeliveries, type DrainEnded, type Played } from './rush';
import type { Session, Target } from './targets';
import type { WallFleet } from './walls';
import { WorkerProcess } from './worker-ipc';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tapper-worker.ts');
/** Taps run this long before the first edit of the phase, so the edits meet a steady tap load. */
const WARM_UP_MS = 1000;
/** ... and this long after the last edit was acknowledged. */
const COOL_DOWN_MS = 500;
/**
 * After the last tap's answer, the walls must receive no frame with counts for this long: longer
 * than the longest wait of counts alone in a large room (frame-window.ts), so the last frame is in.
 */
const QUIET_MS = MAX_REACTION_WINDOW_MS + 500;

/** The audience's devices, in their own load worker process. */
export class Tapper {
  private constructor(readonly proc: WorkerProcess<ToTapper, FromTapper>) {}

  static async start(nice: number): Promise<Tapper> {
    return new Tapper(await WorkerProcess.start<ToTapper, FromTapper>(WORKER, 'tapper', nice));
  }

  join(target: Target, sessionId: string, devices: number) {
    const msg: ToTapper = { type: 'join', urls: target.urls, sessionId, devices, protocol: target.audience, concurrency: 20 };
    return this.proc.ask<Extract<FromTapper, { type: 'joined' }>>(msg, 'joined', 60_000 + devices * 100);
  }

  close() {
    return this.proc.close();
  }
}

/** What the phase measured before the walls' reports are collected. */
export interface TapsPhase {
  played: Played;
  taps: TapReport;
  audienceJoined: number;
  drainEnded: DrainEnded;
  /** Whether the walls went quiet (no frame with counts for QUIET_MS) before the deadline. */
  quiet: boolean;
  cpu: ReturnType<typeof cpuBetween>;
  truth: ReactionFrame;
}

export async function playTapsPhase(args: {
  target: Target;
  session: Session;
  fleet: WallFleet;
  tapper: Tapper;
  audienceJoined: number;
  opts: BenchOptions;
  /** The rush schedule's generator, continued from phase 1. */
  random: () => number;
  expectedTotal: number;
  progress: (line: string) => void;
}): Promise<TapsPhase> {
  const { target, session, fleet, tapper, opts, progress } = args;
  const phones = session.phones;
  const schedule = drawSchedule(args.random, phones.length, opts.rushSeconds);
  const loadPids = [...fleet.pids, tapper.proc.pid];
  const cpu0 = cpuMark(target, loadPids);
  progress(
    `${target.label}: ${opts.tapsPerSecond} taps/s from ${args.audienceJoined} audience devices; ` +
      `${phones.length} pledges edited twice more over ${opts.rushSeconds} s + 1-3 s`,
  );
  tapper.proc.send({ type: 'tap', pledgeIds: phones.map((p) => p.pledgeId), tapsPerSecond: opts.tapsPerSecond, seed: (opts.seed ^ 0x5bd1e995) >>> 0 });
  const played = await playRush(phones, schedule, now() + WARM_UP_MS, [
    (i) => ({ kind: 'edit', text: pledgeText(i, 'edit', 2) }),
    (i) => ({ kind: 'edit', text: pledgeText(i, 'edit', 3) }),
  ]);
  await sleep(COOL_DOWN_MS);
  const taps = await tapper.proc.ask<TapReport>({ type: 'stop' }, 'tapped', 40_000);
  const drainEnded = await waitForDeliveries(fleet, args.expectedTotal, opts, played.lastWrite);
  const quiet = await waitForQuiet(fleet, 10_000 + opts.walls);
  const cpu = cpuBetween(cpu0, cpuMark(target, loadPids));
  return { played, taps, audienceJoined: args.audienceJoined, drainEnded, quiet, cpu, truth: await session.truth() };
}

/** Until no wall received a frame with counts for QUIET_MS (false: `timeoutMs` passed first). */
async function waitForQuiet(fleet: WallFleet, timeoutMs: number): Promise<boolean> {
  const deadline = now() + timeoutMs;
  let last = fleet.reactionFrames();
  let since = now();
  while (now() < deadline) {
    await sleep(50);
    const n = fleet.reactionFrames();
    if (n !== last) {
      last = n;
      since = now();
    } else if (now() - since >= QUIET_MS) {
      return true;
    }
  }
  return false;
}

/** The canonical form of the wall workers' counts (wall-worker.ts `Support.canonical`). */
const canonical = (frame: ReactionFrame) =>
  Object.entries(frame.counts)
    .filter(([, n]) => n !== 0)
    .map(([id, n]) => `${id}=${n}`)
    .sort()
    .join(';');

export interface TapsResult {
  audience: number;
  audienceJoined: number;
  tapsPerSecondTarget: number;
  /** Taps answered ok per second, from the first tap sent to the last. */
  tapsPerSec: number;
  tapsSent: number;
  tapsAcked: number;
  tapsRefused: number;
  refusedReasons: Record<string, number>;
  tapAckMs: { p50: number; p99: number };
  tapSeconds: number;
  /** Means over the walls (from each wall's first to its last frame with counts); the highest wall. */
  reactionFramesPerWallPerSec: number;
  maxReactionFramesPerWallPerSec: number;
  framesPerWallPerSec: number;
  reactionFrames: number;
  countsExact: boolean;
  wallsExact: number;
  wallsCompared: number;
  /** Distinct wrong final counts, with how many walls held each (at most 3). */
  mismatches: { counts: string; walls: number }[];
  truth: ReactionFrame;
  quiet: boolean;
}

export function tapsFigures(phase: TapsPhase, reports: CollectReport[], opts: BenchOptions): TapsResult {
  const { taps, truth } = phase;
  const tapSeconds = (taps.lastSentAt - taps.firstAt) / 1000;
  const rates = reports.map((r) => r.frameRates);
  const rateWalls = sum(rates.map((r) => r.walls));
  const want = canonical(truth);
  const groups = new Map<string, number>();
  for (const r of reports) for (const [line, n] of r.countGroups) groups.set(line, (groups.get(line) ?? 0) + n);
  const wallsCompared = sum([...groups.values()]);
  const wallsExact = groups.get(want) ?? 0;
  return {
    audience: opts.audience,
    audienceJoined: phase.audienceJoined,
    tapsPerSecondTarget: opts.tapsPerSecond,
    tapsPerSec: tapSeconds > 0 ? taps.acked / tapSeconds : NaN,
    tapsSent: taps.sent,
    tapsAcked: taps.acked,
    tapsRefused: taps.refused,
    refusedReasons: taps.refusedReasons,
    tapAckMs: { p50: percentile(Array.from(taps.ackMs), 50), p99: percentile(Array.from(taps.ackMs), 99) },
    tapSeconds,
    reactionFramesPerWallPerSec: rateWalls ? sum(rates.map((r) => r.reactionSum)) / rateWalls : NaN,
    maxReactionFramesPerWallPerSec: rateWalls ? Math.max(...rates.map((r) => r.reactionMax)) : NaN,
    framesPerWallPerSec: rateWalls ? sum(rates.map((r) => r.framesSum)) / rateWalls : NaN,
    reactionFrames: sum(reports.map((r) => r.reactionFrames)),
    countsExact: wallsCompared > 0 && wallsExact === wallsCompared && phase.quiet,
    wallsExact,
    wallsCompared,
    mismatches: [...groups]
      .filter(([line]) => line !== want)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([line, walls]) => ({ counts: line.length > 200 ? `${line.slice(0, 200)}…` : line, walls })),
    truth,
    quiet: phase.quiet,
  };
}
