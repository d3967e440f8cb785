import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { FORUM_NAMESPACE } from '../../shared/forum';
import type { Identity } from '../../shared/protocol';
import type { AppServer } from '../realtime/types';
import { RedisStore } from '../store/redis';
import type { SessionStore } from '../store/types';
import { clusterMetricsText } from './cluster-metrics';

/**
 * The server's metrics in Prometheus' text format (GET /metrics; docs/operations.md lists them).
 * Each app has a registry of its own, so several apps in one process never share a counter; the
 * process metrics (CPU, memory, event-loop lag, GC, handles) belong to the process and are
 * collected once per process.
 */
let processRegistry: Registry | null = null;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** What a Socket.IO room is, from its name (realtime/rooms.ts); null for a socket's own room. */
export type RoomKind = 'readers' | 'reader-shard' | 'moderators' | 'moderator-seat' | 'phones' | 'participant' | 'device' | 'forum';
const SESSION_ROOM_KINDS: Record<string, RoomKind> = {
  readers: 'readers',
  r: 'reader-shard',
  moderators: 'moderators',
  m: 'moderator-seat',
  phones: 'phones',
  p: 'participant',
  d: 'device',
};
const ROOM_KINDS = [...new Set(Object.values(SESSION_ROOM_KINDS)), 'forum'] as RoomKind[];

export function roomKind(room: string): RoomKind | null {
  if (room.startsWith('e:') && room.endsWith(':forum')) return 'forum';
  const part = /^s:[^:]+:([a-z]+)/.exec(room)?.[1];
  return part ? (SESSION_ROOM_KINDS[part] ?? null) : null;
}

/** Who holds a connection: a session role, or a forum wall (`/forum` namespace). */
type SocketRole = Identity['role'] | 'forum';
const SOCKET_ROLES: SocketRole[] = ['moderator', 'phone', 'wall', 'forum'];

