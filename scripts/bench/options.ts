import type { WallClient } from './wall-client';

/**
 * What is played against each target: the close rush in one session, then (with an audience) the
 * same rush again under support taps; or, with `--forum`, an event of several sessions whose walls
 * are spread over them, plus a group of forum walls (scenario-forum.ts).
 */
export type ScenarioKind = 'rush' | 'forum';
const SCENARIOS: Record<string, ScenarioKind> = { forum: 'forum' };
/** With --forum each session seats 4 × P panelists (a batch for the warm-up and each step): LIMITS.panelMax / 4. */
export const FORUM_MAX_PLEDGES = 10;

/** Command-line options of `npm run bench` (scripts/bench.ts). */
export interface BenchOptions {
  scenario: ScenarioKind;
  walls: number;
  pledges: number;
  rushSeconds: number;
  skipCluster: boolean;
  skipBaseline: boolean;
  jsonOnly: boolean;
  /** Wall sockets per load worker process. */
  wallsPerWorker: number;
  /** Wall sockets opening at once, over all workers (keeps bursts under the listen backlog). */
  joinConcurrency: number;
  /** Seed of the rush schedule; the same schedule is played against every server in one run. */
  seed: number;
  /** Ends the wait for stragglers when no wall received anything for this long. */
  stallSeconds: number;
  /** How the load workers connect walls: socket.io-client (default) or a raw Engine.IO WebSocket. */
  wallClient: WallClient;
  /**
   * The load workers' nice value (0: the servers' own priority). Walls and the audience run on the
   * same two cores as the server under test; at a lower priority they take what it leaves, as
   * they would from other machines. The panelists' phones (this process) stay at 0.
   */
  loadgenNice: number;
  /** Audience devices tapping support in phase 2 (0: no phase 2). */
  audience: number;
  /** Taps a second over all audience devices (0: no phase 2). */
  tapsPerSecond: number;
  /** Where the servers write CPU profiles (`--cpu-prof`), broken down per phase after the run (null: not profiled). */
  profileDir: string | null;
  /** --forum: sessions of the event, each with P panelists per step (the rush: 1). */
  sessions: number;
  /** --forum: walls of the event's forum; the other walls are spread evenly over the sessions (the rush: 0). */
  forumWalls: number;
}

/** Whether phase 2 (the rush again, under taps) runs. */
export const withTaps = (opts: BenchOptions) => opts.audience > 0 && opts.tapsPerSecond > 0;

export const USAGE = `usage: npm run bench -- [options]
  --walls N             wall sockets (default 2000, at most 20000)
  --pledges P           panelists, each submits once and edits once (default 20)
  --rush-seconds S      submits spread uniformly over S seconds (default 5)
  --skip-cluster        skip the two-process run
  --skip-baseline       skip the bare Socket.IO baseline (debugging)
  --json-only           print only the one-line JSON summary on stdout
  --walls-per-worker N  wall sockets per load worker process (default 2500)
  --join-concurrency N  wall sockets connecting at once, over all workers (default 400)
  --seed N              seed of the rush schedule (default: random)
  --stall-seconds N     stop waiting for deliveries after N s without any (default 5)
  --wall-client C       sio (socket.io-client, default) or raw (a bare WebSocket speaking the
                        Engine.IO/Socket.IO frames; less load-generator CPU per delivery)
  --loadgen-nice N      run the load workers (walls, audience) at nice N, 0-19 (default 0): the
                        server under test then gets the CPU first, as with remote clients
  --audience A          audience devices tapping support in phase 2 (default 300; 0 skips phase 2)
  --taps-per-second T   taps a second over all of them (default 1000; 0 skips phase 2)
  --forum               the forum scenario instead: one event, walls spread over its sessions
                        plus one group of forum walls (no taps phase; --pledges is per session,
                        default 10, at most ${FORUM_MAX_PLEDGES})
  --sessions N          --forum: sessions in the event (default 10)
  --forum-walls F       --forum: forum walls among the --walls (default 10 % of them)
  --profile DIR         the servers write V8 CPU profiles into DIR; after the run, where their
                        CPU went during each phase, per delivered message (cpu-breakdown.ts)`;

export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const known = ['walls', 'pledges', 'rush-seconds', 'walls-per-worker', 'join-concurrency', 'seed', 'stall-seconds', 'wall-client', 'loadgen-nice', 'audience', 'taps-per-second', 'sessions', 'forum-walls', 'profile'];
  const switches = ['skip-cluster', 'skip-baseline', 'json-only', 'help', ...Object.keys(SCENARIOS)];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.replace(/^--/, '').split('=')[0]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"\n${USAGE}`);
    if (switches.includes(name)) {
      flags.add(name);
    } else if (known.includes(name)) {
      const inline = a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined;
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`--${name} needs a value\n${USAGE}`);
      values.set(name, v);
    } else {
      throw new Error(`unknown option "${a}"\n${USAGE}`);
    }
  }
  if (flags.has('help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (name: string, fallback: number, min: number, max: number, integer = true) => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw new Error(`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${raw}"`);
    }
    return n;
  };
  const wallClient = values.get('wall-client') ?? 'sio';
  if (wallClient !== 'sio' && wallClient !== 'raw') throw new Error(`--wall-client must be sio or raw, got "${wallClient}"`);
  const scenario = Object.entries(SCENARIOS).find(([name]) => flags.has(name))?.[1] ?? 'rush';
  const forum = scenario === 'forum';
  const walls = num('walls', 2000, 1, 20_000);
  const sessions = num('sessions', 10, 1, 100);
  if (!forum && (values.has('sessions') || values.has('forum-walls'))) throw new Error(`--sessions and --forum-walls need --forum\n${USAGE}`);
  if (forum && walls < sessions + 1) throw new Error(`--forum needs at least one wall per session and one forum wall: --walls ${sessions + 1} or more`);
  return {
    scenario,
    wallClient,
    walls,
    // The rush: one session, no forum walls.
    sessions: forum ? sessions : 1,
    forumWalls: forum ? num('forum-walls', Math.min(walls - sessions, Math.max(1, Math.round(walls / 10))), 1, walls - sessions) : 0,
    pledges: forum ? num('pledges', 10, 1, FORUM_MAX_PLEDGES) : num('pledges', 20, 1, 40),
    rushSeconds: num('rush-seconds', 5, 0, 600, false),
    skipCluster: flags.has('skip-cluster'),
    skipBaseline: flags.has('skip-baseline'),
    jsonOnly: flags.has('json-only'),
    wallsPerWorker: num('walls-per-worker', 2500, 1, 20_000),
    joinConcurrency: num('join-concurrency', 400, 1, 20_000),
    seed: num('seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31),
    stallSeconds: num('stall-seconds', 5, 0.5, 600, false),
    loadgenNice: num('loadgen-nice', 0, 0, 19),
    // The forum scenario has no taps phase.
    audience: forum ? 0 : num('audience', 300, 0, 5000),
    tapsPerSecond: num('taps-per-second', 1000, 0, 20_000),
    profileDir: values.get('profile') ?? null,
  };
}
