import type { DeltaBatch, ReactionFrame, SessionDelta } from '../../shared/protocol';
import { FrameBuilder } from './coalescer';
import { MAX_WINDOW_MS } from './frame-window';

/**
 * A session's readers on this process, when there are many of them, written slice by slice on a
 * rolling schedule instead of all at once per window.
 *
 * The readers are split into slices (their shard rooms, rooms.ts) that share one log of what
 * reached the session; each slice keeps its place in the log. A cursor visits a group of slices
 * every window / groups, round and round, on a fixed beat (a visit's own writes do not push
 * back the next; a loop held up for more than a step starts the beat again from then, so no slice
 * is written twice within much less than a window), so each slice is visited once per window and
 * the visits are spread evenly over it. A group holds the fewest slices (a power of two) whose
 * average size adds up to `visitSockets` (VISIT_SOCKETS), or all of them, counted when the cursor
 * starts a round: a socket write costs about twice as much in a visit of 80 sockets as in one of
 * 600 (docs/performance.md). A visit writes its slices one frame with everything they have not had,
 * in commit order, as one broadcast. So each reader gets at most one frame per window, carrying
 * every change of that window, and a change waits at most a window: for its group's turn, not for
 * the window and then for the groups written before its own (writing a room of thousands takes a
 * good part of a window). The process writes a group at a time, evenly, instead of a whole room
 * at once, so a command that arrives meanwhile waits for one visit, not the room; and a visit
 * waits a little (COMMANDS_FIRST_MS, PRIORITY_FIRST_MS for a pledge or a moderator's step) for the
 * commands being handled, so their store round trips do not each wait for one. After a quiet
 * spell the group under the cursor is written at once and the others on their turns, the last a
 * window later.
 *
 * Support counts alone wait until the slice's previous frame is a reaction window old; they ride
 * in any earlier frame.
 */
export interface ReaderSlicesOptions {
  /** The slices' rooms. */
  slices: readonly string[];
  /** The fewest sockets a visit writes, where the slices hold that many (default VISIT_SOCKETS). */
  visitSockets?: number;
  /** Local sockets in a room. */
  sockets(room: string): number;
  /** The room's window now: a round of the cursor over the slices. */
  windowMs(): number;
  /** How long support counts alone wait, from the slice's previous frame. */
  reactionWindowMs(): number;
  /** Writes a frame to the local sockets of some slices (synchronously, as one broadcast). */
  write(rooms: readonly string[], batch: DeltaBatch): void;
  /** `sockets` were written in `ms` (reported once enough sockets were written to say something). */
  recordCost?(sockets: number, ms: number): void;
  /** Every slice has had everything (the cursor rests). */
  onIdle?(): void;
  /**
   * The commands being handled on this process (`CommandLoad`): a visit with something to write
   * waits for them to be done, up to COMMANDS_FIRST_MS (PRIORITY_FIRST_MS for a priority one) and
   * half the step between visits.
   */
  commands?(): CommandLoad;
  /** The longest span of commits one frame may gather (default MAX_SPAN_MS). */
  maxSpanMs?: number;
  now?: () => number;
}

/** A commit or counts, with when they reached the slices. */
type Entry = ({ kind: 'commit'; seq: number; deltas: SessionDelta[] } | { kind: 'reactions'; frame: ReactionFrame }) & { at: number };

/**
 * A slice visited late (an event loop held up far past the window) may lack commits of more than
 * a window; it gets them in several frames, none gathering commits this far apart, so two versions
 * of one pledge a second or more apart (a quick edit) never share a frame, in which its readers
 * would see only the second. Twice the longest window: a slice visited on time gets one frame.
 */
export const MAX_SPAN_MS = 2 * MAX_WINDOW_MS;

/** Fewer written sockets than this say little about the cost per socket. */
const COST_BATCH = 500;

/**
 * The fewest sockets one visit writes (where the slices hold that many). At 5,000 readers in 64
 * slices, groups of eight: eight visits a window, each about 10 ms of writes, so a command that
 * arrives meanwhile still waits little.
 */
export const VISIT_SOCKETS = 500;

/**
 * The longest a visit with something to write waits for the commands being handled on this
 * process (a panelist's submit, an audience's tap), so that a command's store round trips and its
 * answer do not each wait for a visit's writes (with visits back to back, a busy process, a
 * submit's several round trips would wait for as many visits). Never more than half the step
 * between two visits, so a window's visits still fit in it; and the beat is not pushed back: a
 * visit that waited is followed sooner.
 */
export const COMMANDS_FIRST_MS = 10;

/**
 * The longest a visit waits for a priority command: the panelist's submit or the moderator's step
 * the room is waiting for, whose store round trips would otherwise each wait for a visit of
 * hundreds of sockets (tens of ms on a loaded machine). Taps and typing signals, many and light,
 * get COMMANDS_FIRST_MS. Still never more than half the step between two visits.
 */
