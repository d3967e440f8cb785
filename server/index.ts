/** Process wiring only: read the environment, choose the store, listen, print the links. */
import path from 'node:path';
import { routes } from '../shared/http';
import { createApp } from './app';
import { readConfig } from './config';
import { DEMO_SESSION } from './demo';
import { createRateLimits } from './limits';
import { redisStreamsAdapter } from './realtime/adapter';
import { createLogger } from './log';
import { MemoryStore } from './store/memory';
import { RedisStore } from './store/redis';
import type { SessionStore } from './store/types';

async function main() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  let store: SessionStore;
  if (config.redisUrl) {
    store = await RedisStore.connect(config.redisUrl, { prefix: config.redisPrefix });
  } else {
    store = new MemoryStore();
    log.warn('REDIS_URL is not set: using the embedded store; all data lives only in this process and is lost when it stops.');
  }

  const limits = createRateLimits({
    ...(store instanceof RedisStore ? { redis: store.client, prefix: config.redisPrefix } : {}),
    scale: config.limitsScale,
  });
  // Several processes on one Redis share their Socket.IO rooms through the streams adapter.
  const bridge = config.redisUrl ? await redisStreamsAdapter(config.redisUrl, config.redisPrefix) : null;
  const app = createApp(
    { store, log },
    {
      adminToken: config.adminToken,
      publicUrl: config.publicUrl,
      clientDir: path.resolve('dist/client'),
      limits,
      trustProxy: config.trustProxy,
      allowedOrigins: config.allowedOrigins,
      adapter: bridge?.adapter,
    },
  );
  const port = await app.listen(config.port, config.host);
  const base = app.publicUrl();
  log.info(`Pledge Round listening on port ${port} (store: ${store.kind})`);
  // The fragment (#token=…) never reaches the server or its logs; the page reads it locally.
  const organizer = base + routes.organizer() + (config.adminTokenGenerated ? `#token=${config.adminToken}` : '');
  console.log(`\n  Organizer page: ${organizer}`);
  if (config.adminTokenGenerated) {
    console.log('  (ADMIN_TOKEN was not set, so a one-off token was generated for this run; set ADMIN_TOKEN to keep one.)');
  }

  if (config.demo) {
    const { meta, moderatorKey } = await app.service.createSession(DEMO_SESSION);
    console.log(`\n  Demo session "${meta.title}" — join code ${meta.joinCode}`);
    console.log(`  Moderator console: ${base}${routes.moderator(meta.id, moderatorKey)}`);
    console.log(`  Panelist phones:   ${base}${routes.join(meta.joinCode)}`);
    console.log(`  Wall (projector):  ${base}${routes.wall(meta.id)}\n`);
  } else if ((await store.listSessionIds(1)).length === 0) {
    console.log('\n  No sessions yet. Create one on the organizer page, or restart with `npm start -- --demo` for a ready demo session.\n');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    await app.close();
    await bridge?.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
