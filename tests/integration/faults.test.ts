import { randomUUID } from 'node:crypto';
import { decodeDoc } from '../../server/service/codec';
import type { CreateSessionInput } from '../../shared/schemas';
import { NetworkCut } from '../helpers/proxy';
import { outboxPhone, whenSaved, type OutboxPhone } from '../helpers/phones';
import { dropPrefix, freshPrefix, redisStore, testRedisUrl } from '../helpers/redis';
import { freePort, startRedis } from '../../scripts/lib/redis-process';
import { pledgeFor, setupSession } from '../helpers/round';
import { spawnServer, startServer } from '../helpers/server';

const panel = (n: number): CreateSessionInput => ({
  title: 'Closing plenary',
  code: 'MAIN',
  panelists: Array.from({ length: n }, (_, i) => ({
    name: `Panelist ${i + 1}`,
    organization: `Organization ${i + 1}`,
    stakeholderGroup: 'Civil Society' as const,
  })),
});

/** Reads the stored session straight from Redis, bypassing the server under test. */
async function storedPledges(url: string, prefix: string, sessionId: string) {
  const store = await redisStore(prefix, url);
  try {
    return decodeDoc((await store.getAll(sessionId))!).pledges;
  } finally {
    await store.close();
  }
}

/** Every acknowledged pledge is stored exactly once, with the text its phone last sent. */
function expectExactlyOnce(phones: OutboxPhone[], stored: Awaited<ReturnType<typeof storedPledges>>, texts: Map<string, string>) {
  expect(stored).toHaveLength(phones.length);
  expect(new Set(stored.map((p) => p.id)).size).toBe(stored.length);
  for (const p of phones) {
    const saved = p.outbox.state.saved!;
    const mine = stored.filter((s) => s.participantId === p.panelistId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.id).toBe(saved.id);
    expect(mine[0]!.text).toBe(texts.get(p.panelistId));
    expect(p.storage.map.size).toBe(0); // nothing left unsent on the phone
  }
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('nothing lost', () => {
  const cleanup: (() => Promise<unknown> | unknown)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  test('20 phones submitting while the server is SIGKILLed and restarted: every pledge stored exactly once', async () => {
    const prefix = freshPrefix();
    const port = await freePort();
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, PORT: String(port) };
    let server = await spawnServer(env);
    cleanup.push(() => dropPrefix(prefix), () => server.stop());
    const { created, moderator, panelists } = await setupSession(server, panel(20));
    cleanup.push(() => moderator.close());
    await moderator.send('round:open', {});
    const phones = await Promise.all(panelists.map((p) => outboxPhone(server.url, created.sessionId, p.id, { ackTimeoutMs: 1500 })));
    cleanup.push(() => phones.forEach((p) => (p.outbox.stop(), p.phone.close())));

    // The close rush: each phone submits at a random moment within 1.5 s; the server dies in the middle.
    const texts = new Map<string, string>();
    const submits = phones.map(
      (p, i) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            const text = `Commitment ${i + 1}: we will report progress every quarter.`;
            texts.set(p.panelistId, text);
            p.outbox.enqueue('pledge:submit', pledgeFor(text));
            resolve();
          }, Math.random() * 1500),
        ),
    );
    await settle(500);
    await server.stop('SIGKILL');
    await settle(700);
    server = await spawnServer(env);
    await Promise.all(submits);
    await Promise.all(phones.map((p) => whenSaved(p, 30000)));

    expectExactlyOnce(phones, await storedPledges(testRedisUrl(), prefix, created.sessionId), texts);
    // The phones saw the outage and the retries, not just a happy path.
    const sawTrouble = phones.filter((p) => p.history.some((s) => s.status === 'offline' || s.attempts > 1));
    expect(sawTrouble.length).toBeGreaterThan(0);
  }, 60_000);

  test('Redis restarted mid-round (AOF, appendfsync always): nothing acknowledged is lost', async () => {
    const redis = await startRedis(['--appendonly', 'yes', '--appendfsync', 'always']);
    cleanup.push(() => redis.stop());
    const prefix = freshPrefix();
    const server = await startServer({ prefix, redisUrl: redis.url });
    cleanup.push(() => server.close());
    const { created, moderator, panelists } = await setupSession(server, panel(10));
    cleanup.push(() => moderator.close());
    await moderator.send('round:open', {});
    const phones = await Promise.all(panelists.map((p) => outboxPhone(server.url, created.sessionId, p.id, { ackTimeoutMs: 1500 })));
    cleanup.push(() => phones.forEach((p) => (p.outbox.stop(), p.phone.close())));

    const texts = new Map<string, string>();
    const acknowledged: string[] = [];
    phones.forEach((p) => p.outbox.subscribe((s) => s.status === 'saved' && s.saved && acknowledged.push(s.saved.id)));
    const enqueue = (p: OutboxPhone, i: number) => {
      const text = `Pledge ${i + 1} written while Redis restarts.`;
      texts.set(p.panelistId, text);
      p.outbox.enqueue('pledge:submit', pledgeFor(text));
    };
    // Half submit before the crash, half while Redis is down.
    phones.slice(0, 5).forEach(enqueue);
    await Promise.all(phones.slice(0, 5).map((p) => whenSaved(p)));
    const beforeCrash = [...acknowledged];
    redis.child.kill('SIGKILL');
    await new Promise((r) => redis.child.once('exit', r));
    phones.slice(5).forEach((p, i) => enqueue(p, i + 5));
    await settle(1000);
    const again = await startRedis(['--appendonly', 'yes', '--appendfsync', 'always'], { port: redis.port, dir: redis.dir });
    // Stopped last: the server must close while its Redis still answers.
    cleanup.unshift(() => again.stop());
    await Promise.all(phones.map((p) => whenSaved(p, 30000)));

    const stored = await storedPledges(again.url, prefix, created.sessionId);
    for (const id of beforeCrash) expect(stored.filter((s) => s.id === id)).toHaveLength(1);
    expectExactlyOnce(phones, stored, texts);
  }, 60_000);

  /** A round open, and a seated phone whose connection goes through a relay the test can cut or silence. */
  async function phoneBehindRelay() {
    const server = await startServer();
    cleanup.push(() => server.close(), () => dropPrefix(server.prefix));
    const net = new NetworkCut(Number(new URL(server.url).port));
    await net.start();
    cleanup.push(() => net.close());
    const { created, moderator, panelists, wall } = await setupSession(server);
    cleanup.push(() => moderator.close());
    await moderator.send('round:open', {});
    const phone = await outboxPhone(net.url, created.sessionId, panelists[0]!.id, { ackTimeoutMs: 1500 });
    cleanup.push(() => (phone.outbox.stop(), phone.phone.close()));
    return { net, phone, panelists, wall, moderator };
  }

  test('a connection gone silent (no close, no error): the pledge goes on a fresh connection after one unanswered attempt, not once the pings give up', async () => {
    const { net, phone, wall } = await phoneBehindRelay();
    const first = phone.phone.socket.id;

    net.silence();
    const text = 'We will publish our spectrum data every quarter.';
    phone.outbox.enqueue('pledge:submit', { ...pledgeFor(text), id: randomUUID() });
    // Neither end hears of the dead link before the pings give up, 20 s at the soonest (Engine.IO's
    // 25 s interval and 20 s timeout): the pledge is saved well before, on a new connection.
    const saved = await whenSaved(phone, 15_000);
    expect(saved.saved!.text).toBe(text);
    expect(phone.phone.socket.connected).toBe(true);
    expect(phone.phone.socket.id).not.toBe(first);
    expect(phone.storage.map.size).toBe(0);
    const w = wall();
    cleanup.push(() => w.close());
    expect((await w.snapshot()).pledges.map((p) => p.text)).toEqual([text]);
  }, 40_000);

  test('a server slow to answer that still talks: the phone keeps its connection, and the pledge is saved on it exactly once', async () => {
    const { net, phone, wall, moderator } = await phoneBehindRelay();
    const first = phone.phone.socket.id;
    const timedOut = new Promise<void>((resolve) => phone.outbox.subscribe((s) => s.error === 'timeout' && resolve()));

    // The phone's command reaches the server after its ack timeout (1.5 s), while the moderator's
    // prompt reaches the phone in time: the connection is alive, only slow.
    const normal = net.slowUpstream(2500);
    const text = 'We will translate our guidelines into the six UN languages.';
    phone.outbox.enqueue('pledge:submit', { ...pledgeFor(text), id: randomUUID() });
    await settle(300);
    expect(await moderator.send('round:prompt', { prompt: 'One concrete commitment, please.' })).toMatchObject({ ok: true });
    await timedOut;
    normal();

    const saved = await whenSaved(phone, 10_000);
    expect(saved.saved!.text).toBe(text);
    expect(phone.phone.socket.connected).toBe(true);
    expect(phone.phone.socket.id).toBe(first);
    const w = wall();
    cleanup.push(() => w.close());
    expect((await w.snapshot()).pledges.map((p) => p.text)).toEqual([text]);
  }, 40_000);

  test('a phone offline for 30 s, then back, delivers its pledge exactly once', async () => {
    const { net, phone, panelists, wall } = await phoneBehindRelay();

    await net.cut();
    const text = 'We will open our measurement data to the community.';
    phone.outbox.enqueue('pledge:submit', { ...pledgeFor(text), id: randomUUID() });
    await settle(500);
    expect(['offline', 'sending']).toContain(phone.outbox.state.status);
    // The pledge waits on the phone, in storage, for the whole outage.
    await settle(30_000);
    expect(phone.outbox.state.status).toBe('offline');
    expect(phone.storage.map.size).toBe(1);
    await net.restore();
    const saved = await whenSaved(phone, 20000);
    expect(saved.saved!.text).toBe(text);
    const w = wall();
    cleanup.push(() => w.close());
    const snap = await w.snapshot();
    expect(snap.pledges.filter((p) => p.participantId === panelists[0]!.id)).toHaveLength(1);
    expect(snap.pledges).toHaveLength(1);
  }, 70_000);
});