export const PRIORITY_FIRST_MS = 40;

/**
 * What is being handled on the process: no command, light ones only (taps of support, typing
 * signals, resyncs), or at least one priority command (realtime/commands.ts).
 */
export type CommandLoad = 'none' | 'light' | 'priority';

function commandsFirstMs(load: Exclude<CommandLoad, 'none'>): number {
  switch (load) {
    case 'light':
      return COMMANDS_FIRST_MS;
    case 'priority':
      return PRIORITY_FIRST_MS;
    default: {
      const never: never = load;
      throw new Error(`unknown command load ${String(never)}`);
    }
  }
}

/** How often a visit that waits for commands looks again. */
const COMMANDS_POLL_MS = 1;

export class ReaderSlices {
  /** Commits and counts not yet written to every slice; `base` is the log index of the first. */
  private log: Entry[] = [];
  private base = 0;
  /** Per slice, the log index it has been written up to, and when it was last written. */
  private readonly next: number[];
  private readonly lastWrite: number[];
  /** The first slice of the group visited next, and when its visit is due on the beat. */
  private cursor = 0;
  private beat = -Infinity;
  /** Slices per visit in this round. */
  private group = 1;
  /** Since when the next visit has been waiting for commands. */
  private waitingSince: number | null = null;
  /** No visit is planned since the last time every slice had everything. */
  private resting = true;
  private timer: { cancel(): void } | null = null;
  private stopped = false;
  private readonly now: () => number;
  private cost = { sockets: 0, ms: 0 };

  constructor(private readonly options: ReaderSlicesOptions) {
    this.now = options.now ?? Date.now;
    this.next = options.slices.map(() => 0);
    this.lastWrite = options.slices.map(() => -Infinity);
  }

  add(seq: number, deltas: SessionDelta[]): void {
    this.append({ kind: 'commit', seq, deltas, at: this.now() });
  }

  addReactions(frame: ReactionFrame): void {
    this.append({ kind: 'reactions', frame, at: this.now() });
  }

  /** A frame gathered elsewhere (the room's frame of before there were slices), commit by commit. */
  addBatch(batch: DeltaBatch): void {
    const at = this.now();
    for (const seq of batch.seqs) this.log.push({ kind: 'commit', seq, deltas: batch.deltas.filter((d) => d.seq === seq), at });
    if (batch.reactions) this.log.push({ kind: 'reactions', frame: batch.reactions, at });
    this.restart();
  }

  /** Nothing waits to be written. */
  get idle(): boolean {
    return this.log.length === 0;
  }

  /** Writes every slice what it has not had, now (a server shutting down, or fewer readers). */
  flush(): void {
    this.cancel();
    this.waitingSince = null;
    this.visit(this.options.slices.map((_, k) => k), true);
    this.trim();
  }

  /** For good: nothing is written any more. */
  stop(): void {
    this.stopped = true;
    this.cancel();
    this.waitingSince = null;
  }

  private cancel() {
    this.timer?.cancel();
    this.timer = null;
  }

  private append(entry: Entry) {
    this.log.push(entry);
    // A change does not wait for a visit put off until counts fall due.
    if (entry.kind === 'commit') this.restart();
    else if (!this.timer) this.schedule();
  }

  private restart() {
    this.cancel();
    this.schedule();
  }

  /**
   * The next visit: on the beat, at once after a pause; while only counts wait, not before the
   * first slice's reaction window is over.
   */
  private schedule() {
    if (this.stopped) return;
    const now = this.now();
    // After a pause the beat starts again, at once unless the last visit was less than a step ago.
    if (this.resting) this.beat = Math.max(this.beat, now);
    this.resting = false;
    let at = this.beat;
    if (!this.log.some((e) => e.kind === 'commit')) {
      const reaction = this.options.reactionWindowMs();
      const end = this.base + this.log.length;
      at = Math.max(at, Math.min(...this.lastWrite.map((t, k) => (this.next[k]! < end ? t + reaction : Infinity))));
    }
    this.later(at - now);
  }

