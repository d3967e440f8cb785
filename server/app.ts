import { isUtf8 } from 'node:buffer';
import { createServer, type Server as HttpServer } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Server, type ServerOptions } from 'socket.io';
import { readEmbedAncestors } from './config';
import { sendError, sendFailure } from './http/errors';
import { clientPages, compressedResponses } from './http/static';
import { originAllowed } from './http/origin';
import { createRateLimits, type RateLimits } from './limits';
import { eventRoutes } from './http/events';
import { apiNotFound } from './http/not-found';
import { publicRoutes } from './http/public';
import { sessionRoutes } from './http/sessions';
import type { Logger } from './log';
import { CommandGate } from './ops/command-gate';
import { Metrics } from './ops/metrics';
import { ReadinessCheck, storeProbe } from './ops/readiness';
import { requestLog } from './ops/request-log';
import { opsRoutes } from './ops/routes';
import { closeConnections, drain } from './ops/shutdown';
import { isPriorityCommand } from './realtime/commands';
import { attachRealtime } from './realtime/connection';
import { attachForum } from './realtime/forum';
import { socketFanout } from './realtime/rooms';
import { dropSlowConsumers, type SlowConsumerOptions } from './realtime/slow-consumers';
import type { AppServer } from './realtime/types';
import { EventService } from './service/event-service';
import { FollowUpService } from './service/follow-up-service';
import { RegistryCache } from './service/registry-cache';
import { SessionService } from './service/session-service';
import { gatedStore } from './store/gated';
import type { SessionStore } from './store/types';

export interface AppDeps {
  store: SessionStore;
  log: Logger;
  clock?: () => number;
}

export interface AppOptions {
  adminToken: string;
  /** Rate limits (default: in-memory limits with the standard rules). */
  limits?: RateLimits;
  /** Behind a trusted reverse proxy: client addresses come from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Browser origins allowed besides PUBLIC_URL's. */
  allowedOrigins?: string[];
  /** Socket.IO adapter bridging rooms across processes (default: this process only). */
  adapter?: ServerOptions['adapter'];
  /**
   * The transports the server accepts (default both). Processes that share a port without sticky
   * routing (`start:cluster`) accept WebSocket only: long-polling's requests must all reach one process.
   */
  transports?: ServerOptions['transports'];
  /** Coalescing window for readers' deltas by local room size (default: realtime/rooms.ts). */
  coalesceWindowMs?: (readers: number) => number;
  /** Local readers from which frames are delivered shard by shard (default: realtime/rooms.ts). */
  shardThreshold?: number;
  /** The fewest sockets one visit of the shards writes (default: realtime/reader-slices.ts). */
  visitSockets?: number;
  /** When a lagging connection is dropped (default: realtime/slow-consumers.ts). */
  slowConsumers?: SlowConsumerOptions;
  /** Public base URL for links and QR codes; when unset, derived from the listening port. */
  publicUrl?: string;
  /** Folder of the built client; omitted or missing: the API runs without pages. */
  clientDir?: string;
  /** How long an event's public registry is served from memory (default: service/registry-cache.ts). */
  registryTtlMs?: number;
  /**
   * Who may frame the embeddable view (`/embed/*`): its CSP frame-ancestors sources (default:
   * EMBED_ANCESTORS from the environment, else 'none'). Every other page may be framed by no one.
   */
  embedAncestors?: string[];
  /** GET /metrics requires `Authorization: Bearer <metricsToken>` when set (default: open; keep it on an internal network). */
  metricsToken?: string;
  /** How long shutdown() waits for the commands in flight (default 10 s). */
  shutdownTimeoutMs?: number;
  /** How long shutdown() keeps taking HTTP requests while /readyz answers 503, for balancers that poll it (default 0). */
  shutdownDelayMs?: number;
}

export interface App {
  http: HttpServer;
  io: AppServer;
  service: SessionService;
  events: EventService;
  publicUrl(): string;
  metrics: Metrics;
  listen(port: number, host?: string): Promise<number>;
  /**
   * Graceful shutdown: not ready, no new connections or commands, the running commands finished
   * (within `timeoutMs`) and their frames sent, then every connection closed so that clients
   * reconnect — to another server behind the balancer — and send again what was not answered.
   */
  shutdown(timeoutMs?: number): Promise<void>;
  /** Closes at once (what shutdown() ends with). */
  close(): Promise<void>;
}

