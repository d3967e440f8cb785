import { Client } from '../helpers/clients';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { createSession, PANEL, spawnServer } from '../helpers/server';

/**
 * `npm run start:cluster`: WORKERS processes share one port through Node's cluster module, which
 * hands each TCP connection to a worker before reading it. Nothing routes a client back to the
 * same worker, so the workers speak WebSocket only, and refuse long-polling plainly.
 */
describe('the cluster entry point', () => {
  const prefix = freshPrefix();
  let server: Awaited<ReturnType<typeof spawnServer>>;
  const clients: Client[] = [];
  // Generous waits: three fresh processes share two cores with the rest of the suite.
  const slow = 15_000;

  beforeAll(async () => {
    server = await spawnServer({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, WORKERS: '2', LOG_LEVEL: 'info' }, [], 'server/cluster.ts', 60_000);
  }, 70_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server?.stop();
    await dropPrefix(prefix);
  });

  test('two workers behind one port run a round over WebSocket; long-polling is refused, not half-served', async () => {
    expect(server.output()).toMatch(/2 workers/);
    const { created, moderator, panelists } = await setupSession(server, undefined, slow);
    clients.push(moderator);
    const walls = [0, 1, 2].map(() => new Client(server.url, { role: 'wall', sessionId: created.sessionId }));
    clients.push(...walls);
    await Promise.all(walls.map((w) => w.snapshot(0, slow)));
    await moderator.send('round:open', {});
    const phones = [];
    for (const p of panelists) {
      const s = await seatedPhone(server.url, created.sessionId, p.id, slow);
      clients.push(s.phone);
      phones.push(s.phone);
    }
    for (const [i, phone] of phones.entries()) {
      expect(await phone.send('pledge:submit', pledgeFor(`Cluster pledge number ${i + 1} is here.`))).toMatchObject({ ok: true });
    }
    for (const w of walls) {
      for (let i = 1; i <= phones.length; i++) await w.waitForDelta('pledge', (d) => d.pledge.text === `Cluster pledge number ${i} is here.`, slow);
    }
    // A long-polling handshake is answered with an error at once: no session is made that a
    // later request, handed to another worker, would not find.
    const polling = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(polling.status).toBe(400);
    expect(await polling.json()).toEqual({ code: 0, message: 'Transport unknown' });
    const pollingWall = new Client(server.url, { role: 'wall', sessionId: created.sessionId }, { transports: ['polling'] });
    clients.push(pollingWall);
    await new Promise<void>((resolve) => pollingWall.socket.once('connect_error', () => resolve()));
    expect(pollingWall.events('session:state')).toEqual([]);
    // Many plain HTTP requests spread over the workers and all answer.
    const health = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/healthz`).then((r) => r.json())));
    expect(health.every((h) => h.ok && h.store === 'redis')).toBe(true);
  }, 90_000);

  test('a crowd connecting at once: every connection gets its first state, once', async () => {
    const created = await createSession(server.url, PANEL);
    // As the pages connect: WebSocket first, long-polling only if the WebSocket cannot open.
    const crowd = Array.from({ length: 30 }, () => new Client(server.url, { role: 'wall', sessionId: created.sessionId }, { transports: ['websocket', 'polling'] }));
    clients.push(...crowd);
    const errors: string[] = [];
    for (const c of crowd) {
      c.socket.on('connect_error', (err) => errors.push(err.message));
      c.socket.on('disconnect', (reason) => errors.push(reason));
    }
    const states = await Promise.all(crowd.map((c) => c.snapshot(0, slow)));
    expect(states.every((s) => s.session.id === created.sessionId)).toBe(true);
    // One connection each: no handshake was refused or retried, no transport dropped.
    expect(errors).toEqual([]);
    expect(crowd.every((c) => c.events('session:state').length === 1)).toBe(true);
    expect(crowd.every((c) => c.socket.io.engine.transport.name === 'websocket')).toBe(true);
  }, 60_000);
});
