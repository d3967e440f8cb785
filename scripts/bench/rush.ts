/**
 * The pieces both phases of a scenario share: a seeded rush schedule and playing it with the
 * phones, waiting for the walls to see every version, turning the walls' receive times into
 * latencies, and CPU accounting between two marks.
 */
import { percentile } from '../lib/stats';
import { monotonicUs } from './cpu-breakdown';
import { now, type CollectReport } from './messages';
import type { BenchOptions } from './options';
import { cpuMs, machineCpuMs, mainThreadCpuMs, otherProcessesBetween, otherProcessesCpuMs, sum } from './procs';
import type { RushPhone, Target } from './targets';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const sleepUntil = (t: number) => sleep(Math.max(0, t - now()));
/** Math.max(...xs) overflows the stack for large arrays. */
export const maxOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => (b > a ? b : a), -Infinity) : NaN);

export type Schedule = { first: number; delay: number }[];

/** Each phone's first write at a uniform random time within the rush, its second 1-3 s later. */
export function drawSchedule(random: () => number, phones: number, rushSeconds: number): Schedule {
  return Array.from({ length: phones }, () => ({ first: random() * rushSeconds * 1000, delay: 1000 + random() * 2000 }));
}

/** What a phone writes: its kind and text, for its first and its second write of a phase. */
export type Version = (panelist: number) => { kind: 'submit' | 'edit'; text: string };

export interface Played {
  /** `${pledgeId}\n${text}` -> when the phone emitted it. */
  emitted: Map<string, number>;
  acks: number[];
  lastWrite: number;
}

export async function playRush(phones: RushPhone[], schedule: Schedule, start: number, versions: [Version, Version]): Promise<Played> {
  const emitted = new Map<string, number>();
  const acks: number[] = [];
  await Promise.all(
    phones.map(async (phone, i) => {
      const s = schedule[i]!;
      for (const [k, at] of [start + s.first, start + s.first + s.delay].entries()) {
        await sleepUntil(at);
        const { kind, text } = versions[k]!(i);
        const a = await phone.write(kind, text);
        emitted.set(`${phone.pledgeId}\n${text}`, a.emittedAt);
        acks.push(a.ackMs);
      }
    }),
  );
  return { emitted, acks, lastWrite: now() };
}

export type DrainEnded = 'complete' | 'stalled' | 'timeout';

/** Waits until the walls have `expected` deliveries, nothing arrived for --stall-seconds, or 10 s + W ms passed. */
export async function waitForDeliveries(fleet: { delivered(): number }, expected: number, opts: BenchOptions, lastWrite: number): Promise<DrainEnded> {
  const hardTimeoutMs = 10_000 + opts.walls;
  let lastCount = -1;
  let lastChange = now();
  for (;;) {
    const d = fleet.delivered();
    if (d >= expected) return 'complete';
    if (d !== lastCount) {
      lastCount = d;
      lastChange = now();
    }
    if (now() - lastChange > opts.stallSeconds * 1000) return 'stalled';
    if (now() - lastWrite > hardTimeoutMs) return 'timeout';
    await sleep(50);
  }
}

export interface Latencies {
  delivered: number;
  /** Receive time minus the time the phone emitted that version, every delivery. */
  all: number[];
  byServer: number[][];
  /** Per version: the latency of its last wall, and how many walls got it. */
  perVersion: Map<string, { last: number; count: number }>;
}

/** The deliveries of the versions in `emitted` (others are ignored). */
export function latencies(reports: CollectReport[], emitted: Map<string, number>, servers: number): Latencies {
  const out: Latencies = { delivered: 0, all: [], byServer: Array.from({ length: servers }, () => []), perVersion: new Map() };
  for (const r of reports) {
    r.keys.forEach((serverKey, v) => {
      const cut = serverKey.indexOf('\n');
      const server = Number(serverKey.slice(0, cut));
      const key = serverKey.slice(cut + 1);
      const sent = emitted.get(key);
      if (sent === undefined) return;
      const ts = r.times[v]!;
      const agg = out.perVersion.get(key) ?? { last: 0, count: 0 };
      for (const t of ts) {
        out.all.push(t - sent);
        out.byServer[server]?.push(t - sent);
        agg.last = Math.max(agg.last, t - sent);
      }
      agg.count += ts.length;
      out.perVersion.set(key, agg);
      out.delivered += ts.length;
    });
  }
  return out;
}

export function spread(xs: number[]) {
  return { p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99), max: maxOf(xs), mean: xs.length ? sum(xs) / xs.length : NaN };
}

/** CPU so far: the servers, their helpers (Redis), the load side, the whole machine. */
export interface CpuMark {
  at: number;
  /** The monotonic clock CPU profiles are stamped with, in µs (see cpu-breakdown.ts). */
  mono: number;
  server: number;
  /** The servers' main threads alone. */
  serverMain: number;
  aux: number;
  load: number;
  machine: ReturnType<typeof machineCpuMs>;
  /** Every other process's CPU so far, by pid. */
  others: Map<number, number>;
}

export function cpuMark(target: Target, loadPids: number[]): CpuMark {
  const parent = process.cpuUsage();
  return {
    at: now(),
    mono: monotonicUs(),
    server: sum(target.serverPids.map(cpuMs)),
    serverMain: sum(target.serverPids.map(mainThreadCpuMs)),
    aux: sum(target.auxPids.map(cpuMs)),
    load: sum(loadPids.map(cpuMs)) + (parent.user + parent.system) / 1000,
    machine: machineCpuMs(),
    others: otherProcessesCpuMs(new Set([process.pid, ...target.serverPids, ...target.auxPids, ...loadPids])),
  };
}

export function cpuBetween(a: CpuMark, b: CpuMark) {
  const serverMs = b.server - a.server;
  const serverMainMs = b.serverMain - a.serverMain;
  const auxMs = b.aux - a.aux;
  const loadMs = b.load - a.load;
  return {
    serverMs,
    serverMainMs,
    auxMs,
    loadMs,
    busyMs: b.machine.busyMs - a.machine.busyMs,
    /** The CPU of the machine's other processes (other jobs; a few ticks on a quiet machine). */
    otherMs: otherProcessesBetween(a.others, b.others),
    /** Interrupts, mostly the loopback network's delivery of the sockets' bytes, charged to no process. */
    interruptsMs: b.machine.interruptsMs - a.machine.interruptsMs,
    wallMs: b.at - a.at,
    window: { fromUs: a.mono, toUs: b.mono },
  };
}
