import { randomBytes, randomUUID } from 'node:crypto';
import { parseCsv } from '../../shared/csv';
import type { Dashboard, EventDetail, EventListItem, FollowUpView, SessionReport } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import type { Client } from '../helpers/clients';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { audiencePhone, PANEL_OF_FOUR } from '../helpers/round';
import { adminApi, startServer, type TestServer } from '../helpers/server';
import { testRedisUrl } from '../helpers/redis';
import { fields } from '../../server/store/fields';
import { createClient } from 'redis';

const DAY = 24 * 60 * 60 * 1000;
const counts = (c: { key: string; count: number }[]) => Object.fromEntries(c.filter((x) => x.count > 0).map((x) => [x.key, x.count]));
type Answer = FollowUpView & { ok: boolean; error?: { code: string } };

/**
 * The record holds what the moderators accepted. With every pledge needing approval, one approved,
 * one approved then hidden, one rejected, an audience pledge still waiting, and a record-only one
 * (approval is for the walls: it is in the record at once): the organizer's counts and the
 * follow-up list hold the approved and the record-only ones and say how many are outside the
 * record by status; the authors of the others cannot report progress (their page shows why);
 * approving one later brings it in. Real server, real Redis, real sockets.
 */
describe('pledges outside the record (pending, hidden, rejected)', () => {
  let now = Date.UTC(2025, 5, 24, 10, 0);
  let server: TestServer;
  const sockets: { close(): void }[] = [];
  beforeAll(async () => {
    server = await startServer({ clock: () => now });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await server.close();
  });

  test('are left out of the dashboard, the event’s counts and the report, and take no progress reports', async () => {
    const { event, created, moderator, panelists } = await sessionInEvent(server, { name: 'IGF 2025', silentAfterMonths: 3 }, PANEL_OF_FOUR);
    sockets.push(moderator);
    await moderator.sendOk('round:open', { moderation: 'everything' });
    const pledge = async (n: number, text: string, extra: Record<string, unknown> = {}) => {
      const made = await submitFromPhone(server.url, created.sessionId, panelists[n]!.id, { id: randomUUID(), capacity: 'organization', text, ...extra }, sockets);
      return { pledge: (made.ack as unknown as { pledge: Pledge }).pledge, token: made.followUpToken, phone: made.phone as Client };
    };
    const approved = await pledge(0, 'We will train 500 community network operators across West Africa.');
    const hidden = await pledge(1, 'We will publish our national AI guidelines in three languages.');
    const rejected = await pledge(2, 'We will run IPv6 deployment clinics in ten countries.');
    const recordOnly = await pledge(3, 'We will brief our members on the outcome of this session.', { visibility: 'record' });
    expect(recordOnly.pledge.status).toBe('visible');
    await moderator.sendOk('round:settings', { pledgers: 'panel-and-audience' });
    const member = await audiencePhone(server.url, created.sessionId, { presence: 'online', name: 'Sara' });
    sockets.push(member.phone);
    const waitingToken = randomBytes(16).toString('base64url');
    const sent = await member.phone.sendOk('pledge:submit', { id: randomUUID(), capacity: 'individual', text: 'I will mentor two students in internet governance.', followUpToken: waitingToken });
    const waiting = { pledge: sent.pledge as Pledge, token: waitingToken };
    for (const p of [approved, hidden]) await moderator.sendOk('pledge:approve', { pledgeId: p.pledge.id, basedOn: p.pledge.updatedAt });
    await moderator.sendOk('pledge:hide', { pledgeId: hidden.pledge.id });
    await moderator.sendOk('pledge:reject', { pledgeId: rejected.pledge.id, reason: 'Please name the countries.' });

    // Months later, with nobody reporting: only the approved pledge is followed up (and to chase).
    now += 120 * DAY;
    const dashboard = async () => (await adminApi<Dashboard>(server.url, `/api/events/${event.id}/dashboard`)).body;
    const d = await dashboard();
    expect({ total: d.total, recordOnly: d.recordOnly, outside: d.outside }).toEqual({
      total: 2,
      recordOnly: 1,
      outside: [
        { key: 'pending', count: 1 },
        { key: 'hidden', count: 1 },
        { key: 'rejected', count: 1 },
      ],
    });
    expect(counts(d.byStakeholderGroup)).toEqual({ 'Civil Society': 1, 'Private Sector': 1 });
    expect(counts(d.byLight)).toEqual({ silent: 2 });
    expect(d.chase.map((c) => c.name)).toEqual(['Amina Diallo', 'Olu Adeyemi']);
    // The event's list and its programme count the same one pledge.
    const listed = (await adminApi<{ events: EventListItem[] }>(server.url, '/api/events')).body.events.find((e) => e.id === event.id);
    expect(listed?.pledges).toBe(2);
    const detail = (await adminApi<EventDetail>(server.url, `/api/events/${event.id}`)).body;
    expect(detail.sessions.map((s) => s.pledges)).toEqual([2]);
    // The rapporteur's report: the public pledges not shown are withheld, the record-only one counted.
    const report = (await adminApi<SessionReport>(server.url, `/api/sessions/${created.sessionId}/report`)).body;
    expect({ publicCount: report.publicCount, recordOnlyCount: report.recordOnlyCount, withheldCount: report.withheldCount }).toEqual({
      publicCount: 1,
      recordOnlyCount: 1,
      withheldCount: 3,
    });

    // The exports keep every pledge (the session's whole archive, with its moderation status and
    // reason), but only those in the record have a follow-up status and light; the others have none.
    const csv = parseCsv((await adminApi<string>(server.url, `/api/events/${event.id}/export.csv`)).body);
    if (!csv.ok) throw new Error(csv.problem);
    const [head, ...rows] = csv.rows.map((r) => r.cells);
    const col = (row: string[], name: string) => row[head!.indexOf(name)];
    const standing = (id: string) => {
      const row = rows.find((r) => col(r, 'pledge_id') === id)!;
      return [col(row, 'moderation_status'), col(row, 'status'), col(row, 'light'), col(row, 'reject_reason')];
    };
    expect(rows).toHaveLength(5);
    expect([approved, recordOnly, hidden, rejected, waiting].map((p) => standing(p.pledge.id))).toEqual([
      ['visible', 'not_started', 'silent', ''],
      ['visible', 'not_started', 'silent', ''],
      ['hidden', '', '', ''],
      ['rejected', '', '', 'Please name the countries.'],
      ['pending', '', '', ''],
    ]);
    for (const path of [`/api/events/${event.id}/export.json`, `/api/sessions/${created.sessionId}/export.json`]) {
      const json = (await adminApi<{ sessions: { pledges: (Pledge & { followUp: { status: string | null; light: string | null } })[] }[] }>(server.url, path)).body;
      const byId = new Map(json.sessions[0]!.pledges.map((p) => [p.id, [p.status, p.followUp.status, p.followUp.light]]));
      expect([approved, recordOnly, hidden, rejected, waiting].map((p) => byId.get(p.pledge.id))).toEqual([
        ['visible', 'not_started', 'silent'],
        ['visible', 'not_started', 'silent'],
        ['hidden', null, null],
        ['rejected', null, null],
        ['pending', null, null],
      ]);
    }
    // The public registry, like the dashboard, holds the public pledge in the record alone.
    const registry = (await adminApi<{ pledges: { id: string }[] }>(server.url, `/api/events/${event.id}/registry`, { token: null })).body;
    expect(registry.pledges.map((p) => p.id)).toEqual([approved.pledge.id]);

    // Their authors' links open their pledge, as it stands, but take no report; the approved one does.
    const report1 = { status: 'in_progress', note: 'First clinic held.' };
    const followUp = (p: { pledge: Pledge; token: string }, body?: unknown) =>
      adminApi<Answer>(server.url, `/api/follow-up/${p.pledge.id}${body ? '/reports' : ''}`, { token: p.token, body });
    for (const [p, status] of [
      [hidden, 'hidden'],
      [rejected, 'rejected'],
      [waiting, 'pending'],
    ] as const) {
      const seen = await followUp(p);
      expect({ status: seen.status, pledge: seen.body.pledge.status }).toEqual({ status: 200, pledge: status });
      const refused = await followUp(p, report1);
      expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 409, code: 'not_in_record' });
      expect((await followUp(p)).body.reports).toEqual([]);
    }
    expect((await followUp(rejected)).body.pledge.rejectReason).toBe('Please name the countries.');
    for (const p of [approved, recordOnly]) expect((await followUp(p, report1)).status).toBe(201);

    // Approved after all (a moderator may approve a rejected pledge): it joins the record.
    await moderator.sendOk('pledge:approve', { pledgeId: rejected.pledge.id, basedOn: rejected.pledge.updatedAt });
    expect((await followUp(rejected, report1)).status).toBe(201);
    const after = await dashboard();
    expect({ total: after.total, outside: counts(after.outside) }).toEqual({ total: 3, outside: { pending: 1, hidden: 1 } });
  });

  test('record-only pledges the moderators kept out of the record are counted apart in the report, not as made for the record', async () => {
    const { created, moderator, panelists } = await sessionInEvent(server, { name: 'IGF 2026' }, PANEL_OF_FOUR);
    sockets.push(moderator);
    await moderator.sendOk('round:open', {});
    const made = [];
    for (const [n, text] of ['We will brief our regulator on this session.', 'We will share our audit findings with the secretariat.', 'We will report back to our board.'].entries()) {
      const sent = await submitFromPhone(server.url, created.sessionId, panelists[n]!.id, { id: randomUUID(), capacity: 'organization', text, visibility: 'record' }, sockets);
      made.push({ pledge: (sent.ack as unknown as { pledge: Pledge }).pledge, phone: sent.phone as Client });
    }
    const [hidden, rejected, kept] = made as [(typeof made)[number], (typeof made)[number], (typeof made)[number]];
    // One hidden; one hidden, edited by its author (back to the moderators), then rejected.
    await moderator.sendOk('pledge:hide', { pledgeId: hidden.pledge.id });
    await moderator.sendOk('pledge:hide', { pledgeId: rejected.pledge.id });
    const edited = await rejected.phone.sendOk('pledge:edit', {
      id: rejected.pledge.id,
      basedOn: rejected.pledge.updatedAt,
      capacity: 'organization',
      visibility: 'record',
      text: 'We will share our audit findings with the IGF secretariat.',
    });
    expect((edited.pledge as Pledge).status).toBe('pending');
    await moderator.sendOk('pledge:reject', { pledgeId: rejected.pledge.id, reason: 'Please say which audit.' });

    const report = async () => {
      const r = (await adminApi<SessionReport>(server.url, `/api/sessions/${created.sessionId}/report`)).body;
      return { publicCount: r.publicCount, recordOnlyCount: r.recordOnlyCount, withheldCount: r.withheldCount, recordOnlyWithheldCount: r.recordOnlyWithheldCount };
    };
    expect(await report()).toEqual({ publicCount: 0, recordOnlyCount: 1, withheldCount: 0, recordOnlyWithheldCount: 2 });
    // The last one hidden too: none is in the record, and the report does not say none was made.
    await moderator.sendOk('pledge:hide', { pledgeId: kept.pledge.id });
    expect(await report()).toEqual({ publicCount: 0, recordOnlyCount: 0, withheldCount: 0, recordOnlyWithheldCount: 3 });
  });

  test('a pledge stored before moderation existed (no status) is in the record: its author reports progress', async () => {
    const { created, moderator, panelists } = await sessionInEvent(server, { name: 'IGF 2024' });
    sockets.push(moderator);
    await moderator.sendOk('round:open', {});
    const made = await submitFromPhone(server.url, created.sessionId, panelists[0]!.id, { id: randomUUID(), capacity: 'organization', text: 'We will open our spectrum data before the next IGF.' }, sockets);
    const pledgeId = (made.ack as unknown as { pledge: Pledge }).pledge.id;
    // As stored then: no moderation status and no reason.
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    try {
      const key = `${server.prefix}session:{${created.sessionId}}`;
      const { status: _status, rejectReason: _reason, ...old } = JSON.parse((await redis.hGet(key, fields.pledge(pledgeId)))!) as Pledge;
      await redis.hSet(key, fields.pledge(pledgeId), JSON.stringify(old));
    } finally {
      await redis.close();
    }
    const open = (body?: unknown) => adminApi<Answer>(server.url, `/api/follow-up/${pledgeId}${body ? '/reports' : ''}`, { token: made.followUpToken, body });
    const seen = await open();
    expect({ status: seen.status, pledge: seen.body.pledge.status }).toEqual({ status: 200, pledge: 'visible' });
    expect((await open({ status: 'in_progress', note: '' })).status).toBe(201);
  });
});
