import { createClient } from 'redis';
import { PLEDGE_CSV_COLUMNS } from '../../server/http/exports';
import { parseCsv } from '../../shared/csv';
import { LIMITS } from '../../shared/domain';
import type { ImportResponse, SessionReport } from '../../shared/http';
import type { CreateSessionInput, SessionInfo } from '../../shared/schemas';
import { Client } from '../helpers/clients';
import { dumpPrefix, testRedisUrl } from '../helpers/redis';
import { audiencePhone, seatedPhone, setupSession } from '../helpers/round';
import { adminApi, ADMIN_TOKEN, createEvent, PANEL, serverSuite } from '../helpers/server';

/** WS #215's questions, as its IGF page lists them (two of three), and one typed in Arabic. */
const QUESTIONS = [
  'How can the multistakeholder model be best sustained and civil society engagement enhanced to promote human-centric, rights-respecting and accountable digital governance?',
  'كيف يمكن تسخير التكنولوجيا لدعم تنفيذ التزامات الحوكمة الرقمية؟',
];

type ExportJson = { sessions: { session: SessionInfo }[] };

describe('policy questions of a session', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <C extends { close(): void }>(c: C) => (clients.push(c), c);

  async function reportOf(sessionId: string, key: string) {
    const res = await adminApi<{ ok: true } & SessionReport>(suite.server.url, `/api/sessions/${sessionId}/report`, { token: key });
    expect(res.status).toBe(200);
    return res.body;
  }

  test('created through the API: the consoles, the report and the JSON exports carry them; walls and phones get none', async () => {
    const event = await createEvent(suite.server.url, { name: 'IGF 2025 policy questions' });
    const body: CreateSessionInput = {
      ...PANEL,
      eventId: event.id,
      details: { room: 'Workshop Room 3', policyQuestions: [`  ${QUESTIONS[0]}  `, QUESTIONS[1]!] },
    };
    const { created, moderator, modState } = await setupSession(suite.server, body);
    track(moderator);
    expect(modState.session.details).toMatchObject({ room: 'Workshop Room 3', policyQuestions: QUESTIONS });

    // The online moderator's console too; a wall, an audience phone and a panelist's phone do not.
    const online = track(new Client(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.onlineModeratorKey }));
    expect((await online.snapshot()).session.details.policyQuestions).toEqual(QUESTIONS);
    const wall = track(new Client(suite.server.url, { role: 'wall', sessionId: created.sessionId }));
    const wallState = await wall.snapshot();
    expect(wallState.session.details).toMatchObject({ room: 'Workshop Room 3', policyQuestions: [] });
    const { phone: audience } = await audiencePhone(suite.server.url, created.sessionId, { presence: 'online' });
    track(audience);
    expect((await audience.snapshot()).session.details.policyQuestions).toEqual([]);
    const { phone: panelist } = await seatedPhone(suite.server.url, created.sessionId, modState.session.panelists[0]!.id);
    track(panelist);
    expect((await panelist.snapshot()).session.details.policyQuestions).toEqual([]);
    // A console connecting after the walls (the same cached document) still gets them.
    const again = track(new Client(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    expect((await again.snapshot()).session.details.policyQuestions).toEqual(QUESTIONS);

    // The report (opened with the moderator link's key, or by the organizer).
    expect((await reportOf(created.sessionId, created.moderatorKey)).session.details.policyQuestions).toEqual(QUESTIONS);
    expect((await reportOf(created.sessionId, ADMIN_TOKEN)).session.details.policyQuestions).toEqual(QUESTIONS);

    // The JSON exports of the session and of its event.
    for (const path of [`/api/sessions/${created.sessionId}/export.json`, `/api/events/${event.id}/export.json`]) {
      const res = await adminApi<ExportJson>(suite.server.url, path);
      expect(res.status).toBe(200);
      expect(res.body.sessions.map((s) => s.session.details.policyQuestions)).toEqual([QUESTIONS]);
    }
    // The pledges' CSV keeps its stable columns: the questions are the session's, not a pledge's.
    const csv = await adminApi<string>(suite.server.url, `/api/sessions/${created.sessionId}/export.csv`);
    const parsed = parseCsv(csv.body.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows[0]!.cells).toEqual([...PLEDGE_CSV_COLUMNS]);
  });

  test('a session stored before there were policy questions reads as having none', async () => {
    const { created, moderator } = await setupSession(suite.server, { ...PANEL, details: { rapporteur: 'Ana Neves' } });
    moderator.close();
    // As stored then: schedule details without the field.
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    try {
      const key = `${suite.server.prefix}session:{${created.sessionId}}`;
      const meta = JSON.parse((await redis.hGet(key, 'meta'))!);
      const { policyQuestions: _none, ...details } = meta.details;
      await redis.hSet(key, 'meta', JSON.stringify({ ...meta, details }));
      await redis.hIncrBy(key, 'seq', 1);
      expect(JSON.parse((await redis.hGet(key, 'meta'))!).details).not.toHaveProperty('policyQuestions');
    } finally {
      await redis.close();
    }
    const console = track(new Client(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    expect((await console.snapshot()).session.details).toMatchObject({ rapporteur: 'Ana Neves', policyQuestions: [] });
    expect((await reportOf(created.sessionId, created.moderatorKey)).session.details).toMatchObject({ rapporteur: 'Ana Neves', policyQuestions: [] });
    const exported = await adminApi<ExportJson>(suite.server.url, `/api/sessions/${created.sessionId}/export.json`);
    expect(exported.body.sessions[0]!.session.details.policyQuestions).toEqual([]);
  });

  test('a body with six questions, an empty one or one too long is refused, saying why, and changes nothing', async () => {
    const before = await dumpPrefix(suite.server.prefix);
    const six = Array.from({ length: LIMITS.policyQuestionsMax + 1 }, (_, i) => `Policy question ${i + 1}?`);
    const cases: [string[], string][] = [
      [six, `details.policyQuestions: a session has at most ${LIMITS.policyQuestionsMax} policy questions`],
      [[QUESTIONS[0]!, ' \t '], 'details.policyQuestions.1: a policy question is empty'],
      [[`${'x'.repeat(LIMITS.policyQuestionMax)}?`], `details.policyQuestions.0: a policy question has at most ${LIMITS.policyQuestionMax} characters`],
    ];
    for (const [policyQuestions, message] of cases) {
      const res = await adminApi(suite.server.url, '/api/sessions', { body: { ...PANEL, details: { policyQuestions } } });
      expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: { ok: false, error: { code: 'invalid_payload', message } } });
    }
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
  });

  test('a schedule with several questions in one quoted cell: the dry run lists them, the import stores them', async () => {
    const url = suite.server.url;
    const event = await createEvent(url, { name: 'IGF 2025 schedule with policy questions' });
    const header = 'code,title,Policy Question(s),speaker_name,speaker_stakeholder_group';
    const cell = `"${QUESTIONS[0]}\r\n\r\n${QUESTIONS[1]}\r\n"`;
    const csv = [header, `WS #215,Commitments to Action,${cell},Amina Diallo,Civil Society`, 'WS #215,,,Kenji Watanabe,Government', 'OF #12,Open Forum,,Grace Mutungu,Civil Society'].join('\r\n');

    const tooMany = csv.replace(cell, `"${['One?', 'Two?', 'Three?', 'Four?', 'Five?', 'Six?'].join('\n')}"`);
    const before = await dumpPrefix(suite.server.prefix);
    const refused = await adminApi<ImportResponse & { ok: false }>(url, `/api/events/${event.id}/import`, { raw: tooMany });
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      { line: 2, code: 'too_many_questions', params: { session: 'WS #215', count: 6, max: 5 }, reason: 'Session "WS #215" has 6 policy questions; a session has at most 5.' },
    ]);
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);

    const dry = await adminApi<ImportResponse & { ok: true }>(url, `/api/events/${event.id}/import?dryRun=1`, { raw: csv });
    expect(dry.body.sessions).toEqual([
      { code: 'WS #215', title: 'Commitments to Action', speakers: 2, policyQuestions: QUESTIONS },
      { code: 'OF #12', title: 'Open Forum', speakers: 1, policyQuestions: [] },
    ]);
    const done = await adminApi<ImportResponse & { ok: true }>(url, `/api/events/${event.id}/import`, { raw: csv });
    expect(done.status).toBe(201);
    const key = (link: string) => new URL(link).hash.replace('#key=', '');
    const states = await Promise.all(
      done.body.created.map((c) => track(new Client(url, { role: 'moderator', sessionId: c.sessionId, key: key(c.links.moderator) })).snapshot()),
    );
    expect(states.map((st) => [st.session.code, st.session.details.policyQuestions])).toEqual([
      ['WS #215', QUESTIONS],
      ['OF #12', []],
    ]);
  });
});
