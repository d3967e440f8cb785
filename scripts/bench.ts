/**
 * How close is the cost of our fan-out to bare Socket.IO? `npm run bench`
 *
 * Starts the product (server/index.ts, its own process) on a throwaway Redis, opens W wall sockets
 * from separate load worker processes, plays the close rush (P panelists submit within S seconds,
 * each edits once 1-3 s later) and measures submit-to-wall latency, delivered/expected, server CPU
 * per delivered message, server memory per wall socket, wall join time and the panelists' ack time.
 * The same scenario, with the same load code, runs against a bare Socket.IO broadcast server
 * (scripts/bench/bare-server.ts: no app logic, no Redis, one emit per event) as the baseline, and
 * against two product processes sharing the Redis with the walls split between them.
 *
 * Phase 2 (unless --audience 0 or --taps-per-second 0): on the same walls the panelists edit twice
 * more on a schedule of the same shape while A audience devices tap support at T taps a second;
 * measured apart: latencies and acks with taps, frames per wall per second (with counts, and all),
 * server CPU per delivery, and whether every wall's final counts equal the server's.
 *
 * Prints one table per phase (progress goes to stderr), writes everything to bench-results/, and
 * ends with a one-line JSON summary of the single-process run. See docs/performance.md.
 *
 * `--forum` plays the forum scenario instead (scripts/bench/scenario-forum.ts): one event of N
 * sessions, walls spread over them plus a group of forum walls; latency, frames and server CPU per
 * delivery of session walls and forum walls side by side (scripts/bench/forum-report.ts).
 *
 * Options: --walls N (2000) --pledges P (20) --rush-seconds S (5) --skip-cluster --skip-baseline
 * --json-only --walls-per-worker N (2500) --join-concurrency N (400) --seed N --stall-seconds N (5)
 * --wall-client sio|raw --audience A (300) --taps-per-second T (1000)
 * --forum --sessions N (10) --forum-walls F (10 % of the walls)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTable } from './lib/stats';
import { BREAKDOWN_HEADER, breakdownRows, type ProfiledPhase } from './bench/cpu-breakdown';
import { reportForum } from './bench/forum-report';
import { mark, measureTargets, ratioRow, round, writeResults } from './bench/measure';
import { parseOptions, withTaps } from './bench/options';
import { killAllNow, stopAll } from './bench/procs';
import { runScenario, type RunResult } from './bench/scenario';
import { BATCHES, runForumScenario } from './bench/scenario-forum';
import { startBare } from './bench/targets';
import { ensureOpenFiles, openFilesLimit } from './bench/ulimit';

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** Targets of the issue (2-core machine, load generator beside the server). */
const TARGETS = {
  /** One process: p99 and CPU per delivered message against bare Socket.IO's in the same run. */
  single: { walls: 5000, deliveredRatio: 1, p99VsBare: 0.7, costRatio: 0.5, memPerWallKB: 20, ackP99Ms: 50 },
  /** Two processes: p99 against the bare single process in the same run. */
  cluster: { walls: 10_000, deliveredRatio: 1, p99VsBare: 0.5 },
  /** Phase 2, one process: defined at 5,000 walls and 1,000 taps/s. */
  taps: { walls: 5000, tapsPerSec: 1000, deliveredRatio: 1, p99Factor: 1.2, reactionFramesPerWallPerSec: 10, countsExact: true },
};

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const ratio = (a: number, b: number) => a / b;

function row(r: RunResult): (string | number)[] {
  return [
    r.label,
    String(r.walls),
    r.deliveredRatio * 100,
    r.latencyMs.p50,
    r.latencyMs.p95,
    r.latencyMs.p99,
    r.latencyMs.max,
    r.ackMs.p50,
    r.ackMs.p99,
    r.serverCpuMs,
    r.cpuUsPerDelivery,
    r.memPerWallKB,
    r.join.totalS,
    r.loadgen.cpuMs,
    r.machine.otherMs,
    r.machine.interruptsMs,
  ];
}

