/**
 * What does the public registry cost the server? `npm run bench:registry`
 *
 * Seeds one event the size of an IGF (default 300 sessions, 6 public pledges each, a third of
 * them with progress reports) in a throwaway Redis, then asks two servers on that same store for
 * `GET /api/events/:id/registry`: one computing it on every request (the baseline), one serving
 * it from the registry cache (the product). Requests run sequentially (latency) and then in
 * bursts of concurrent callers (throughput); rounds alternate between the two servers, and the
 * table shows medians with the product's ratio to the baseline measured in the same run.
 *
 * Options: --sessions N (default 300), --pledges N per session (default 6), --rounds N (default 3),
 * --requests N per round (default 40), --burst N concurrent requests (default 20).
 */
import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../server/app';
import { createRateLimits } from '../server/limits';
import { createLogger } from '../server/log';
import { fields } from '../server/store/fields';
import { RedisStore } from '../server/store/redis';
import { SDG_TARGETS } from '../shared/sdg';
import { barePledge, panelistInputs, pledgeText } from './bench/fixtures';
import { startRedis } from './lib/redis-process';
import { formatTable, median, percentile } from './lib/stats';
import { numberArg } from './lib/args';

const SESSIONS = numberArg('sessions', 300);
const PLEDGES = numberArg('pledges', 6);
const ROUNDS = numberArg('rounds', 3);
const REQUESTS = numberArg('requests', 40);
const BURST = numberArg('burst', 20);
const unlimited = { perDevice: 1e9, perIp: 1e9, seconds: 60 };

async function seed(app: App, store: RedisStore): Promise<string> {
  const event = await app.events.create({ name: 'IGF Benchmark', themes: ['Data', 'Trust', 'Inclusion', 'Environment'] });
  const inputs = Array.from({ length: SESSIONS }, (_, i) => ({
    code: `WS #${i + 1}`,
    title: `Workshop ${i + 1}: commitments to action`,
    panelists: panelistInputs(PLEDGES).map((p) => ({ ...p, regionalGroup: null })),
    eventId: event.id,
    details: { start: null, end: null, room: '', format: '', moderator: '', onlineModerator: '', rapporteur: '', policyQuestions: [] },
  }));
  const created = await app.service.createSessions(inputs, event);
  if (!created.ok) throw new Error(created.error.message);
  let n = 0;
  await Promise.all(
    created.value.map(async ({ meta }) => {
      const writes = meta.panelists.map((panelist, k) => {
        const pledge = {
          ...barePledge({ id: randomUUID(), sessionId: meta.id, panelist, text: pledgeText(k, 'submit'), createdAt: Date.now() - 86_400_000 }),
          themes: ['data', 'trust'].slice(0, 1 + (k % 2)),
          sdgTargets: [SDG_TARGETS[(n++ * 7) % SDG_TARGETS.length]!.code],
        };
        return pledge;
      });
      await store.commit(
        meta.id,
        [],
        writes.map((p) => ({ field: fields.pledge(p.id), value: JSON.stringify(p) })),
      );
      // A third of the pledges have a year of monthly progress reports.
      await Promise.all(
        writes
          .filter((_p, k) => k % 3 === 0)
          .map((p) =>
            store.swapRecord(
              'followup',
              p.id,
              null,
              JSON.stringify({
                pledgeId: p.id,
                sessionId: meta.id,
                tokenHash: 'x',
                createdAt: p.createdAt,
                reports: Array.from({ length: 12 }, (_, m) => ({ status: 'in_progress', note: `Month ${m + 1}: `.padEnd(400, 'progress '), date: '2026-01-01', at: p.createdAt + m })),
              }),
            ),
          ),
      );
    }),
  );
  return event.id;
}

/** One request as a browser makes it (gzip accepted); bytes as sent over the wire. */
async function timed(url: string): Promise<{ ms: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`registry answered ${res.status}`);
  return { ms: performance.now() - t, bytes: Number(res.headers.get('content-length')) || body.byteLength };
}

async function main() {
  const redis = await startRedis(['--appendonly', 'no']);
  const store = await RedisStore.connect(redis.url, { prefix: 'bench:' });
  const make = (registryTtlMs: number) =>
    createApp({ store, log: createLogger('silent') }, { adminToken: 'bench-admin-token-0123456789', limits: createRateLimits({ rules: { lookup: unlimited } }), registryTtlMs });
  // The baseline computes the registry on every request (what the product did before its cache).
  const servers = { 'computed per request': make(0), 'registry cache': make(10_000) } as const;
  type Name = keyof typeof servers;
  const ports = {} as Record<Name, number>;
  try {
    for (const [name, app] of Object.entries(servers) as [Name, App][]) ports[name] = await app.listen(0, '127.0.0.1');
    const eventId = await seed(servers['computed per request'], store);
    const results = Object.fromEntries(Object.keys(servers).map((k) => [k, { latency: [] as number[], rps: [] as number[], bytes: 0 }])) as Record<
      Name,
      { latency: number[]; rps: number[]; bytes: number }
    >;
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of Object.keys(servers) as Name[]) {
        const url = `http://127.0.0.1:${ports[name]}/api/events/${eventId}/registry`;
        await timed(url); // warm up (and fill the cache)
        for (let i = 0; i < REQUESTS; i++) {
          const { ms, bytes } = await timed(url);
          results[name].latency.push(ms);
          results[name].bytes = bytes;
        }
        const t = performance.now();
        await Promise.all(Array.from({ length: BURST }, () => timed(url)));
        results[name].rps.push(BURST / ((performance.now() - t) / 1000));
      }
    }
    const base = results['computed per request'];
    const rows = (Object.keys(servers) as Name[]).map((name) => {
      const r = results[name];
      return [
        name,
        median(r.latency),
        percentile(r.latency, 90),
        median(r.rps),
        Math.round(r.bytes / 1024),
        median(r.latency) / median(base.latency),
      ];
    });
    console.log(`\nPublic registry of one event: ${SESSIONS} sessions x ${PLEDGES} public pledges, ${ROUNDS} rounds x ${REQUESTS} requests + bursts of ${BURST}\n`);
    console.log(formatTable(['server', 'p50 ms', 'p90 ms', 'req/s (burst)', 'KB sent', 'p50 ratio'], rows));
    const cached = results['registry cache'];
    const summary = {
      sessions: SESSIONS,
      pledges: SESSIONS * PLEDGES,
      baselineP50Ms: median(base.latency),
      cachedP50Ms: median(cached.latency),
      p50Ratio: median(cached.latency) / median(base.latency),
      baselineRps: median(base.rps),
      cachedRps: median(cached.rps),
      responseKB: Math.round(cached.bytes / 1024),
    };
    console.log(`\n${JSON.stringify(summary)}`);
  } finally {
    for (const app of Object.values(servers)) await app.close();
    await store.close();
    await redis.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
