import { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession, texts } from '../helpers/round';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { spawnServer } from '../helpers/server';

/**
 * How long one start of the server process may take before it counts as never coming up. Each
 * test starts it twice, cold (Node, tsx and every module loaded again): a few seconds on an idle
 * machine, tens of seconds on a busy one (two CPU hogs beside the suite: 15 to 45 s). The test
 * goes on as soon as the process listens; this only bounds a start that hangs.
 */
const START_MS = 120_000;

/** The real server process (server/index.ts) on Redis, stopped and started again. */
describe('server restart in Redis mode', () => {
  const prefix = freshPrefix();
  const env = () => ({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix });
  const running: Awaited<ReturnType<typeof spawnServer>>[] = [];
  const clients: Client[] = [];
  const start = async () => {
    const server = await spawnServer(env(), [], 'server/index.ts', START_MS);
    running.push(server);
    return server;
  };
  // Whatever a test left (it failed half-way): no process or connection outlives it.
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await Promise.all(running.splice(0).map((s) => s.stop('SIGKILL')));
  });
  afterAll(() => dropPrefix(prefix));

  test.each(['SIGTERM', 'SIGKILL'] as const)(
    'after %s and a restart, session, round state and pledges are all still there',
    async (signal) => {
      const first = await start();
      expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ ok: true, store: 'redis' });
      const { created, moderator, panelists } = await setupSession(first);
      const firstClients = [moderator];
      await moderator.send('round:open', { prompt: 'Your commitment?' });
      const seats = [];
      for (const [i, p] of panelists.slice(0, 2).entries()) {
        const s = await seatedPhone(first.url, created.sessionId, p.id);
        firstClients.push(s.phone);
        expect(await s.phone.send('pledge:submit', pledgeFor(`Pledge number ${i + 1} survives restarts.`))).toMatchObject({ ok: true });
        seats.push(s);
      }
      await first.stop(signal);
      // The first process's connections end with it. Left open they would keep reconnecting to its
      // address, and reach whichever process listens there next (the new one, when it gets the same
      // port): a second console on the moderator's key and a second phone on the seat, racing the
      // ones this test opens on the new process.
      firstClients.forEach((c) => c.close());

      const second = await start();
      const wall = new Client(second.url, { role: 'wall', sessionId: created.sessionId });
      clients.push(wall);
      const snap = await wall.snapshot();
      expect(snap.session.title).toBe('Commitments to Action');
      expect(snap.round).toMatchObject({ state: 'open', prompt: 'Your commitment?' });
      expect(texts(snap.pledges)).toEqual(['Pledge number 1 survives restarts.', 'Pledge number 2 survives restarts.']);
      expect(snap.panel.map((e) => e.status)).toEqual(['submitted', 'submitted', 'not_joined']);

      // The moderator key and a phone's device token still work against the new process.
      const mod = new Client(second.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
      clients.push(mod);
      await mod.snapshot();
      const phone = new Client(second.url, { role: 'phone', sessionId: created.sessionId, deviceToken: seats[0]!.deviceToken });
      clients.push(phone);
      const own = await phone.snapshot();
      expect(own.you.panelistId).toBe(panelists[0]!.id);
      expect(own.pledges.map((p) => p.text)).toEqual(['Pledge number 1 survives restarts.']);
      expect(await mod.send('round:close', {})).toMatchObject({ ok: true, round: { state: 'closed' } });
      // The join code resolves on the new process.
      const join = await (await fetch(`${second.url}/api/join/${created.joinCode}`)).json();
      expect(join).toMatchObject({ ok: true, sessionId: created.sessionId });
      expect(await mod.send('round:open', {})).toMatchObject({ ok: true, round: { state: 'open' } });
      await second.stop();
    },
    2 * START_MS + 60_000,
  );
});
