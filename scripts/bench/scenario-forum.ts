/**
 * The forum scenario (`--forum`) against one target: one event of N sessions; W − F session walls
 * spread evenly over the sessions and F forum walls on the event (`/forum`, `{ eventId }`). Three
 * measured steps, each the same close rush in every session at once (P panelists per session submit
 * within the rush window and edit once 1-3 s later; the same seeded schedule every step, and a fresh
 * batch of P panelists per session every step, so every step sends the server the same commands),
 * after one unmeasured warm-up rush (the server's first commands run cold: JIT, first use):
 *
 *   0. no walls yet: what the commands alone cost the server;
 *   1. the session walls joined: each expects its own session's 2P versions;
 *   2. the forum walls joined too: each expects every session's 2NP versions.
 *
 * CPU per delivery of a group is what its step added over the step before, divided by the
 * deliveries to that group: session walls (step 1 − step 0) / their step-1 deliveries, forum walls
 * (step 2 − step 1) / their step-2 deliveries. Latencies and frame rates of both groups come from
 * step 2, where both receive the same versions at the same time.
 */
import { percentile } from '../lib/stats';
import { pledgeText } from './fixtures';
import { prepareForum } from './forum-targets';
import { now, type CollectReport } from './messages';
import type { BenchOptions } from './options';
import { sum } from './procs';
import { rng } from './rng';
import { cpuBetween, cpuMark, drawSchedule, latencies, maxOf, playRush, sleep, spread, waitForDeliveries, type DrainEnded, type Played } from './rush';
import type { Target } from './targets';
import { WallFleet, type JoinResult } from './walls';

/** The warm-up and step 0 have no deliveries to wait for: the server's work after the last answer is done by then. */
const SETTLE_MS = 200;
/** Panelists per session: one batch of P for the warm-up and for each step. */
export const BATCHES = 4;

type Spread = ReturnType<typeof spread>;

export interface ForumGroup {
  walls: number;
  joined: number;
  joinS: number;
  /** Over the steps the group was there for (session walls: 1 and 2; forum walls: 2). */
  expected: number;
  delivered: number;
  deliveredRatio: number;
  /** Step 2. */
  latencyMs: Spread;
  /** Step 2, per wall from its first to its last frame: mean over the walls, and the highest. */
  framesPerWallPerSec: number;
  maxFramesPerWallPerSec: number;
  /** The server CPU the group's step added over the one before, and per delivery to the group. */
  cpuMs: number;
  cpuUsPerDelivery: number;
}

export interface ForumStep {
  name: string;
  versions: number;
  acks: { p50: number; p99: number; max: number };
  serverCpuMs: number;
  loadgenCpuMs: number;
  redisCpuMs: number;
  machine: { busyMs: number; otherMs: number; interruptsMs: number; wallMs: number };
  drainEnded: DrainEnded;
}

export interface ForumRun {
  label: string;
  processes: number;
  sessions: number;
  pledgesPerSession: number;
  /** Versions written per step: N sessions × P panelists × 2. */
  versionsPerStep: number;
  session: ForumGroup;
  forum: ForumGroup;
  /** The session walls in step 1, before the forum walls joined. */
  sessionAloneLatencyMs: Spread;
  /** The panelists' acknowledgements in step 2. */
  ackMs: { p50: number; p99: number; max: number };
  /** Step 2: server CPU over every delivery (commands included, as the rush's CPU µs/msg). */
  cpuUsPerMsg: number;
  /** forum.cpuUsPerDelivery / session.cpuUsPerDelivery: 1 = a forum delivery costs what a session wall's does. */
  forumToSessionCost: number;
  steps: ForumStep[];
  joinErrors: string[];
  foreign: number;
  duplicates: number;
  unexpectedVersions: number;
  disconnects: number;
  disconnectReasons: Record<string, number>;
  resyncs: number;
  loadgen: { workers: number; loopDelayP99Ms: number };
  machine: { otherMs: number; interruptsMs: number; wallMs: number };
}

