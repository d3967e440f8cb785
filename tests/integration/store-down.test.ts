import { decodeDoc } from '../../server/service/codec';
import { RedisStore } from '../../server/store/redis';
import { refusedHandshake } from '../helpers/clients';
import { outboxPhone, whenSaved } from '../helpers/phones';
import { pledgeFor, setupSession } from '../helpers/round';
import { spawnServer } from '../helpers/server';
import { freePort, startRedis } from '../../scripts/lib/redis-process';

/**
 * The session store goes away mid-round (Redis stopped): every caller hears at once that the
 * store is unavailable, the server's log says why, and the phone's outbox keeps the pledge and
 * delivers it once the store is back.
 */
describe('store unavailable', () => {
  const cleanup: (() => Promise<unknown> | unknown)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  test('with Redis stopped, commands, handshakes and HTTP calls answer store_unavailable without waiting for it; the pledge lands once Redis is back', async () => {
    const args = ['--appendonly', 'yes', '--appendfsync', 'always'];
    const redis = await startRedis(args);
    cleanup.push(() => redis.stop());
    const prefix = `test:store-down:${Date.now()}:`;
    const server = await spawnServer({ REDIS_URL: redis.url, REDIS_PREFIX: prefix, PORT: String(await freePort()) });
    cleanup.push(() => server.stop());
    const { created, moderator, panelists } = await setupSession(server);
    cleanup.push(() => moderator.close());
    await moderator.sendOk('round:open', {});
    const p = await outboxPhone(server.url, created.sessionId, panelists[0]!.id, { ackTimeoutMs: 3000 });
    cleanup.push(() => (p.outbox.stop(), p.phone.close()));

    // Redis stays down until every call below has been answered: a server that waited for it
    // (a command queued until the connection is back) would answer none of them.
    await redis.stop();

    // A command: refused, with a code that says what is wrong.
    const refused = await p.phone.send('pledge:submit', pledgeFor('This pledge is sent while the store is down.'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'store_unavailable' } });

    // A new connection: its handshake is refused with the same code.
    const handshake = await refusedHandshake(server.url, { role: 'wall', sessionId: created.sessionId });
    expect(handshake.data).toMatchObject({ code: 'store_unavailable' });

    // An HTTP call: 503, with the same code.
    const res = await fetch(`${server.url}/api/join/${created.joinCode}`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'store_unavailable' } });

    // The log names the cause instead of a bare "Error": the client refused the call because its
    // connection is down (or went down under it), never a timeout run out while the call waited.
    const out = await server.waitForOutput(/"msg":"store unavailable","request":"GET \/api\/join\//);
    const lines = out.split('\n').filter((line) => line.includes('"msg":"store unavailable"'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain('"error":"Error"');
      expect(line).toMatch(/<- (ClientOfflineError|SocketClosedUnexpectedlyError|ClientClosedError)\b|ECONNREFUSED/);
      expect(line).not.toMatch(/timeout/i);
    }

    // The phone's outbox keeps the pledge and retries; nothing is refused for good.
    const text = 'We will keep our pledge on the phone until the store is back.';
    p.outbox.enqueue('pledge:submit', pledgeFor(text));
    await new Promise((r) => setTimeout(r, 1500));
    expect(p.history.some((s) => s.error === 'store_unavailable')).toBe(true);
    expect(p.outbox.state.status).not.toBe('refused');
    expect(p.storage.map.size).toBe(1);

    const again = await startRedis(args, { port: redis.port, dir: redis.dir });
    // Stopped last: the server closes while its Redis still answers.
    cleanup.unshift(() => again.stop());
    const saved = await whenSaved(p, 20_000);
    expect(saved.saved!.text).toBe(text);

    const store = await RedisStore.connect(again.url, { prefix });
    try {
      const stored = decodeDoc((await store.getAll(created.sessionId))!).pledges;
      expect(stored.map((s) => s.text)).toEqual([text]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
