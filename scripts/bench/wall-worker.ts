/**
 * A load worker of `npm run bench`: holds a share of the wall sockets (forked by walls.ts, so
 * walls never share a process with a server), records when each wall sees each pledge version,
 * and reports back to the parent over IPC.
 *
 * A delivery is a wall seeing a pledge version (pledge id + text) in a `pledge` delta of a
 * `session:deltas` frame (one commit's, or several coalesced); each counts once per wall. A session
 * wall counts only its own session's pledges (others are `foreign`); a forum wall (`/forum`
 * namespace) counts the `pledge` deltas of its `forum:deltas` frames, of every session.
 *
 * Support counts: each wall keeps, per pledge, the count of the highest reaction version it has
 * seen (snapshot, then the `reactions` of its frames), as client/store/reactions.ts does, and
 * reports its final counts as one canonical string; walls holding the same counts share a line.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ForumFrame } from '../../shared/forum';
import type { DeltaBatch, ReactionFrame, SessionSnapshot } from '../../shared/protocol';
import { now, type CollectReport, type FromWorker, type ToWorker } from './messages';
import { openWall, type WallConnection } from './wall-client';

const send = (msg: FromWorker) => process.send!(msg);

const walls: WallConnection[] = [];
const keyIndex = new Map<string, number>();
const times: number[][] = [];
const keys: string[] = [];
let delivered = 0;
let duplicates = 0;
let foreign = 0;
let frames = 0;
let reactionFrames = 0;
/** What each joined wall knows of the support counts, and when its frames came. */
const support: Support[] = [];
let disconnects = 0;
let resyncs = 0;
const disconnectReasons: Record<string, number> = {};
/** Walls joined per server URL (index into the join message's urls). */
const wallsByUrl: number[] = [];
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let progressTimer: NodeJS.Timeout | undefined;

class Support {
  /** Pledge id -> [reaction version, count]. */
  readonly counts = new Map<string, [number, number]>();
  frames = 0;
  reactionFrames = 0;
  /** Receive time and the wall's frame count at its first and at its last frame with counts. */
  firstAt = 0;
  lastAt = 0;
  framesAtFirst = 0;
  framesAtLast = 0;

  /** The highest-version rule of client/store/reactions.ts `applyReactions`. */
  apply(frame: ReactionFrame | undefined) {
    if (!frame) return;
    for (const id in frame.counts) {
      const v = frame.versions?.[id] ?? frame.v;
      const held = this.counts.get(id);
      if (held && held[0] > v) continue;
      this.counts.set(id, [v, frame.counts[id]!]);
    }
  }

  frame(batch: DeltaBatch | undefined, t: number) {
    this.frames++;
    if (!batch?.reactions) return;
    this.apply(batch.reactions);
    reactionFrames++;
    if (this.reactionFrames++ === 0) {
      this.firstAt = t;
      this.framesAtFirst = this.frames;
    }
    this.lastAt = t;
    this.framesAtLast = this.frames;
  }

  /** `id=count` of the non-zero counts, sorted, `;`-joined. */
  canonical(): string {
    return [...this.counts]
      .filter(([, [, n]]) => n !== 0)
      .map(([id, [, n]]) => `${id}=${n}`)
      .sort()
      .join(';');
  }
}

/** A wall's frames since the last `watch`: how many, the first and the last one's time. */
class FrameSpan {
  frames = 0;
  first = 0;
  last = 0;
  frame(t: number) {
    if (this.frames++ === 0) this.first = t;
    this.last = t;
  }
  reset() {
    this.frames = this.first = this.last = 0;
  }
}
const spans: FrameSpan[] = [];

type Rates = { walls: number; sum: number; max: number };

/**
 * Adds one wall's rate, (n - 1) frames over the seconds from its first to its last, to `r`, and
 * returns those seconds; a wall with fewer than two frames (or none apart in time) adds nothing: null.
 */
function addRate(r: Rates, n: number, first: number, last: number): number | null {
  const s = (last - first) / 1000;
  if (n < 2 || s <= 0) return null;
  const rate = (n - 1) / s;
  r.walls++;
  r.sum += rate;
  r.max = Math.max(r.max, rate);
  return s;
}

function frameSpans(): CollectReport['frameSpans'] {
  const r: Rates = { walls: 0, sum: 0, max: 0 };
  for (const span of spans) addRate(r, span.frames, span.first, span.last);
  return { walls: r.walls, rateSum: r.sum, rateMax: r.max };
}

/** Walls by their final counts. */
function countGroups(): [string, number][] {
  const groups = new Map<string, number>();
  for (const wall of support) {
    const line = wall.canonical();
    groups.set(line, (groups.get(line) ?? 0) + 1);
  }
  return [...groups];
}

/** Per wall, from its first to its last frame with counts: frames with counts, and all frames, per second. */
function frameRates(): CollectReport['frameRates'] {
  const r: Rates = { walls: 0, sum: 0, max: 0 };
  let framesSum = 0;
  for (const wall of support) {
    const s = addRate(r, wall.reactionFrames, wall.firstAt, wall.lastAt);
    if (s !== null) framesSum += (wall.framesAtLast - wall.framesAtFirst) / s;
  }
  return { walls: r.walls, reactionSum: r.sum, reactionMax: r.max, framesSum };
}

