import { parseCsv } from '../../shared/csv';
import type { SessionAccess } from '../../shared/http';
import type { PanelInvite } from '../../shared/protocol';
import { dumpPrefix } from '../helpers/redis';
import { phoneClient, seatedPhone, setupSession } from '../helpers/round';
import { ADMIN_TOKEN, adminApi, createEvent, createSession, inviteTokenOf, PANEL, serverSuite } from '../helpers/server';

const COLUMNS = ['session_code', 'session_title', 'panelist', 'organization', 'invite_link'];

/** A CSV response as rows of named cells (the UTF-8 mark and the header checked). */
async function rowsOf(res: Response): Promise<Record<string, string>[]> {
  const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const parsed = parseCsv(body.slice(1));
  if (!parsed.ok) throw new Error(parsed.problem);
  const [header, ...rows] = parsed.rows.map((r) => r.cells);
  expect(header).toEqual(COLUMNS);
  return rows.map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]!])));
}

/** The parts of an invite link: `/i/<sessionId>/<panelistId>#invite=<token>`. */
function partsOf(link: string) {
  const url = new URL(link);
  const [, kind, sessionId, panelistId] = url.pathname.split('/');
  expect(kind).toBe('i');
  return { sessionId: sessionId!, panelistId: panelistId!, token: inviteTokenOf(link) };
}

describe('personal invites', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);

  test('the invites CSV of a session and of an event: one row per panelist, and every link seats its phone', async () => {
    const url = suite.server.url;
    const event = await createEvent(url, { name: 'IGF 2025 Invites' });
    const first = await createSession(url, { ...PANEL, code: 'WS #1', title: 'First, "quoted", session', eventId: event.id, details: { start: '2025-06-24T09:00' } });
    const second = await createSession(url, {
      code: 'WS #2',
      title: 'Second session',
      eventId: event.id,
      details: { start: '2025-06-23T09:00' },
      panelists: [{ name: '=Formula Person', organization: 'Org, with comma', stakeholderGroup: 'Academia' }],
    });

    const res = await fetch(`${url}/api/sessions/${first.sessionId}/invites.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="invites-WS-1.csv"');
    const rows = await rowsOf(res);
    expect(rows.map((r) => [r.session_code, r.session_title, r.panelist, r.organization])).toEqual(
      PANEL.panelists.map((p) => ['WS #1', 'First, "quoted", session', p.name, p.organization]),
    );
    // The links are the ones the session was created with, one per seat.
    expect(rows.map((r) => r.invite_link)).toEqual(first.links.invites.map((i) => i.link));

    // The event's CSV: every panelist of every session, in programme order (start time).
    const eventRes = await fetch(`${url}/api/events/${event.id}/invites.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(eventRes.status).toBe(200);
    expect(eventRes.headers.get('content-disposition')).toContain('attachment; filename="invites-IGF-2025-Invites.csv"');
    const all = await rowsOf(eventRes);
    expect(all.map((r) => [r.session_code, r.panelist])).toEqual([['WS #2', "'=Formula Person"], ...PANEL.panelists.map((p) => ['WS #1', p.name])]);
    expect(all[0]!.organization).toBe('Org, with comma');

    // Opening any link (its token, on the panelist's phone) seats that phone as that panelist.
    for (const row of all) {
      const { sessionId, panelistId, token } = partsOf(row.invite_link!);
      const seated = await seatedPhone(url, sessionId, panelistId, { invite: token });
      track(seated.phone);
      const snap = await seated.phone.waitFor('session:state', (s) => s.you.panelistId === panelistId);
      expect(snap.session.panelists.find((p) => p.id === panelistId)!.name).toBe(row.panelist!.replace(/^'/, ''));
    }
    expect(all.map((r) => partsOf(r.invite_link!).sessionId)).toEqual([second.sessionId, first.sessionId, first.sessionId, first.sessionId]);

    // Organizers only.
    for (const path of [`/api/sessions/${first.sessionId}/invites.csv`, `/api/events/${event.id}/invites.csv`]) {
      expect((await fetch(`${url}${path}`)).status).toBe(401);
      expect((await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${first.moderatorKey}` } })).status).toBe(401);
    }
    expect((await adminApi(url, '/api/sessions/nosuchsession/invites.csv')).status).toBe(404);
    expect((await adminApi(url, '/api/events/nosuchevent/invites.csv')).status).toBe(404);
  });

  test('a new invite replaces the old one: the old token is refused, the new one seats, a seat taken stays taken', async () => {
    const s = await setupSession(suite.server);
    track(s.moderator);
    const [amina, kenji] = s.panelists;
    const oldAmina = s.created.invites[amina!.id]!;
    const oldKenji = s.created.invites[kenji!.id]!;
    // Amina is seated with her invite before it is replaced.
    const seatedAmina = await seatedPhone(suite.server.url, s.created.sessionId, amina!.id, { invite: oldAmina });
    track(seatedAmina.phone);

    // The console lists the current invites (the same as the organizer's links).
    const listed = await s.moderator.send('panel:invites', {});
    expect(listed).toEqual({ ok: true, invites: s.panelists.map((p) => ({ panelistId: p.id, token: s.created.invites[p.id] })) });

    const reinvited = await s.moderator.sendOk('panelist:reinvite', { panelistId: kenji!.id });
    expect(reinvited).toMatchObject({ ok: true, invite: { panelistId: kenji!.id, token: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) } });
    const fresh = (reinvited.invite as PanelInvite).token;
    expect(fresh).not.toBe(oldKenji);
    await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'invite' && d.entry.subject === kenji!.name);
    await s.moderator.send('panelist:reinvite', { panelistId: amina!.id });

    // The old link no longer seats anyone, and the refusal stores nothing.
    const before = await dumpPrefix(suite.server.prefix);
    const late = track(phoneClient(suite.server.url, s.created.sessionId).phone);
    await late.snapshot();
    expect(await late.send('panelist:claim', { panelistId: kenji!.id, invite: oldKenji })).toMatchObject({ ok: false, error: { code: 'invite_invalid' } });
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    // The organizer's links and CSV carry the new one.
    const links = await adminApi<SessionAccess>(suite.server.url, `/api/sessions/${s.created.sessionId}/links`);
    const kenjiLink = links.body.links.invites.find((i) => i.panelistId === kenji!.id)!.link;
    expect(inviteTokenOf(kenjiLink)).toBe(fresh);
    const csv = await adminApi<string>(suite.server.url, `/api/sessions/${s.created.sessionId}/invites.csv`);
    expect(csv.body).toContain(kenjiLink);
    expect(csv.body).not.toContain(oldKenji);
    // The new link seats the phone.
    expect(await late.send('panelist:claim', { panelistId: kenji!.id, invite: fresh })).toEqual({ ok: true, state: 'seated', panelistId: kenji!.id });

    // Amina's phone keeps the seat it took with her old link, and may claim it again.
    expect(await seatedAmina.phone.send('panelist:claim', { panelistId: amina!.id, invite: oldAmina })).toEqual({ ok: true, state: 'seated', panelistId: amina!.id });
    expect(await seatedAmina.phone.send('pledge:drafting', { drafting: true })).toEqual({ ok: true });

    // Only moderators hand out invites.
    expect(await late.send('panel:invites', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.moderator.send('panelist:reinvite', { panelistId: 'nosuchpanelist' })).toMatchObject({ ok: false, error: { code: 'panelist_not_found' } });
  });
});