export function createApp(deps: AppDeps, options: AppOptions): App {
  const { store, log } = deps;
  const app = express();
  const http = createServer(app);
  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';
  const limits = options.limits ?? createRateLimits();
  const trustProxy = options.trustProxy ?? false;
  const originPolicy = {
    publicOrigin: options.publicUrl ? new URL(options.publicUrl).origin : null,
    allowedOrigins: options.allowedOrigins ?? [],
  };
  const readiness = new ReadinessCheck(storeProbe(store));
  const gate = new CommandGate((command, result, seconds) => metrics.commandAnswered(command, result, seconds), isPriorityCommand);
  const metrics = new Metrics({ inFlight: () => gate.inFlight, ready: async () => (await readiness.check()).ready });
  const unwatchStore = metrics.watchStore(store);

  const io: AppServer = new Server(http, {
    serveClient: false,
    ...(options.adapter ? { adapter: options.adapter } : {}),
    ...(options.transports ? { transports: options.transports } : {}),
    // Pledges are small: 64 KB per frame is plenty and caps what a hostile client can make us buffer.
    maxHttpBufferSize: 64 * 1024,
    // No per-message compression (Engine.IO's default, said here): a broadcast's WebSocket frame is
    // then built once and the same bytes written to every socket, with no compressor per connection.
    perMessageDeflate: false,
    // A server shutting down takes no new connection (its clients reconnect to another one).
    allowRequest: (req, callback) => callback(null, !readiness.shuttingDown && originAllowed(req.headers.origin, req.headers.host, originPolicy)),
    // A phone that drops for up to two minutes gets the packets it missed replayed on reconnect.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
  });
  const fanout = socketFanout(io, {
    windowMs: options.coalesceWindowMs,
    shardThreshold: options.shardThreshold,
    visitSockets: options.visitSockets,
    commandLoad: () => gate.load,
    reactionCounts: (sessionId, pledgeIds) => store.reactionCounts(sessionId, pledgeIds),
    // Each frame the fanout sends is counted.
    onFrame: metrics.frameSent,
    clustered: !!options.adapter,
  });
  metrics.watch(io);
  const clock = deps.clock ?? Date.now;
  const registry = new RegistryCache(clock, options.registryTtlMs);
  // The services' writes wait for their command's rate-limit verdict (store/gated.ts).
  const commandStore = gatedStore(store);
  const followUps = new FollowUpService(commandStore, clock, registry);
  const service = new SessionService(commandStore, fanout, clock, followUps, registry);
  const events = new EventService(commandStore, service, clock, registry);
  const stopSlowConsumerCheck = dropSlowConsumers(io, options.slowConsumers);

  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy ? 1 : false);
  app.use(requestLog(log));
  app.use((_req, res, next) => {
    // Shutting down: each answer closes its connection, so the client's next request goes elsewhere.
    if (readiness.shuttingDown) res.set('Connection', 'close');
    next();
  });
  app.use(securityHeaders(options.embedAncestors ?? readEmbedAncestors(process.env.EMBED_ANCESTORS)));

  // Liveness, readiness and metrics (ops/routes.ts).
  app.use(opsRoutes({ store, readiness, metrics, metricsToken: options.metricsToken }));
  app.use(
    '/api',
    express.json({
      limit: '100kb',
      // Bytes that are not UTF-8 would silently turn into U+FFFD; refuse them instead.
      verify: (_req, _res, buf) => {
        if (!isUtf8(buf)) throw Object.assign(new Error('body is not UTF-8'), { status: 400, type: 'encoding.invalid' });
      },
    }),
  );
  const routeOptions = { adminToken: options.adminToken, publicUrl: () => publicUrl, limits };
  const services = { sessions: service, events, followUps, clock };
  app.use('/api', compressedResponses());
  const apiRoutes = [sessionRoutes(services, routeOptions), eventRoutes(services, routeOptions), publicRoutes(services, routeOptions)];
  for (const routes of apiRoutes) app.use('/api', routes);
  app.use('/api', apiNotFound(apiRoutes));

  // The built client: precompressed files, long-lived hashed assets, index.html for the client's routes.
  const pages = options.clientDir ? clientPages(options.clientDir) : null;
  if (pages) app.use(pages);

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; status?: number };
    if (e?.type === 'entity.parse.failed') return sendError(res, { code: 'invalid_payload', message: 'Body is not valid JSON.' });
    if (e?.type === 'entity.too.large') return sendError(res, { code: 'invalid_payload', message: 'Body is too large.' }, 413);
    if (e?.type === 'encoding.invalid') return sendError(res, { code: 'invalid_payload', message: 'Body is not valid UTF-8.' });
    if (e?.status && e.status < 500) return sendError(res, { code: 'invalid_payload', message: 'Bad request.' }, e.status);
    sendFailure(res, err, log);
  });

  attachRealtime(io, service, log, { limits, trustProxy, readerShardOf: fanout.readerShardOf, commands: gate });
  // The forum walls: one per event, in the `/forum` namespace (realtime/forum.ts).
  attachForum(io, events, log, { limits, trustProxy, clock });

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      stopSlowConsumerCheck();
      fanout.stop();
      service.stop();
      unwatchStore();
      // Every connection ends with a transport close, after which Socket.IO clients reconnect.
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    })());

  return {
    http,
    io,
    service,
    events,
    metrics,
    publicUrl: () => publicUrl,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const addr = http.address();
          const actual = typeof addr === 'object' && addr ? addr.port : port;
          if (!publicUrl) publicUrl = `http://localhost:${actual}`;
          resolve(actual);
        });
      });
    },
    async shutdown(timeoutMs = options.shutdownTimeoutMs ?? 10_000) {
      const started = Date.now();
      const { httpClosed } = await drain({ readiness, gate, http, log, flushFrames: fanout.flush }, timeoutMs, options.shutdownDelayMs ?? 0);
      await close();
      // HTTP requests still being answered get what is left of the deadline (a moment at least).
      await closeConnections(http, httpClosed, Math.max(1000, timeoutMs - (Date.now() - started)));
    },
    close,
  };
}

/**
 * Helmet's headers with a strict CSP (no inline code). No page may be framed (frame-ancestors
 * 'none', X-Frame-Options DENY) except the embeddable view, `/embed/*`, which the sites in
 * `embedAncestors` may show in an iframe (no X-Frame-Options there: it cannot list origins, and
 * its resource policy lets a cross-origin page embed it).
 */
function securityHeaders(embedAncestors: string[]): express.RequestHandler {
  const directives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
  };
  const pages = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, frameAncestors: ["'none'"] } },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  const embed = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, frameAncestors: embedAncestors } },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    frameguard: false,
  });
  return (req, res, next) => (req.path.startsWith('/embed/') ? embed : pages)(req, res, next);
}
