import { Client } from '../helpers/clients';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { createSession, PANEL, spawnServer } from '../helpers/server';

/**
 * `npm run start:cluster`: WORKERS processes behind one port; the primary passes each connection
 * to the worker that holds its Socket.IO session (server/sticky.ts), so long-polling works too.
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

  test('two workers behind one port run a round over WebSocket and over long-polling', async () => {
    expect(server.output()).toMatch(/2 workers/);
    const { created, moderator, panelists } = await setupSession(server, undefined, slow);
    clients.push(moderator);
    // Long-polling only: every request of a session must reach the same worker.
    const wallPolling = new Client(server.url, { role: 'wall', sessionId: created.sessionId }, { transports: ['polling'] });
    const wallWs = new Client(server.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(wallPolling, wallWs);
    await Promise.all([wallPolling.snapshot(0, slow), wallWs.snapshot(0, slow)]);
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
    for (const w of [wallPolling, wallWs]) {
      for (let i = 1; i <= phones.length; i++) await w.waitForDelta('pledge', (d) => d.pledge.text === `Cluster pledge number ${i} is here.`, slow);
    }
    expect(wallPolling.socket.io.engine.transport.name).toBe('polling');
    // Many plain HTTP requests spread over the workers and all answer.
    const health = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/healthz`).then((r) => r.json())));
    expect(health.every((h) => h.ok && h.store === 'redis')).toBe(true);
  }, 90_000);

  test('a crowd connecting at once: every connection gets its first state, long-polling never lands on the wrong worker, upgrades complete', async () => {
    const created = await createSession(server.url, PANEL);
    const wall = (transports?: string[]) => new Client(server.url, { role: 'wall', sessionId: created.sessionId }, transports ? { transports } : {});
    // As browsers connect: long-polling first, then the upgrade to a WebSocket on the same worker.
    const browsers = Array.from({ length: 4 }, () => wall(['polling', 'websocket']));
    const upgraded = browsers.map((c) => new Promise((resolve) => c.socket.io.engine.once('upgrade', resolve)));
    const crowd = [...Array.from({ length: 20 }, () => wall()), ...Array.from({ length: 6 }, () => wall(['polling'])), ...browsers];
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
    await Promise.all(upgraded);
    expect(browsers.every((c) => c.socket.io.engine.transport.name === 'websocket')).toBe(true);
  }, 60_000);
});
