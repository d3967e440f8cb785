import { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession, texts } from '../helpers/round';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { spawnServer } from '../helpers/server';

/** The real server process (server/index.ts) on Redis, stopped and started again. */
describe('server restart in Redis mode', () => {
  const prefix = freshPrefix();
  const clients: Client[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await dropPrefix(prefix);
  });

  test.each(['SIGTERM', 'SIGKILL'] as const)('after %s and a restart, session, round state and pledges are all still there', async (signal) => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix };
    const first = await spawnServer(env);
    expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ ok: true, store: 'redis' });
    const { created, moderator, panelists } = await setupSession(first);
    clients.push(moderator);
    await moderator.send('round:open', { prompt: 'Your commitment?' });
    const seats = [];
    for (const [i, p] of panelists.slice(0, 2).entries()) {
      const s = await seatedPhone(first.url, created.sessionId, p.id);
      clients.push(s.phone);
      expect(await s.phone.send('pledge:submit', pledgeFor(`Pledge number ${i + 1} survives restarts.`))).toMatchObject({ ok: true });
      seats.push(s);
    }
    await first.stop(signal);

    const second = await spawnServer(env);
    try {
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
      await mod.send('round:open', {});
    } finally {
      await second.stop();
    }
  });
});
