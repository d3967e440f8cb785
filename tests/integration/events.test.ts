import { randomUUID } from 'node:crypto';
import { parseCsv } from '../../shared/csv';
import { PLEDGE_CSV_COLUMNS } from '../../server/http/exports';
import type { EventDetail, EventListItem, ImportResponse } from '../../shared/http';
import type { EventInfo, Pledge } from '../../shared/schemas';
import { Client } from '../helpers/clients';
import { dumpPrefix } from '../helpers/redis';
import { moderatorByLink, seatedPhone } from '../helpers/round';
import { ADMIN_TOKEN, adminApi, createEvent, createSession, PANEL, serverSuite } from '../helpers/server';

const HEADER = 'code,title,start,end,room,format,moderator,online_moderator,rapporteur,speaker_name,speaker_organization,speaker_stakeholder_group,speaker_regional_group';

/** A schedule as organizers keep it: one row per speaker, session columns on the first row only. */
const GOOD = [
  HEADER,
  'WS #215,Commitments to Action: Closing the Digital Divide,2025-06-24 09:00,2025-06-24 10:30,Workshop Room 3,Roundtable,Nnenna Nwakanma,Paola Galvez,Ana Neves,Amina Diallo,West Africa ICT Alliance,Civil Society,African Group',
  'WS #215,,,,,,,,,Kenji Watanabe,MIC Japan,government,Asia-Pacific Group',
  'WS #215,,,,,,,,,"Lucía Fernández","LACNIC, Uruguay",Technical Community,GRULAC',
  'OF #12,"Open Forum: Data, Trust and Governance",2025-06-25T14:00,2025-06-25T15:00,Main Hall,Open Forum,Jan Kleijssen,,,Grace Mutungu,KICTANet,Civil Society,',
].join('\r\n');

