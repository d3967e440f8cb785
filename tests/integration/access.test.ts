import { randomUUID } from 'node:crypto';
import { Client, refusedHandshake } from '../helpers/clients';
import { phoneClient, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { dumpPrefix } from '../helpers/redis';
import { ADMIN_TOKEN, createSession, PANEL, serverSuite } from '../helpers/server';

describe('access, validation and the HTTP API', () => {
  const suite = serverSuite();
  const { clients } = suite;

  const post = (path: string, body: unknown, token: string | null = ADMIN_TOKEN) =>
    fetch(`${suite.server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('health reports the store', async () => {
    expect(await (await fetch(`${suite.server.url}/healthz`)).json()).toEqual({ ok: true, store: 'redis' });
  });

  test('creating a session returns id, join code, both moderator links and an invite per panelist', async () => {
    const created = await createSession(suite.server.url, PANEL);
    expect(created.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(created.links.join).toBe(`${suite.server.url}/j/${created.joinCode}`);
    expect(created.links.wall).toBe(`${suite.server.url}/s/${created.sessionId}/wall`);
    expect(created.links.moderator).toMatch(new RegExp(`^${suite.server.url}/s/${created.sessionId}/moderate#key=[A-Za-z0-9_-]{22}$`));
    expect(created.links.onlineModerator).toMatch(new RegExp(`^${suite.server.url}/s/${created.sessionId}/moderate#key=[A-Za-z0-9_-]{22}$`));
    expect(created.onlineModeratorKey).not.toBe(created.moderatorKey);
    expect(created.links.invites.map((i) => i.name)).toEqual(PANEL.panelists.map((p) => p.name));
    for (const invite of created.links.invites) {
      expect(invite.link).toMatch(new RegExp(`^${suite.server.url}/i/${created.sessionId}/${invite.panelistId}#invite=[A-Za-z0-9_-]{22}$`));
    }
    expect(new Set(Object.values(created.invites)).size).toBe(3);
    // The organizer can have every link again, unchanged; nobody else can.
    const links = await (await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/links`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    expect(links).toEqual({ ok: true, links: created.links, languages: [] });
    for (const token of [null, created.moderatorKey, created.onlineModeratorKey, Object.values(created.invites)[0]!]) {
      const res = await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/links`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(res.status).toBe(401);
    }
    const list = await (await fetch(`${suite.server.url}/api/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    expect(list.sessions.find((s: { sessionId: string }) => s.sessionId === created.sessionId)).toMatchObject({
      title: PANEL.title,
      code: PANEL.code,
      joinCode: created.joinCode,
      roundState: 'draft',
      panelists: 3,
      pledges: 0,
    });
    expect(JSON.stringify(list)).not.toContain('#key=');
    expect(JSON.stringify(list)).not.toContain('#invite=');
    const lookup = await (await fetch(`${suite.server.url}/api/join/${created.joinCode.toLowerCase()}`)).json();
    expect(lookup).toMatchObject({ ok: true, sessionId: created.sessionId, title: PANEL.title });
    expect(lookup.panelists).toHaveLength(3);
    expect(JSON.stringify(lookup)).not.toMatch(/#invite=|#key=/);
    for (const token of Object.values(created.invites)) expect(JSON.stringify(lookup)).not.toContain(token);
    const qr = await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/qr.svg`);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
  });

  test('organizer routes refuse a missing or wrong admin token and bad bodies, changing nothing', async () => {
    const existing = await createSession(suite.server.url, PANEL);
    const before = await dumpPrefix(suite.server.prefix);
    for (const token of [null, 'wrong-token-wrong-token', ADMIN_TOKEN.slice(0, -1), existing.moderatorKey]) {
      const res = await post('/api/sessions', PANEL, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const edit = await fetch(`${suite.server.url}/api/sessions/${existing.sessionId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ title: 'Taken over' }),
      });
      expect(edit.status).toBe(401);
      expect((await fetch(`${suite.server.url}/api/sessions`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status).toBe(401);
    }
    for (const body of ['{not json', { title: '' }, { ...PANEL, panelists: [] }, { ...PANEL, panelists: [{ name: 'X', stakeholderGroup: 'Pirates' }] }, { ...PANEL, extra: 1 }, [], 'null']) {
      const res = await post('/api/sessions', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect((await post('/api/sessions', { ...PANEL, title: 'x'.repeat(200_000) })).status).toBe(413);
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    expect((await fetch(`${suite.server.url}/api/join/ZZZZZZ`)).status).toBe(404);
    expect((await fetch(`${suite.server.url}/api/join/<script>`)).status).toBe(404);
  });

  test('rotating the moderator key invalidates the old link', async () => {
    const created = await createSession(suite.server.url, PANEL);
    const rotated = await (await post(`/api/sessions/${created.sessionId}/moderator-key`, {})).json();
    expect(rotated).toMatchObject({ ok: true, seat: 'onsite', link: expect.stringMatching(new RegExp(`/s/${created.sessionId}/moderate#key=[A-Za-z0-9_-]{22}$`)) });
    const newKey = new URL(rotated.link).hash.replace('#key=', '');
    expect(newKey).not.toBe(created.moderatorKey);
    const old = await refusedHandshake(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
    expect(old.message).toBe('unauthorized');
    const mod = new Client(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: newKey });
    clients.push(mod);
    expect((await mod.snapshot()).you.role).toBe('moderator');
    expect((await post(`/api/sessions/${created.sessionId}/moderator-key`, {}, null)).status).toBe(401);
  });

  test('handshakes with wrong keys, unknown sessions or bad shapes are refused', async () => {
    const created = await createSession(suite.server.url, PANEL);
    const cases: [unknown, string][] = [
      [{ role: 'moderator', sessionId: created.sessionId, key: 'A'.repeat(22) }, 'unauthorized'],
      [{ role: 'moderator', sessionId: created.sessionId }, 'invalid_payload'],
      [{ role: 'wall', sessionId: 'doesnotexist' }, 'session_not_found'],
      [{ role: 'admin', sessionId: created.sessionId }, 'invalid_payload'],
      [{}, 'invalid_payload'],
      [{ role: 'wall', sessionId: { $gt: '' } }, 'invalid_payload'],
    ];
    for (const [auth, code] of cases) expect((await refusedHandshake(suite.server.url, auth)).message).toBe(code);
    // A moderator key of one session does not open another.
    const other = await createSession(suite.server.url, PANEL);
    expect((await refusedHandshake(suite.server.url, { role: 'moderator', sessionId: other.sessionId, key: created.moderatorKey })).message).toBe('unauthorized');
  });

  test('every privileged command from a lower role is refused and changes nothing', async () => {
    const { created, moderator, panelists } = await setupSession(suite.server);
    clients.push(moderator);
    const seated = await seatedPhone(suite.server.url, created.sessionId, panelists[0]!.id);
    const wall = new Client(suite.server.url, { role: 'wall', sessionId: created.sessionId });
    const fresh = phoneClient(suite.server.url, created.sessionId).phone;
    clients.push(seated.phone, wall, fresh);
    await Promise.all([wall.snapshot(), fresh.snapshot()]);
    const before = await dumpPrefix(suite.server.prefix);
    const moderatorCommands: [string, unknown][] = [
      ['round:open', {}],
      ['round:close', {}],
      ['round:prompt', { prompt: 'Hijacked prompt' }],
      ['round:countdown', { countdownSeconds: 60 }],
      ['panelist:nudge', { panelistId: panelists[0]!.id }],
      ['panelist:release', { panelistId: panelists[0]!.id }],
      ['round:settings', { pledgers: 'panel' }],
      ['panel:invites', {}],
      ['panelist:reinvite', { panelistId: panelists[0]!.id }],
      ['pledge:approve-all', {}],
    ];
    for (const lower of [seated.phone, wall, fresh]) {
      for (const [event, payload] of moderatorCommands) {
        expect(await lower.send(event as 'round:open', payload)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    for (const [event, payload] of [
      ['panelist:claim', { panelistId: panelists[1]!.id }],
      ['pledge:submit', pledgeFor('A wall pretending to pledge.')],
      ['pledge:edit', pledgeFor('A wall pretending to edit.')],
      ['pledge:drafting', { drafting: true }],
      ['audience:join', { presence: 'online' }],
      ['pledge:follow-up', { pledgeId: randomUUID() }],
    ] as [string, unknown][]) {
      expect(await wall.send(event as 'pledge:submit', payload)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await moderator.send(event as 'pledge:submit', payload)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    // A phone without a seat cannot pledge or draft.
    await moderator.send('round:open', {});
    const afterOpen = await dumpPrefix(suite.server.prefix);
    expect(await fresh.send('pledge:submit', pledgeFor('Nobody in particular pledges.'))).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
    expect(await fresh.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
    // A panelist cannot edit someone else's pledge.
    const other = await seatedPhone(suite.server.url, created.sessionId, panelists[1]!.id);
    clients.push(other.phone);
    const mine = await seated.phone.send('pledge:submit', pledgeFor('A pledge only I may edit.'));
    const afterPledge = await dumpPrefix(suite.server.prefix);
    expect(await other.phone.send('pledge:edit', pledgeFor('Overwritten by someone else!', { id: mine.ok ? mine.pledge.id : '' }))).toMatchObject({
      ok: false,
      error: { code: 'not_your_pledge' },
    });
    expect(await other.phone.send('pledge:submit', pledgeFor('Overwritten by someone else!', { id: mine.ok ? mine.pledge.id : '' }))).toMatchObject({
      ok: false,
      error: { code: 'not_your_pledge' },
    });
    expect(await dumpPrefix(suite.server.prefix)).toEqual(afterPledge);
    expect(before).not.toEqual(afterOpen);
  });

  test('malformed payloads get invalid_payload and the suite.server keeps serving', async () => {
    const { created, moderator, panelists } = await setupSession(suite.server);
    clients.push(moderator);
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(suite.server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    const before = await dumpPrefix(suite.server.prefix);
    const bad: unknown[] = [
      null,
      42,
      'text',
      [],
      {},
      { id: randomUUID(), text: 'short', capacity: 'individual' },
      { id: randomUUID(), text: 'x'.repeat(700), capacity: 'individual' },
      { id: 'not-a-uuid', text: 'A perfectly fine pledge', capacity: 'individual' },
      { id: randomUUID(), text: 'A perfectly fine pledge', capacity: 'emperor' },
      { id: randomUUID(), text: { toString: 'x' }, capacity: 'individual' },
      { id: randomUUID(), text: 'A perfectly fine pledge', capacity: 'individual', __proto__: { admin: true }, constructor: 1 },
      JSON.parse('{"__proto__":{"polluted":true},"id":"3f0c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11","text":"A fine pledge text","capacity":"individual","x":1}'),
    ];
    for (const payload of bad) {
      expect(await phone.send('pledge:submit', payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await moderator.send('round:countdown', { countdownSeconds: -5 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await moderator.send('round:prompt', { prompt: '' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await moderator.send('panelist:nudge', { panelistId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    // Unknown events and events without an acknowledgement are ignored.
    (phone.socket as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit('admin:delete', {});
    (phone.socket as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit('pledge:submit', pledgeFor('No callback attached here.'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    // Still serving.
    expect(await phone.send('pledge:submit', pledgeFor('After all that, a real pledge.'))).toMatchObject({ ok: true, created: true });
  });
});
