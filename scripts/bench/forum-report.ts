/**
 * The forum scenario's output (`npm run bench -- --forum`): the "Forum" table (a row per target
 * and the ratio ours / bare), notes, the results file, and the one-line JSON summary whose `forum`
 * object holds both wall groups' figures for ours and bare. See docs/performance.md.
 */
import path from 'node:path';
import { formatTable } from '../lib/stats';
import { mark, ratioRow, round, writeResults, type Measured } from './measure';
import type { BenchOptions } from './options';
import type { ForumGroup, ForumRun } from './scenario-forum';

export const FORUM_HEADER = [
  'run',
  'sessions',
  'walls session + forum',
  'delivered % session',
  'delivered % forum',
  'p50 session',
  'p99 session',
  'p50 forum',
  'p99 forum',
  'ack p99',
  'frames/wall/s session',
  'frames/wall/s forum',
  'CPU µs/delivery session',
  'CPU µs/delivery forum',
  'forum / session CPU',
  'CPU µs/msg all',
  'forum join s',
  'other CPU ms',
  'irq CPU ms',
];

function forumRow(r: ForumRun): (string | number)[] {
  return [
    r.label,
    String(r.sessions),
    `${r.session.walls} + ${r.forum.walls}`,
    r.session.deliveredRatio * 100,
    r.forum.deliveredRatio * 100,
    r.session.latencyMs.p50,
    r.session.latencyMs.p99,
    r.forum.latencyMs.p50,
    r.forum.latencyMs.p99,
    r.ackMs.p99,
    r.session.framesPerWallPerSec,
    r.forum.framesPerWallPerSec,
    r.session.cpuUsPerDelivery,
    r.forum.cpuUsPerDelivery,
    r.forumToSessionCost,
    r.cpuUsPerMsg,
    r.forum.joinS,
    r.machine.otherMs,
    r.machine.interruptsMs,
  ];
}

const groupFigures = (g: ForumGroup) => ({
  walls: g.walls,
  deliveredRatio: g.deliveredRatio,
  p50Ms: round(g.latencyMs.p50),
  p99Ms: round(g.latencyMs.p99),
  framesPerWallPerSec: round(g.framesPerWallPerSec, 2),
  cpuUsPerDelivery: round(g.cpuUsPerDelivery),
});

/** One target's figures in the summary line. */
const figures = (r: ForumRun) => ({
  session: groupFigures(r.session),
  forum: groupFigures(r.forum),
  ackP99Ms: round(r.ackMs.p99),
  cpuUsPerMsg: round(r.cpuUsPerMsg),
  forumToSessionCost: round(r.forumToSessionCost),
  sessionAloneP99Ms: round(r.sessionAloneLatencyMs.p99),
  forumJoinS: round(r.forum.joinS),
});

function notes(r: ForumRun): string[] {
  const out: string[] = [];
  for (const [name, g] of [
    ['session walls', r.session],
    ['forum walls', r.forum],
  ] as const) {
    if (g.joined < g.walls) out.push(`${r.label}: ${g.walls - g.joined} ${name} did not join`);
    if (g.delivered < g.expected) out.push(`${r.label}: ${name}: ${g.expected - g.delivered} of ${g.expected} deliveries missing`);
  }
  if (r.joinErrors.length) out.push(`${r.label}: join errors: ${r.joinErrors.join('; ')}`);
  const unfinished = r.steps.filter((s) => s.drainEnded !== 'complete');
  if (unfinished.length) out.push(`${r.label}: the wait for deliveries ended early in ${unfinished.map((s) => `${s.name} (${s.drainEnded})`).join(', ')}`);
  if (r.foreign) out.push(`${r.label}: session walls received ${r.foreign} pledge deltas of other sessions`);
  if (r.duplicates || r.unexpectedVersions) out.push(`${r.label}: ${r.duplicates} duplicate and ${r.unexpectedVersions} unexpected deliveries`);
  if (r.disconnects) out.push(`${r.label}: ${r.disconnects} walls disconnected (${JSON.stringify(r.disconnectReasons)})`);
  if (r.machine.otherMs > 0.1 * r.machine.wallMs) {
    out.push(`${r.label}: WARNING other processes used ${(r.machine.otherMs / 1000).toFixed(1)} s of CPU during its ${(r.machine.wallMs / 1000).toFixed(1)} s of steps: the CPU split is unreliable`);
  }
  const cpu = r.steps.map((s) => `${s.name} ${Math.round(s.serverCpuMs)} ms`).join(', ');
  out.push(`${r.label}: server CPU per step: ${cpu}; session walls alone (step 1) p50 ${r.sessionAloneLatencyMs.p50.toFixed(1)} / p99 ${r.sessionAloneLatencyMs.p99.toFixed(1)} ms`);
  return out;
}

