import { moderatorName } from '../../shared/moderator-name';
import type { SessionReport } from '../../shared/http';
import type { ActivityEntry, Pledge } from '../../shared/schemas';
import { createClient } from 'redis';
import { hashSecret } from '../../server/security';
import { Client, refusedHandshake } from '../helpers/clients';
import { testRedisUrl } from '../helpers/redis';
import { audiencePhone, moderatorByLink, pledgeFor, seatedPhone } from '../helpers/round';
import { adminApi, createEvent, createSession, PANEL, serverSuite, startServer, type TestServer } from '../helpers/server';

const ONSITE = { role: 'moderator', seat: 'onsite', name: 'Nnenna Nwakanma' } as const;
const ONLINE = { role: 'moderator', seat: 'online', name: 'Paola Galvez' } as const;

/** The hybrid room: an onsite moderator and an online one, each with their own link, side by side. */
describe('two moderators', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  let remote: TestServer;
  beforeAll(async () => {
    // The online moderator's console runs through another server process, sharing the Redis.
    remote = await startServer({ prefix: suite.server.prefix });
  });
  afterAll(() => remote.close());

  async function hybridSession(name: string) {
    const event = await createEvent(suite.server.url, { name });
    const created = await createSession(suite.server.url, {
      ...PANEL,
      eventId: event.id,
      details: { moderator: 'Nnenna Nwakanma', onlineModerator: 'Paola Galvez', rapporteur: 'Ana' },
    });
    const onsite = track(new Client(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    const online = track(new Client(remote.url, { role: 'moderator', sessionId: created.sessionId, key: created.onlineModeratorKey }));
    const [a, b] = await Promise.all([onsite.snapshot(), online.snapshot()]);
    return { event, created, onsite, online, panelists: a.session.panelists, states: [a, b] };
  }

  test('each sees what the other does at once; the activity log names both, by seat, in the snapshot, the export and the report', async () => {
    const { event, created, onsite, online, panelists, states } = await hybridSession('IGF Hybrid');
    expect(states.map((s) => s.you.moderator)).toEqual([{ seat: 'onsite' }, { seat: 'online' }]);
    // Each console names its moderator from the session's details (ModeratorView's heading).
    expect(states.map((s) => moderatorName(s.session.details, s.you.moderator!.seat))).toEqual(['Nnenna Nwakanma', 'Paola Galvez']);
    const amina = await seatedPhone(suite.server.url, created.sessionId, panelists[0]!.id);
    track(amina.phone);
    const watching = track(new Client(remote.url, { role: 'wall', sessionId: created.sessionId }));
    await watching.snapshot();

    // The online moderator opens the round: the onsite console, the phone see it; the log says who.
    expect(await online.send('round:open', { prompt: 'One commitment, onsite or online?', pledgers: 'panel-and-audience' })).toMatchObject({ ok: true });
    await onsite.waitForDelta('round', (d) => d.round.state === 'open' && d.round.prompt === 'One commitment, onsite or online?');
    await amina.phone.waitForDelta('round', (d) => d.round.state === 'open');
    const opened = await onsite.waitForDelta('activity', (d) => d.entry.action === 'open');
    expect(opened.entry).toMatchObject({ actor: ONLINE, detail: 'One commitment, onsite or online?' });

    // The onsite moderator nudges Amina: her phone buzzes, the online console sees it logged.
    expect(await onsite.send('panelist:nudge', { panelistId: panelists[0]!.id })).toEqual({ ok: true });
    await amina.phone.waitFor('panelist:nudged');
    const nudged = await online.waitForDelta('activity', (d) => d.entry.action === 'nudge');
    expect(nudged.entry).toMatchObject({ actor: ONSITE, subject: panelists[0]!.name });

    // An online audience member pledges; both queues show it; the online moderator approves it.
    const zoe = await audiencePhone(remote.url, created.sessionId, { presence: 'online', name: 'Zoe' });
    track(zoe.phone);
    const pledge = (await zoe.phone.sendOk('pledge:submit', pledgeFor('We will stream our national IGF with captions.'))).pledge as Pledge;
    for (const m of [onsite, online]) await m.waitForDelta('pledge', (d) => d.pledge.id === pledge.id && d.pledge.status === 'pending');
    for (const m of [onsite, online]) await m.waitForDelta('audience', (d) => d.member.name === 'Zoe' && d.member.presence === 'online');
    expect(await online.send('pledge:approve', { pledgeId: pledge.id, basedOn: pledge.updatedAt })).toMatchObject({ ok: true, pledge: { status: 'visible' } });
    await onsite.waitForDelta('pledge', (d) => d.pledge.id === pledge.id && d.pledge.status === 'visible');
    expect((await onsite.waitForDelta('activity', (d) => d.entry.action === 'approve')).entry).toMatchObject({ actor: ONLINE, subject: 'Zoe' });

    // The onsite moderator closes audience pledges; the online console follows.
    expect(await onsite.send('round:settings', { pledgers: 'panel' })).toMatchObject({ ok: true, round: { pledgers: 'panel' } });
    await online.waitForDelta('round', (d) => d.round.pledgers === 'panel');
    await online.waitForDelta('activity', (d) => d.entry.action === 'settings');

    const expected = [
      { action: 'open', actor: ONLINE },
      { action: 'nudge', actor: ONSITE },
      { action: 'approve', actor: ONLINE },
      { action: 'settings', actor: ONSITE },
    ];
    const summary = (log: ActivityEntry[]) => log.map((e) => ({ action: e.action, actor: e.actor }));
    // Both consoles' snapshots (on both processes), and a console that opens now.
    for (const m of [onsite, online]) {
      const sync = await m.sendOk('session:sync');
      expect(summary(sync.snapshot.activity)).toEqual(expected);
    }
    const late = track(new Client(remote.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    expect(summary((await late.snapshot()).activity)).toEqual(expected);
    // Not walls or phones: the wall heard of every commit, with no activity and no pending pledge.
    expect(watching.deltas('activity')).toEqual([]);
    expect(watching.deltas('pledge').map((d) => d.pledge.status)).toEqual(['visible']);
    expect(watching.deltas('audience').map((d) => d.member.name)).toEqual(['']);
    const wall = track(new Client(suite.server.url, { role: 'wall', sessionId: created.sessionId }));
    expect((await wall.snapshot()).activity).toEqual([]);
    expect((await amina.phone.sendOk('session:sync')).snapshot.activity).toEqual([]);

    // The JSON export, of the session and of its event; the rapporteur's report.
    for (const path of [`/api/sessions/${created.sessionId}/export.json`, `/api/events/${event.id}/export.json`]) {
      const json = await adminApi<{ sessions: { activity: ActivityEntry[] }[] }>(suite.server.url, path);
      expect(json.body.sessions.map((s) => summary(s.activity))).toEqual([expected]);
    }
    const report = await adminApi<SessionReport>(suite.server.url, `/api/sessions/${created.sessionId}/report`, { token: created.onlineModeratorKey });
    expect(report.status).toBe(200);
    expect(summary(report.body.activity)).toEqual(expected);
    expect(report.body.activity.map((e) => e.at)).toEqual([...report.body.activity.map((e) => e.at)].sort((x, y) => x - y));
  });

  test('a console that drops for a moment recovers what it missed; its link is still good', async () => {
    const { onsite, online } = await hybridSession('IGF Recovery');
    const before = online.received.length;
    const back = new Promise((resolve) => online.socket.once('connect', () => resolve(undefined)));
    online.socket.io.engine.close();
    expect(await onsite.send('round:prompt', { prompt: 'Changed while the online console was away' })).toMatchObject({ ok: true });
    await back;
    expect(online.socket.recovered).toBe(true);
    await online.waitForDelta('round', (d) => d.round.prompt === 'Changed while the online console was away', 5000, before);
    await online.waitForDelta('activity', (d) => d.entry.action === 'prompt' && d.entry.actor.role === 'moderator' && d.entry.actor.seat === 'onsite', 5000, before);
    expect(online.received.slice(before).filter((r) => r.event === 'session:state')).toHaveLength(0);
    expect(await online.send('round:open', {})).toMatchObject({ ok: true });
  });

  test('replacing the online link cuts off only the online console; the onsite one carries on; the new link opens as online', async () => {
    const { created, onsite, online } = await hybridSession('IGF Rotation');
    const cut = new Promise<string>((resolve) => online.socket.once('disconnect', resolve));
    const rotated = await adminApi<{ seat: string; link: string }>(suite.server.url, `/api/sessions/${created.sessionId}/moderator-key`, { body: { seat: 'online' } });
    expect(rotated.body).toMatchObject({ ok: true, seat: 'online' });
    expect(await cut).toBe('io server disconnect');
    expect((await onsite.waitForDelta('activity', (d) => d.entry.action === 'moderator-link')).entry).toMatchObject({ actor: { role: 'organizer' }, detail: 'online' });
    expect(onsite.socket.connected).toBe(true);
    expect(await onsite.send('round:open', {})).toMatchObject({ ok: true });
    const fresh = track(moderatorByLink(remote.url, rotated.body.link));
    expect((await fresh.snapshot()).you.moderator).toEqual({ seat: 'online' });
    expect(await fresh.send('round:close', {})).toMatchObject({ ok: true, round: { state: 'closed' } });
    // The organizer's links carry the new online link and the unchanged onsite one.
    const links = await adminApi<{ links: { moderator: string; onlineModerator: string } }>(suite.server.url, `/api/sessions/${created.sessionId}/links`);
    expect(links.body.links).toMatchObject({ moderator: created.links.moderator, onlineModerator: rotated.body.link });
  });

  test('a session stored before there were two links: its one key opens the onsite console and works until replaced', async () => {
    const created = await createSession(suite.server.url, PANEL);
    // As stored then: no key fields, the key's digest in the meta.
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    try {
      const key = `${suite.server.prefix}session:{${created.sessionId}}`;
      const meta = JSON.parse((await redis.hGet(key, 'meta'))!);
      await redis.hSet(key, 'meta', JSON.stringify({ ...meta, moderatorKeyHash: hashSecret(created.moderatorKey) }));
      await redis.hDel(key, ['mk:onsite', 'mk:online']);
      await redis.hIncrBy(key, 'seq', 1);
    } finally {
      await redis.close();
    }
    const legacy = track(new Client(remote.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    expect((await legacy.snapshot()).you.moderator).toEqual({ seat: 'onsite' });
    expect(await legacy.send('round:open', {})).toMatchObject({ ok: true });
    // Its connection drops for a moment: recovered, the key still good.
    const back = new Promise((resolve) => legacy.socket.once('connect', () => resolve(undefined)));
    legacy.socket.io.engine.close();
    await back;
    expect(legacy.socket.recovered).toBe(true);
    expect(legacy.socket.connected).toBe(true);
    // The organizer replaces it: cut off, refused from then on; the new link works.
    const cut = new Promise<string>((resolve) => legacy.socket.once('disconnect', resolve));
    const rotated = await adminApi<{ link: string }>(suite.server.url, `/api/sessions/${created.sessionId}/moderator-key`, { body: {} });
    expect(await cut).toBe('io server disconnect');
    expect((await refusedHandshake(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey })).message).toBe('unauthorized');
    const fresh = track(moderatorByLink(suite.server.url, rotated.body.link));
    await fresh.snapshot();
    expect(await fresh.send('round:close', {})).toMatchObject({ ok: true });
  });
});
