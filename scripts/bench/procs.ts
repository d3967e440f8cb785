/**
 * Child processes of the benchmark (servers, Redis, load workers): one registry so that every one
 * of them is stopped on success, on error and on Ctrl-C; and what /proc says about a process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const children = new Set<ChildProcess>();

export function track<C extends ChildProcess>(child: C): C {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (exited(child)) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!exited(child)) child.kill('SIGKILL');
  }, graceMs);
  await done;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => stopChild(c)));
}

/** Last resort when the process is exiting anyway: no waiting possible. */
export function killAllNow(): void {
  for (const c of children) if (!exited(c)) c.kill('SIGKILL');
}

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** User + system CPU time of a process (all its threads), in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/**
 * User + system CPU time of a process's main thread alone, in ms: the JavaScript, the sockets'
 * writes and the collector's pauses, without V8's helper threads (concurrent marking, parallel
 * scavenges, the optimizing compiler) or libuv's pool.
 */
export function mainThreadCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/task/${pid}/stat`);
}

/** The fields of a /proc stat file after the command name (which may contain spaces): state first. */
const statFields = (file: string) => {
  const stat = readFileSync(file, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
};

function statCpuMs(file: string): number {
  const rest = statFields(file);
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return ((utime + stime) * 1000) / clockTicks();
}

/** A kernel thread's flag in /proc/<pid>/stat. */
const PF_KTHREAD = 0x00200000;

/**
 * CPU time in ms of every user-space process on the machine but `ours`, by pid, with the time of
 * the children each has reaped (so a short-lived command run meanwhile counts in its parent's).
 * Kernel threads are left out: their share (the network's softirq work for the sockets under
 * test, mostly) is in the interrupts' figure.
 */
export function otherProcessesCpuMs(ours: ReadonlySet<number>): Map<number, number> {
  const times = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || ours.has(pid)) continue;
    try {
      const rest = statFields(`/proc/${pid}/stat`);
      if (Number(rest[6]) & PF_KTHREAD) continue;
      const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((k) => Number(rest[k]));
      times.set(pid, ((utime! + stime! + cutime! + cstime!) * 1000) / clockTicks());
    } catch {
      // gone meanwhile
    }
  }
  return times;
}

/** Resident set size of a process in KB, from /proc/<pid>/status. */
export function rssKB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]);
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export interface NodeProcess {
  child: ChildProcess;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Extra Node.js flags for the servers under test (ours and the bare one), from
 * BENCH_SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile where their CPU
 * goes. Load workers never get them. A profile is written when the server exits on SIGTERM.
 */
function nodeArgsFor(script: string): string[] {
  const server = script === 'server/index.ts' || script.endsWith('bare-server.ts');
  return server ? (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean) : [];
}

/** `node --import tsx <script>` from the repository root, with stdout/stderr kept for error messages. */
export function spawnNode(script: string, env: Record<string, string>, args: string[] = []): NodeProcess {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', ...nodeArgsFor(script), path.resolve(script), ...args], {
      cwd: path.resolve('.'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let out = '';
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  return { child, pid: child.pid, output: () => out, stop: () => stopChild(child) };
}

/** Polls `url` until it answers 200; fails early if the process exits. */
export async function waitForHttp(proc: NodeProcess, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited(proc.child)) throw new Error(`process exited (${proc.child.exitCode ?? proc.child.signalCode}) before serving ${url}:\n${proc.output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Busy CPU time of the whole machine (all cores) in ms, from /proc/stat (user, nice, system, irq,
 * softirq, steal), and the interrupts' share of it (irq, softirq: on this machine mostly the
 * loopback network delivering the sockets' bytes, which no process is charged for).
 */
export function machineCpuMs(): { busyMs: number; interruptsMs: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number);
  const ms = (ticks: number) => (ticks * 1000) / clockTicks();
  return { busyMs: ms(user + nice + system + irq + softirq + steal), interruptsMs: ms(irq + softirq) };
}

/** The CPU other processes used between two readings of `otherProcessesCpuMs` (one started meanwhile: all of its own). */
export function otherProcessesBetween(a: Map<number, number>, b: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of b) total += ms - (a.get(pid) ?? 0);
  return total;
}
