import type { RegistryResponse } from '../../shared/http';
import type { SessionSnapshot } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import type { Client } from '../helpers/clients';
import { sessionInEvent } from '../helpers/record';
import { audiencePhone, phoneClient, pledgeFor, seatedPhone } from '../helpers/round';
import { adminApi, serverSuite } from '../helpers/server';

/**
 * The moderation queue on a real server and Redis: what walls (and audience phones, which read
 * the session like walls), the public registry and a pledge's author see while a moderator
 * approves, rejects, hides, shows again and fixes pledges.
 */
describe('moderation', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);

  /** An event, a session in it with its round open, two walls and an audience phone that only reads. */
  async function openSession(name: string) {
    const s = await sessionInEvent(suite.server, { name });
    track(s.moderator);
    // By default the panel alone pledges; the moderator opens the round to the audience too.
    expect(await s.moderator.send('round:open', {})).toMatchObject({ ok: true, round: { pledgers: 'panel', moderation: 'audience' } });
    expect(await s.moderator.send('round:settings', { pledgers: 'panel-and-audience' })).toMatchObject({ ok: true, round: { pledgers: 'panel-and-audience' } });
    const walls = [track(s.wall()), track(s.wall())];
    const reader = track((await audiencePhone(suite.server.url, s.created.sessionId, { presence: 'onsite' })).phone);
    await Promise.all(walls.map((w) => w.snapshot()));
    return { ...s, walls, readers: [...walls, reader] };
  }

  const registry = async (eventId: string) => {
    const res = await adminApi<RegistryResponse & { ok: boolean }>(suite.server.url, `/api/events/${eventId}/registry`, { token: null });
    expect(res.status).toBe(200);
    return res.body;
  };
  const publicPage = async (pledgeId: string) => (await adminApi(suite.server.url, `/api/pledges/${pledgeId}`, { token: null })).status;
  /** The frame in which a reader learned of commit `seq` (every reader hears of every commit). */
  const frameOf = (reader: Client, seq: number) => reader.waitFor('session:deltas', (b) => b.seqs.includes(seq));

  test('an audience pledge waits off the walls and the registry until approved; hidden, it leaves them; shown again, it is back', async () => {
    const { event, created, moderator, readers, wall } = await openSession('IGF Moderation');
    const author = await audiencePhone(suite.server.url, created.sessionId, { presence: 'online', name: 'Zoe Ortiz', organization: 'Open Futures' });
    track(author.phone);
    const text = 'We will mentor ten youth delegates through the next IGF cycle.';

    // Submitted: pending, seen by the moderators and its author only.
    const ack = await author.phone.sendOk('pledge:submit', pledgeFor(text, { capacity: 'organization' }));
    expect(ack).toMatchObject({
      ok: true,
      created: true,
      pledge: { status: 'pending', authorRole: 'audience', presence: 'online', name: 'Zoe Ortiz', organization: 'Open Futures', participantId: author.member.id },
    });
    const id = (ack.pledge as Pledge).id;
    const queued = await moderator.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'pending');
    await author.phone.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'pending');
    for (const r of readers) {
      const frame = await frameOf(r, queued.seq);
      expect(frame.deltas.filter((d) => d.kind === 'pledge' || d.kind === 'pledge-removed')).toEqual([]);
      expect(JSON.stringify(r.received)).not.toContain(text);
    }
    expect((await registry(event.id)).total).toBe(0);
    expect(JSON.stringify(await registry(event.id))).not.toContain(id);
    expect(await publicPage(id)).toBe(404);
    const lateBefore = track(wall());
    expect((await lateBefore.snapshot()).pledges).toEqual([]);
    const modState = await moderator.send('session:sync');
    expect(modState.ok && modState.snapshot.pledges).toEqual([expect.objectContaining({ id, status: 'pending' })]);

    // Approved: on both walls (and the audience's phones), in the registry and on its public page.
    const approved = await moderator.send('pledge:approve', { pledgeId: id, basedOn: (ack.pledge as Pledge).updatedAt });
    expect(approved).toMatchObject({ ok: true, pledge: { id, status: 'visible', text } });
    for (const r of readers) await r.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'visible');
    await author.phone.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'visible');
    await moderator.waitForDelta('activity', (d) => d.entry.action === 'approve' && d.entry.subject === 'Zoe Ortiz');
    const listed = await registry(event.id);
    expect(listed.total).toBe(1);
    expect(listed.pledges).toEqual([expect.objectContaining({ id, text, name: 'Zoe Ortiz' })]);
    expect(await publicPage(id)).toBe(200);

    // Hidden: every reader that shows it is told to drop it; gone from the registry and its page.
    const since = readers.map((r) => r.received.length);
    expect(await moderator.send('pledge:hide', { pledgeId: id })).toMatchObject({ ok: true, pledge: { status: 'hidden' } });
    for (const r of readers) await r.waitForDelta('pledge-removed', (d) => d.pledgeId === id);
    readers.forEach((r, i) => expect(r.deltas('pledge', since[i])).toEqual([]));
    await author.phone.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'hidden');
    expect((await registry(event.id)).total).toBe(0);
    expect(JSON.stringify(await registry(event.id))).not.toContain(text);
    expect(await publicPage(id)).toBe(404);
    const lateWall = track(wall());
    expect((await lateWall.snapshot()).pledges).toEqual([]);
    const report = await adminApi<{ publicCount: number; withheldCount: number }>(suite.server.url, `/api/sessions/${created.sessionId}/report`, { token: created.moderatorKey });
    expect(report.body).toMatchObject({ publicCount: 0, withheldCount: 1 });

    // Shown again.
    expect(await moderator.send('pledge:unhide', { pledgeId: id })).toMatchObject({ ok: true, pledge: { status: 'visible' } });
    for (const [i, r] of readers.entries()) await r.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'visible', 5000, since[i]);
    expect((await registry(event.id)).total).toBe(1);
    const actions = await moderator.sendOk('session:sync');
    // Hiding and showing again say the pledge is a public one (a record-only one is kept out of the record instead).
    expect((actions.snapshot as SessionSnapshot).activity.map((e) => [e.action, e.detail])).toEqual([
      ['open', expect.any(String)],
      ['settings', expect.any(String)],
      ['approve', ''],
      ['hide', 'public'],
      ['unhide', 'public'],
    ]);

    // Its author rewrites it: an audience pledge goes back to the queue, and off the walls again.
    const marks = readers.map((r) => r.received.length);
    const rewrite = pledgeFor('We will mentor twelve youth delegates through the next IGF cycle.', { id, capacity: 'organization' });
    const rewritten = await author.phone.sendOk('pledge:edit', { ...rewrite, basedOn: (ack.pledge as Pledge).updatedAt });
    expect(rewritten.pledge).toMatchObject({ status: 'pending', edits: [{ text, by: { role: 'author' } }] });
    for (const [i, r] of readers.entries()) {
      await r.waitForDelta('pledge-removed', (d) => d.pledgeId === id, 5000, marks[i]);
      expect(JSON.stringify(r.received.slice(marks[i]))).not.toContain('twelve');
    }
    await moderator.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === 'pending' && d.pledge.text.includes('twelve'));
    expect((await registry(event.id)).total).toBe(0);
  });

  test('a rejected pledge goes back to its author with the reason, never to a wall; the author’s edit sends it back to the queue', async () => {
    const { event, created, moderator, readers } = await openSession('IGF Rejections');
    const author = await audiencePhone(suite.server.url, created.sessionId, { presence: 'onsite', name: 'Kofi' });
    track(author.phone);
    const ack = await author.phone.sendOk('pledge:submit', pledgeFor('Buy my product, it is the best one on the market.'));
    const pledge = ack.pledge as Pledge;
    expect(pledge.status).toBe('pending');

    const rejected = await moderator.send('pledge:reject', { pledgeId: pledge.id, reason: 'Please make it a commitment, not an advert.' });
    expect(rejected).toMatchObject({ ok: true, pledge: { status: 'rejected', rejectReason: 'Please make it a commitment, not an advert.' } });
    const told = await author.phone.waitForDelta('pledge', (d) => d.pledge.id === pledge.id && d.pledge.status === 'rejected');
    expect(told.pledge.rejectReason).toBe('Please make it a commitment, not an advert.');
    for (const r of readers) {
      const frame = await frameOf(r, told.seq);
      expect(frame.deltas.filter((d) => d.kind === 'pledge' || d.kind === 'pledge-removed')).toEqual([]);
      expect(JSON.stringify(r.received)).not.toContain('advert');
    }
    expect((await registry(event.id)).total).toBe(0);
    // Rejected twice or hidden: refused, nothing changes.
    expect(await moderator.send('pledge:hide', { pledgeId: pledge.id })).toMatchObject({ ok: false, error: { code: 'wrong_status' } });

    // The author's phone comes back later: it still shows the pledge with the reason.
    author.phone.close();
    const again = track(phoneClient(suite.server.url, created.sessionId, author.deviceToken).phone);
    const snap = await again.snapshot();
    expect(snap.you.audience?.id).toBe(author.member.id);
    expect(snap.pledges).toEqual([expect.objectContaining({ id: pledge.id, status: 'rejected', rejectReason: 'Please make it a commitment, not an advert.' })]);

    // Rewritten by its author: back in the queue, reason cleared, still off the walls.
    const edited = await again.send('pledge:edit', { ...pledgeFor('We will offer free training on our tools to five community networks.', { id: pledge.id }), basedOn: pledge.updatedAt });
    expect(edited).toMatchObject({ ok: true, pledge: { status: 'pending', rejectReason: null } });
    await moderator.waitForDelta('pledge', (d) => d.pledge.id === pledge.id && d.pledge.status === 'pending' && d.pledge.edits.length === 1);
    expect((await registry(event.id)).total).toBe(0);
  });

  test('moderating everything holds panel pledges too, approve-all shows the queue; with no moderation the audience goes straight up', async () => {
    const { created, moderator, panelists, walls } = await openSession('IGF Everything');
    expect(await moderator.send('round:settings', { moderation: 'everything' })).toMatchObject({ ok: true, round: { moderation: 'everything', state: 'open' } });
    for (const w of walls) await w.waitForDelta('round', (d) => d.round.moderation === 'everything');
    const seats = [];
    for (const p of panelists.slice(0, 2)) seats.push(track((await seatedPhone(suite.server.url, created.sessionId, p.id)).phone));
    const acks = [];
    for (const [i, phone] of seats.entries()) acks.push((await phone.sendOk('pledge:submit', pledgeFor(`Panel pledge ${i + 1} waits for a moderator.`))).pledge as Pledge);
    expect(acks.map((p) => p.status)).toEqual(['pending', 'pending']);
    // The walls hear that the panelists pledged, not what.
    for (const w of walls) await w.waitForDelta('panel', (d) => d.entry.panelistId === panelists[1]!.id && d.entry.status === 'submitted');
    for (const w of walls) expect(w.deltas('pledge')).toEqual([]);

    // Approve all takes the pledges the moderator saw, each in the version seen.
    const seen = acks.map((p) => ({ pledgeId: p.id, basedOn: p.updatedAt }));
    expect(await moderator.send('pledge:approve-all', { pledges: seen })).toEqual({ ok: true, approved: 2, skipped: 0 });
    for (const w of walls) {
      const frame = await w.waitFor('session:deltas', (b) => b.deltas.filter((d) => d.kind === 'pledge').length === 2);
      expect(frame.seqs).toHaveLength(1); // one commit for the whole queue
      expect(frame.deltas.map((d) => d.kind === 'pledge' && d.pledge.status)).toEqual(['visible', 'visible']);
    }
    await moderator.waitForDelta('activity', (d) => d.entry.action === 'approve-all' && d.entry.detail === '2');
    expect(await moderator.send('pledge:approve-all', { pledges: seen })).toEqual({ ok: true, approved: 0, skipped: 2 });

    // No moderation: an audience pledge reaches the walls at once.
    expect(await moderator.send('round:settings', { moderation: 'none' })).toMatchObject({ ok: true, round: { moderation: 'none' } });
    const member = await audiencePhone(suite.server.url, created.sessionId, { presence: 'online', name: 'Ines' });
    track(member.phone);
    const direct = await member.phone.sendOk('pledge:submit', pledgeFor('We will caption every recording of our local IGF.'));
    expect(direct).toMatchObject({ ok: true, pledge: { status: 'visible', presence: 'online' } });
    for (const w of walls) await w.waitForDelta('pledge', (d) => d.pledge.id === (direct.pledge as Pledge).id);
  });

  test('a moderator fixes a typo: every reader gets the new text, the history keeps the author’s, a stale fix is refused with the current text', async () => {
    const { created, moderator, panelists, readers } = await openSession('IGF Fixes');
    const { phone } = await seatedPhone(suite.server.url, created.sessionId, panelists[0]!.id);
    track(phone);
    const ack = await phone.sendOk('pledge:submit', pledgeFor('We will pubish our spectrum data openly.'));
    const pledge = ack.pledge as Pledge;
    for (const r of readers) await r.waitForDelta('pledge', (d) => d.pledge.id === pledge.id);

    const fixed = await moderator.send('pledge:fix', { pledgeId: pledge.id, text: 'We will publish our spectrum data openly.', basedOn: pledge.updatedAt });
    expect(fixed).toMatchObject({
      ok: true,
      pledge: {
        text: 'We will publish our spectrum data openly.',
        status: 'visible',
        updatedBy: { role: 'moderator', seat: 'onsite', name: '' },
        edits: [{ text: 'We will pubish our spectrum data openly.', by: { role: 'author' } }],
      },
    });
    for (const r of [...readers, phone]) await r.waitForDelta('pledge', (d) => d.pledge.id === pledge.id && d.pledge.text === 'We will publish our spectrum data openly.');
    await moderator.waitForDelta('activity', (d) => d.entry.action === 'edit' && d.entry.subject === panelists[0]!.name);

    // A second fix based on the version before the first one: refused, with what is stored now.
    const stale = await moderator.send('pledge:fix', { pledgeId: pledge.id, text: 'We will publish our spectrum data.', basedOn: pledge.updatedAt });
    expect(stale).toMatchObject({ ok: false, error: { code: 'pledge_changed', current: { text: 'We will publish our spectrum data openly.' } } });
  });

  test('a pledge changed after the moderator read it is not approved, alone or with approve-all: the new text is read first', async () => {
    const { created, moderator, readers } = await openSession('IGF Read First');
    const author = await audiencePhone(suite.server.url, created.sessionId, { presence: 'online', name: 'Marta' });
    track(author.phone);
    const read = (await author.phone.sendOk('pledge:submit', pledgeFor('I will host two open data clinics for journalists.'))).pledge as Pledge;
    await moderator.waitForDelta('pledge', (d) => d.pledge.id === read.id && d.pledge.status === 'pending');

    // While the moderator reads the first version, its author rewrites it.
    const spam = 'BUY CHEAP DOMAINS AT spam.example, best prices.';
    const edited = (await author.phone.sendOk('pledge:edit', { ...pledgeFor(spam, { id: read.id }), basedOn: read.updatedAt })).pledge as Pledge;
    expect(edited.updatedAt).toBeGreaterThan(read.updatedAt);

    const single = await moderator.send('pledge:approve', { pledgeId: read.id, basedOn: read.updatedAt });
    expect(single).toMatchObject({ ok: false, error: { code: 'pledge_changed', current: { id: read.id, text: spam, status: 'pending' } } });
    expect(await moderator.send('pledge:approve-all', { pledges: [{ pledgeId: read.id, basedOn: read.updatedAt }] })).toEqual({ ok: true, approved: 0, skipped: 1 });
    const state = await moderator.sendOk('session:sync');
    expect((state.snapshot as SessionSnapshot).pledges.find((p) => p.id === read.id)).toMatchObject({ status: 'pending', text: spam });
    for (const r of readers) expect(JSON.stringify(r.received)).not.toContain('spam.example');

    // Read, it can be rejected (or approved) in the version now stored.
    expect(await moderator.send('pledge:reject', { pledgeId: read.id, reason: 'Advertising is not a commitment.' })).toMatchObject({ ok: true });
  });
});
