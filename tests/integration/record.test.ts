import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Dashboard, FollowUpView, PublicPledgeResponse, RegistryResponse, SessionReport } from '../../shared/http';
import type { EventInfo, Pledge } from '../../shared/schemas';
import { Client } from '../helpers/clients';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { seatedPhone } from '../helpers/round';
import { parseCsv } from '../../shared/csv';
import { ADMIN_TOKEN, adminApi, createEvent, createSession, spawnServer, startServer, type TestServer } from '../helpers/server';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A session in an event, round open, with a moderator and one seated phone per panelist. */
async function eventRound(url: string, event: EventInfo, clients: { close(): void }[], code = 'WS #257') {
  const created = await createSession(url, {
    code,
    title: 'Data Governance for Development',
    eventId: event.id,
    details: { start: '2025-06-24T09:00', end: '2025-06-24T10:30', room: 'Room 4', format: 'Roundtable', moderator: 'Nnenna', onlineModerator: 'Paola', rapporteur: 'Ana' },
    panelists: [
      { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society', regionalGroup: 'African Group' },
      { name: 'Kenji Watanabe', organization: 'MIC Japan', stakeholderGroup: 'Government', regionalGroup: 'Asia-Pacific Group' },
      { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community', regionalGroup: 'GRULAC' },
      { name: 'Jan Kleijssen', organization: 'Council of Europe', stakeholderGroup: 'Intergovernmental Organization', regionalGroup: 'Intergovernmental' },
    ],
  });
  const moderator = new Client(url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
  clients.push(moderator);
  const snap = await moderator.snapshot();
  await moderator.send('round:open', { prompt: 'What will you do before the next IGF?' });
  const phones = [];
  for (const p of snap.session.panelists) {
    const seat = await seatedPhone(url, created.sessionId, p.id);
    clients.push(seat.phone);
    phones.push(seat.phone);
  }
  return { created, phones, panelists: snap.session.panelists };
}

/** Submits a new pledge as the phone page does: with the follow-up link's secret, made on the phone. */
async function submit(phone: Client, content: Record<string, unknown>) {
  const followUpToken = randomBytes(16).toString('base64url');
  const ack = await phone.send('pledge:submit', { id: randomUUID(), capacity: 'organization', followUpToken, ...content });
  if (!ack.ok) throw new Error(JSON.stringify(ack));
  return { ...(ack as unknown as { pledge: Pledge; created: boolean }), followUpToken };
}

const followUp = (url: string, pledgeId: string, token: string | null, body?: unknown) =>
  adminApi<FollowUpView & { ok: boolean; error?: { code: string; message: string } }>(url, `/api/follow-up/${pledgeId}${body ? '/reports' : ''}`, { token, body });

describe('follow-up, registry, dashboard and report', () => {
  let now = Date.UTC(2025, 5, 24, 10, 0);
  let server: TestServer;
  const clients: { close(): void }[] = [];
  let event: EventInfo;
  let round: Awaited<ReturnType<typeof eventRound>>;
  const made: { pledge: Pledge; followUpToken?: string }[] = [];

  beforeAll(async () => {
    // The service's clock is the test's: the follow-up year passes in a few lines.
    server = await startServer({ clock: () => now });
    event = await createEvent(server.url, { name: 'IGF 2025', themes: ['Digital Trust', 'AI Governance'], silentAfterMonths: 3 });
    round = await eventRound(server.url, event, clients);
    const [amina, kenji, lucia, jan] = round.phones;
    made.push(
      await submit(amina!, {
        text: 'We will train 500 community network operators across West Africa.',
        themes: ['digital-trust'],
        sdgTargets: ['17.16', '9.c'],
        deliverables: [{ text: 'First cohort trained', due: '2025-12-31' }],
        partners: ['APC'],
      }),
      await submit(kenji!, { text: 'We will publish our national AI guidelines in three languages.', themes: ['ai-governance'], sdgTargets: ['16.10'] }),
      await submit(lucia!, { text: 'We will run IPv6 deployment clinics in ten countries.', sdgTargets: ['9.1'], timeframe: { kind: 'date', date: '2026-03-31' } }),
      await submit(jan!, { text: 'Record only: we will brief our member states on the outcome.', visibility: 'record', themes: ['ai-governance'], sdgTargets: ['16.7'] }),
    );
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server.close();
    await dropPrefix(server.prefix);
  });

  test('the follow-up token the phone sent with its pledge opens the link, also after a retry; a wrong token is refused', async () => {
    const [first] = made;
    // A retry of the same submit (its acknowledgement lost) changes nothing: the phone's token stays the link's.
    const { pledge } = first!;
    const retry = await round.phones[0]!.send('pledge:submit', {
      id: pledge.id,
      text: pledge.text,
      capacity: pledge.capacity,
      themes: pledge.themes,
      sdgTargets: pledge.sdgTargets,
      deliverables: pledge.deliverables,
      partners: pledge.partners,
      followUpToken: first!.followUpToken,
    });
    expect(retry).toMatchObject({ ok: true, created: false });
    expect(retry).not.toHaveProperty('followUpToken');

    const view = await followUp(server.url, pledge.id, first!.followUpToken!);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      pledge: { id: pledge.id, text: pledge.text },
      session: { code: 'WS #257', title: 'Data Governance for Development' },
      event: { id: event.id, name: 'IGF 2025' },
      reports: [],
      status: 'not_started',
      light: 'on_track',
      publicUrl: `${server.url}/p/${pledge.id}`,
    });
    expect(JSON.stringify(view.body)).not.toMatch(/tokenHash|deviceTokenHash/);
    expect(view.headers.get('cache-control')).toBe('no-store');

    // Wrong token, another pledge's token, no token, malformed id: all refused alike.
    for (const [id, token] of [
      [pledge.id, 'A'.repeat(22)],
      [pledge.id, made[1]!.followUpToken!],
      [pledge.id, null],
      ['not-a-uuid', first!.followUpToken!],
      [randomUUID(), first!.followUpToken!],
    ] as const) {
      const res = await followUp(server.url, id, token);
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: 'unauthorized' });
    }
    expect((await followUp(server.url, pledge.id, 'A'.repeat(22), { status: 'completed' })).status).toBe(401);
  });

  test('progress reports: validated, kept in order, and they move the status light', async () => {
    const [amina, kenji] = made;
    const url = server.url;
    const bad = async (body: unknown) => (await followUp(url, amina!.pledge.id, amina!.followUpToken!, body)).body.error;
    expect(await bad({ status: 'done' })).toMatchObject({ code: 'invalid_payload', message: expect.stringContaining('status') });
    expect(await bad({ status: 'in_progress', note: 'n'.repeat(2001) })).toMatchObject({ code: 'invalid_payload', message: expect.stringContaining('note') });
    expect(await bad({ status: 'in_progress', date: '2030-01-01' })).toMatchObject({ message: expect.stringContaining('future') });
    expect(await bad({ status: 'in_progress', date: '2024-01-01' })).toMatchObject({ message: expect.stringContaining('before the pledge') });
    expect(await bad({ status: 'in_progress', extra: 1 })).toMatchObject({ code: 'invalid_payload' });

    now += 30 * DAY;
    const first = await followUp(url, amina!.pledge.id, amina!.followUpToken!, { status: 'in_progress', note: 'Curriculum agreed with APC.' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'in_progress', light: 'on_track', reports: [{ status: 'in_progress', note: 'Curriculum agreed with APC.', date: '2025-07-24', at: now }] });

    // Four months without a report: Kenji's pledge falls silent, Amina's (reported a month in) not yet.
    now = Date.UTC(2025, 9, 25, 10, 0);
    expect((await followUp(url, kenji!.pledge.id, kenji!.followUpToken!)).body.light).toBe('silent');
    expect((await followUp(url, amina!.pledge.id, amina!.followUpToken!)).body.light).toBe('silent');
    const second = await followUp(url, amina!.pledge.id, amina!.followUpToken!, { status: 'in_progress', note: 'Cohort one started.', date: '2025-10-20' });
    expect(second.body).toMatchObject({ light: 'on_track', reports: [{ date: '2025-07-24' }, { date: '2025-10-20' }] });

    // Past the deliverable's due date and not completed: late (late wins over silent).
    now = Date.UTC(2026, 0, 5, 10, 0);
    expect((await followUp(url, amina!.pledge.id, amina!.followUpToken!)).body.light).toBe('late');
    const done = await followUp(url, amina!.pledge.id, amina!.followUpToken!, { status: 'completed', note: '512 operators trained.' });
    expect(done.body).toMatchObject({ status: 'completed', light: 'finished' });
    expect(done.body.reports.map((r) => r.status)).toEqual(['in_progress', 'in_progress', 'completed']);
  });

  test('a phone that lost the link asks for a new one; the old one stops working, reports stay', async () => {
    const [amina] = made;
    const phone = round.phones[0]!;
    const other = round.phones[1]!;
    expect(await other.send('pledge:follow-up', { pledgeId: amina!.pledge.id })).toMatchObject({ ok: false, error: { code: 'not_your_pledge' } });
    expect(await phone.send('pledge:follow-up', { pledgeId: randomUUID() })).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
    const rotated = await phone.send('pledge:follow-up', { pledgeId: amina!.pledge.id, followUpToken: randomBytes(16).toString('base64url') });
    expect(rotated).toMatchObject({ ok: true, followUpToken: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    const token = (rotated as unknown as { followUpToken: string }).followUpToken;
    expect((await followUp(server.url, amina!.pledge.id, amina!.followUpToken!)).status).toBe(401);
    const view = await followUp(server.url, amina!.pledge.id, token);
    expect(view.status).toBe(200);
    expect(view.body.reports).toHaveLength(3);
    amina!.followUpToken = token;
    // A wall or moderator connection cannot ask for one.
    const wall = new Client(server.url, { role: 'wall', sessionId: round.created.sessionId });
    clients.push(wall);
    await wall.snapshot();
    expect(await wall.send('pledge:follow-up', { pledgeId: amina!.pledge.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('the public registry lists public pledges only, with filters; record-only pledges are nowhere public', async () => {
    const url = server.url;
    const registry = async (query = '') => (await adminApi<RegistryResponse & { ok: boolean }>(url, `/api/events/${event.id}/registry${query}`, { token: null })).body;
    const all = await registry();
    const record = made[3]!.pledge;
    expect(all.total).toBe(3);
    expect(all.pledges.map((p) => p.name).sort()).toEqual(['Amina Diallo', 'Kenji Watanabe', 'Lucía Fernández']);
    const body = JSON.stringify(all);
    expect(body).not.toContain(record.id);
    expect(body).not.toContain(record.text);
    expect(body).not.toMatch(/participantId|edits|tokenHash|moderatorKeyHash|visibility/);
    const amina = all.pledges.find((p) => p.name === 'Amina Diallo')!;
    expect(amina).toMatchObject({
      session: { code: 'WS #257' },
      regionalGroup: 'African Group', // from the schedule, as the phone sent none
      status: 'completed',
      light: 'finished',
      reports: [{ note: '512 operators trained.' }], // the latest; the pledge's page has them all
    });

    // The unfiltered registry (what the registry page asks for) goes out gzipped when the caller accepts it.
    const zipped = await new Promise<{ encoding?: string; body: RegistryResponse }>((resolve, reject) => {
      http.get(`${url}/api/events/${event.id}/registry`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: JSON.parse(gunzipSync(Buffer.concat(chunks)).toString()) }));
      }).on('error', reject);
    });
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body).toEqual(all);

    const names = async (q: string) => (await registry(q)).pledges.map((p) => p.name).sort();
    expect(await names('?q=ipv6 CLINICS')).toEqual(['Lucía Fernández']);
    expect(await names('?q=apc')).toEqual(['Amina Diallo']); // partners are searched too
    expect(await names('?theme=ai-governance')).toEqual(['Kenji Watanabe']);
    expect(await names('?stakeholder=Government')).toEqual(['Kenji Watanabe']);
    expect(await names('?region=GRULAC')).toEqual(['Lucía Fernández']);
    expect(await names('?goal=9')).toEqual(['Amina Diallo', 'Lucía Fernández']);
    expect(await names('?goal=16')).toEqual(['Kenji Watanabe']); // the record-only 16.7 pledge is not counted
    expect(await names('?status=completed')).toEqual(['Amina Diallo']);
    // Early January 2026: Lucía's own date (2026-03-31) is still ahead, but she has not reported since June.
    expect(await names('?light=silent')).toEqual(['Kenji Watanabe', 'Lucía Fernández']);
    expect(await names('?light=on_track')).toEqual([]);
    expect(await names('?light=late')).toEqual([]);
    expect(await names('?goal=9&region=African%20Group')).toEqual(['Amina Diallo']);
    // A report made through the server shows in the registry at once (it is cached for a few seconds otherwise).
    expect(await names('?status=in_progress')).toEqual([]);
    expect((await followUp(url, made[1]!.pledge.id, made[1]!.followUpToken!, { status: 'in_progress', note: 'Draft out for consultation.' })).status).toBe(201);
    expect(await names('?status=in_progress')).toEqual(['Kenji Watanabe']);
    const bad = await adminApi<{ error: { code: string } }>(url, `/api/events/${event.id}/registry?goal=18`, { token: null });
    expect(bad.status).toBe(400);
    expect((await adminApi(url, `/api/events/nosuchevent/registry`, { token: null })).status).toBe(404);

    // The shareable page of a public pledge; a record-only pledge reads as absent.
    const page = await adminApi<PublicPledgeResponse>(url, `/api/pledges/${amina.id}`, { token: null });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ event: { name: 'IGF 2025' }, pledge: { id: amina.id, status: 'completed' } });
    expect(page.body.pledge.reports.map((r) => r.note)).toEqual(['Curriculum agreed with APC.', 'Cohort one started.', '512 operators trained.']);
    const hidden = await adminApi<{ error: { code: string } }>(url, `/api/pledges/${record.id}`, { token: null });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('pledge_not_found');
    expect((await adminApi(url, `/api/pledges/${randomUUID()}`, { token: null })).status).toBe(404);
    // Its author still reaches it through the follow-up link.
    expect((await followUp(url, record.id, made[3]!.followUpToken!)).body).toMatchObject({ pledge: { id: record.id }, publicUrl: null });
  });

  test('the organizer dashboard counts by status, light, group, region, theme and SDG goal, and lists whom to chase', async () => {
    now = Date.UTC(2026, 3, 5, 10, 0); // April 2026: Lucía's date has passed
    const res = await adminApi<Dashboard>(server.url, `/api/events/${event.id}/dashboard`);
    expect(res.status).toBe(200);
    const d = res.body;
    const counts = (c: { key: string; count: number }[]) => Object.fromEntries(c.filter((x) => x.count > 0).map((x) => [x.key, x.count]));
    expect(d.total).toBe(4);
    expect(d.recordOnly).toBe(1);
    expect(counts(d.byStatus)).toEqual({ completed: 1, in_progress: 1, not_started: 2 });
    expect(d.byStatus.map((c) => c.key)).toEqual(['not_started', 'in_progress', 'completed', 'discontinued']);
    expect(counts(d.byLight)).toEqual({ finished: 1, silent: 2, late: 1 });
    expect(d.byLight.map((c) => c.key)).toEqual(['on_track', 'late', 'silent', 'finished']);
    expect(counts(d.byStakeholderGroup)).toEqual({ 'Civil Society': 1, Government: 1, 'Technical Community': 1, 'Intergovernmental Organization': 1 });
    expect(counts(d.byRegionalGroup)).toEqual({ 'African Group': 1, 'Asia-Pacific Group': 1, GRULAC: 1, Intergovernmental: 1 });
    expect(d.byTheme).toEqual([
      { key: 'digital-trust', count: 1 },
      { key: 'ai-governance', count: 2 },
    ]);
    expect(counts(d.bySdgGoal)).toEqual({ '9': 2, '16': 2, '17': 1 });
    expect(d.bySdgGoal).toHaveLength(17);
    // Silent ones first (longest silence first), then late.
    expect(d.chase.map((c) => [c.name, c.light])).toEqual([
      ['Jan Kleijssen', 'silent'],
      ['Kenji Watanabe', 'silent'],
      ['Lucía Fernández', 'late'],
    ]);
    expect(d.chase[0]).toMatchObject({ visibility: 'record', session: { code: 'WS #257' }, lastReportAt: null });
    expect((await adminApi(server.url, `/api/events/${event.id}/dashboard`, { token: null })).status).toBe(401);
  });

  test('the rapporteur report: details, prompt, public pledges by stakeholder group, counts, record-only count', async () => {
    const url = server.url;
    const path = `/api/sessions/${round.created.sessionId}/report`;
    const res = await adminApi<SessionReport>(url, path, { token: round.created.moderatorKey });
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.session).toMatchObject({ code: 'WS #257', details: { room: 'Room 4', rapporteur: 'Ana' } });
    expect(r.session).not.toHaveProperty('moderatorKeyHash');
    expect(r.event).toMatchObject({ name: 'IGF 2025' });
    expect(r.round.prompt).toBe('What will you do before the next IGF?');
    expect(r.groups.map((g) => [g.stakeholderGroup, g.pledges.map((p) => p.name)])).toEqual([
      ['Government', ['Kenji Watanabe']],
      ['Technical Community', ['Lucía Fernández']],
      ['Civil Society', ['Amina Diallo']],
    ]);
    expect(r.publicCount).toBe(3);
    expect(r.recordOnlyCount).toBe(1);
    expect(r.withheldCount).toBe(0);
    // The activity log names the moderator from the schedule, by seat.
    expect(r.activity).toEqual([expect.objectContaining({ action: 'open', actor: { role: 'moderator', seat: 'onsite', name: 'Nnenna' } })]);
    expect(JSON.stringify(r)).not.toContain(made[3]!.pledge.text);
    expect(r.byTheme).toEqual([
      { key: 'digital-trust', count: 1 },
      { key: 'ai-governance', count: 1 },
    ]);
    expect(r.bySdgGoal).toEqual([
      { key: '9', count: 2 },
      { key: '16', count: 1 },
      { key: '17', count: 1 },
    ]);
    expect(r.bySdgTarget.map((c) => c.key).sort()).toEqual(['16.10', '17.16', '9.1', '9.c']);
    // The organizer may open it too; nobody else.
    expect((await adminApi(url, path)).status).toBe(200);
    expect((await adminApi(url, path, { token: 'B'.repeat(22) })).status).toBe(401);
    expect((await adminApi(url, path, { token: null })).status).toBe(401);
    expect((await adminApi(url, `/api/sessions/nosuchsession/report`, { token: round.created.moderatorKey })).status).toBe(401);
  });

  test('deliverables done: named by their place, kept from report to report, they stop counting as late; in the CSV', async () => {
    const url = server.url;
    const second = await eventRound(url, event, clients, 'WS #258');
    const { pledge, followUpToken: token } = await submit(second.phones[0]!, {
      text: 'We will map rural connectivity in five West African countries.',
      deliverables: [
        { text: 'Survey method agreed', due: isoDay(now + 30 * DAY) },
        { text: 'Open dataset published', due: isoDay(now + 200 * DAY) },
      ],
    });
    const report = (body: unknown) => followUp(url, pledge.id, token, body);
    now += 40 * DAY;
    expect((await followUp(url, pledge.id, token)).body.light).toBe('late');

    // A place the pledge does not have is refused and changes nothing, as on a pledge without deliverables.
    for (const delivered of [[2], [-1], [0.5]]) {
      expect((await report({ status: 'in_progress', delivered })).body.error).toMatchObject({ code: 'invalid_payload', message: expect.stringContaining('delivered') });
    }
    expect((await followUp(url, made[1]!.pledge.id, made[1]!.followUpToken!, { status: 'in_progress', delivered: [0] })).body.error).toEqual({
      code: 'invalid_payload',
      message: 'delivered: this pledge has no deliverables.',
    });
    expect((await followUp(url, pledge.id, token)).body.reports).toEqual([]);

    // The first one done: no longer late; each report keeps the whole list, once and in order.
    const first = await report({ status: 'in_progress', note: 'Method agreed with the statistics offices.', delivered: [0, 0] });
    expect(first.body).toMatchObject({ status: 'in_progress', light: 'on_track', reports: [{ delivered: [0] }] });
    // A report that does not say keeps what the one before said.
    now += DAY;
    const quiet = await report({ status: 'in_progress', note: 'Fieldwork under way.' });
    expect(quiet.body.reports.map((r) => r.delivered)).toEqual([[0], [0]]);
    const csv = parseCsv(await (await fetch(`${url}/api/events/${event.id}/export.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text());
    if (!csv.ok) throw new Error(csv.problem);
    const [header, ...rows] = csv.rows.map((r) => r.cells);
    const row = rows.find((r) => r[0] === pledge.id)!;
    expect([row[header!.indexOf('deliverables_done')], row[header!.indexOf('light')]]).toEqual(['Survey method agreed', 'on_track']);
    // Taken back by mistake: late again.
    expect((await report({ status: 'in_progress', delivered: [] })).body).toMatchObject({ light: 'late' });
  });
});

describe('follow-up across a restart (Redis)', () => {
  const prefix = freshPrefix();
  afterAll(() => dropPrefix(prefix));

  test('a follow-up link works after the server restarts, without the session being live; a wrong token is still refused', async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix };
    const clients: { close(): void }[] = [];
    const first = await spawnServer(env);
    let pledge: Pledge;
    let token: string;
    try {
      const event = await createEvent(first.url, { name: 'IGF 2026' });
      const round = await eventRound(first.url, event, clients);
      const made = await submit(round.phones[0]!, { text: 'We will open our connectivity maps as open data.' });
      pledge = made.pledge;
      token = made.followUpToken;
      expect((await followUp(first.url, pledge.id, token, { status: 'in_progress', note: 'Maps for two regions online.' })).status).toBe(201);
      // The round closes and everyone leaves: the session is no longer live.
      const mod = new Client(first.url, { role: 'moderator', sessionId: round.created.sessionId, key: round.created.moderatorKey });
      clients.push(mod);
      await mod.snapshot();
      await mod.send('round:close', {});
    } finally {
      clients.forEach((c) => c.close());
      await first.stop('SIGKILL');
    }

    const second = await spawnServer(env);
    try {
      const view = await followUp(second.url, pledge.id, token);
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ pledge: { text: 'We will open our connectivity maps as open data.' }, status: 'in_progress', reports: [{ note: 'Maps for two regions online.' }] });
      const more = await followUp(second.url, pledge.id, token, { status: 'completed', note: 'All regions published.' });
      expect(more.status).toBe(201);
      expect(more.body.reports.map((r) => r.status)).toEqual(['in_progress', 'completed']);
      expect((await followUp(second.url, pledge.id, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).status).toBe(401);
      expect((await followUp(second.url, pledge.id, null)).status).toBe(401);
    } finally {
      await second.stop();
    }
  }, 60_000);
});
