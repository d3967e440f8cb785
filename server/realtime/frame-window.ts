import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/**
 * How long a room's changes may wait to share one frame. Writing a frame costs about the same per
 * socket whatever it carries (the kernel's send dominates), so under load the way to spend less
 * per delivered change is to put more changes in each frame:
 *
 * - a small room (a few consoles, a panel's phones, a few hundred walls) gets each change on the
 *   next tick: no one waits for company that rarely comes;
 * - a large room gets at most one frame per window, the window being what a frame to the room
 *   costs (its sockets times the measured cost of one socket's write, `WriteCost`) over the share
 *   of the process one room's frames may take (FANOUT_SHARE); it grows again while the event loop
 *   runs late (measured with `monitorEventLoopDelay`), up to MAX_WINDOW_MS. A room of thousands of
 *   walls under a close rush gets two or three full frames a second instead of one per change,
 *   while a change after a quiet spell still goes out at once;
 * - support counts alone (no other change waiting) wait longer still, so a tapping audience costs
 *   each wall a bounded number of writes a second; they ride in any earlier frame for free.
 */

/** Below this many sockets of a room on this process, every change goes out on the next tick. */
export const SMALL_ROOM = 500;
/**
 * The longest any change waits for its frame. Half a second: a wall still follows the room, and
 * two versions of one pledge a second or more apart (a quick edit) never share a frame, in which
 * walls would see only the second.
 */
export const MAX_WINDOW_MS = 500;
/**
 * The share of this process's time that one room's frames may take while its changes keep
 * coming (where the window is not at MAX_WINDOW_MS: a room of 7,500 sockets or more at 20 µs gets
 * two frames a second, whatever they cost).
 */
export const FANOUT_SHARE = 0.3;
/**
 * The cost of writing a frame to one socket (µs) that windows assume at the least: about what a
 * write and its kernel send cost on a busy 2-core machine. A faster machine's writes measure
 * cheaper, yet its large rooms still get a few frames a second, so fuller frames still cut its
 * cost per delivered change; where writes measure costlier, the windows widen.
 */
export const MIN_WRITE_US = 20;
/** Event-loop delay (p99 of the last sample) under which the loop counts as keeping up. */
export const CALM_DELAY_MS = 20;
/** Socket writes a second that one room's support counts may cost on this process. */
export const REACTION_WRITES_PER_SECOND = 5000;
/** Support counts go out at least this often where the room is small enough... */
export const MIN_REACTION_WINDOW_MS = 100;
/** ...and at least once a second where it is not. */
export const MAX_REACTION_WINDOW_MS = 1000;

/**
 * A room's window for changes, from its local sockets, what a write to one socket costs and the
 * event loop's recent delay.
 */
export function deltaWindowMs(sockets: number, loopDelayMs: number, writeUs = MIN_WRITE_US): number {
  if (sockets < SMALL_ROOM) return 0;
  // A frame's cost over the room's share: at 20 µs a socket, 33 ms at 500 sockets, 333 ms at 5,000 ...
  const base = (sockets * Math.max(MIN_WRITE_US, writeUs)) / 1000 / FANOUT_SHARE;
  // ... times how far the loop is behind: a loop 60 ms late triples it.
  const pressure = Math.max(1, loopDelayMs / CALM_DELAY_MS);
  return Math.round(Math.min(MAX_WINDOW_MS, base * pressure));
}

/** Frames to fewer sockets than this say little about the cost per socket (timers, not writes). */
const MEASURED_FROM_SOCKETS = 100;
/** The recent frames whose median is the cost: one frame slowed by a GC pause moves nothing. */
const SAMPLES = 9;

/**
 * What writing a frame to one socket costs on this process: the median of the last few frames to
 * large rooms (timed around Socket.IO's synchronous write loop). A busier machine writes slower,
 * which widens the windows.
 */
export class WriteCost {
  private readonly samples: number[] = [];
  private us = MIN_WRITE_US;

  /** A frame was written to `sockets` local sockets in `ms`. */
  record(sockets: number, ms: number): void {
    if (sockets < MEASURED_FROM_SOCKETS) return;
    this.samples.push((ms * 1000) / sockets);
    if (this.samples.length > SAMPLES) this.samples.shift();
    const sorted = [...this.samples].sort((a, b) => a - b);
    this.us = sorted[Math.floor(sorted.length / 2)]!;
  }

  perSocketUs(): number {
    return this.us;
  }
}

/** How long support counts with nothing else to send wait for a frame, from the room's local sockets. */
export function reactionWindowMs(sockets: number): number {
  const bounded = (1000 * sockets) / REACTION_WRITES_PER_SECOND;
  return Math.round(Math.min(MAX_REACTION_WINDOW_MS, Math.max(MIN_REACTION_WINDOW_MS, bounded)));
}

/** The event loop's delay, sampled continuously and summarised every `sampleMs`. */
export interface LoopDelay {
  /** p99 of the loop's delay over the last sample, in ms. */
  ms(): number;
  stop(): void;
}

export function watchLoopDelay(sampleMs = 500): LoopDelay {
  const resolutionMs = 10;
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  let recent = 0;
  const timer = setInterval(() => {
    // The histogram records whole intervals between its timer's runs (resolution included);
    // without samples it reports its extremes: count that as calm.
    recent = histogram.count > 0 ? Math.max(0, histogram.percentile(99) / 1e6 - resolutionMs) : 0;
    histogram.reset();
  }, sampleMs);
  timer.unref();
  return {
    ms: () => recent,
    stop: () => {
      clearInterval(timer);
      histogram.disable();
    },
  };
}