/** Phase 2 beside phase 1: the taps' cost to pledges, and what the walls got. */
function tapsRow(r: RunResult): (string | number)[] {
  const t = r.withTaps!;
  return [
    r.label,
    String(t.audienceJoined),
    t.tapsPerSec,
    t.tapsRefused,
    t.deliveredRatio * 100,
    r.latencyMs.p50,
    r.latencyMs.p99,
    t.latencyMs.p50,
    t.latencyMs.p99,
    t.latencyMs.p99 / r.latencyMs.p99,
    t.ackMs.p99,
    t.reactionFramesPerWallPerSec,
    t.framesPerWallPerSec,
    r.cpuUsPerDelivery,
    t.cpuUsPerDelivery,
    t.countsExact ? 'yes' : 'NO',
  ];
}
const TAPS_HEADER = [
  'run',
  'audience',
  'taps/s',
  'refused',
  'delivered %',
  'p50 no taps',
  'p99 no taps',
  'p50 taps',
  'p99 taps',
  'p99 taps/no',
  'ack p99 taps',
  'reaction fr/wall/s',
  'frames/wall/s',
  'CPU µs/msg no taps',
  'CPU µs/msg taps',
  'counts exact',
];

function tapsNotes(r: RunResult): string[] {
  const t = r.withTaps;
  if (!t) return [];
  const notes: string[] = [];
  if (t.deliveredRatio < 1) notes.push(`${r.label}, with taps: ${t.expected - t.delivered} of ${t.expected} deliveries missing (wait ended: ${t.drainEnded})`);
  if (t.tapsRefused) notes.push(`${r.label}, with taps: ${t.tapsRefused} of ${t.tapsSent} taps refused (${JSON.stringify(t.refusedReasons)})`);
  if (!t.quiet) notes.push(`${r.label}, with taps: frames with counts kept coming; the final counts were compared anyway`);
  if (!t.countsExact) {
    const wrong = t.mismatches.map((m) => `${m.walls} walls: ${m.counts || '(no counts)'}`).join('; ');
    notes.push(`${r.label}, with taps: ${t.wallsExact} of ${t.wallsCompared} walls hold the server's final counts (v ${t.truth.v}); ${wrong}`);
  }
  if (t.machine.otherMs > 0.1 * t.machine.wallMs) {
    notes.push(`${r.label}, with taps: WARNING other processes used ${(t.machine.otherMs / 1000).toFixed(1)} s of CPU during the ${(t.machine.wallMs / 1000).toFixed(1)} s phase`);
  }
  return notes;
}