  /** The next tick in `delay` ms (at once, after I/O, under a millisecond). */
  private later(delay: number) {
    if (delay < 1) {
      const immediate = setImmediate(() => this.tick());
      this.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(() => this.tick(), delay);
      this.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  /** Visits the group under the cursor; the cursor rests where it is while nothing waits. */
  private tick() {
    this.timer = null;
    const n = this.options.slices.length;
    // A new round (not a visit that has been waiting for commands) counts the sockets again.
    if (this.cursor === 0 && this.waitingSince === null) this.group = this.groupSize();
    const ks: number[] = [];
    for (let k = this.cursor; k < Math.min(n, this.cursor + this.group); k++) ks.push(k);
    const windowMs = this.options.windowMs();
    const step = (windowMs * ks.length) / n;
    // Commands first, for a while (priority commands for longer), where the visit has something to write.
    const load = this.options.commands?.() ?? 'none';
    if (load !== 'none' && this.writesAny(ks)) {
      this.waitingSince ??= this.now();
      const most = Math.min(commandsFirstMs(load), step / 2);
      if (this.now() - this.waitingSince < most) return this.later(COMMANDS_POLL_MS);
    }
    this.waitingSince = null;
    this.cursor = (this.cursor + ks.length) % n;
    // The next visit is a step after this one was due, however long this one took; but a cursor
    // more than a step behind (the loop was held up) starts the beat again from now rather than
    // hurry through the slices, which would write slices visited late in this round again well
    // within a window.
    this.beat += step;
    if (this.beat < this.now() - step) this.beat = this.now();
    this.visit(ks, false);
    this.trim();
    if (!this.idle) return this.schedule();
    this.resting = true;
    this.options.onIdle?.();
  }

  /**
   * Slices per visit: the fewest (a power of two, so groups stay aligned on the slices) holding
   * `visitSockets` between them on average.
   */
  private groupSize(): number {
    const n = this.options.slices.length;
    const perSlice = this.options.slices.reduce((total, _, k) => total + this.socketsOf(k), 0) / n;
    const target = this.options.visitSockets ?? VISIT_SOCKETS;
    let group = 1;
    while (group < n && perSlice * group < target) group *= 2;
    return group;
  }

  /** Whether a visit to slices `ks` now would write to any socket. */
  private writesAny(ks: number[]): boolean {
    return ks.some((k) => this.socketsOf(k) > 0 && this.due(k, this.pending(k)));
  }

  /** Local sockets in slice `k`. */
  private socketsOf(k: number): number {
    return this.options.sockets(this.options.slices[k]!);
  }

  /** What slice `k` has not had yet. */
  private pending(k: number): Entry[] {
    return this.log.slice(this.next[k]! - this.base);
  }

  /** Whether slice `k`'s `pending` holds a change, or counts whose wait is over. */
  private due(k: number, pending: Entry[]): boolean {
    if (pending.length === 0) return false;
    return pending.some((e) => e.kind === 'commit') || this.now() - this.lastWrite[k]! >= this.options.reactionWindowMs();
  }

  /**
   * Writes slices `ks` what they have not had (`all`: counts too, whether due or not). Slices at
   * the same place in the log share one broadcast (they are apart after a change of groups, and
   * where counts fell due for some slices and not others).
   */
  private visit(ks: number[], all: boolean) {
    const byStart = new Map<number, number[]>();
    for (const k of ks) {
      const pending = this.pending(k);
      if (pending.length === 0 || (!all && !this.due(k, pending))) continue;
      const same = byStart.get(this.next[k]!);
      if (same) same.push(k);
      else byStart.set(this.next[k]!, [k]);
    }
    for (const [start, group] of byStart) this.write(group, this.log.slice(start - this.base));
  }

  /** Writes slices `ks` the `pending` entries (nothing to empty slices). */
  private write(ks: number[], pending: Entry[]) {
    const end = this.base + this.log.length;
    for (const k of ks) this.next[k] = end;
    const written = ks.map((k) => ({ k, sockets: this.socketsOf(k) })).filter((w) => w.sockets > 0);
    if (written.length === 0) return;
    const rooms = written.map((w) => this.options.slices[w.k]!);
    const sockets = written.reduce((total, w) => total + w.sockets, 0);
    const maxSpan = this.options.maxSpanMs ?? MAX_SPAN_MS;
    const frames: FrameBuilder[] = [];
    let from = -Infinity;
    for (const entry of pending) {
      if (entry.at - from >= maxSpan) {
        frames.push(new FrameBuilder());
        from = entry.at;
      }
      const frame = frames[frames.length - 1]!;
      if (entry.kind === 'commit') frame.addCommit(entry.seq, entry.deltas);
      else frame.addReactions(entry.frame);
    }
    const started = performance.now();
    for (const frame of frames) this.options.write(rooms, frame.build());
    this.noteCost(sockets * frames.length, performance.now() - started);
    const at = this.now();
    for (const w of written) this.lastWrite[w.k] = at;
  }

  private noteCost(sockets: number, ms: number) {
    this.cost.sockets += sockets;
    this.cost.ms += ms;
    if (this.cost.sockets < COST_BATCH) return;
    this.options.recordCost?.(this.cost.sockets, this.cost.ms);
    this.cost = { sockets: 0, ms: 0 };
  }

  /** Drops the entries every slice has had. */
  private trim() {
    const done = Math.min(...this.next);
    if (done <= this.base) return;
    this.log = this.log.slice(done - this.base);
    this.base = done;
  }
}
