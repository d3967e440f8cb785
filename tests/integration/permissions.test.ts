import type { ClientEventName } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { COMMANDS } from '../../server/realtime/commands';
import { Client, refusedHandshake } from '../helpers/clients';
import { dumpPrefix } from '../helpers/redis';
import { audiencePhone, moderatorByLink, pledgeFor, seatedPhone, setupSession, waitingPhone } from '../helpers/round';
import { adminApi, serverSuite, startServer } from '../helpers/server';

type Command = Exclude<ClientEventName, 'session:sync' | 'conn:check'>;

/**
 * Who may do what, on a real server and Redis: every refusal has its error code, and the store
 * is exactly as before (every key under the run's prefix, rate-limit counters aside).
 */
describe('permissions', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  const dump = () => dumpPrefix(suite.server.prefix);

  /** A session with its round open, a panelist's visible pledge, an audience member's pending one, and a waiting phone. */
  async function busySession() {
    const s = await setupSession(suite.server);
    track(s.moderator);
    await s.moderator.send('round:open', { pledgers: 'panel-and-audience' });
    const panelist = await seatedPhone(suite.server.url, s.created.sessionId, s.panelists[0]!.id);
    track(panelist.phone);
    const shown = (await panelist.phone.sendOk('pledge:submit', pledgeFor('We will open our measurement data.'))).pledge as Pledge;
    const member = await audiencePhone(suite.server.url, s.created.sessionId, { presence: 'onsite', name: 'Ama' });
    track(member.phone);
    const pending = (await member.phone.sendOk('pledge:submit', pledgeFor('We will host a local IGF next spring.'))).pledge as Pledge;
    const waiting = await waitingPhone(suite.server.url, s.created.sessionId, s.panelists[1]!.id);
    track(waiting.phone);
    const wall = track(s.wall());
    await wall.snapshot();
    expect([shown.status, pending.status]).toEqual(['visible', 'pending']);
    return { ...s, panelist, shown, member, pending, waiting, wallClient: wall };
  }

  /** A well-formed payload for every command (only the sender's role is wrong). */
  function payloads(s: Awaited<ReturnType<typeof busySession>>): Record<Command, unknown> {
    const free = s.panelists[2]!.id;
    return {
      'panelist:claim': { panelistId: free, invite: s.created.invites[free] },
      'audience:join': { presence: 'online', name: 'Intruder' },
      'seat:withdraw': { panelistId: s.panelists[1]!.id },
      'pledge:drafting': { drafting: true },
      'pledge:submit': pledgeFor('A pledge from where none may come.'),
      'pledge:edit': pledgeFor('An edit from where none may come.', { id: s.shown.id }),
      'pledge:follow-up': { pledgeId: s.shown.id },
      'round:open': {},
      'round:close': {},
      'round:prompt': { prompt: 'Hijacked prompt' },
      'round:countdown': { countdownSeconds: 60 },
      'round:settings': { pledgers: 'panel', moderation: 'none' },
      'round:last-call': {},
      'stage:wall': { view: 'cloud' },
      'stage:spotlight': { pledgeId: s.shown.id },
      'stage:order': { panelistIds: [...s.panelists].reverse().map((p) => p.id) },
      'stage:call': { panelistId: s.panelists[0]!.id },
      'reaction:set': { pledgeId: s.shown.id, on: true },
      'panelist:nudge': { panelistId: s.panelists[0]!.id },
      'panelist:release': { panelistId: s.panelists[0]!.id },
      'panel:invites': {},
      'panelist:reinvite': { panelistId: s.panelists[0]!.id },
      'seat:admit': { requestId: s.waiting.request.id },
      'seat:refuse': { requestId: s.waiting.request.id },
      'pledge:approve': { pledgeId: s.pending.id, basedOn: s.pending.updatedAt },
      'pledge:approve-all': { pledges: [{ pledgeId: s.pending.id, basedOn: s.pending.updatedAt }] },
      'pledge:reject': { pledgeId: s.pending.id, reason: 'Not on topic' },
      'pledge:hide': { pledgeId: s.shown.id },
      'pledge:unhide': { pledgeId: s.shown.id },
      'pledge:fix': { pledgeId: s.shown.id, text: 'A moderator’s words in a phone’s mouth.', basedOn: s.shown.updatedAt },
    };
  }

  test('a code-joiner cannot act as the panelist before a moderator admits them', async () => {
    const s = await busySession();
    const before = await dump();
    for (const [event, payload] of [
      ['pledge:submit', pledgeFor('Posting in Kenji’s name before being admitted.')],
      ['pledge:edit', pledgeFor('Posting in Kenji’s name before being admitted.')],
      ['pledge:drafting', { drafting: true }],
      ['pledge:follow-up', { pledgeId: s.shown.id }],
    ] as [ClientEventName, unknown][]) {
      expect(await s.waiting.phone.send(event, payload)).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
    }
    // Asking again is the same request; an invite it does not have does not help.
    expect(await s.waiting.phone.send('panelist:claim', { panelistId: s.panelists[1]!.id })).toMatchObject({ ok: true, state: 'waiting', request: s.waiting.request });
    expect(await s.waiting.phone.send('panelist:claim', { panelistId: s.panelists[1]!.id, invite: 'A'.repeat(22) })).toMatchObject({
      ok: false,
      error: { code: 'invite_invalid' },
    });
    expect(await dump()).toEqual(before);
    // Refused by the moderator: still nothing in the panelist's name.
    expect(await s.moderator.send('seat:refuse', { requestId: s.waiting.request.id })).toEqual({ ok: true });
    await s.waiting.phone.waitFor('seat:answered', (a) => a.request.state === 'refused');
    const refused = await dump();
    expect(await s.waiting.phone.send('pledge:submit', pledgeFor('Still trying to post as Kenji.'))).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
    expect(await dump()).toEqual(refused);
    const snap = await s.wallClient.send('session:sync');
    expect(snap.ok && snap.snapshot.panel.find((e: { panelistId: string }) => e.panelistId === s.panelists[1]!.id).status).toBe('not_joined');
  });

  test('an audience pledge while only the panel pledges is refused with audience_closed', async () => {
    const s = await busySession();
    expect(await s.moderator.send('round:settings', { pledgers: 'panel' })).toMatchObject({ ok: true, round: { pledgers: 'panel' } });
    const other = await audiencePhone(suite.server.url, s.created.sessionId, { presence: 'online' });
    track(other.phone);
    const before = await dump();
    const refused = await other.phone.send('pledge:submit', pledgeFor('An audience pledge in a panel-only round.'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'audience_closed', message: expect.stringContaining('panel') } });
    expect(await dump()).toEqual(before);
    // The panel still pledges.
    const kenji = await seatedPhone(suite.server.url, s.created.sessionId, s.panelists[2]!.id);
    track(kenji.phone);
    expect(await kenji.phone.send('pledge:submit', pledgeFor('A panel pledge in a panel-only round.'))).toMatchObject({ ok: true, created: true });
  });

  test('phones may not moderate, walls may not send any command: forbidden, nothing stored', async () => {
    const s = await busySession();
    const all = payloads(s);
    expect(Object.keys(all).sort()).toEqual(Object.keys(COMMANDS).filter((e) => e !== 'session:sync' && e !== 'conn:check').sort());
    const phoneCommands: Command[] = ['panelist:claim', 'seat:withdraw', 'audience:join', 'pledge:drafting', 'pledge:submit', 'pledge:edit', 'pledge:follow-up', 'reaction:set'];
    const moderatorCommands = (Object.keys(all) as Command[]).filter((e) => !phoneCommands.includes(e));
    expect(moderatorCommands).toHaveLength(22);
    const before = await dump();
    for (const phone of [s.panelist.phone, s.member.phone, s.waiting.phone]) {
      for (const event of moderatorCommands) {
        expect([event, await phone.send(event, all[event])]).toEqual([event, expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) })]);
      }
    }
    for (const event of Object.keys(all) as Command[]) {
      expect([event, await s.wallClient.send(event, all[event])]).toEqual([event, expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) })]);
    }
    // Supporting a pledge is for the audience and online viewers, not for a panelist's phone or a projector's wall.
    for (const phone of [s.panelist.phone, s.waiting.phone]) {
      expect(await phone.send('reaction:set', all['reaction:set'])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Checking a quiet connection is for the pages where someone acts, and changes nothing.
    expect(await s.wallClient.send('conn:check')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const c of [s.panelist.phone, s.member.phone, s.waiting.phone, s.moderator]) expect(await c.send('conn:check')).toEqual({ ok: true });
    expect(await dump()).toEqual(before);
    // The same payloads are fine from the right role: the refusals were about who sent them.
    expect(await s.moderator.send('pledge:approve', all['pledge:approve'])).toMatchObject({ ok: true, pledge: { status: 'visible' } });
    expect(await s.moderator.send('seat:admit', all['seat:admit'])).toEqual({ ok: true });
  });

  test('a replaced moderator link: its consoles are cut off at once, on every process; the old key opens, replays and commits nothing', async () => {
    const other = await startServer({ prefix: suite.server.prefix });
    try {
      const s = await busySession();
      const oldKey = s.created.moderatorKey;
      const onB = track(new Client(other.url, { role: 'moderator', sessionId: s.created.sessionId, key: oldKey }));
      const online = track(new Client(other.url, { role: 'moderator', sessionId: s.created.sessionId, key: s.created.onlineModeratorKey }));
      await Promise.all([onB.snapshot(), online.snapshot()]);
      const cutOff = [s.moderator, onB].map((c) => new Promise<string>((resolve) => c.socket.once('disconnect', resolve)));
      // A third console with the old key is away (its connection dropped) when the link is replaced.
      const away = track(new Client(suite.server.url, { role: 'moderator', sessionId: s.created.sessionId, key: oldKey }));
      await away.snapshot();
      away.socket.io.reconnection(false);
      const serverSide = suite.server.app.io.of('/').sockets.get(away.socket.id!)!;
      const gone = new Promise((resolve) => serverSide.once('disconnect', resolve));
      away.socket.io.engine.close();
      await gone;
      // A command prepared with the old key (say, in flight when the link was replaced).
      const stale = await suite.server.app.service.reader.authenticate({ role: 'moderator', sessionId: s.created.sessionId, key: oldKey });
      if (!stale.ok) throw new Error('the old key should still work here');

      const rotated = await adminApi<{ seat: string; link: string }>(suite.server.url, `/api/sessions/${s.created.sessionId}/moderator-key`, { body: { seat: 'onsite' } });
      expect(rotated.body).toMatchObject({ ok: true, seat: 'onsite' });
      expect(await Promise.all(cutOff)).toEqual(['io server disconnect', 'io server disconnect']);
      // The online console stays, sees who replaced the link, and keeps working.
      const logged = await online.waitForDelta('activity', (d) => d.entry.action === 'moderator-link');
      expect(logged.entry).toMatchObject({ actor: { role: 'organizer' }, detail: 'onsite' });
      expect(online.socket.connected).toBe(true);
      // Moderator-only news while the away console is gone: an audience member's name, a nudge.
      const named = await audiencePhone(suite.server.url, s.created.sessionId, { presence: 'online', name: 'Private Person' });
      track(named.phone);
      expect(await online.send('panelist:nudge', { panelistId: s.panelists[0]!.id })).toEqual({ ok: true });
      await online.waitForDelta('audience', (d) => d.member.name === 'Private Person');
      await online.waitForDelta('activity', (d) => d.entry.action === 'nudge');

      const before = await dump();
      // The old key opens no console, on either process.
      for (const url of [suite.server.url, other.url]) {
        expect((await refusedHandshake(url, { role: 'moderator', sessionId: s.created.sessionId, key: oldKey })).message).toBe('unauthorized');
      }
      // The away console comes back: nothing that happened since is replayed to it, and it is refused.
      const mark = away.received.length;
      const outcome = new Promise<string>((resolve) => {
        away.socket.once('connect_error', (err) => resolve(`refused: ${err.message}`));
        away.socket.once('disconnect', (reason) => resolve(`disconnected: ${reason}`));
      });
      away.socket.connect();
      expect(await outcome).toBe('refused: unauthorized');
      expect(away.received.slice(mark)).toEqual([]);
      expect(away.socket.connected).toBe(false);
      // A command carrying the old key commits nothing.
      expect(await suite.server.app.service.moderator.openRound(stale.value, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(await suite.server.app.service.moderation.approveAll(stale.value, [{ pledgeId: s.pending.id, basedOn: s.pending.updatedAt }])).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(await suite.server.app.service.moderator.nudge(stale.value, s.panelists[0]!.id)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      // Nor does it open the rapporteur's report.
      expect((await adminApi(suite.server.url, `/api/sessions/${s.created.sessionId}/report`, { token: oldKey })).status).toBe(401);
      expect(await dump()).toEqual(before);

      // The new link works, as the onsite moderator.
      const fresh = track(moderatorByLink(suite.server.url, rotated.body.link));
      expect((await fresh.snapshot()).you.moderator).toEqual({ seat: 'onsite' });
      expect(await fresh.send('pledge:approve', { pledgeId: s.pending.id, basedOn: s.pending.updatedAt })).toMatchObject({ ok: true });
    } finally {
      await other.close();
    }
  });
});