const acksOf = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99), max: maxOf(xs) });

/** Per wall frames per second of step 2 (the workers' spans start over at each `watch`). */
function frameRates(reports: CollectReport[]) {
  const walls = sum(reports.map((r) => r.frameSpans.walls));
  return {
    mean: walls ? sum(reports.map((r) => r.frameSpans.rateSum)) / walls : NaN,
    max: walls ? Math.max(...reports.map((r) => r.frameSpans.rateMax)) : NaN,
  };
}

export async function runForumScenario(target: Target, opts: BenchOptions, progress: (line: string) => void): Promise<ForumRun> {
  const N = opts.sessions;
  const P = opts.pledges;
  const F = opts.forumWalls;
  const S = opts.walls - F;
  const label = target.label;
  progress(`${label}: one event, ${N} sessions of ${BATCHES * P} panelists (${P} per step and the warm-up)`);
  const setup = await prepareForum(target, N, BATCHES * P);
  const sessionFleet = await WallFleet.start(Math.max(1, Math.ceil(S / opts.wallsPerWorker)), opts.loadgenNice);
  const forumFleet = await WallFleet.start(Math.max(1, Math.ceil(F / opts.wallsPerWorker)), opts.loadgenNice);
  const fleets = [sessionFleet, forumFleet];
  const loadPids = fleets.flatMap((f) => f.pids);
  const delivered = { delivered: () => sum(fleets.map((f) => f.delivered())) };
  const schedule = drawSchedule(rng(opts.seed), N * P, opts.rushSeconds);
  /** The warm-up, then steps 0, 1, 2. */
  const steps: ForumStep[] = [];
  const played: Played[] = [];

  const step = async (name: string, expected: number) => {
    const k = steps.length;
    const phones = setup.sessions.flatMap((s) => s.phones.slice(k * P, (k + 1) * P));
    progress(`${label}: ${k ? `step ${k - 1}` : 'warm-up'} (${name}), ${phones.length} submits over ${opts.rushSeconds} s in ${N} sessions, each edited once 1-3 s later`);
    for (const f of fleets) f.watch();
    const base = delivered.delivered();
    const cpu0 = cpuMark(target, loadPids);
    const p = await playRush(phones, schedule, now() + 100, [
      (i) => ({ kind: 'submit', text: pledgeText(i, 'submit') }),
      (i) => ({ kind: 'edit', text: pledgeText(i, 'edit') }),
    ]);
    let drainEnded: DrainEnded = 'complete';
    if (expected > 0) drainEnded = await waitForDeliveries(delivered, base + expected, opts, p.lastWrite);
    else await sleep(SETTLE_MS);
    const cpu = cpuBetween(cpu0, cpuMark(target, loadPids));
    played.push(p);
    steps.push({
      name,
      versions: p.emitted.size,
      acks: acksOf(p.acks),
      serverCpuMs: cpu.serverMs,
      loadgenCpuMs: cpu.loadMs,
      redisCpuMs: cpu.auxMs,
      machine: { busyMs: cpu.busyMs, otherMs: cpu.otherMs, interruptsMs: cpu.interruptsMs, wallMs: cpu.wallMs },
      drainEnded,
    });
  };

  const join = async (fleet: WallFleet, what: string, walls: number, to: Parameters<WallFleet['join']>[1]): Promise<JoinResult> => {
    progress(`${label}: opening ${walls} ${what}`);
    const joined = await fleet.join(target.urls, to, walls, opts.joinConcurrency, opts.wallClient);
    if (joined.failed > 0) progress(`${label}: ${joined.failed} ${what} failed to join (${joined.errors.join('; ')})`);
    progress(`${label}: ${joined.opened} ${what} joined in ${(joined.totalMs / 1000).toFixed(1)} s`);
    await sleep(1000);
    return joined;
  };

  try {
    const versions = N * P * 2;
    await step('warm-up, no walls', 0);
    await step('no walls', 0);
    const sessionJoin = await join(sessionFleet, 'session walls', S, { kind: 'session', sessionIds: setup.sessions.map((s) => s.sessionId) });
    await step('session walls', S * 2 * P);
    const forumJoin = await join(forumFleet, 'forum walls', F, { kind: 'forum', eventId: setup.eventId });
    await step('session and forum walls', S * 2 * P + F * versions);

    const [sessionReports, forumReports] = await Promise.all(fleets.map((f) => f.collect()));
    const servers = target.urls.length;
    const alone = latencies(sessionReports!, played[2]!.emitted, servers);
    const withForum = latencies(sessionReports!, played[3]!.emitted, servers);
    const forum = latencies(forumReports!, played[3]!.emitted, servers);
    const all = [...sessionReports!, ...forumReports!];
    const [, s0, s1, s2] = steps as [ForumStep, ForumStep, ForumStep, ForumStep];
    const sessionCpuMs = s1.serverCpuMs - s0.serverCpuMs;
    const forumCpuMs = s2.serverCpuMs - s1.serverCpuMs;
    const group = (walls: number, joined: JoinResult, expected: number, got: number, lat: number[], reports: CollectReport[], cpuMs: number, cpuDeliveries: number): ForumGroup => {
      const rates = frameRates(reports);
      return {
        walls,
        joined: joined.opened,
        joinS: joined.totalMs / 1000,
        expected,
        delivered: got,
        deliveredRatio: got / expected,
        latencyMs: spread(lat),
        framesPerWallPerSec: rates.mean,
        maxFramesPerWallPerSec: rates.max,
        cpuMs,
        cpuUsPerDelivery: cpuDeliveries ? (cpuMs * 1000) / cpuDeliveries : NaN,
      };
    };
    const session = group(S, sessionJoin, 2 * S * 2 * P, alone.delivered + withForum.delivered, withForum.all, sessionReports!, sessionCpuMs, alone.delivered);
    const forumGroup = group(F, forumJoin, F * versions, forum.delivered, forum.all, forumReports!, forumCpuMs, forum.delivered);
    const disconnectReasons: Record<string, number> = {};
    for (const r of all) for (const [k, n] of Object.entries(r.disconnectReasons)) disconnectReasons[k] = (disconnectReasons[k] ?? 0) + n;
    return {
      label,
      processes: target.serverPids.length,
      sessions: N,
      pledgesPerSession: P,
      versionsPerStep: versions,
      session,
      forum: forumGroup,
      sessionAloneLatencyMs: spread(alone.all),
      ackMs: s2.acks,
      cpuUsPerMsg: (s2.serverCpuMs * 1000) / (withForum.delivered + forum.delivered),
      // Not a number when the session walls' added CPU was too small to measure (toy sizes: CPU time
      // comes in 10 ms ticks); the summary then says null.
      forumToSessionCost: session.cpuUsPerDelivery > 0 ? forumGroup.cpuUsPerDelivery / session.cpuUsPerDelivery : NaN,
      steps,
      joinErrors: [...sessionJoin.errors, ...forumJoin.errors].slice(0, 5),
      foreign: sum(all.map((r) => r.foreign)),
      duplicates: sum(all.map((r) => r.duplicates)),
      unexpectedVersions: sum(all.map((r) => r.delivered)) - alone.delivered - withForum.delivered - forum.delivered,
      disconnects: sum(all.map((r) => r.disconnects)),
      disconnectReasons,
      resyncs: sum(all.map((r) => r.resyncs)),
      loadgen: { workers: loadPids.length, loopDelayP99Ms: Math.max(0, ...all.map((r) => r.loopDelayP99Ms)) },
      machine: {
        otherMs: sum([s0, s1, s2].map((s) => s.machine.otherMs)),
        interruptsMs: sum([s0, s1, s2].map((s) => s.machine.interruptsMs)),
        wallMs: sum([s0, s1, s2].map((s) => s.machine.wallMs)),
      },
    };
  } finally {
    await Promise.all(fleets.map((f) => f.close()));
    setup.close();
  }
}