/** Command latency buckets, in seconds: a commit is a few milliseconds; a second is far too long. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class Metrics {
  readonly registry = new Registry();
  private readonly commands: Counter<'command' | 'outcome'>;
  private readonly latency: Histogram<'command'>;
  private readonly pledges: Counter;
  private readonly taps: Counter<'support'>;
  private readonly frames: Counter<'audience'>;
  private readonly deliveries: Counter<'audience'>;
  private readonly storeErrors: Counter<'kind'>;
  private io: AppServer | null = null;
  /** In a cluster worker: the whole cluster's metrics, gathered by the primary. */
  private cluster: (() => Promise<string>) | null = null;

  constructor(sources: { inFlight: () => number; ready: () => Promise<boolean> }) {
    const registers = [this.registry];
    const io = () => this.io;
    processMetrics();
    new Gauge({
      name: 'pledge_round_sockets_connected',
      help: 'Socket.IO connections held by this process, by role (forum: the forum walls).',
      labelNames: ['role'],
      registers,
      collect() {
        const counts = new Map<SocketRole, number>(SOCKET_ROLES.map((r) => [r, 0]));
        const server = io();
        if (server) {
          for (const socket of server.of('/').sockets.values()) {
            const role = socket.data.principal?.role;
            if (role) counts.set(role, counts.get(role)! + 1);
          }
          counts.set('forum', server.of(FORUM_NAMESPACE).sockets.size);
        }
        for (const [role, n] of counts) this.set({ role }, n);
      },
    });
    new Gauge({
      name: 'pledge_round_rooms',
      help: 'Socket.IO rooms with members on this process, by kind (readers, moderators, phones, participant, forum...).',
      labelNames: ['kind'],
      registers,
      collect() {
        const counts = new Map<RoomKind, number>(ROOM_KINDS.map((k) => [k, 0]));
        const server = io();
        if (server) {
          for (const nsp of ['/', FORUM_NAMESPACE]) {
            for (const room of server.of(nsp).adapter.rooms.keys()) {
              const kind = roomKind(room);
              if (kind) counts.set(kind, counts.get(kind)! + 1);
            }
          }
        }
        for (const [kind, n] of counts) this.set({ kind }, n);
      },
    });
    new Gauge({
      name: 'pledge_round_commands_in_flight',
      help: 'Socket commands this process has started and not finished.',
      registers,
      collect() {
        this.set(sources.inFlight());
      },
    });
    new Gauge({
      name: 'pledge_round_ready',
      help: '1 while this process is ready to serve (its store answers and it is not shutting down), else 0; as GET /readyz.',
      registers,
      // Under start:cluster, ready only while every worker is.
      aggregator: 'min',
      async collect() {
        this.set((await sources.ready()) ? 1 : 0);
      },
    });
    this.commands = new Counter({
      name: 'pledge_round_commands_total',
      help: 'Socket commands answered, by command and outcome (ok, or the error code).',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'pledge_round_command_duration_seconds',
      help: 'Time from a command\'s arrival to its answer, by command.',
      labelNames: ['command'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.pledges = new Counter({
      name: 'pledge_round_pledges_stored_total',
      help: 'New pledges stored by this process (a resent pledge counts once; edits are not counted).',
      registers,
    });
    this.taps = new Counter({
      name: 'pledge_round_reaction_taps_total',
      help: 'Support taps answered ok, by direction (on: support given, off: taken back).',
      labelNames: ['support'],
      registers,
    });
    this.frames = new Counter({
      name: 'pledge_round_fanout_frames_total',
      help: 'Delta frames this process sent to a room (to every process holding its members), by audience.',
      labelNames: ['audience'],
      registers,
    });
    this.deliveries = new Counter({
      name: 'pledge_round_fanout_deliveries_total',
      help: 'Those frames times the room\'s members on this process: socket writes, by audience.',
      labelNames: ['audience'],
      registers,
    });
    this.storeErrors = new Counter({
      name: 'pledge_round_store_errors_total',
      help: 'Store calls that failed: unavailable (the store could not be reached) or error (it answered with an error).',
      labelNames: ['kind'],
      registers,
    });
    for (const kind of ['unavailable', 'error']) this.storeErrors.inc({ kind }, 0);
    this.pledges.inc(0);
  }

  /** The Socket.IO server whose connections and rooms are counted. */
  watch(io: AppServer): void {
    this.io = io;
  }

  /** In a `start:cluster` worker: /metrics answers for the whole cluster (ops/cluster-metrics.ts). */
  shareWithCluster(): void {
    this.cluster = clusterMetricsText([processMetrics(), this.registry]);
  }

  /** Counts the store's failed calls; returns the function that stops counting. */
  watchStore(store: SessionStore): () => void {
    if (!(store instanceof RedisStore)) return () => {};
    return store.onFailure((kind) => this.storeErrors.inc({ kind }));
  }

  /** A command answered after `seconds`: its outcome, and a new pledge or a tap it made. */
  commandAnswered(command: string, result: unknown, seconds: number): void {
    const answer = result as { ok?: boolean; error?: { code?: string }; created?: boolean; on?: boolean };
    const outcome = answer.ok ? 'ok' : (answer.error?.code ?? 'internal');
    this.commands.inc({ command, outcome });
    this.latency.observe({ command }, seconds);
    if (!answer.ok) return;
    if (command === 'pledge:submit' && answer.created) this.pledges.inc();
    if (command === 'reaction:set') this.taps.inc({ support: answer.on ? 'on' : 'off' });
  }

  /** A frame sent to `room` (realtime/rooms.ts calls it for each frame). */
  readonly frameSent = (room: string): void => {
    const audience = roomKind(room) ?? 'other';
    this.frames.inc({ audience });
    const size = this.io?.of(audience === 'forum' ? FORUM_NAMESPACE : '/').adapter.rooms.get(room)?.size ?? 0;
    if (size > 0) this.deliveries.inc({ audience }, size);
  };

  /** Prometheus' content type for `text()`. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every metric in Prometheus' text format: the process's, then this app's (in a cluster worker: the cluster's). */
  async text(): Promise<string> {
    if (this.cluster) return this.cluster();
    const [process, app] = await Promise.all([processMetrics().metrics(), this.registry.metrics()]);
    return `${process.trimEnd()}\n${app}`;
  }
}
