/**
 * A load worker of `npm run bench`: holds a share of the wall sockets (forked by walls.ts, so
 * walls never share a process with a server), records when each wall sees each pledge version,
 * and reports back to the parent over IPC.
 *
 * A delivery is a wall seeing a pledge version (pledge id + text) in a `pledge` delta of a
 * `session:deltas` frame (one commit's, or several coalesced); each counts once per wall.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DeltaBatch } from '../../shared/protocol';
import { now, type FromWorker, type ToWorker } from './messages';
import { openWall, type WallConnection } from './wall-client';

const send = (msg: FromWorker) => process.send!(msg);

const walls: WallConnection[] = [];
const keyIndex = new Map<string, number>();
const times: number[][] = [];
const keys: string[] = [];
let delivered = 0;
let duplicates = 0;
let frames = 0;
let disconnects = 0;
let resyncs = 0;
const disconnectReasons: Record<string, number> = {};
/** Walls joined per server URL (index into the join message's urls). */
const wallsByUrl: number[] = [];
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let progressTimer: NodeJS.Timeout | undefined;

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

  const openOne = (j: number) => {
    inFlight++;
    const u = (msg.first + j) % msg.urls.length;
    const t0 = now();
    const seen = new Set<number>();
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
    const timer = setTimeout(() => fail('no session:state'), msg.connectTimeoutMs);
    const wall = openWall(msg.client, msg.urls[u]!, { role: 'wall', sessionId: msg.sessionId }, msg.connectTimeoutMs, {
      event(name, payload, t) {
        if (name === 'session:deltas') {
          frames++;
          for (const d of (payload as DeltaBatch | undefined)?.deltas ?? []) if (d.kind === 'pledge') record(seen, u, d.pledge, t);
        } else if (name === 'session:state') {
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
        loopDelay.enable();
        let last = -1;
        progressTimer = setInterval(() => {
          if (delivered !== last) send({ type: 'progress', delivered });
          last = delivered;
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
          frames,
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
