/**
 * `npm run start:cluster`: WORKERS processes (default: one per CPU) behind one port on this machine.
 *
 * Node's cluster module shares the listening port: the primary accepts each TCP connection and
 * hands it to a worker (round-robin) before reading a byte of it, and the worker serves it to the
 * end. Nothing sticks a client to a worker, so the workers speak WebSocket only: a WebSocket is one
 * TCP connection, while HTTP long-polling makes many requests that must all reach the process
 * holding the session. Clients connect WebSocket-first (client/socket.ts); long-polling, the
 * fallback for networks that block WebSocket, needs a sticky load balancer in front of separate
 * `npm start` processes (docs/scaling.md). The workers share all state through Redis and bridge
 * rooms with the Redis streams adapter, exactly like separate machines would.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readConfig } from './config';
import { createLogger } from './log';
import { serveClusterMetrics } from './ops/cluster-metrics';
import { FORCE_EXIT_MARGIN_MS, onSignals } from './ops/shutdown';
import { announce, buildRuntime, openStore } from './runtime';

const READY = 'pledge-round:ready';
interface ReadyMessage {
  type: typeof READY;
  port: number;
  publicUrl: string;
}

async function primary() {
  const config = readConfig();
  const log = createLogger(config.logLevel, { pretty: config.logPretty });
  if (!config.redisUrl) throw new Error('start:cluster needs REDIS_URL: the worker processes share their state through Redis.');
  const workers = Math.max(1, Number(process.env.WORKERS) || availableParallelism());

  // Every worker must accept the same admin token.
  const env = { ADMIN_TOKEN: config.adminToken, PLEDGE_ROUND_WORKER: '1' };
  let stopping = false;
  const ready = new Map<number, ReadyMessage>();
  const allReady = new Promise<ReadyMessage>((resolve) => {
    cluster.on('message', (worker, msg: Partial<ReadyMessage>) => {
      if (msg?.type !== READY || typeof msg.port !== 'number' || typeof msg.publicUrl !== 'string') return;
      ready.set(worker.id, msg as ReadyMessage);
      if (ready.size >= workers) resolve(msg as ReadyMessage);
    });
  });
  // A scrape of /metrics reaches one worker, which asks here for every worker's metrics.
  serveClusterMetrics();
  for (let i = 0; i < workers; i++) cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) return;
    log.warn(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork(env);
  });
  // Workers listening on port 0 share one port, which the first of them picked.
  const { port, publicUrl } = await allReady;

  const store = await openStore(config, log);
  log.info(`Pledge Round listening on port ${port} (store: ${store.kind}, ${workers} workers, WebSocket only)`);
  await announce(config, store, publicUrl);
  await store.close();

  // Each worker shuts down gracefully (see worker below); one that outlives its deadline is killed.
  const stopWorker = (w: Worker | undefined) =>
    w &&
    new Promise<void>((resolve) => {
      const kill = setTimeout(() => w.process.kill('SIGKILL'), config.shutdownDelayMs + config.shutdownTimeoutMs + FORCE_EXIT_MARGIN_MS);
      w.once('exit', () => (clearTimeout(kill), resolve()));
      w.process.kill('SIGTERM');
    });
  onSignals(
    log,
    async () => {
      stopping = true;
      await Promise.all(Object.values(cluster.workers ?? {}).map(stopWorker));
    },
    config.shutdownDelayMs + config.shutdownTimeoutMs + FORCE_EXIT_MARGIN_MS,
  );
}

async function worker() {
  const config = readConfig();
  const log = createLogger(config.logLevel, { pretty: config.logPretty });
  const runtime = await buildRuntime(config, log, { transports: ['websocket'] });
  runtime.app.metrics.shareWithCluster();
  const port = await runtime.app.listen(config.port, config.host);
  // The primary stops the workers (SIGTERM); Ctrl-C in a terminal reaches every process, so a
  // worker leaves SIGINT to the primary instead of stopping twice.
  process.on('SIGINT', () => {});
  onSignals(log, runtime.shutdown, config.shutdownDelayMs + config.shutdownTimeoutMs, ['SIGTERM']);
  const ready: ReadyMessage = { type: READY, port, publicUrl: runtime.app.publicUrl() };
  process.send?.(ready);
}

(cluster.isPrimary ? primary() : worker()).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
