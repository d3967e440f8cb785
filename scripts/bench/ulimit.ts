/**
 * Node cannot call setrlimit from JavaScript, so the benchmark checks the open-files limit its child
 * processes get (`sh -c 'ulimit -n'`) and, when it is too low for W sockets, runs itself again once
 * through `sh -c 'ulimit -n N && exec node ...'`. (Node itself already lifts its soft limit to the
 * hard limit at startup, so in practice the re-run helps only where raising the hard limit is
 * allowed, i.e. as root with CAP_SYS_RESOURCE; otherwise it fails with instructions.)
 */
import { execFileSync, spawn } from 'node:child_process';

const GUARD = 'PLEDGE_BENCH_ULIMIT_RAISED';
const RAISE_FAILED = 97;

export function openFilesLimit(): number {
  const out = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  return out === 'unlimited' ? Number.POSITIVE_INFINITY : Number(out);
}

/**
 * The limit is per process. The load side spreads walls over worker processes, so the process
 * holding the most descriptors is the server of the one-process run: one socket per wall and per
 * audience device, plus slack for phones, Redis connections, pipes and node itself. (A load worker
 * holds at most --walls-per-worker sockets, never more than W.)
 */
export const openFilesNeeded = (sockets: number) => sockets + 1024;

function hardLimit(): string {
  try {
    return execFileSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function explain(needed: number, have: number): string {
  return (
    `The benchmark needs at least ${needed} open files per process (walls + audience + 1024) but the limit is ${have} ` +
    `(hard limit ${hardLimit()}) and it could not be raised.\n` +
    `Raise it in the shell that runs the benchmark, e.g. \`ulimit -n ${needed}\` (the hard limit, \`ulimit -Hn\`, ` +
    `caps what an unprivileged user may set), or permanently in /etc/security/limits.conf:\n` +
    `  *  soft  nofile  ${needed}\n  *  hard  nofile  ${needed}\n` +
    `then log in again (or run with fewer --walls).`
  );
}

/**
 * Returns when the limit is high enough. Otherwise re-runs this script with a raised limit and
 * exits with its exit code, or exits 1 with instructions when the limit cannot be raised.
 */
export async function ensureOpenFiles(sockets: number): Promise<void> {
  const needed = openFilesNeeded(sockets);
  const have = openFilesLimit();
  if (have >= needed) return;
  if (process.env[GUARD]) {
    console.error(explain(needed, have));
    process.exit(1);
  }
  process.stderr.write(`open-files limit ${have} < ${needed}: re-running with \`ulimit -n ${needed}\`\n`);
  const argv = [...process.execArgv, ...process.argv.slice(1)];
  const child = spawn('sh', ['-c', `ulimit -n ${needed} 2>/dev/null || exit ${RAISE_FAILED}; exec "$@"`, 'sh', process.execPath, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [GUARD]: '1' },
  });
  // Ctrl-C reaches the child too (same process group); wait for it to clean up.
  const ignore = () => {};
  process.on('SIGINT', ignore);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  const code = await new Promise<number>((resolve) => child.once('exit', (c, s) => resolve(c ?? (s ? 128 : 1))));
  if (code === RAISE_FAILED) {
    console.error(explain(needed, have));
    process.exit(1);
  }
  process.exit(code);
}