function record(seen: Set<number>, u: number, pledge: { id: string; text: string } | undefined, t: number) {
  if (!pledge) return;
  const key = `${u}\n${pledge.id}\n${pledge.text}`;
  let v = keyIndex.get(key);
  if (v === undefined) {
    v = keys.length;
    keyIndex.set(key, v);
    keys.push(key);
    times.push([]);
  }
  // One Set per wall, and keys carry the wall's server, so v identifies the version for this wall.
  if (seen.has(v)) {
    duplicates++;
    return;
  }
  seen.add(v);
  times[v]!.push(t);
  delivered++;
}

function join(msg: Extract<ToWorker, { type: 'join' }>) {
  const joinMs: number[] = [];
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  let inFlight = 0;
  let done = 0;
  let lastStateAt = 0;
  const startedAt = now();

  const finishOne = () => {
    inFlight--;
    done++;
    if (done === msg.count) {
      send({ type: 'joined', opened: joinMs.length, failed, errors, joinMs: Float64Array.from(joinMs), startedAt, lastStateAt });
    } else {
      openMore();
    }
  };

  const forum = msg.to.kind === 'forum';
  const openOne = (j: number) => {
    inFlight++;
    const g = msg.first + j;
    const u = g % msg.urls.length;
    const sessionId = msg.to.kind === 'session' ? msg.to.sessionIds[Math.floor(g / msg.urls.length) % msg.to.sessionIds.length]! : null;
    const t0 = now();
    const seen = new Set<number>();
    const wallSupport = new Support();
    const span = new FrameSpan();
    let joined = false;
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      failed++;
      if (errors.length < 5) errors.push(why);
      finishOne();
    };
    const stateEvent = forum ? 'forum:state' : 'session:state';
    const timer = setTimeout(() => fail(`no ${stateEvent}`), msg.connectTimeoutMs);
    const auth = msg.to.kind === 'forum' ? { eventId: msg.to.eventId } : { role: 'wall', sessionId };
    const wall = openWall(msg.client, msg.urls[u]!, forum ? '/forum' : '/', auth, msg.connectTimeoutMs, {
      event(name, payload, t) {
        if (name === 'session:deltas' || name === 'forum:deltas') {
          frames++;
          span.frame(t);
          const batch = payload as DeltaBatch | ForumFrame | undefined;
          for (const d of batch?.deltas ?? []) {
            if (d.kind !== 'pledge') continue;
            if (sessionId !== null && d.pledge.sessionId !== sessionId) foreign++;
            else record(seen, u, d.pledge, t);
          }
          if (!forum) wallSupport.frame(batch as DeltaBatch | undefined, t);
        } else if (name === stateEvent) {
          if (!forum) wallSupport.apply((payload as SessionSnapshot | undefined)?.reactions);
          if (joined) {
            resyncs++;
            return;
          }
          joined = true;
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          lastStateAt = Math.max(lastStateAt, t);
          joinMs.push(t - t0);
          spans.push(span);
          if (!forum) support.push(wallSupport);
          wallsByUrl[u] = (wallsByUrl[u] ?? 0) + 1;
          finishOne();
        }
      },
      error: (why) => fail(why),
      closed(reason) {
        if (joined) {
          disconnects++;
          disconnectReasons[reason] = (disconnectReasons[reason] ?? 0) + 1;
        } else {
          fail(`disconnect before state: ${reason}`);
        }
      },
    });
    walls.push(wall);
  };

  const openMore = () => {
    while (inFlight < msg.concurrency && next < msg.count) openOne(next++);
  };
  if (msg.count === 0) {
    send({ type: 'joined', opened: 0, failed: 0, errors, joinMs: new Float64Array(0), startedAt, lastStateAt: startedAt });
    return;
  }
  openMore();
}

process.on('message', (msg: ToWorker) => {
  try {
    switch (msg.type) {
      case 'join':
        join(msg);
        break;
      case 'watch': {
        // Again at each phase of the forum scenario: frame spans start over.
        loopDelay.enable();
        for (const span of spans) span.reset();
        if (progressTimer) clearInterval(progressTimer);
        let last = '';
        progressTimer = setInterval(() => {
          const state = `${delivered} ${reactionFrames}`;
          if (state !== last) send({ type: 'progress', delivered, reactionFrames });
          last = state;
        }, 100);
        break;
      }

      case 'collect': {
        if (progressTimer) clearInterval(progressTimer);
        loopDelay.disable();
        send({
          type: 'result',
          keys,
          times: times.map((t) => Float64Array.from(t)),
          delivered,
          wallsByUrl: Array.from(wallsByUrl, (n) => n ?? 0),
          duplicates,
          foreign,
          frames,
          frameSpans: frameSpans(),
          reactionFrames,
          frameRates: frameRates(),
          countGroups: countGroups(),
          disconnects,
          disconnectReasons,
          resyncs,
          loopDelayP99Ms: loopDelay.count ? loopDelay.percentile(99) / 1e6 : 0,
          loopDelayMaxMs: loopDelay.count ? loopDelay.max / 1e6 : 0,
        });
        break;
      }
      case 'close':
        for (const w of walls) w.close();
        setTimeout(() => process.exit(0), 100);
        break;
    }
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
// The parent went away (crash, Ctrl-C): do not linger with thousands of open sockets.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