/** With --profile: where each server's CPU went per delivered message, phase by phase. */
function printBreakdown(dir: string, runs: (RunResult | undefined)[]) {
  const phases: ProfiledPhase[] = [];
  for (const r of runs) {
    if (!r) continue;
    phases.push({ label: `${r.label}, rush`, serverPids: r.serverPids, window: r.window, deliveries: r.delivered });
    if (r.withTaps) phases.push({ label: `${r.label}, taps`, serverPids: r.serverPids, window: r.withTaps.window, deliveries: r.withTaps.delivered });
  }
  const rows = breakdownRows(dir, phases);
  console.log(`\nServer CPU per delivered message by where it went (µs, self time from the CPU profiles in ${dir})\n`);
  console.log(rows ? formatTable(BREAKDOWN_HEADER, rows) : 'no profile found for a server (it did not exit cleanly)');
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  // Besides the walls, the server holds the audience's sockets, or the forum scenario's phones.
  await ensureOpenFiles(opts.walls + (withTaps(opts) ? opts.audience : 0) + (opts.scenario === 'forum' ? BATCHES * opts.sessions * opts.pledges : 0));
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping servers, workers and Redis`);
    void stopAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', killAllNow);

  if (opts.profileDir) {
    mkdirSync(opts.profileDir, { recursive: true });
    process.env.BENCH_SERVER_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${path.resolve(opts.profileDir)}`;
  }
  const commit = git(['log', '-1', '--oneline']);
  const dirty = git(['status', '--porcelain', '--', 'server', 'shared', 'package.json']);
  const forum = opts.scenario === 'forum';
  progress(
    `walls ${opts.walls} (${opts.wallClient} client${opts.loadgenNice ? `, load workers at nice ${opts.loadgenNice}` : ''}), ` +
      (forum ? `forum: ${opts.sessions} sessions, ${opts.forumWalls} of the walls on the forum, ${opts.pledges} pledges per session and step` : `pledges ${opts.pledges}`) +
      `, rush ${opts.rushSeconds} s, ${withTaps(opts) ? `then ${opts.audience} audience at ${opts.tapsPerSecond} taps/s` : 'no taps'}, seed ${opts.seed}; ` +
      `${os.cpus().length} cores, open-files limit ${openFilesLimit()}; at ${commit}${dirty ? ' + uncommitted server changes' : ''}`,
  );

  if (forum) {
    const runs = await measureTargets(opts, (t) => runForumScenario(t, opts, progress), progress, () => startBare({ forumSessions: opts.sessions }));
    return reportForum(opts, runs, { commit, dirty });
  }
  const { baseline, single, cluster } = await measureTargets(opts, (t) => runScenario(t, opts, progress), progress);

  const costRatio = baseline ? ratio(single.cpuUsPerDelivery, baseline.cpuUsPerDelivery) : NaN;
  const taps = single.withTaps;
  /** Every pledge version of both phases. */
  const deliveredRatio = (single.delivered + (taps?.delivered ?? 0)) / (single.expected + (taps?.expected ?? 0));
  const checks = {
    single: {
      atTargetSize: single.walls >= TARGETS.single.walls,
      delivered: deliveredRatio >= TARGETS.single.deliveredRatio,
      p99: baseline ? single.latencyMs.p99 <= TARGETS.single.p99VsBare * baseline.latencyMs.p99 : null,
      costRatio: baseline ? costRatio <= TARGETS.single.costRatio : null,
      memPerWall: single.memPerWallKB <= TARGETS.single.memPerWallKB,
      ackP99: single.ackMs.p99 <= TARGETS.single.ackP99Ms,
    },
    taps: taps
      ? {
          atTargetSize: single.walls >= TARGETS.taps.walls && opts.tapsPerSecond >= TARGETS.taps.tapsPerSec,
          /** The taps went out at (nearly) the rate asked for. */
          tapRateReached: taps.tapsPerSec >= 0.95 * opts.tapsPerSecond,
          delivered: single.deliveredRatio >= TARGETS.taps.deliveredRatio && taps.deliveredRatio >= TARGETS.taps.deliveredRatio,
          p99WithTaps: taps.latencyMs.p99 <= TARGETS.taps.p99Factor * single.latencyMs.p99,
          reactionFrames: taps.reactionFramesPerWallPerSec <= TARGETS.taps.reactionFramesPerWallPerSec,
          countsExact: taps.countsExact === TARGETS.taps.countsExact,
        }
      : null,
    cluster: cluster
      ? {
          atTargetSize: cluster.walls >= TARGETS.cluster.walls,
          delivered: cluster.deliveredRatio >= TARGETS.cluster.deliveredRatio,
          p99: baseline ? cluster.latencyMs.p99 <= TARGETS.cluster.p99VsBare * baseline.latencyMs.p99 : null,
        }
      : null,
  };

  const file = writeResults('fanout', opts, {
    commit,
    uncommittedServerChanges: dirty ? dirty.split('\n') : [],
    targets: TARGETS,
    checks,
    costRatio,
    baseline: baseline ?? null,
    single,
    cluster: cluster ?? null,
  });

  const summary = {
    bench: 'fanout',
    scenario: 'rush',
    walls: single.walls,
    pledges: single.pledges,
    deliveredRatio,
    p50Ms: round(single.latencyMs.p50),
    p95Ms: round(single.latencyMs.p95),
    p99Ms: round(single.latencyMs.p99),
    maxMs: round(single.latencyMs.max),
    ackP50Ms: round(single.ackMs.p50),
    ackP99Ms: round(single.ackMs.p99),
    baselineP99Ms: baseline ? round(baseline.latencyMs.p99) : null,
    costRatio: round(costRatio),
    cpuUsPerMsg: round(single.cpuUsPerDelivery),
    baselineCpuUsPerMsg: baseline ? round(baseline.cpuUsPerDelivery) : null,
    memPerWallKB: round(single.memPerWallKB),
    baselineMemPerWallKB: baseline ? round(baseline.memPerWallKB) : null,
    joinS: round(single.join.totalS),
    cluster: cluster ? { walls: cluster.walls, deliveredRatio: cluster.deliveredRatio, p99Ms: round(cluster.latencyMs.p99) } : null,
    wallClient: opts.wallClient,
    loadgenNice: opts.loadgenNice,
    // Phase 2 (null without an audience): pledges while the audience taps.
    audience: taps ? taps.audienceJoined : 0,
    tapsPerSec: taps ? round(taps.tapsPerSec, 1) : null,
    deliveredRatioWithTaps: taps ? taps.deliveredRatio : null,
    p50WithTapsMs: taps ? round(taps.latencyMs.p50) : null,
    p99WithTapsMs: taps ? round(taps.latencyMs.p99) : null,
    ackP99WithTapsMs: taps ? round(taps.ackMs.p99) : null,
    reactionFramesPerWallPerSec: taps ? round(taps.reactionFramesPerWallPerSec, 2) : null,
    framesPerWallPerSec: taps ? round(taps.framesPerWallPerSec, 2) : null,
    cpuUsPerMsgWithTaps: taps ? round(taps.cpuUsPerDelivery) : null,
    countsExact: taps ? taps.countsExact : null,
    baselineP99WithTapsMs: baseline?.withTaps ? round(baseline.withTaps.latencyMs.p99) : null,
    baselineReactionFramesPerWallPerSec: baseline?.withTaps ? round(baseline.withTaps.reactionFramesPerWallPerSec, 2) : null,
    // The --forum scenario's figures (scripts/bench/forum-report.ts); this one has none.
    forum: null,
    commit,
  };

  if (!opts.jsonOnly) {
    const header = ['run', 'walls', 'delivered %', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'ack p50', 'ack p99', 'server CPU ms', 'CPU µs/msg', 'mem KB/wall', 'join s', 'loadgen CPU ms', 'other CPU ms', 'irq CPU ms'];
    const rows: (string | number)[][] = [];
    if (baseline) rows.push(row(baseline));
    rows.push(row(single));
    if (baseline) rows.push(ratioRow(row(single), row(baseline)));
    if (cluster) rows.push(row(cluster));
    console.log(
      `\nClose rush: ${opts.pledges} submits over ${opts.rushSeconds} s + ${opts.pledges} edits, ${opts.walls} walls (${opts.wallClient} client), ` +
        `${single.expected} expected deliveries per run; submit-to-wall latency (ms)\n`,
    );
    console.log(formatTable(header, rows));
    if (taps) {
      const tapRows: (string | number)[][] = [];
      if (baseline?.withTaps) tapRows.push(tapsRow(baseline));
      tapRows.push(tapsRow(single));
      if (baseline?.withTaps) tapRows.push(ratioRow(tapsRow(single), tapsRow(baseline)));
      if (cluster?.withTaps) tapRows.push(tapsRow(cluster));
      console.log(
        `\nWith taps: the same walls, ${opts.pledges} × 2 more edits over ${opts.rushSeconds} s + 1-3 s while ${opts.audience} audience devices ` +
          `tap ${opts.tapsPerSecond} taps/s; latency (ms) without taps (above) and with; frames per wall per second while counts change\n`,
      );
      console.log(formatTable(TAPS_HEADER, tapRows));
    }
    const notes: string[] = [];
    for (const r of [baseline, single, cluster]) {
      if (!r) continue;
      if (r.joinFailed) notes.push(`${r.label}: ${r.joinFailed} walls did not join (${r.joinErrors.join('; ')})`);
      if (r.deliveredRatio < 1) notes.push(`${r.label}: ${r.expected - r.delivered} of ${r.expected} deliveries missing (wait ended: ${r.drainEnded}); ${r.missedVersions.map((m) => `"${m.version}" seen by ${m.seenBy} walls`).join(', ')}`);
      if (r.perServer.length > 1) {
        const per = r.perServer.map((p, i) => `process ${i + 1}: ${p.walls} walls, ${(p.deliveredRatio * 100).toFixed(1)}% delivered, p50 ${p.p50Ms.toFixed(1)} / p99 ${p.p99Ms.toFixed(1)} ms`);
        notes.push(`${r.label}: ${per.join('; ')}`);
      }
      // Everything else the machine did meanwhile (another test run, a build) competes for the same two cores.
      if (r.machine.otherMs > 0.1 * r.machine.wallMs) {
        notes.push(
          `${r.label}: WARNING other processes used ${(r.machine.otherMs / 1000).toFixed(1)} s of CPU during its ${(r.machine.wallMs / 1000).toFixed(1)} s ` +
            `scenario: the machine was not quiet, latencies are pessimistic`,
        );
      }
      if (r.disconnects) notes.push(`${r.label}: ${r.disconnects} walls disconnected (${JSON.stringify(r.disconnectReasons)})`);
      notes.push(...tapsNotes(r));
    }
    const c = checks.single;
    notes.push(
      `targets (1 proc, defined at ${TARGETS.single.walls} walls${c.atTargetSize ? '' : '; this run is smaller'}): ` +
        `delivered ${mark(c.delivered)}, p99 ≤ ${TARGETS.single.p99VsBare} × bare ${mark(c.p99)}, costRatio ${round(costRatio, 2) ?? '-'} ≤ ${TARGETS.single.costRatio} ${mark(c.costRatio)}, ` +
        `≤ ${TARGETS.single.memPerWallKB} KB/wall ${mark(c.memPerWall)}, ack p99 ≤ ${TARGETS.single.ackP99Ms} ms ${mark(c.ackP99)}`,
    );
    if (checks.taps) {
      const k = checks.taps;
      notes.push(
        `targets with taps (1 proc, defined at ${TARGETS.taps.walls} walls and ${TARGETS.taps.tapsPerSec} taps/s${k.atTargetSize ? '' : '; this run is smaller'}): ` +
          `taps/s reached ${mark(k.tapRateReached)}, delivered (both phases) ${mark(k.delivered)}, ` +
          `p99 with taps ≤ ${TARGETS.taps.p99Factor} × without ${mark(k.p99WithTaps)}, ` +
          `≤ ${TARGETS.taps.reactionFramesPerWallPerSec} reaction frames/wall/s ${mark(k.reactionFrames)}, counts exact ${mark(k.countsExact)}`,
      );
    }
    if (checks.cluster) {
      const k = checks.cluster;
      notes.push(
        `targets (2 procs, defined at ${TARGETS.cluster.walls} walls${k.atTargetSize ? '' : '; this run is smaller'}): ` +
          `delivered ${mark(k.delivered)}, p99 ≤ ${TARGETS.cluster.p99VsBare} × bare single ${mark(k.p99)}`,
      );
    }
    if (opts.profileDir) printBreakdown(opts.profileDir, [baseline, single, cluster]);
    console.log(`\n${notes.join('\n')}`);
    console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
  }
  // The last line: the one-line JSON summary of the single-process run.
  console.log(JSON.stringify(summary));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    void stopAll().finally(() => process.exit(1));
  },
);