describe('events, schedule import and per-event exports', () => {
  const suite = serverSuite();
  let event: EventInfo;

  beforeAll(async () => {
    event = await createEvent(suite.server.url, {
      name: 'IGF 2025',
      startDate: '2025-06-23',
      endDate: '2025-06-27',
      themes: ['Digital Trust', 'AI Governance', 'Inclusion'],
      languages: ['en', 'fr'],
      silentAfterMonths: 4,
    });
  });

  test('an event holds its theme list; bad event input is refused with a clear error', async () => {
    expect(event).toMatchObject({
      name: 'IGF 2025',
      startDate: '2025-06-23',
      endDate: '2025-06-27',
      themes: [
        { id: 'digital-trust', label: 'Digital Trust' },
        { id: 'ai-governance', label: 'AI Governance' },
        { id: 'inclusion', label: 'Inclusion' },
      ],
      languages: ['en', 'fr'],
      silentAfterMonths: 4,
    });
    const url = suite.server.url;
    // Labels in any script keep their letters in the id.
    const arabic = await createEvent(url, { name: 'منتدى', themes: ['الشمول الرقمي', '数据治理', 'Política Pública'] });
    expect(arabic.themes).toEqual([
      { id: 'الشمول-الرقمي', label: 'الشمول الرقمي' },
      { id: '数据治理', label: '数据治理' },
      { id: 'politica-publica', label: 'Política Pública' },
    ]);
    const defaults = await createEvent(url, { name: 'WSIS+20 Forum' });
    expect(defaults.themes.map((t) => t.id)).toEqual(['data', 'environment', 'inclusion', 'trust']);
    expect(defaults.silentAfterMonths).toBe(3);

    const bad = async (body: unknown) => (await adminApi<{ ok: false; error: { code: string; message: string } }>(url, '/api/events', { body })).body.error;
    expect(await bad({ name: '' })).toMatchObject({ code: 'invalid_payload', message: expect.stringContaining('name') });
    expect(await bad({ name: 'X', startDate: '2025-02-30' })).toMatchObject({ message: expect.stringContaining('startDate') });
    expect(await bad({ name: 'X', startDate: '2025-06-27', endDate: '2025-06-23' })).toMatchObject({ message: expect.stringContaining('endDate') });
    expect(await bad({ name: 'X', themes: [] })).toMatchObject({ message: expect.stringContaining('themes') });
    expect(await bad({ name: 'X', languages: ['english!'] })).toMatchObject({ message: expect.stringContaining('languages') });
    expect(await bad({ name: 'X', extra: true })).toMatchObject({ code: 'invalid_payload' });
    expect((await adminApi(url, '/api/events', { body: { name: 'X' }, token: 'wrong-token-000000000000' })).status).toBe(401);
    expect((await adminApi(url, '/api/events', { token: null })).status).toBe(401);

    const list = await adminApi<{ events: EventListItem[] }>(url, '/api/events');
    expect(list.body.events.map((e) => e.name)).toEqual(expect.arrayContaining(['IGF 2025', 'WSIS+20 Forum']));
  });

  test('an event’s details can be changed (not its themes); bad changes are refused and change nothing', async () => {
    const url = suite.server.url;
    const draft = await createEvent(url, { name: 'IGF 2026 (draft nmae)', startDate: '2026-06-01', endDate: '2026-06-05', themes: ['Data'] });
    const patch = (body: unknown, id = draft.id, token?: string | null) =>
      adminApi<{ event: EventInfo; error: { code: string; message: string } }>(url, `/api/events/${id}`, { method: 'PATCH', body, token });
    const fixed = await patch({ name: 'IGF 2026', silentAfterMonths: 6, languages: ['en', 'fr', 'en'] });
    expect(fixed.status).toBe(200);
    expect(fixed.body.event).toEqual({ ...draft, name: 'IGF 2026', silentAfterMonths: 6, languages: ['en', 'fr'] });
    expect((await patch({ startDate: null, endDate: null })).body.event).toMatchObject({ startDate: null, endDate: null, name: 'IGF 2026' });

    for (const [body, field] of [
      [{}, 'nothing to change'],
      [{ themes: ['Other'] }, 'themes'],
      [{ name: '' }, 'name'],
      [{ silentAfterMonths: 0 }, 'silentAfterMonths'],
      [{ startDate: '2026-06-10', endDate: '2026-06-01' }, 'endDate'],
    ] as const) {
      const res = await patch(body);
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_payload']);
      expect(res.body.error.message).toContain(field);
    }
    expect((await patch({ name: 'X' }, 'nosuchevent')).status).toBe(404);
    expect((await patch({ name: 'X' }, draft.id, null)).status).toBe(401);
    const list = await adminApi<{ events: EventListItem[] }>(url, '/api/events');
    expect(list.body.events.find((e) => e.id === draft.id)).toMatchObject({ name: 'IGF 2026', startDate: null, themes: [{ id: 'data', label: 'Data' }] });
  });

  test('a session created in an event takes its themes; pledge themes are checked against that list', async () => {
    const url = suite.server.url;
    expect((await adminApi(url, '/api/sessions', { body: { ...PANEL, eventId: 'no-such-event' } })).status).toBe(404);
    const created = await createSession(url, {
      ...PANEL,
      code: 'MS #1',
      eventId: event.id,
      details: { start: '2025-06-23T11:00', end: '2025-06-23T12:30', room: 'Plenary', format: 'Main session', moderator: 'M. Moderator', onlineModerator: '', rapporteur: 'R. Rapporteur' },
    });
    const phone = await seatedPhone(url, created.sessionId, (await modSnapshot(url, created)).session.panelists[0]!.id);
    suite.clients.push(phone.phone);
    const snap = await phone.phone.snapshot();
    expect(snap.session).toMatchObject({ eventId: event.id, themes: event.themes, details: { room: 'Plenary', start: '2025-06-23T11:00' } });

    const mod = new Client(url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
    suite.clients.push(mod);
    await mod.snapshot();
    await mod.send('round:open', {});
    const text = 'We will publish an open AI audit framework before the next IGF.';
    // "data" is a default theme, not one of this event's.
    const refused = await phone.phone.send('pledge:submit', { id: randomUUID(), text, capacity: 'individual', themes: ['data'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_theme', message: expect.stringContaining('ai-governance') } });
    const accepted = await phone.phone.send('pledge:submit', { id: randomUUID(), text, capacity: 'individual', themes: ['ai-governance', 'digital-trust'] });
    expect(accepted).toMatchObject({ ok: true, pledge: { themes: ['ai-governance', 'digital-trust'] } });

    // Sessions without detail fields keep working, and bad details are refused.
    const badDetails = await adminApi<{ error: { message: string } }>(url, '/api/sessions', {
      body: { ...PANEL, details: { start: '2025-06-23T12:00', end: '2025-06-23T11:00' } },
    });
    expect(badDetails.status).toBe(400);
    expect(badDetails.body.error.message).toContain('end');
  });

  test('a schedule with bad rows reports each with its line number and imports nothing', async () => {
    const url = suite.server.url;
    const before = await dumpPrefix(suite.server.prefix);
    const csv = [
      HEADER, // line 1
      'WS #1,A good session,2025-06-24 09:00,2025-06-24 10:00,Room 1,Panel,,,,Ana,Org,Academia,WEOG', // 2
      'WS #1,A different title,,,,,,,,Bo,Org,Civil Society,', // 3: title differs
      'WS #2,Second,24/06/2025 9am,,,,,,,Cy,Org,Civil Society,', // 4: bad start
      'WS #3,Third,,,,,,,,Di,Org,Martians,', // 5: unknown stakeholder group
      'WS #3,,,,,,,,,,Org,Civil Society,', // 6: no speaker name
      'WS #4,Fourth,,,,,,,,Ed,Org,Government,Atlantis', // 7: unknown regional group
      ',No code,,,,,,,,Flo,Org,Government,', // 8: no code
      'WS #1,,,,,,,,,ana,Org,Academia,', // 9: same speaker twice
      `WS #5,${'T'.repeat(201)},,,,,,,,Gil,Org,Government,`, // 10: title too long
      'WS #6,Ends first,2025-06-24 10:00,2025-06-24 09:00,,,,,,Hal,Org,Government,', // 11: ends before start
    ].join('\n');
    const res = await adminApi<ImportResponse & { ok: false }>(url, `/api/events/${event.id}/import`, { raw: csv });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'import_invalid', message: expect.stringContaining('Nothing was imported') });
    const problems = res.body.problems!;
    const lines = problems.map((p) => p.line);
    expect(lines).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const reason = (line: number) => problems.filter((p) => p.line === line).map((p) => p.reason).join(' | ');
    expect(reason(3)).toMatch(/title "A different title" differs from "A good session" on line 2/i);
    expect(reason(4)).toMatch(/start "24\/06\/2025 9am" is not a date and time/i);
    expect(reason(5)).toMatch(/unknown stakeholder group "Martians"/i);
    expect(reason(6)).toMatch(/speaker name is empty/i);
    expect(reason(7)).toMatch(/unknown regional group "Atlantis"/i);
    expect(reason(8)).toMatch(/session code is empty/i);
    expect(reason(9)).toMatch(/speaker "ana" is listed twice/i);
    expect(reason(10)).toMatch(/title of session "WS #5" is too long: at most 200 characters/i);
    expect(reason(11)).toMatch(/end after it starts/i);
    // The page words each problem from its code and parameters, in the reader's language.
    expect(problems.map((p) => p.code)).toEqual([
      'value_differs',
      'bad_time',
      'unknown_group',
      'empty_speaker',
      'unknown_region',
      'empty_code',
      'speaker_twice',
      'too_long',
      'end_before_start',
    ]);
    expect(problems.find((p) => p.code === 'too_long')!.params).toEqual({ column: 'title', session: 'WS #5', max: 200 });
    // Nothing at all was written (rate-limit counters aside).
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);

    // Header problems are reported on line 1.
    const header = await adminApi<ImportResponse & { ok: false }>(url, `/api/events/${event.id}/import`, { raw: 'code,title,romm\nX,Y,Z' });
    expect(header.body.problems).toEqual([
      { line: 1, code: 'unknown_column', params: { column: 'romm', known: expect.any(String) }, reason: expect.stringContaining('Unknown column "romm"') },
      {
        line: 1,
        code: 'missing_columns',
        params: { columns: 'speaker_name, speaker_stakeholder_group', count: 2 },
        reason: expect.stringContaining('Missing columns: speaker_name, speaker_stakeholder_group'),
      },
    ]);
    const broken = await adminApi<ImportResponse & { ok: false }>(url, `/api/events/${event.id}/import`, { raw: `${HEADER}\nWS #1,"unclosed` });
    expect(broken.body.problems).toEqual([
      { line: 2, code: 'not_csv', params: { problem: 'unclosed_quote' }, reason: 'The file is not valid CSV: a quoted field is not closed.' },
    ]);
    expect((await adminApi(url, `/api/events/${event.id}/import`, { raw: '' })).status).toBe(422);
    expect((await adminApi(url, `/api/events/${event.id}/import`, { body: { csv: GOOD } })).status).toBe(415);
    expect((await adminApi(url, `/api/events/${event.id}/import`, { raw: GOOD, token: null })).status).toBe(401);
    expect((await adminApi(url, `/api/events/nosuchevent1/import`, { raw: GOOD })).status).toBe(404);
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
  });

  test('a good schedule: the dry run creates nothing, the import creates every session with its people', async () => {
    const url = suite.server.url;
    const dry = await adminApi<ImportResponse & { ok: true }>(url, `/api/events/${event.id}/import?dryRun=1`, { raw: `\uFEFF${GOOD}` });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      ok: true,
      dryRun: true,
      created: [],
      sessions: [
        { code: 'WS #215', title: 'Commitments to Action: Closing the Digital Divide', speakers: 3 },
        { code: 'OF #12', title: 'Open Forum: Data, Trust and Governance', speakers: 1 },
      ],
    });
    const countBefore = (await adminApi<EventDetail>(url, `/api/events/${event.id}`)).body.sessions.length;

    const res = await adminApi<ImportResponse & { ok: true }>(url, `/api/events/${event.id}/import`, { raw: GOOD });
    expect(res.status).toBe(201);
    expect(res.body.created).toHaveLength(2);
    for (const c of res.body.created) {
      expect(c.links.moderator).toMatch(/\/moderate#key=[A-Za-z0-9_-]{22}$/);
      expect(c.links.onlineModerator).toMatch(/\/moderate#key=[A-Za-z0-9_-]{22}$/);
      for (const i of c.links.invites) expect(i.link).toMatch(new RegExp(`/i/${c.sessionId}/${i.panelistId}#invite=[A-Za-z0-9_-]{22}$`));
    }
    expect(res.body.created.map((c) => c.links.invites.map((i) => i.name))).toEqual([['Amina Diallo', 'Kenji Watanabe', 'Lucía Fernández'], ['Grace Mutungu']]);

    const detail = (await adminApi<EventDetail>(url, `/api/events/${event.id}`)).body;
    expect(detail.sessions).toHaveLength(countBefore + 2);
    expect(detail.links.registry).toBe(`${url}/e/${event.id}`);
    const ws = detail.sessions.find((s) => s.code === 'WS #215')!;
    expect(ws).toMatchObject({ eventId: event.id, start: '2025-06-24T09:00', room: 'Workshop Room 3', panelists: 3 });
    // Programme order: by start time.
    expect(detail.sessions.map((s) => s.code).filter((c) => c !== 'MS #1')).toEqual(['WS #215', 'OF #12']);

    // The moderator link from the import opens that session, with the speakers as its panel.
    const created = res.body.created.find((c) => c.sessionId === ws.sessionId)!;
    const mod = moderatorByLink(url, created.links.moderator);
    suite.clients.push(mod);
    const snap = await mod.snapshot();
    expect(snap.session.details).toEqual({
      start: '2025-06-24T09:00',
      end: '2025-06-24T10:30',
      room: 'Workshop Room 3',
      format: 'Roundtable',
      moderator: 'Nnenna Nwakanma',
      onlineModerator: 'Paola Galvez',
      rapporteur: 'Ana Neves',
      policyQuestions: [],
    });
    expect(snap.session.panelists.map((p) => [p.name, p.organization, p.stakeholderGroup, p.regionalGroup])).toEqual([
      ['Amina Diallo', 'West Africa ICT Alliance', 'Civil Society', 'African Group'],
      ['Kenji Watanabe', 'MIC Japan', 'Government', 'Asia-Pacific Group'],
      ['Lucía Fernández', 'LACNIC, Uruguay', 'Technical Community', 'GRULAC'],
    ]);

    // Importing the same schedule again is refused row by row: those sessions exist.
    const again = await adminApi<ImportResponse & { ok: false }>(url, `/api/events/${event.id}/import`, { raw: GOOD });
    expect(again.status).toBe(422);
    expect(again.body.problems!.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect(again.body.problems![0]!.reason).toBe('Session "WS #215" already exists in this event.');

    // One session with a code the event has: refused too; outside the event the code is free.
    const dup = await adminApi<{ error: { code: string; message: string } }>(url, '/api/sessions', { body: { ...PANEL, code: 'ws # 215', eventId: event.id } });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'session_code_taken', message: expect.stringContaining('"ws # 215"') });
    expect((await adminApi(url, '/api/sessions', { body: { ...PANEL, code: 'WS #215' } })).status).toBe(201);
  });

  test('two imports of the same schedule at once (two tabs, a retried request) create it once', async () => {
    const url = suite.server.url;
    const other = await createEvent(url, { name: 'Race Forum' });
    const results = await Promise.all(
      [1, 2, 3].map(() => adminApi<ImportResponse>(url, `/api/events/${other.id}/import`, { raw: GOOD })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
    for (const lost of results.filter((r) => r.status === 422)) {
      expect((lost.body as ImportResponse & { ok: false }).problems!.map((p) => p.reason)).toEqual(
        expect.arrayContaining(['Session "WS #215" already exists in this event.']),
      );
    }
    const detail = (await adminApi<EventDetail>(url, `/api/events/${other.id}`)).body;
    expect(detail.sessions.map((s) => s.code).sort()).toEqual(['OF #12', 'WS #215']);
  });

  test('per-event exports: CSV and JSON hold every pledge of every session, parse back, formulas neutralised', async () => {
    const url = suite.server.url;
    const detail = (await adminApi<EventDetail>(url, `/api/events/${event.id}`)).body;
    const submitted: Pledge[] = [];
    const asked: string[] = [];
    const payloads = [
      { session: 'WS #215', seat: 0, text: '=cmd|" /C calc"!A0 — we will fund community networks.', visibility: 'public' },
      { session: 'WS #215', seat: 1, text: 'We will publish spectrum data, "openly", by March.', themes: ['digital-trust'], sdgTargets: ['9.c'], visibility: 'public' },
      { session: 'OF #12', seat: 0, text: 'Record only: an internal review of our data practices.', visibility: 'record' },
    ] as const;
    for (const p of payloads) {
      const session = detail.sessions.find((s) => s.code === p.session)!;
      const key = await rotateKey(url, session.sessionId);
      const mod = new Client(url, { role: 'moderator', sessionId: session.sessionId, key });
      suite.clients.push(mod);
      const modSnap = await mod.snapshot();
      if (modSnap.round.state !== 'open') await mod.send('round:open', {});
      asked.push(modSnap.round.prompt);
      const { phone } = await seatedPhone(url, session.sessionId, modSnap.session.panelists[p.seat]!.id);
      suite.clients.push(phone);
      const { session: _s, seat: _i, ...content } = p;
      const ack = await phone.send('pledge:submit', { id: randomUUID(), capacity: 'individual', ...content });
      if (!ack.ok) throw new Error(JSON.stringify(ack));
      submitted.push(ack.pledge as Pledge);
    }

    const csv = await fetch(`${url}/api/events/${event.id}/export.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="pledges-IGF-2025.csv"');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    if (!parsed.ok) throw new Error(parsed.problem);
    const [header, ...rows] = parsed.rows.map((r) => r.cells);
    expect(header).toEqual([...PLEDGE_CSV_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(PLEDGE_CSV_COLUMNS.map((c, i) => [c, r[i]])));
    // Every pledge of the event: the three above plus the one made in "MS #1".
    expect(records).toHaveLength(4);
    const byId = new Map(records.map((r) => [r.pledge_id, r]));
    expect(byId.get(submitted[0]!.id)).toMatchObject({ text: `'${payloads[0].text}`, session_code: 'WS #215', event: 'IGF 2025', stakeholder_group: 'Civil Society' });
    expect(byId.get(submitted[1]!.id)).toMatchObject({
      text: payloads[1].text,
      themes: 'digital-trust',
      theme_labels: 'Digital Trust',
      sdg_targets: '9.c',
      name: 'Kenji Watanabe',
      regional_group: 'Asia-Pacific Group',
    });
    expect(byId.get(submitted[2]!.id)).toMatchObject({ visibility: 'record', session_code: 'OF #12' });
    // Each pledge with the question its own session's round asked.
    for (const [i, p] of submitted.entries()) expect(byId.get(p.id)!.prompt).toBe(asked[i]);

    const json = await adminApi<{ event: EventInfo; sessions: { session: { code: string }; pledges: (Pledge & { followUp: object })[] }[] }>(
      url,
      `/api/events/${event.id}/export.json`,
    );
    expect(json.body.event).toEqual(event);
    const pledges = json.body.sessions.flatMap((s) => s.pledges);
    expect(pledges).toHaveLength(4);
    for (const p of submitted) {
      expect(pledges.find((x) => x.id === p.id)).toEqual({ ...p, supporters: 0, followUp: { status: 'not_started', light: 'on_track', reports: [] } });
    }
    expect(JSON.stringify(json.body)).not.toMatch(/moderatorKeyHash|tokenHash|deviceTokenHash/);
    expect((await adminApi(url, `/api/events/${event.id}/export.csv`, { token: null })).status).toBe(401);
    expect((await adminApi(url, `/api/events/${event.id}/export.pdf`)).status).toBe(404);
  });
});

async function modSnapshot(url: string, created: { sessionId: string; moderatorKey: string }) {
  const mod = new Client(url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
  try {
    return await mod.snapshot();
  } finally {
    mod.close();
  }
}

async function rotateKey(url: string, sessionId: string): Promise<string> {
  const res = await adminApi<{ seat: string; link: string }>(url, `/api/sessions/${sessionId}/moderator-key`, { body: {} });
  expect(res.body.seat).toBe('onsite');
  return new URL(res.body.link).hash.slice(5);
}
