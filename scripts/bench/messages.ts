import type { WallClient } from './wall-client';

/** Messages between the load generator (parent) and its wall workers (forked, `serialization: 'advanced'`). */

/** Epoch milliseconds with sub-millisecond resolution, comparable between processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

export type ToWorker =
  | {
      type: 'join';
      urls: string[];
      sessionId: string;
      /** Sockets this worker opens; socket j connects to urls[(first + j) % urls.length]. */
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
  frames: number;
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
  | { type: 'progress'; delivered: number }
  | CollectReport
  | { type: 'error'; message: string };
