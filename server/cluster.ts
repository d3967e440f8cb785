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
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readConfig } from './config';
import { createLogger } from './log';
import { announce, buildRuntime, onShutdown, openStore } from './runtime';

const READY = 'pledge-round:ready';
interface ReadyMessage {
  type: typeof READY;
  port: number;
  publicUrl: string;
}

async function primary() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
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

  onShutdown(log, async () => {
    stopping = true;
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (w) => w && new Promise<void>((resolve) => (w.once('exit', () => resolve()), w.process.kill('SIGTERM'))),
      ),
    );
  });
}

async function worker() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const runtime = await buildRuntime(config, log, { transports: ['websocket'] });
  const port = await runtime.app.listen(config.port, config.host);
  onShutdown(log, runtime.close);
  const ready: ReadyMessage = { type: READY, port, publicUrl: runtime.app.publicUrl() };
  process.send?.(ready);
}

(cluster.isPrimary ? primary() : worker()).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
