import type { WallClient } from './wall-client';

/**
 * What is played against each target. Today one scenario: the close rush, then (with an audience)
 * the same rush again under support taps. A `--forum` scenario (walls of an event's forum) is to
 * come: it adds its kind here, its switch to SCENARIOS and its options to BenchOptions.
 */
export type ScenarioKind = 'rush';
const SCENARIOS: Record<string, ScenarioKind> = {};

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
  /** Audience devices tapping support in phase 2 (0: no phase 2). */
  audience: number;
  /** Taps a second over all audience devices (0: no phase 2). */
  tapsPerSecond: number;
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
  --audience A          audience devices tapping support in phase 2 (default 300; 0 skips phase 2)
  --taps-per-second T   taps a second over all of them (default 1000; 0 skips phase 2)`;

export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const known = ['walls', 'pledges', 'rush-seconds', 'walls-per-worker', 'join-concurrency', 'seed', 'stall-seconds', 'wall-client', 'audience', 'taps-per-second'];
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
  return {
    scenario,
    wallClient,
    walls: num('walls', 2000, 1, 20_000),
    pledges: num('pledges', 20, 1, 40),
    rushSeconds: num('rush-seconds', 5, 0, 600, false),
    skipCluster: flags.has('skip-cluster'),
    skipBaseline: flags.has('skip-baseline'),
    jsonOnly: flags.has('json-only'),
    wallsPerWorker: num('walls-per-worker', 2500, 1, 20_000),
    joinConcurrency: num('join-concurrency', 400, 1, 20_000),
    seed: num('seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31),
    stallSeconds: num('stall-seconds', 5, 0.5, 600, false),
    audience: num('audience', 300, 0, 5000),
    tapsPerSecond: num('taps-per-second', 1000, 0, 20_000),
  };
}
