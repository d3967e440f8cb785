import { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone } from '../helpers/round';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { spawnServer } from '../helpers/server';

/**
 * What `npm start -- --demo` runs (server/index.ts), as a real process: it prints working links
 * and a round runs through them, on the embedded store and on Redis.
 */
describe.each([
  ['memory', (): Record<string, string> => ({})],
  ['redis', (prefix: string): Record<string, string> => ({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix })],
] as const)('the server started with --demo (%s)', (kind, env) => {
  const prefix = freshPrefix();
  afterAll(() => dropPrefix(prefix));

  test('prints organizer and demo links, and a round runs through them', async () => {
    const server = await spawnServer({ ...env(prefix), ADMIN_TOKEN: '' }, ['--demo']);
    const clients: Client[] = [];
    try {
      const out = await server.waitForOutput(/Rapporteur report/);
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, store: kind });
      if (kind === 'memory') expect(out).toContain('REDIS_URL is not set');
      else expect(out).not.toContain('REDIS_URL is not set');
      // No ADMIN_TOKEN: one is generated and handed over in the organizer link's fragment.
      const token = /Organizer page: \S+\/organizer#token=([A-Za-z0-9_-]{22})/.exec(out)?.[1];
      expect(token).toBeDefined();
      const list = await fetch(`${server.url}/api/sessions`, { headers: { authorization: `Bearer ${token}` } });
      expect(list.status).toBe(200);

      const moderatorLink = /Moderator console: (\S+)/.exec(out)![1]!;
      const joinLink = /Audience \(join code, also on the wall\): +(\S+)/.exec(out)![1]!;
      const onlineLink = /Online moderator: +(\S+)/.exec(out)![1]!;
      // One personal invite link per panelist seat.
      const invites = [...out.matchAll(/(\S+\/i\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)#invite=([A-Za-z0-9_-]{22}))\s/g)].map((m) => ({
        sessionId: m[2]!,
        panelistId: m[3]!,
        token: m[4]!,
      }));
      const wallLink = /Wall \(projector\): +(\S+)/.exec(out)![1]!;
      const mod = new URL(moderatorLink);
      const sessionId = mod.pathname.split('/')[2]!;
      expect(new URL(wallLink).pathname).toBe(`/s/${sessionId}/wall`);
      const joinCode = new URL(joinLink).pathname.split('/')[2]!;
      const lookup = await (await fetch(`${server.url}/api/join/${joinCode}`)).json();
      expect(lookup).toMatchObject({ ok: true, sessionId });

      const moderator = new Client(server.url, { role: 'moderator', sessionId, key: mod.hash.replace('#key=', '') });
      const wall = new Client(server.url, { role: 'wall', sessionId });
      clients.push(moderator, wall);
      const state = await moderator.snapshot();
      expect(state.session.panelists).toHaveLength(3);
      // The workshop's policy questions, as its IGF page lists them, for the moderator to phrase the prompt around.
      expect(state.session.details.policyQuestions).toHaveLength(3);
      expect(state.you.moderator?.seat).toBe('onsite');
      expect(invites.map((i) => i.panelistId)).toEqual(state.session.panelists.map((p) => p.id));
      expect(invites.every((i) => i.sessionId === sessionId)).toBe(true);
      const online = new Client(server.url, { role: 'moderator', sessionId, key: new URL(onlineLink).hash.replace('#key=', '') });
      clients.push(online);
      expect((await online.snapshot()).you.moderator?.seat).toBe('online');
      await moderator.send('round:open', {});
      // The printed invite link seats the phone that opens it.
      const { phone } = await seatedPhone(server.url, sessionId, invites[0]!.panelistId, { invite: invites[0]!.token });
      clients.push(phone);
      const ack = await phone.send('pledge:submit', pledgeFor('We will run two regional capacity workshops.'));
      expect(ack).toMatchObject({ ok: true, created: true });
      await wall.waitForDelta('pledge', (d) => d.pledge.text === 'We will run two regional capacity workshops.');

      // The demo session belongs to a demo event, whose public registry lists the pledge.
      const registryLink = /public registry (\S+)\)/.exec(out)![1]!;
      const eventId = new URL(registryLink).pathname.split('/')[2]!;
      const registry = await (await fetch(`${server.url}/api/events/${eventId}/registry`)).json();
      expect(registry).toMatchObject({ ok: true, event: { name: 'IGF 2025 (demo)' }, total: 1, pledges: [{ text: 'We will run two regional capacity workshops.', regionalGroup: 'African Group' }] });
      const report = /Rapporteur report: (\S+)/.exec(out)![1]!;
      expect(new URL(report).pathname).toBe(`/s/${sessionId}/report`);
    } finally {
      clients.forEach((c) => c.close());
      await server.stop();
    }
  });
});
