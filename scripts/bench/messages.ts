import type { WallClient } from './wall-client';

/** Messages between the load generator (parent) and its load workers (forked, `serialization: 'advanced'`). */

/** Epoch milliseconds with sub-millisecond resolution, comparable between processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

/**
 * What walls join: session walls (`/` namespace, handshake `{ role: 'wall', sessionId }`), spread
 * evenly over the sessions; or an event's forum walls (`/forum` namespace, handshake `{ eventId }`).
 */
export type WallTarget = { kind: 'session'; sessionIds: string[] } | { kind: 'forum'; eventId: string };

export type ToWorker =
  | {
      type: 'join';
      urls: string[];
      to: WallTarget;
      /**
       * Sockets this worker opens; socket j (g = first + j over all workers) connects to
       * urls[g % urls.length] and, as a session wall, to sessionIds[floor(g / urls.length) % sessions].
       */
      count: number;
      first: number;
      concurrency: number;
      connectTimeoutMs: number;
      client: WallClient;
    }
  | { type: 'watch' }
  | { type: 'collect' }
  | { type: 'close' };

export interface JoinReport {
  type: 'joined';
  opened: number;
  failed: number;
  errors: string[];
  /** connect call -> `session:state`, per socket that joined. */
  joinMs: Float64Array;
  startedAt: number;
  lastStateAt: number;
}

export interface CollectReport {
  type: 'result';
  /** `${serverIndex}\n${pledgeId}\n${text}` of every pledge version seen, per server the walls joined. */
  keys: string[];
  /** Receive times (epoch ms), one array per key, one entry per wall that saw it. */
  times: Float64Array[];
  delivered: number;
  /** Walls joined per server URL of the join message. */
  wallsByUrl: number[];
  duplicates: number;
  /** Pledge deltas a session wall received of another session than its own (not counted as deliveries). */
  foreign: number;
  frames: number;
  /**
   * Per wall with at least two frames since the last `watch`, from its first to its last frame:
   * (frames - 1) / seconds, summed over those walls, and the highest.
   */
  frameSpans: { walls: number; rateSum: number; rateMax: number };
  /** Frames carrying `reactions`. */
  reactionFrames: number;
  /**
   * Per wall with at least two frames carrying counts, from the first to the last of them: frames
   * with counts per second (intervals between them / seconds), summed and the highest; and all
   * frames per second over the same span, summed.
   */
  frameRates: { walls: number; reactionSum: number; reactionMax: number; framesSum: number };
  /**
   * Each wall's final support counts (applied by the highest-version rule), as a canonical string
   * (`pledgeId=count` of the non-zero counts, sorted, `;`-joined), with how many walls hold it.
   */
  countGroups: [string, number][];
  disconnects: number;
  disconnectReasons: Record<string, number>;
  /** Extra `session:state` after the first (a wall that resynced). */
  resyncs: number;
  /** Event-loop delay of this worker during the watch phase, ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type FromWorker =
  | { type: 'ready' }
  | JoinReport
  | { type: 'progress'; delivered: number; reactionFrames: number }
  | CollectReport
  | { type: 'error'; message: string };

/** Messages between the parent and the tapper (tapper-worker.ts): the audience's devices. */
export type ToTapper =
  | {
      type: 'join';
      urls: string[];
      sessionId: string;
      devices: number;
      /** The product's audience (`audience:join`, then `reaction:set`) or the bare server's `tap`. */
      protocol: 'product' | 'bare';
      concurrency: number;
    }
  | { type: 'tap'; pledgeIds: string[]; tapsPerSecond: number; seed: number }
  | { type: 'stop' }
  | { type: 'close' };

export interface TapReport {
  type: 'tapped';
  sent: number;
  acked: number;
  refused: number;
  refusedReasons: Record<string, number>;
  ackMs: Float64Array;
  firstAt: number;
  lastSentAt: number;
  lastAckAt: number;
}

export type FromTapper =
  | { type: 'ready' }
  | { type: 'joined'; opened: number; failed: number; errors: string[] }
  | TapReport
  | { type: 'error'; message: string };
