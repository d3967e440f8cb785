/** Building blocks shared by the single-process entry (index.ts) and the cluster (cluster.ts). */
import path from 'node:path';
import { routes } from '../shared/http';
import { createApp, type App, type AppOptions } from './app';
import type { Config } from './config';
import { DEMO_EVENT, DEMO_SESSION } from './demo';
import { createRateLimits } from './limits';
import type { Logger } from './log';
import { redisStreamsAdapter } from './realtime/adapter';
import { EventService } from './service/event-service';
import { SessionService } from './service/session-service';
import { silentFanout } from './service/fanout';
import { MemoryStore } from './store/memory';
import { RedisStore } from './store/redis';
import type { SessionStore } from './store/types';

export async function openStore(config: Config, log: Logger): Promise<SessionStore> {
  if (config.redisUrl) return RedisStore.connect(config.redisUrl, { prefix: config.redisPrefix });
  log.warn('REDIS_URL is not set: using the embedded store; all data lives only in this process and is lost when it stops.');
  return new MemoryStore();
}

/** The store, the rate limits, the cross-process adapter and the app, wired from the configuration. */
export async function buildRuntime(
  config: Config,
  log: Logger,
  extra: Pick<AppOptions, 'transports'> = {},
): Promise<{ app: App; store: SessionStore; shutdown(): Promise<void>; close(): Promise<void> }> {
  const store = await openStore(config, log);
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
      embedAncestors: config.embedAncestors,
      metricsToken: config.metricsToken,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      shutdownDelayMs: config.shutdownDelayMs,
      adapter: bridge?.adapter,
      ...extra,
    },
  );
  const release = async () => {
    await bridge?.close();
    await store.close();
  };
  return {
    app,
    store,
    /** Graceful: see App.shutdown; the store closes after the last command's write. */
    async shutdown() {
      await app.shutdown();
      await release();
    },
    async close() {
      await app.close();
      await release();
    },
  };
}

/** Prints the organizer link and, with --demo, creates a demo session and prints its links. */
export async function announce(config: Config, store: SessionStore, base: string): Promise<void> {
  // The fragment (#token=…) never reaches the server or its logs; the page reads it locally.
  const organizer = base + routes.organizer() + (config.adminTokenGenerated ? `#token=${config.adminToken}` : '');
  console.log(`\n  Organizer page: ${organizer}`);
  if (config.adminTokenGenerated) {
    console.log('  (ADMIN_TOKEN was not set, so a one-off token was generated for this run; set ADMIN_TOKEN to keep one.)');
  }
  if (config.demo) {
    // Creating a session broadcasts nothing, so no Socket.IO server is needed here.
    const service = new SessionService(store, silentFanout);
    const event = await new EventService(store, service).create(DEMO_EVENT);
    const created = await service.createSession(DEMO_SESSION, event);
    if (!created.ok) throw new Error(created.error.message);
    const { meta, moderatorKeys } = created.value;
    const moderatorKey = moderatorKeys.onsite;
    console.log(`\n  Demo event "${event.name}": ${base}${routes.organizerEvent(event.id)} (public registry ${base}${routes.registry(event.id)})`);
    console.log(`  Demo session "${meta.title}" — join code ${meta.joinCode}`);
    console.log(`  Moderator console: ${base}${routes.moderator(meta.id, moderatorKey)}`);
    console.log(`  Online moderator:  ${base}${routes.moderator(meta.id, moderatorKeys.online)}`);
    console.log(`  Panelists' invite links (one per seat):`);
    for (const invite of created.value.invites) {
      const name = meta.panelists.find((p) => p.id === invite.panelistId)?.name ?? '';
      console.log(`    ${name.padEnd(18)} ${base}${routes.invite(meta.id, invite.panelistId, invite.token)}`);
    }
    console.log(`  Audience (join code, also on the wall): ${base}${routes.join(meta.joinCode)}`);
    console.log(`  Wall (projector):  ${base}${routes.wall(meta.id)}`);
    console.log(`  Rapporteur report: ${base}${routes.report(meta.id, moderatorKey)}\n`);
  } else if ((await store.listSessionIds(1)).length === 0) {
    console.log('\n  No sessions yet. Create one on the organizer page, or restart with `npm start -- --demo` for a ready demo session.\n');
  }
}