export function reportForum(opts: BenchOptions, runs: Measured<ForumRun>, ctx: { commit: string; dirty: string }): void {
  const { baseline, single, cluster } = runs;
  const file = writeResults('fanout-forum', opts, {
    commit: ctx.commit,
    uncommittedServerChanges: ctx.dirty ? ctx.dirty.split('\n') : [],
    baseline: baseline ?? null,
    single,
    cluster: cluster ?? null,
  });
  const ratio = (f: (r: ForumRun) => number) => (baseline ? round(f(single) / f(baseline)) : null);
  const allDelivered = (r: ForumRun) => (r.session.delivered + r.forum.delivered) / (r.session.expected + r.forum.expected);
  const summary = {
    bench: 'fanout',
    scenario: 'forum',
    walls: opts.walls,
    pledges: opts.pledges,
    deliveredRatio: allDelivered(single),
    ackP99Ms: round(single.ackMs.p99),
    cpuUsPerMsg: round(single.cpuUsPerMsg),
    costRatio: ratio((r) => r.cpuUsPerMsg),
    wallClient: opts.wallClient,
    loadgenNice: opts.loadgenNice,
    forum: {
      sessions: opts.sessions,
      sessionWalls: single.session.walls,
      forumWalls: single.forum.walls,
      pledgesPerSession: opts.pledges,
      versionsPerStep: single.versionsPerStep,
      ours: figures(single),
      bare: baseline ? figures(baseline) : null,
      cluster: cluster ? { ...figures(cluster), deliveredRatio: allDelivered(cluster) } : null,
      /** Ours / bare. */
      ratio: baseline
        ? {
            sessionP99: ratio((r) => r.session.latencyMs.p99),
            forumP99: ratio((r) => r.forum.latencyMs.p99),
            ackP99: ratio((r) => r.ackMs.p99),
            sessionCpuUsPerDelivery: ratio((r) => r.session.cpuUsPerDelivery),
            forumCpuUsPerDelivery: ratio((r) => r.forum.cpuUsPerDelivery),
          }
        : null,
    },
    commit: ctx.commit,
  };

  if (!opts.jsonOnly) {
    const rows: (string | number)[][] = [];
    if (baseline) rows.push(forumRow(baseline));
    rows.push(forumRow(single));
    if (baseline) rows.push(ratioRow(forumRow(single), forumRow(baseline), 3));
    if (cluster) rows.push(forumRow(cluster));
    console.log(
      `\nForum: one event, ${opts.sessions} sessions; ${single.session.walls} session walls spread over them, ${single.forum.walls} forum walls; ` +
        `${opts.pledges} submits per session over ${opts.rushSeconds} s + as many edits, ${single.versionsPerStep} versions per step (${opts.wallClient} client).\n` +
        `Latency (ms) and frames: step 2, both groups joined. CPU per delivery: what a group's step added over the step before (docs/performance.md)\n`,
    );
    console.log(formatTable(FORUM_HEADER, rows));
    const lines = [baseline, single, cluster].flatMap((r) => (r ? notes(r) : []));
    const cost = (r: ForumRun | undefined) => (r && Number.isFinite(r.forumToSessionCost) ? `${r.forumToSessionCost.toFixed(2)}×` : 'n/a');
    lines.push(
      `forum wall requirement (the same server CPU per delivery as a session wall): forum / session ours ${cost(single)}, bare ${cost(baseline)}; ` +
        `every version delivered to both groups ${mark(single.session.deliveredRatio === 1 && single.forum.deliveredRatio === 1)}`,
    );
    console.log(`\n${lines.join('\n')}`);
    console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
  }
  console.log(JSON.stringify(summary));
}
