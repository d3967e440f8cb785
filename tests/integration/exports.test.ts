import { randomUUID } from 'node:crypto';
import { parseCsv } from '../../shared/csv';
import { PLEDGE_CSV_COLUMNS } from '../../server/http/exports';
import type { Pledge, Round } from '../../shared/schemas';
import type { SessionReport } from '../../shared/http';
import { Client, newDeviceToken } from '../helpers/clients';
import { audiencePhone, seatedPhone, setupSession } from '../helpers/round';
import { ADMIN_TOKEN, serverSuite } from '../helpers/server';

describe('session exports', () => {
  const suite = serverSuite();
  const { clients } = suite;

  test('CSV and JSON hold every pledge, parse back exactly, and neutralise formulas', async () => {
    const { created, moderator, panelists } = await setupSession(suite.server);
    clients.push(moderator);
    await moderator.send('round:open', {});
    const submitted: Pledge[] = [];
    const payloads = [
      { text: '=HYPERLINK("http://evil.example","click") we will do good', capacity: 'individual' },
      { text: 'We will "open" data, with commas,\nand a second line.', capacity: 'organization', themes: ['data'], sdgTargets: ['17.16', '9.c'], deliverables: [{ text: 'Portal live', due: '2026-05-01' }], partners: ['+Partner Org'] },
      { text: 'Record only: an internal training plan.', capacity: 'individual', visibility: 'record', timeframe: { kind: 'date', date: '2026-09-30' } },
    ];
    for (const [i, p] of payloads.entries()) {
      const { phone } = await seatedPhone(suite.server.url, created.sessionId, panelists[i]!.id);
      clients.push(phone);
      const ack = await phone.sendOk('pledge:submit', { id: randomUUID(), ...p });
      submitted.push(ack.pledge as Pledge);
    }
    // The moderator corrects the record-only pledge: the export keeps who wrote which version.
    const fixed = await moderator.sendOk('pledge:fix', { pledgeId: submitted[2]!.id, text: 'Record only: an internal training plan for staff.', basedOn: submitted[2]!.updatedAt });
    expect(fixed).toMatchObject({ ok: true, pledge: { updatedBy: { role: 'moderator', seat: 'onsite', name: '' } } });
    submitted[2] = fixed.pledge as Pledge;
    // Two audience phones and an online viewer support the second pledge; the viewer also
    // supported the first one and took it back.
    for (const presence of ['onsite', 'online'] as const) {
      const { phone } = await audiencePhone(suite.server.url, created.sessionId, { presence });
      clients.push(phone);
      await phone.sendOk('reaction:set', { pledgeId: submitted[1]!.id, on: true });
    }
    const viewer = new Client(suite.server.url, { role: 'wall', sessionId: created.sessionId, viewerToken: newDeviceToken() });
    clients.push(viewer);
    await viewer.snapshot();
    for (const [pledge, on] of [[submitted[1]!, true], [submitted[0]!, true], [submitted[0]!, false]] as const) {
      await viewer.sendOk('reaction:set', { pledgeId: pledge.id, on });
    }
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

    const csvRes = await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.csv`, { headers: auth });
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvRes.headers.get('content-disposition')).toBe('attachment; filename="pledges-WS-215.csv"');
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 mark spreadsheets look for
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const parsed = parseCsv(body);
    if (!parsed.ok) throw new Error(parsed.problem);
    const [header, ...rows] = parsed.rows.map((r) => r.cells);
    expect(header).toEqual([...PLEDGE_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const byId = new Map(rows.map((r) => [r[0], Object.fromEntries(PLEDGE_CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    const [evil, rich, record] = submitted.map((p) => byId.get(p.id)!);
    expect(evil!.text).toBe(`'${payloads[0]!.text}`); // a spreadsheet shows it as text, never runs it
    expect(rich).toMatchObject({
      text: payloads[1]!.text,
      organization: 'MIC Japan',
      themes: 'data',
      sdg_targets: '17.16; 9.c',
      deliverables: 'Portal live (due 2026-05-01)',
      partners: "'+Partner Org",
      timeframe: 'until the next IGF',
      session_code: 'WS #215',
      edits: '0',
      event: '',
      status: 'not_started',
      light: 'late', // its deliverable was due 2026-05-01 and nobody reported it completed
      last_report_date: '',
      author_role: 'panelist',
      presence: '',
      moderation_status: 'visible',
      reject_reason: '',
      edit_history: '',
      supporters: '3',
      updated_by: 'author',
    });
    expect([evil!.supporters, record!.supporters]).toEqual(['0', '0']);
    // New columns come last: the ones before keep their places.
    expect(header!.slice(-5)).toEqual(['edit_history', 'supporters', 'updated_by', 'prompt', 'deliverables_done']);
    expect(record).toMatchObject({
      visibility: 'record',
      timeframe: '2026-09-30',
      stakeholder_group: 'Technical Community',
      text: 'Record only: an internal training plan for staff.',
      edits: '1',
      edit_history: `${new Date(submitted[2]!.createdAt).toISOString()} author: ${payloads[2]!.text}`,
      // The current text is the moderator's, and the file says so.
      updated_by: '(onsite moderator)',
    });
    expect(new Date(rich!.created_at!).getTime()).toBe(submitted[1]!.createdAt);

    const json = await (await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.json`, { headers: auth })).json();
    expect(json.event).toBeNull();
    expect(json.sessions).toHaveLength(1);
    const [exported] = json.sessions;
    expect(exported.session).toMatchObject({ id: created.sessionId, code: 'WS #215' });
    expect(JSON.stringify(json)).not.toContain('moderatorKeyHash');
    expect(JSON.stringify(json)).not.toContain('tokenHash');
    expect(exported.pledges.map((p: Pledge) => p.id).sort()).toEqual(submitted.map((p) => p.id).sort());
    expect(exported.pledges.find((p: Pledge) => p.id === submitted[1]!.id)).toEqual({
      ...submitted[1],
      followUp: { status: 'not_started', light: 'late', reports: [] },
      supporters: 3,
    });
    expect(exported.pledges.map((p: { supporters: number }) => p.supporters).sort()).toEqual([0, 0, 3]);
    expect(exported.pledges.find((p: Pledge) => p.id === submitted[2]!.id)).toMatchObject({
      text: 'Record only: an internal training plan for staff.',
      edits: [{ text: payloads[2]!.text, by: { role: 'author' } }],
    });
    // The session's activity log: who opened the round, who corrected which pledge.
    const moderatorActor = { role: 'moderator', seat: 'onsite', name: '' };
    expect(exported.activity).toEqual([
      expect.objectContaining({ actor: moderatorActor, action: 'open' }),
      expect.objectContaining({ actor: moderatorActor, action: 'edit', subject: 'Lucía Fernández' }),
    ]);

    // The rapporteur's report (opened with the moderator link): each public pledge with its supporters, and their total.
    const reportRes = await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/report`, { headers: { authorization: `Bearer ${created.moderatorKey}` } });
    const report = (await reportRes.json()) as SessionReport;
    const reported = report.groups.flatMap((g) => g.pledges);
    expect(reported.map((p) => [p.id, p.supporters]).sort()).toEqual([
      [submitted[0]!.id, 0],
      [submitted[1]!.id, 3],
    ].sort());
    expect(report.totalSupporters).toBe(3);

    // Organizers only.
    expect((await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.csv`)).status).toBe(401);
    expect((await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.csv`, { headers: { authorization: `Bearer ${created.moderatorKey}` } })).status).toBe(401);
    expect((await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.xml`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${suite.server.url}/api/sessions/nosuchsession/export.csv`, { headers: auth })).status).toBe(404);
  });

  test('the report and the JSON export list every prompt, in order, with when and the pledges that answered it', async () => {
    const { created, moderator, panelists } = await setupSession(suite.server);
    clients.push(moderator);
    const first = 'What will you do before the next IGF to close the data divide?';
    const second = 'ما الخطوة التي ستتخذها قبل المنتدى القادم؟';
    const third = 'Who will you work with?';
    const submit = async (i: number) => {
      const { phone } = await seatedPhone(suite.server.url, created.sessionId, panelists[i]!.id);
      clients.push(phone);
      return (await phone.sendOk('pledge:submit', { id: randomUUID(), text: `Pledge number ${i + 1} for the record of this round.`, capacity: 'individual' })).pledge as Pledge;
    };
    const opened = await moderator.sendOk('round:open', { prompt: first });
    const answersToFirst = [await submit(0), await submit(1)];
    await moderator.sendOk('round:close', {});
    const reopened = await moderator.sendOk('round:open', { prompt: second });
    const answerToSecond = await submit(2);
    // Reopened with its prompt unchanged, or the same prompt saved again: not a new question.
    await moderator.sendOk('round:close', {});
    await moderator.sendOk('round:open', {});
    await moderator.sendOk('round:prompt', { prompt: second });
    const changed = await moderator.sendOk('round:prompt', { prompt: third });

    const actor = { role: 'moderator', seat: 'onsite', name: '' };
    const expected = [
      { text: first, at: (opened.round as Round).openedAt, by: actor, pledgeIds: answersToFirst.map((p) => p.id) },
      { text: second, at: (reopened.round as Round).openedAt, by: actor, pledgeIds: [answerToSecond.id] },
      { text: third, at: (changed.round as Round).updatedAt, by: actor, pledgeIds: [] },
    ];
    const report = (await (await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/report`, { headers: { authorization: `Bearer ${created.moderatorKey}` } })).json()) as SessionReport;
    expect(report.round.prompt).toBe(third);
    expect(report.prompts.map((q) => q.text)).toEqual([first, second, third]);
    // The prompt saved again unchanged left no line in the activity log.
    expect(report.activity.filter((a) => a.action === 'prompt').map((a) => a.detail)).toEqual([third]);
    // Each asked when its command committed: the round's own time for it, within the same moment.
    for (const [i, q] of report.prompts.entries()) {
      expect(Math.abs(q.at - expected[i]!.at!)).toBeLessThan(50);
      expect(q).toEqual({ ...expected[i], at: q.at });
    }
    const json = await (await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.json`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    expect(json.sessions[0].prompts).toEqual(report.prompts);
    expect(json.sessions[0].round.prompt).toBe(third); // kept: the round's current prompt
    // The CSV says which question each pledge answered.
    const csv = parseCsv(await (await fetch(`${suite.server.url}/api/sessions/${created.sessionId}/export.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text());
    if (!csv.ok) throw new Error(csv.problem);
    const [header, ...rows] = csv.rows.map((r) => r.cells);
    const answered = Object.fromEntries(rows.map((r) => [r[0], r[header!.indexOf('prompt')]]));
    expect(answered).toEqual({ [answersToFirst[0]!.id]: first, [answersToFirst[1]!.id]: first, [answerToSecond.id]: second });
  });
});
