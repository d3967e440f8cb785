import { io } from 'socket.io-client';
import { parseCsv } from '../../shared/csv';
import type { ForumFrame, ForumSnapshot } from '../../shared/forum';
import type { SessionReport, UpdatedSession } from '../../shared/http';
import type { Pledge, SessionInfo } from '../../shared/schemas';
import { Client } from '../helpers/clients';
import { createApp } from '../../server/app';
import { createRateLimits } from '../../server/limits';
import { createLogger } from '../../server/log';
import { dropPrefix, dumpPrefix, freshPrefix, redisStore } from '../helpers/redis';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { ADMIN_TOKEN, adminApi, createEvent, PANEL, serverSuite, startServer } from '../helpers/server';

const QUESTION = 'How can commitments made at the IGF be followed up a year later?';

type ExportJson = { sessions: { session: SessionInfo }[] };

describe('an organizer edits a session (PATCH /api/sessions/:id)', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <C extends { close(): void }>(c: C) => (clients.push(c), c);
  const patch = (sessionId: string, body: unknown, token?: string | null) =>
    adminApi<{ ok: boolean; error?: { code: string; message: string } } & Partial<UpdatedSession>>(suite.server.url, `/api/sessions/${sessionId}`, {
      method: 'PATCH',
      body,
      ...(token !== undefined ? { token } : {}),
    });

  test('the title and details change; every console, wall and phone hears it live (walls and phones without the policy questions); the report and exports say it', async () => {
    const url = suite.server.url;
    const event = await createEvent(url, { name: 'IGF 2025 session edits' });
    const { created, moderator, modState } = await setupSession(suite.server, {
      ...PANEL,
      eventId: event.id,
      details: { room: 'Workshop Room 3', start: '2025-06-24T09:00', end: '2025-06-24T10:00', policyQuestions: [QUESTION] },
    });
    track(moderator);
    const wall = track(new Client(url, { role: 'wall', sessionId: created.sessionId }));
    await wall.snapshot();
    const { phone: audience } = await audiencePhone(url, created.sessionId, { presence: 'online' });
    track(audience);
    const { phone: panelist } = await seatedPhone(url, created.sessionId, modState.session.panelists[0]!.id);
    track(panelist);
    // The event's forum wall labels pledges with the session's code and title.
    const forum = io(`${url}/forum`, { auth: { eventId: event.id }, transports: ['websocket'], forceNew: true });
    track({ close: () => forum.close() });
    const forumFrames: ForumFrame[] = [];
    forum.on('forum:deltas', (f) => forumFrames.push(f));
    const forumState = await new Promise<ForumSnapshot>((resolve) => forum.once('forum:state', resolve));
    expect(forumState.sessions.map((s) => s.title)).toEqual(['Commitments to Action']);

    const res = await patch(created.sessionId, { title: '  Commitments to Action, renamed ', details: { room: 'Plenary Hall', end: '2025-06-24T10:30' } });
    expect(res.status).toBe(200);
    expect(res.body.session).toMatchObject({ title: 'Commitments to Action, renamed', code: 'WS #215', room: 'Plenary Hall' });
    expect(res.body.session!.details).toEqual({
      start: '2025-06-24T09:00',
      end: '2025-06-24T10:30',
      room: 'Plenary Hall',
      format: '',
      moderator: '',
      onlineModerator: '',
      rapporteur: '',
      policyQuestions: [QUESTION],
    });

    const toConsole = await moderator.waitForDelta('session', (d) => d.session.title === 'Commitments to Action, renamed');
    expect(toConsole.session.details).toMatchObject({ room: 'Plenary Hall', policyQuestions: [QUESTION] });
    for (const reader of [wall, audience, panelist]) {
      const d = await reader.waitForDelta('session', (x) => x.session.title === 'Commitments to Action, renamed');
      expect(d.session.details).toMatchObject({ room: 'Plenary Hall', end: '2025-06-24T10:30', policyQuestions: [] });
      expect(d.session).not.toHaveProperty('moderatorKeyHash');
    }
    await new Promise<void>((resolve) => {
      const heard = () => forumFrames.some((f) => f.deltas.some((d) => d.kind === 'session'));
      if (heard()) return resolve();
      forum.on('forum:deltas', () => heard() && resolve());
    });
    const toForum = forumFrames.flatMap((f) => f.deltas).find((d) => d.kind === 'session')!;
    expect(toForum).toMatchObject({ sessionId: created.sessionId, session: { title: 'Commitments to Action, renamed', details: { room: 'Plenary Hall', policyQuestions: [] } } });
    // The console's activity feed names the organizer.
    const line = await moderator.waitForDelta('activity', (d) => d.entry.action === 'session-edit');
    expect(line.entry).toMatchObject({ actor: { role: 'organizer' }, subject: 'Commitments to Action, renamed' });

    // A wall opened now, the report, the exports and the event's page have the new title.
    const later = track(new Client(url, { role: 'wall', sessionId: created.sessionId }));
    expect((await later.snapshot()).session).toMatchObject({ title: 'Commitments to Action, renamed', details: { room: 'Plenary Hall', policyQuestions: [] } });
    const report = await adminApi<SessionReport>(url, `/api/sessions/${created.sessionId}/report`, { token: created.moderatorKey });
    expect(report.body.session.title).toBe('Commitments to Action, renamed');
    expect(report.body.activity.map((e) => e.action)).toContain('session-edit');
    for (const path of [`/api/sessions/${created.sessionId}/export.json`, `/api/events/${event.id}/export.json`]) {
      const exported = await adminApi<ExportJson>(url, path);
      expect(exported.body.sessions.map((s) => s.session.title)).toEqual(['Commitments to Action, renamed']);
    }
    const detail = await adminApi<{ sessions: { title: string; room: string }[] }>(url, `/api/events/${event.id}`);
    expect(detail.body.sessions).toMatchObject([{ title: 'Commitments to Action, renamed', room: 'Plenary Hall' }]);
  });

  test('the CSV export and the invites name the session by its new code and title', async () => {
    const url = suite.server.url;
    const event = await createEvent(url, { name: 'IGF 2025 code edits' });
    const { created, moderator } = await setupSession(suite.server, { ...PANEL, eventId: event.id });
    track(moderator);
    expect((await patch(created.sessionId, { code: 'WS #216', title: 'Renamed once' })).status).toBe(200);
    const csv = await adminApi<string>(url, `/api/events/${event.id}/invites.csv`);
    const parsed = parseCsv(csv.body.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows.slice(1).map((r) => r.cells.slice(0, 2))).toEqual(PANEL.panelists.map(() => ['WS #216', 'Renamed once']));
    // The old code is free again within the event; the new one is taken.
    const again = await adminApi(url, '/api/sessions', { body: { ...PANEL, eventId: event.id } });
    expect(again.status).toBe(201);
    const taken = await adminApi<{ error: { code: string } }>(url, '/api/sessions', { body: { ...PANEL, code: 'ws #216', eventId: event.id } });
    expect(taken.body.error.code).toBe('session_code_taken');
  });

  test('a code another session of the event has, bad input, no admin token and an unknown session are refused, changing nothing', async () => {
    const url = suite.server.url;
    const event = await createEvent(url, { name: 'IGF 2025 refused edits' });
    const { created, moderator } = await setupSession(suite.server, { ...PANEL, eventId: event.id, details: { start: '2025-06-24T09:00', end: '2025-06-24T10:00' } });
    track(moderator);
    await adminApi(url, '/api/sessions', { body: { ...PANEL, code: 'OF #12', eventId: event.id } });
    const mark = moderator.received.length;
    const before = await dumpPrefix(suite.server.prefix);

    const duplicate = await patch(created.sessionId, { code: 'of #12', title: 'Not renamed' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toEqual({ code: 'session_code_taken', message: 'This event already has a session with the code "of #12".' });

    const cases: [unknown, string][] = [
      [{}, 'body: nothing to change'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ details: { end: '2025-06-24T08:00' } }, 'details.end: the session must end after it starts'],
      [{ details: { start: '2025-06-24T11:00', end: '2025-06-24T10:00' } }, 'details.end: the session must end after it starts'],
      [{ details: { room: 'x'.repeat(500) } }, 'details.room'],
      [{ details: { start: 'tomorrow' } }, 'details.start'],
      [{ details: { policyQuestions: ['One?', 'Two?', 'Three?', 'Four?', 'Five?', 'Six?'] } }, 'details.policyQuestions'],
      [{ panelists: [] }, 'body'],
      [{ eventId: null }, 'body'],
      [{ details: { speakers: 3 } }, 'details'],
    ];
    for (const [body, message] of cases) {
      const res = await patch(created.sessionId, body);
      expect({ body, status: res.status, code: res.body.error?.code }).toEqual({ body, status: 400, code: 'invalid_payload' });
      expect(res.body.error!.message.startsWith(message)).toBe(true);
    }
    expect((await patch(created.sessionId, { title: 'No token' }, null)).status).toBe(401);
    expect((await patch(created.sessionId, { title: 'Wrong token' }, 'not-the-admin-token')).status).toBe(401);
    const unknown = await patch('0f5b2c1e-4a4b-4c8e-9d3e-1b2c3d4e5f60', { title: 'Nobody' });
    expect({ status: unknown.status, code: unknown.body.error?.code }).toEqual({ status: 404, code: 'session_not_found' });

    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    // Nothing reached the console either.
    expect(moderator.deltas('session', mark)).toEqual([]);
  });

  test('edits racing each other: changes to different fields all land; two sessions racing for one code, one gets it', async () => {
    const url = suite.server.url;
    const event = await createEvent(url, { name: 'IGF 2025 racing edits' });
    const { created, moderator } = await setupSession(suite.server, { ...PANEL, eventId: event.id });
    track(moderator);
    const other = await adminApi<{ sessionId: string }>(url, '/api/sessions', { body: { ...PANEL, code: 'OF #12', eventId: event.id } });
    const fields = [{ title: 'Raced title' }, { details: { room: 'Raced room' } }, { details: { moderator: 'Raced moderator' } }, { details: { rapporteur: 'Raced rapporteur' } }];
    const answers = await Promise.all(fields.map((body) => patch(created.sessionId, body)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const exported = await adminApi<ExportJson>(url, `/api/sessions/${created.sessionId}/export.json`);
    expect(exported.body.sessions[0]!.session).toMatchObject({
      title: 'Raced title',
      details: { room: 'Raced room', moderator: 'Raced moderator', rapporteur: 'Raced rapporteur' },
    });

    const racing = await Promise.all([patch(created.sessionId, { code: 'WS #300' }), patch(other.body.sessionId, { code: 'ws #300' })]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    const codes = await adminApi<{ sessions: { code: string }[] }>(url, `/api/events/${event.id}`);
    expect(codes.body.sessions.filter((s) => s.code.toLowerCase() === 'ws #300')).toHaveLength(1);
  });

  test('a moderator renamed while both consoles are open: what each console does next is written in the new name, with no reconnect', async () => {
    // The online console runs through another server process, sharing the Redis (the adapter's case).
    const remote = await startServer({ prefix: suite.server.prefix });
    try {
      const url = suite.server.url;
      const { created, moderator: onsite, panelists } = await setupSession(suite.server, {
        ...PANEL,
        details: { moderator: 'Nnenna Nwakanma', onlineModerator: 'Paola Galvez' },
      });
      track(onsite);
      const online = track(new Client(remote.url, { role: 'moderator', sessionId: created.sessionId, key: created.onlineModeratorKey }));
      await online.snapshot();
      await onsite.sendOk('round:open', {});
      const { phone } = await seatedPhone(url, created.sessionId, panelists[0]!.id);
      track(phone);
      const pledge = (await phone.sendOk('pledge:submit', pledgeFor('We will publish our network maps as open data.'))).pledge as Pledge;
      const connections = [onsite.socket.id, online.socket.id];

      expect((await patch(created.sessionId, { details: { moderator: 'Amina Diallo', onlineModerator: 'Kenji Watanabe' } })).status).toBe(200);
      for (const consoleOf of [onsite, online]) {
        await consoleOf.waitForDelta('session', (d) => d.session.details.moderator === 'Amina Diallo' && d.session.details.onlineModerator === 'Kenji Watanabe');
      }

      // The online moderator sets the prompt; the onsite one fixes a typo: each line names the
      // moderator as renamed, and so does the fixed version of the pledge.
      await online.sendOk('round:prompt', { prompt: 'One commitment for the next twelve months?' });
      const prompted = await onsite.waitForDelta('activity', (d) => d.entry.action === 'prompt');
      expect(prompted.entry.actor).toEqual({ role: 'moderator', seat: 'online', name: 'Kenji Watanabe' });
      const fixed = (await onsite.sendOk('pledge:fix', { pledgeId: pledge.id, text: 'We will publish our network maps as open data this year.', basedOn: pledge.updatedAt })).pledge as Pledge;
      expect(fixed.updatedBy).toEqual({ role: 'moderator', seat: 'onsite', name: 'Amina Diallo' });
      const edited = await online.waitForDelta('activity', (d) => d.entry.action === 'edit');
      expect(edited.entry.actor).toEqual({ role: 'moderator', seat: 'onsite', name: 'Amina Diallo' });
      // The same connections all along.
      expect([onsite.socket.id, online.socket.id]).toEqual(connections);
      expect(onsite.received.filter((r) => r.event === 'session:state')).toHaveLength(1);
      expect(online.received.filter((r) => r.event === 'session:state')).toHaveLength(1);
    } finally {
      await remote.close();
    }
  });

  test('a moderator command read before the rename and committed after it is written in the new name', async () => {
    // The server's store is the real Redis store; its next commit, once armed, waits for the test.
    const prefix = freshPrefix();
    const real = await redisStore(prefix);
    let armed: { reached: () => void; release: Promise<void> } | null = null;
    const store = new Proxy(real, {
      get(target, prop) {
        if (prop === 'commit') {
          return async (...args: Parameters<typeof real.commit>) => {
            const gate = armed;
            armed = null;
            if (gate) {
              gate.reached();
              await gate.release;
            }
            return target.commit(...args);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const app = createApp({ store, log: createLogger('silent') }, { adminToken: ADMIN_TOKEN, limits: createRateLimits({}) });
    const url = `http://localhost:${await app.listen(0, '127.0.0.1')}`;
    try {
      const { created, moderator } = await setupSession({ url }, { ...PANEL, details: { moderator: 'Nnenna Nwakanma' } });
      track(moderator);
      let reached: () => void = () => undefined;
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (reached = resolve));
      armed = { reached, release: new Promise<void>((resolve) => (release = resolve)) };
      // The prompt is read (with the moderator's name as it is) and waits at its commit...
      const prompted = moderator.sendOk('round:prompt', { prompt: 'One commitment for the next twelve months?' });
      await held;
      // ...while the organizer renames the moderator.
      const renamed = await adminApi(url, `/api/sessions/${created.sessionId}`, { method: 'PATCH', body: { details: { moderator: 'Amina Diallo' } } });
      expect(renamed.status).toBe(200);
      release();
      await prompted;
      const line = await moderator.waitForDelta('activity', (d) => d.entry.action === 'prompt');
      expect(line.entry.actor).toEqual({ role: 'moderator', seat: 'onsite', name: 'Amina Diallo' });
      // The rename comes first in the log.
      const actions = moderator.deltas('activity').map((d) => d.entry.action);
      expect(actions.indexOf('session-edit')).toBeLessThan(actions.indexOf('prompt'));
    } finally {
      await app.close();
      await real.close();
      await dropPrefix(prefix);
    }
  });

  test('an edit that changes nothing writes nothing', async () => {
    const { created, moderator } = await setupSession(suite.server, { ...PANEL, details: { room: 'Room 1' } });
    track(moderator);
    const before = await dumpPrefix(suite.server.prefix);
    const res = await patch(created.sessionId, { title: PANEL.title, code: PANEL.code, details: { room: 'Room 1' } });
    expect(res.status).toBe(200);
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
  });
});
