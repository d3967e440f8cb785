/**
 * `npm run start:cluster`: WORKERS processes (default: one per CPU) behind one port on this machine.
 *
 * The primary accepts connections and passes each to a worker (./sticky.ts), keeping every request
 * of one Socket.IO session on the same worker (by its `sid`): HTTP long-polling, the fallback for
 * venue networks and proxies that block WebSocket, needs that. The workers share all state through
 * Redis and bridge rooms with the Redis streams adapter, exactly like separate machines would.
 * See docs/scaling.md.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readConfig } from './config';
import { createLogger } from './log';
import { announce, buildRuntime, onShutdown, openStore } from './runtime';
import { createStickyServer, stickyWorker } from './sticky';

async function primary() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  if (!config.redisUrl) throw new Error('start:cluster needs REDIS_URL: the worker processes share their state through Redis.');
  const workers = Math.max(1, Number(process.env.WORKERS) || availableParallelism());

  const server = createStickyServer((message) => log.error(message));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;

  // Every worker must accept the same admin token and hand out the same links.
  const env = { ADMIN_TOKEN: config.adminToken, PUBLIC_URL: publicUrl, PLEDGE_ROUND_WORKER: '1' };
  cluster.setupPrimary({ serialization: 'advanced' });
  let stopping = false;
  const ready = new Set<number>();
  const allReady = new Promise<void>((resolve) => {
    cluster.on('message', (worker, msg: { type?: string }) => {
      if (msg?.type === 'pledge-round:ready') {
        ready.add(worker.id);
        if (ready.size >= workers) resolve();
      }
    });
  });
  for (let i = 0; i < workers; i++) cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.warn(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork(env);
  });
  await allReady;

  const store = await openStore(config, log);
  log.info(`Pledge Round listening on port ${port} (store: ${store.kind}, ${workers} workers)`);
  await announce(config, store, publicUrl);
  await store.close();

  onShutdown(log, async () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
}

async function worker() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const runtime = await buildRuntime(config, log);
  // The primary owns the port; connections arrive from it.
  stickyWorker(runtime.app);
  onShutdown(log, runtime.close);
  process.send?.({ type: 'pledge-round:ready' });
}

(cluster.isPrimary ? primary() : worker()).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
