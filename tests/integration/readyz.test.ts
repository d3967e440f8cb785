import { freePort, startRedis } from '../../scripts/lib/redis-process';
import { ReadinessCheck, storeProbe } from '../../server/ops/readiness';
import { RedisStore } from '../../server/store/redis';
import { spawnServer } from '../helpers/server';

/** Polls `probe` until it returns something, or fails after `ms`. */
async function until<T>(what: string, probe: () => Promise<T | null>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== null) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readyz(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: await res.json() };
}

const metric = async (url: string, line: RegExp) => line.exec(await (await fetch(`${url}/metrics`)).text())?.[1];

/**
 * Readiness (GET /readyz) says whether a balancer should send traffic here: not while the store
 * cannot be reached, again by itself once it is back, and not once the server is shutting down.
 * Liveness (GET /healthz) stays up throughout: restarting the process would not bring Redis back.
 */
describe('/readyz', () => {
  const cleanup: (() => Promise<unknown> | unknown)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  test('fails while Redis is stopped, passes by itself once it is back, and fails while shutting down', async () => {
    const redis = await startRedis();
    cleanup.push(() => redis.stop());
    const server = await spawnServer({
      REDIS_URL: redis.url,
      REDIS_PREFIX: `test:readyz:${Date.now()}:`,
      PORT: String(await freePort()),
      SHUTDOWN_DELAY_MS: '1500',
    });
    cleanup.push(() => server.stop());
    expect(await readyz(server.url)).toMatchObject({ status: 200, body: { ready: true } });

    await redis.stop();
    const down = await until('readyz to fail', async () => ((await readyz(server.url)).status === 503 ? readyz(server.url) : null), 5000);
    expect(down.body).toEqual({ ready: false, reason: 'store_unavailable' });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, store: 'redis' });
    // A call that needs the store is refused, and counted as a store error.
    expect((await fetch(`${server.url}/api/join/ABCDEF`)).status).toBe(503);
    expect(await metric(server.url, /^pledge_round_ready (\S+)$/m)).toBe('0');
    expect(Number(await metric(server.url, /^pledge_round_store_errors_total\{kind="unavailable"\} (\S+)$/m))).toBeGreaterThan(0);

    // Redis comes back on the same address: ready again with nothing done on the server's side.
    const again = await startRedis([], { port: redis.port, dir: redis.dir });
    cleanup.unshift(() => again.stop());
    const up = await until('readyz to pass again', async () => {
      const r = await readyz(server.url);
      return r.status === 200 ? r : null;
    }, 10_000);
    expect(up.body).toEqual({ ready: true });
    expect(await metric(server.url, /^pledge_round_ready (\S+)$/m)).toBe('1');

    // Shutting down: not ready at once (the balancer stops sending), then the process exits cleanly.
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    const stopping = await until('readyz to say shutting down', async () => {
      const r = await readyz(server.url).catch(() => null);
      return r?.status === 503 ? r : null;
    }, 1000);
    expect(stopping.body).toEqual({ ready: false, reason: 'shutting_down' });
    expect(await exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"shut down"/);
  }, 60_000);

  test('the ping of a stopped Redis is refused at once: readiness never waits for its timeout', async () => {
    const redis = await startRedis();
    cleanup.push(() => redis.stop());
    const store = await RedisStore.connect(redis.url, { prefix: `test:readyz:${Date.now()}:` });
    cleanup.push(() => store.close());
    // A timeout far beyond this test's own: an answer at all says the ping did not wait for it.
    const readiness = new ReadinessCheck(storeProbe(store), { timeoutMs: 10 * 60_000, cacheMs: 0 });
    expect(await readiness.check()).toEqual({ ready: true });

    await redis.stop();
    expect(await readiness.check()).toEqual({ ready: false, reason: 'store_unavailable' });
    // And again once the client has seen its connection go, between its attempts to reconnect.
    expect(await readiness.check()).toEqual({ ready: false, reason: 'store_unavailable' });
  });
});
