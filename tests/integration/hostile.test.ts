import { randomBytes, randomUUID } from 'node:crypto';
import { COMMANDS } from '../../server/realtime/commands';
import type { ClientEventName } from '../../shared/protocol';
import { Client, refusedHandshake } from '../helpers/clients';
import { dropPrefix, dumpPrefix } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { ADMIN_TOKEN, createEvent, createSession, PANEL, startServer, type TestServer } from '../helpers/server';
import { fieldAttacks, HOSTILE_PAYLOADS, label } from '../helpers/hostile-corpus';

/** Each payload of the corpus (helpers/hostile-corpus.ts) must get an error, leave the store unchanged, and leave the server serving everyone else. */
describe('hostile and malformed input', () => {
  let server: TestServer;
  const clients: Client[] = [];
  beforeAll(async () => {
    // Limits high enough that every payload reaches validation (the flood test covers limits).
    const generous = { perDevice: 100_000, perIp: 100_000, seconds: 60 };
    server = await startServer({ limitRules: { pledge: generous, moderate: generous, claim: generous, drafting: generous, sync: generous, connect: generous, admin: generous, lookup: generous } });
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server.close();
    await dropPrefix(server.prefix);
  });

  test('at least 100 hostile payloads across every event and route: each refused, nothing changed, still serving', async () => {
    // Another session, whose ids the attacker tries to use.
    const other = await setupSession(server);
    await other.moderator.send('round:open', { pledgers: 'panel-and-audience' });
    const otherSeat = await seatedPhone(server.url, other.created.sessionId, other.panelists[0]!.id);
    const otherPledge = await otherSeat.phone.send('pledge:submit', pledgeFor('The other session keeps its pledge.'));
    clients.push(other.moderator, otherSeat.phone);
    const foreign = { panelistId: other.panelists[1]!.id, pledgeId: otherPledge.ok ? (otherPledge.pledge.id as string) : '' };

    const { created, moderator, panelists } = await setupSession(server);
    await moderator.send('round:open', { pledgers: 'panel-and-audience' });
    const seated = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    const wall = new Client(server.url, { role: 'wall', sessionId: created.sessionId });
    // An online viewer's wall, which may support pledges.
    const viewer = new Client(server.url, { role: 'wall', sessionId: created.sessionId, viewerToken: randomBytes(16).toString('base64url') });
    await Promise.all([wall.snapshot(), viewer.snapshot()]);
    clients.push(moderator, seated.phone, wall, viewer);

    // An event with a pledge that has a follow-up link, for the event and follow-up routes.
    const event = await createEvent(server.url, { name: 'Hostile IGF' });
    const author = await seatedPhone(server.url, created.sessionId, panelists[1]!.id);
    clients.push(author.phone);
    const followUpToken = randomBytes(16).toString('base64url');
    const ownPledge = await author.phone.send('pledge:submit', { ...pledgeFor('A pledge whose follow-up link is attacked.'), followUpToken });
    const ownPledgeId = ownPledge.ok ? (ownPledge.pledge.id as string) : '';
    const own = { pledgeId: ownPledgeId, updatedAt: ownPledge.ok ? (ownPledge.pledge.updatedAt as number) : 0 };

    const before = await dumpPrefix(server.prefix);
    let count = 0;
    const refusals: string[] = [];
    const expectRefused = (what: string, res: { ok: boolean; error?: { code: string; message: string } }) => {
      count++;
      if (res.ok || !res.error?.code || !res.error.message) refusals.push(`${what} was accepted: ${JSON.stringify(res).slice(0, 200)}`);
    };

    const events: [ClientEventName, Client][] = [
      ['session:sync', wall],
      ['conn:check', seated.phone],
      ['panelist:claim', seated.phone],
      ['pledge:drafting', seated.phone],
      ['pledge:submit', seated.phone],
      ['pledge:edit', seated.phone],
      ['round:open', moderator],
      ['round:close', moderator],
      ['round:prompt', moderator],
      ['round:countdown', moderator],
      ['panelist:nudge', moderator],
      ['panelist:release', moderator],
      ['pledge:follow-up', seated.phone],
      ['audience:join', seated.phone],
      ['seat:withdraw', seated.phone],
      ['round:settings', moderator],
      ['panel:invites', moderator],
      ['panelist:reinvite', moderator],
      ['seat:admit', moderator],
      ['seat:refuse', moderator],
      ['pledge:approve', moderator],
      ['pledge:approve-all', moderator],
      ['pledge:reject', moderator],
      ['pledge:hide', moderator],
      ['pledge:unhide', moderator],
      ['pledge:fix', moderator],
      ['round:last-call', moderator],
      ['stage:wall', moderator],
      ['stage:spotlight', moderator],
      ['stage:order', moderator],
      ['stage:call', moderator],
      ['reaction:set', viewer],
    ];
    // Every command of the protocol is attacked.
    expect(events.map(([e]) => e).sort()).toEqual(Object.keys(COMMANDS).sort());
    const emptyPayload = ['session:sync', 'conn:check', 'round:close', 'round:last-call', 'panel:invites', 'pledge:approve-all'];
    for (const [event, sender] of events) {
      const attacks = fieldAttacks(event, foreign, own);
      const payloads = emptyPayload.includes(event) ? attacks : [...HOSTILE_PAYLOADS, ...attacks];
      for (const payload of payloads) {
        const res = await sender.send(event, payload).catch((err: Error) => ({ ok: false, error: { code: 'transport', message: err.message } }));
        expectRefused(`${event} ${label(payload)}`, res);
        if (process.env.DEBUG_CORPUS) console.log(event, label(payload), JSON.stringify(res).slice(0, 100));
      }
    }

    // Event names the server does not know, the prototype's among them: each answered unknown_command.
    for (const event of ['pledge:delete', '__proto__', 'constructor', 'hasOwnProperty', 'x'.repeat(1000)]) {
      const res = await seated.phone.send(event as ClientEventName, {});
      expectRefused(`unknown event ${label(event)}`, res);
      if (!res.ok && res.error.code !== 'unknown_command') refusals.push(`${label(event)} answered ${res.error.code}`);
    }

    // A frame over the 64 KB limit: the server drops that one connection, nothing else.
    const big = new Client(server.url, { role: 'wall', sessionId: created.sessionId });
    await big.snapshot();
    const dropped = new Promise<string>((resolve) => big.socket.once('disconnect', (reason) => resolve(reason)));
    big.socket.io.opts.reconnection = false;
    big.socket.emit('pledge:submit', { id: randomUUID(), text: 'x'.repeat(70_000), capacity: 'individual' }, () => undefined);
    expect(await dropped).toBe('transport close');
    count++;
    big.close();

    // Replayed and foreign credentials at the handshake.
    const handshakes: unknown[] = [
      { role: 'moderator', sessionId: created.sessionId, key: other.created.moderatorKey },
      { role: 'moderator', sessionId: created.sessionId, key: 'A'.repeat(22) },
      { role: 'moderator', sessionId: created.sessionId },
      { role: 'moderator', sessionId: created.sessionId, key: { $ne: null } },
      { role: 'wall', sessionId: 'no-such-session' },
      { role: 'wall', sessionId: '../../../etc' },
      { role: 'wall', sessionId: created.sessionId, lastSeq: -1 },
      { role: 'organizer', sessionId: created.sessionId },
      { role: 'phone', sessionId: created.sessionId, deviceToken: '<script>alert(1)</script>' },
      { role: 'phone', sessionId: created.sessionId, deviceToken: 'short' },
      { role: 'phone', sessionId: created.sessionId, deviceToken: 'A'.repeat(21) },
      { role: 'phone', sessionId: created.sessionId },
      { role: 'moderator', sessionId: created.sessionId, key: seated.invite },
      JSON.parse('{"__proto__":{"role":"moderator"},"sessionId":"abcdefgh"}'),
      'x'.repeat(1000),
    ];
    for (const auth of handshakes) {
      const err = await refusedHandshake(server.url, auth);
      count++;
      if (!err.message) refusals.push(`handshake ${JSON.stringify(auth)} accepted`);
    }
    // A device token from another session is not a seat here: that phone joins unseated and cannot pledge.
    const replayed = new Client(server.url, { role: 'phone', sessionId: created.sessionId, deviceToken: otherSeat.deviceToken });
    clients.push(replayed);
    expect((await replayed.snapshot()).you.panelistId).toBeNull();
    expectRefused('replayed foreign device token', await replayed.send('pledge:submit', pledgeFor('Pledging with a stolen token.')));

    // HTTP routes.
    const http = async (what: string, path: string, init: RequestInit & { expectStatus?: number } = {}) => {
      const res = await fetch(`${server.url}${path}`, init);
      const body = await res.text();
      count++;
      let parsed: { ok?: boolean; error?: { code?: string } } = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        /* checked below */
      }
      if (res.status < 400 || parsed.ok !== false || !parsed.error?.code) refusals.push(`${what}: ${res.status} ${body.slice(0, 120)}`);
    };
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const bodies: (string | Uint8Array)[] = [
      '',
      'null',
      '[]',
      '"string"',
      '{"title":',
      JSON.stringify({ title: 'x' }),
      JSON.stringify({ ...PANEL, title: 't'.repeat(201) }),
      JSON.stringify({ ...PANEL, panelists: Array.from({ length: 41 }, () => PANEL.panelists[0]) }),
      JSON.stringify({ ...PANEL, panelists: [{ name: '', stakeholderGroup: 'Academia' }] }),
      JSON.stringify({ ...PANEL, panelists: [{ name: 'A', stakeholderGroup: 'Academia', isAdmin: true }] }),
      JSON.stringify({ ...PANEL, title: 'Bad \uD800 surrogate' }),
      '{"__proto__":{"polluted":true},"title":"x","panelists":[]}',
      '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
      JSON.stringify({ ...PANEL, title: 'y'.repeat(150_000) }),
      new Uint8Array([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), // {"title":"\xC3("}
      JSON.stringify({ ...PANEL, title: '<script>alert(1)</script>', panelists: 'none' }),
    ];
    for (const body of bodies) await http(`POST /api/sessions ${label(String(body))}`, '/api/sessions', { method: 'POST', headers: admin, body: body as unknown as BodyInit });
    for (const token of ['', 'Bearer', `Bearer ${created.moderatorKey}`, `Bearer ${seated.deviceToken}`, `Basic ${ADMIN_TOKEN}`, `Bearer ${ADMIN_TOKEN}x`]) {
      await http(`POST /api/sessions with "${token.slice(0, 12)}"`, '/api/sessions', {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: JSON.stringify(PANEL),
      });
      await http(`GET /api/sessions with "${token.slice(0, 12)}"`, '/api/sessions', { headers: { authorization: token } });
      await http(`rotate with "${token.slice(0, 12)}"`, `/api/sessions/${created.sessionId}/moderator-key`, { method: 'POST', headers: { authorization: token } });
    }
    for (const code of ['ZZZZZZ', '0O1IL0', '%00', '..%2F..%2F', 'A'.repeat(300), '<script>']) await http(`join ${code}`, `/api/join/${code}`);
    for (const id of ['nope', '..%2Fx', 'a'.repeat(200)]) {
      await http(`qr ${id}`, `/api/sessions/${id}/qr.svg`);
      await http(`rotate ${id}`, `/api/sessions/${id}/moderator-key`, { method: 'POST', headers: admin });
    }
    await http('unknown API route', '/api/admin/delete-everything', { method: 'POST', headers: admin });

    // Events, import, exports, dashboard.
    const eventBodies = ['', 'null', '[]', '{"name":', JSON.stringify({ name: '' }), JSON.stringify({ name: 'n'.repeat(161) }), JSON.stringify({ name: 'X', themes: [] }),
      JSON.stringify({ name: 'X', themes: Array.from({ length: 31 }, (_, i) => `T${i}`) }), JSON.stringify({ name: 'X', startDate: '2025-13-01' }),
      JSON.stringify({ name: 'X', silentAfterMonths: 0 }), JSON.stringify({ name: 'X', languages: ['<script>'] }), JSON.stringify({ name: 'X', isAdmin: true }),
      '{"__proto__":{"polluted":true},"name":"x"}'];
    for (const body of eventBodies) await http(`POST /api/events ${label(body)}`, '/api/events', { method: 'POST', headers: admin, body });
    await http('POST /api/events without token', '/api/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"X"}' });
    for (const body of ['', '{}', '[]', '{"themes":["x"]}', '{"name":""}', '{"startDate":"2026-02-30"}', '{"silentAfterMonths":99}', '{"__proto__":{"polluted":true},"x":1}', '{"id":"other"}']) {
      await http(`PATCH event ${label(body)}`, `/api/events/${event.id}`, { method: 'PATCH', headers: admin, body });
    }
    const sessionPatches = ['', '{}', '[]', 'null', '{"title":""}', '{"title":', '{"panelists":[]}', '{"eventId":null}', '{"details":{"end":"2025-13-01T09:00"}}',
      '{"details":{"policyQuestions":"one"}}', '{"__proto__":{"polluted":true},"x":1}', JSON.stringify({ title: 'y'.repeat(150_000) })];
    for (const body of sessionPatches) await http(`PATCH session ${label(body)}`, `/api/sessions/${created.sessionId}`, { method: 'PATCH', headers: admin, body });
    for (const id of ['nope', '..%2Fx', 'a'.repeat(200)]) await http(`PATCH session ${id}`, `/api/sessions/${id}`, { method: 'PATCH', headers: admin, body: '{"title":"X"}' });
    await http('PATCH session with the moderator key', `/api/sessions/${created.sessionId}`, { method: 'PATCH', headers: { authorization: `Bearer ${created.moderatorKey}`, 'content-type': 'application/json' }, body: '{"title":"X"}' });
    await http('PATCH session without token',`/api/sessions/${created.sessionId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"title":"X"}' });
    await http('PATCH event without token', `/api/events/${event.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"name":"X"}' });
    await http('PATCH event with the moderator key', `/api/events/${event.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${created.moderatorKey}`, 'content-type': 'application/json' }, body: '{"name":"X"}' });
    const csvHeaders = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' };
    const imports: (string | Uint8Array)[] = [
      '',
      'code,title\n',
      'not,a,schedule\n1,2,3',
      'code,title,speaker_name,speaker_stakeholder_group\n"unclosed',
      'code,title,speaker_name,speaker_stakeholder_group\nWS 1,=cmd(),=evil(),Martians',
      `code,title,speaker_name,speaker_stakeholder_group\n${'WS 1,T,N,Government\n'.repeat(3)}`,
      'code,title,speaker_name,speaker_stakeholder_group\n' + 'x,'.repeat(100_000),
      new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xc3, 0x28]),
    ];
    for (const body of imports) await http(`import ${label(String(body))}`, `/api/events/${event.id}/import`, { method: 'POST', headers: csvHeaders, body: body as unknown as BodyInit });
    await http('import as JSON', `/api/events/${event.id}/import`, { method: 'POST', headers: admin, body: '{"csv":"code"}' });
    await http('import without token', `/api/events/${event.id}/import`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'code' });
    await http('import too large', `/api/events/${event.id}/import`, { method: 'POST', headers: csvHeaders, body: 'x'.repeat(3 * 1024 * 1024) });
    for (const id of ['nope', '..%2Fx', 'a'.repeat(200)]) {
      await http(`event ${id}`, `/api/events/${id}`, { headers: admin });
      await http(`import ${id}`, `/api/events/${id}/import`, { method: 'POST', headers: csvHeaders, body: 'code' });
      await http(`registry ${id}`, `/api/events/${id}/registry`);
      await http(`dashboard ${id}`, `/api/events/${id}/dashboard`, { headers: admin });
    }
    for (const path of [`/api/events/${event.id}`, `/api/events/${event.id}/export.csv`, `/api/events/${event.id}/dashboard`, '/api/events']) {
      await http(`${path} with the moderator key`, path, { headers: { authorization: `Bearer ${created.moderatorKey}` } });
    }
    for (const q of ['goal=0', 'goal=x', 'stakeholder=Martians', 'status=done', 'light=green', `q=${'q'.repeat(201)}`, 'theme=../x']) {
      await http(`registry ?${q.slice(0, 20)}`, `/api/events/${event.id}/registry?${q}`);
    }

    // Follow-up and report: wrong secrets, other people's secrets, bad bodies.
    const wrongTokens = ['', 'Bearer', `Bearer ${'A'.repeat(22)}`, `Bearer ${created.moderatorKey}`, `Bearer ${seated.deviceToken}`, `Bearer ${ADMIN_TOKEN}`, `Bearer ${followUpToken}x`];
    for (const token of wrongTokens) {
      await http(`follow-up with "${token.slice(0, 12)}"`, `/api/follow-up/${ownPledgeId}`, { headers: { authorization: token } });
      await http(`report progress with "${token.slice(0, 12)}"`, `/api/follow-up/${ownPledgeId}/reports`, {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: '{"status":"completed"}',
      });
    }
    await http('follow-up of another pledge', `/api/follow-up/${foreign.pledgeId}`, { headers: { authorization: `Bearer ${followUpToken}` } });
    const progress = { authorization: `Bearer ${followUpToken}`, 'content-type': 'application/json' };
    for (const body of ['', '{}', '{"status":"done"}', '{"status":"completed","note":1}', JSON.stringify({ status: 'completed', note: 'n'.repeat(2001) }),
      '{"status":"completed","date":"2999-01-01"}', '{"status":"completed","date":"1999-01-01"}', '{"status":"completed","date":"yesterday"}', '{"status":"completed","at":1}']) {
      await http(`report progress ${label(body)}`, `/api/follow-up/${ownPledgeId}/reports`, { method: 'POST', headers: progress, body });
    }
    for (const id of ['nope', randomUUID(), '..%2F..%2Fx']) {
      await http(`public pledge ${id}`, `/api/pledges/${id}`);
      await http(`follow-up ${id}`, `/api/follow-up/${id}`, { headers: { authorization: `Bearer ${followUpToken}` } });
    }
    await http('public page with a path trick', `/api/pledges/${foreign.pledgeId}%2F..`);
    for (const token of ['', `Bearer ${other.created.moderatorKey}`, `Bearer ${followUpToken}`, `Bearer ${seated.deviceToken}`]) {
      await http(`report with "${token.slice(0, 12)}"`, `/api/sessions/${created.sessionId}/report`, { headers: { authorization: token } });
    }

    expect(refusals).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(100);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await dumpPrefix(server.prefix)).toEqual(before);

    // Everyone else is still served.
    expect(await seated.phone.send('pledge:submit', pledgeFor('A real pledge after the storm.'))).toMatchObject({ ok: true, created: true });
    await wall.waitForDelta('pledge', (d) => d.pledge.text === 'A real pledge after the storm.');
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, store: 'redis' });
    const fresh = await createSession(server.url, PANEL);
    expect(fresh.joinCode).toHaveLength(6);
    console.log(`hostile corpus: ${count} payloads refused`);
  }, 60_000);
});
