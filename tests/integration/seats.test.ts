import { createHash } from 'node:crypto';
import type { ClaimResult } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { newDeviceToken } from '../helpers/clients';
import { dumpPrefix } from '../helpers/redis';
import { phoneClient, pledgeFor, setupSession, waitingPhone } from '../helpers/round';
import { serverSuite, startServer, type TestServer } from '../helpers/server';

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
type Claimed = { ok: true } & ClaimResult;

/**
 * How phones come to hold panelist seats, on a real server and Redis: personal invites, claims
 * retried after a lost answer, two devices racing for one seat, and admission by a moderator.
 */
describe('panelist seats', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  const dump = () => dumpPrefix(suite.server.prefix);

  /** The stored seat of a panelist, straight from the store. */
  async function storedSeat(server: TestServer, sessionId: string, panelistId: string) {
    const [raw] = (await server.store.getFields(sessionId, [`pt:${panelistId}`]))!;
    return raw ? (JSON.parse(raw) as { deviceTokenHash: string; pledgeId: string | null }) : null;
  }

  test('a claim whose answer never came is retried from a new connection: same seat, nothing written twice', async () => {
    const s = await setupSession(suite.server);
    track(s.moderator);
    const [amina, kenji] = s.panelists;
    const invite = s.created.invites[amina!.id]!;

    // The claim reaches the server; the phone loses its connection before it could use the answer.
    const token = newDeviceToken();
    const first = track(phoneClient(suite.server.url, s.created.sessionId, token).phone);
    await first.snapshot();
    first.socket.emit('panelist:claim', { panelistId: amina!.id, invite }, () => undefined);
    await s.moderator.waitForDelta('panel', (d) => d.entry.panelistId === amina!.id && d.entry.status === 'joined');
    first.close();
    const landed = await dump();

    // The same phone (same device token) connects again and retries, with and without the invite.
    const again = track(phoneClient(suite.server.url, s.created.sessionId, token).phone);
    expect((await again.snapshot()).you.panelistId).toBe(amina!.id);
    for (const retry of [{ panelistId: amina!.id, invite }, { panelistId: amina!.id }]) {
      expect(await again.send('panelist:claim', retry)).toEqual({ ok: true, state: 'seated', panelistId: amina!.id });
    }
    expect(await dump()).toEqual(landed);
    expect((await storedSeat(suite.server, s.created.sessionId, amina!.id))!.deviceTokenHash).toBe(digest(token));
    expect(await again.send('pledge:drafting', { drafting: true })).toEqual({ ok: true });

    // A claim sent as the connection drops may not even arrive; the retry seats the phone either way.
    const other = newDeviceToken();
    const dropped = phoneClient(suite.server.url, s.created.sessionId, other).phone;
    await dropped.snapshot();
    dropped.socket.emit('panelist:claim', { panelistId: kenji!.id, invite: s.created.invites[kenji!.id] }, () => undefined);
    dropped.close();
    const retried = track(phoneClient(suite.server.url, s.created.sessionId, other).phone);
    await retried.snapshot();
    expect(await retried.send('panelist:claim', { panelistId: kenji!.id, invite: s.created.invites[kenji!.id] })).toEqual({ ok: true, state: 'seated', panelistId: kenji!.id });

    // Two claims at once from one phone (a double tap): both answered with the seat, stored once.
    const lucia = s.panelists[2]!;
    const tapper = track(phoneClient(suite.server.url, s.created.sessionId).phone);
    await tapper.snapshot();
    const taps = await Promise.all([1, 2, 3].map(() => tapper.send('panelist:claim', { panelistId: lucia.id, invite: s.created.invites[lucia.id] })));
    expect(taps).toEqual([1, 2, 3].map(() => ({ ok: true, state: 'seated', panelistId: lucia.id })));

    // One join per seat reached the console, whatever the retries.
    await s.moderator.waitForDelta('panel', (d) => d.entry.panelistId === lucia.id && d.entry.status === 'joined');
    for (const p of s.panelists) {
      expect(s.moderator.deltas('panel').filter((d) => d.entry.panelistId === p.id && d.entry.status === 'joined')).toHaveLength(1);
    }
    // A phone holding a seat cannot take a second one.
    expect(await again.send('panelist:claim', { panelistId: lucia.id, invite: s.created.invites[lucia.id] })).toMatchObject({
      ok: false,
      error: { code: 'panelist_taken' },
    });
  });

  test('two devices racing with the same invite, on two processes: exactly one is seated, the other waits for a moderator', async () => {
    const other = await startServer({ prefix: suite.server.prefix });
    try {
      for (let round = 0; round < 5; round++) {
        const s = await setupSession(suite.server);
        track(s.moderator);
        const panelist = s.panelists[round % 3]!;
        const invite = s.created.invites[panelist.id];
        const racers = [suite.server, other].map((srv) => {
          const { phone, deviceToken } = phoneClient(srv.url, s.created.sessionId);
          return { phone: track(phone), deviceToken };
        });
        await Promise.all(racers.map((r) => r.phone.snapshot()));
        const answers = (await Promise.all(racers.map((r) => r.phone.send('panelist:claim', { panelistId: panelist.id, invite })))) as unknown as Claimed[];
        const seated = answers.findIndex((a) => a.ok && a.state === 'seated');
        expect(seated).toBeGreaterThanOrEqual(0);
        const loser = answers[1 - seated]!;
        expect(loser).toMatchObject({ ok: true, state: 'waiting', request: { panelistId: panelist.id, seatTaken: true, state: 'pending' } });
        expect((await storedSeat(suite.server, s.created.sessionId, panelist.id))!.deviceTokenHash).toBe(digest(racers[seated]!.deviceToken));
        // The loser is not the panelist; the moderators see its request.
        expect(await racers[1 - seated]!.phone.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
        const request = loser.state === 'waiting' ? loser.request : null;
        await s.moderator.waitForDelta('request', (d) => d.request.id === request!.id && d.request.state === 'pending');
      }
    } finally {
      await other.close();
    }
  });

  test('a code-joiner is admitted by a moderator and claims again; admitting a new device for a held seat releases the old one', async () => {
    const s = await setupSession(suite.server);
    track(s.moderator);
    await s.moderator.send('round:open', {});
    const kenji = s.panelists[1]!;

    // Joined by code: asks, waits, is admitted, claims again (no invite) and pledges.
    const first = await waitingPhone(suite.server.url, s.created.sessionId, kenji.id);
    track(first.phone);
    expect(first.request).toMatchObject({ panelistId: kenji.id, seatTaken: false, state: 'pending' });
    await s.moderator.waitForDelta('request', (d) => d.request.id === first.request.id && d.request.state === 'pending');
    // The same phone reloaded still shows its request (and holds no seat).
    const reloaded = track(phoneClient(suite.server.url, s.created.sessionId, first.deviceToken).phone);
    expect((await reloaded.snapshot()).you).toMatchObject({ panelistId: null, request: first.request });
    reloaded.close();
    expect(await s.moderator.send('seat:admit', { requestId: first.request.id })).toEqual({ ok: true });
    expect((await first.phone.waitFor('seat:answered')).request).toMatchObject({ id: first.request.id, state: 'admitted' });
    await s.moderator.waitForDelta('request', (d) => d.request.id === first.request.id && d.request.state === 'admitted');
    await s.moderator.waitForDelta('panel', (d) => d.entry.panelistId === kenji.id && d.entry.status === 'joined');
    await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'admit' && d.entry.subject === kenji.name && d.entry.detail === '');
    expect(await first.phone.send('panelist:claim', { panelistId: kenji.id })).toEqual({ ok: true, state: 'seated', panelistId: kenji.id });
    const ack = await first.phone.sendOk('pledge:submit', pledgeFor('We will publish our AI guidelines in three languages.'));
    expect(ack).toMatchObject({ ok: true, created: true, pledge: { name: kenji.name, authorRole: 'panelist' } });
    const pledge = ack.pledge as Pledge;
    // Answered once: a second answer finds nothing to answer.
    expect(await s.moderator.send('seat:refuse', { requestId: first.request.id })).toMatchObject({ ok: false, error: { code: 'request_not_found' } });

    // Kenji's phone breaks; his new phone asks for the seat, which another device holds.
    const second = await waitingPhone(suite.server.url, s.created.sessionId, kenji.id);
    track(second.phone);
    expect(second.request).toMatchObject({ seatTaken: true, state: 'pending' });
    expect(await s.moderator.send('seat:admit', { requestId: second.request.id })).toEqual({ ok: true });
    // The old phone is told its seat went to another device (not that it was released).
    expect(await first.phone.waitFor('panelist:released', (r) => r.panelistId === kenji.id)).toEqual({ panelistId: kenji.id, reason: 'moved' });
    await second.phone.waitFor('seat:answered', (a) => a.request.state === 'admitted');
    await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'admit' && d.entry.detail === 'new-device');
    expect(await first.phone.send('pledge:edit', pledgeFor('The old phone edits after losing the seat.', { id: pledge.id }))).toMatchObject({
      ok: false,
      error: { code: 'not_claimed' },
    });
    // The new phone takes the seat with the pledge and may edit it.
    expect(await second.phone.send('panelist:claim', { panelistId: kenji.id })).toMatchObject({ ok: true, state: 'seated' });
    // (The snapshot for the seat follows the answer: socket emits go through the adapter, acknowledgements do not.)
    const snap = await second.phone.waitFor('session:state', (st) => st.you.panelistId === kenji.id);
    expect(snap.pledges.map((p) => p.id)).toEqual([pledge.id]);
    const change = pledgeFor('We will publish our AI guidelines in four languages.', { id: pledge.id });
    expect(await second.phone.send('pledge:edit', { ...change, basedOn: pledge.updatedAt })).toMatchObject({ ok: true });
    expect((await storedSeat(suite.server, s.created.sessionId, kenji.id))).toMatchObject({ deviceTokenHash: digest(second.deviceToken), pledgeId: pledge.id });

    // Refused: the phone is told, and stays outside.
    const third = await waitingPhone(suite.server.url, s.created.sessionId, s.panelists[2]!.id);
    track(third.phone);
    expect(await s.moderator.send('seat:refuse', { requestId: third.request.id })).toEqual({ ok: true });
    await third.phone.waitFor('seat:answered', (a) => a.request.state === 'refused');
    expect(await third.phone.send('panelist:claim', { panelistId: s.panelists[2]!.id })).toMatchObject({ ok: true, state: 'waiting' });
    expect(await third.phone.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
  });

  test('a request from a phone that has gone is not admitted over the device holding the seat; once it is back, it is', async () => {
    const s = await setupSession(suite.server);
    track(s.moderator);
    const amina = s.panelists[0]!;
    const holder = track(phoneClient(suite.server.url, s.created.sessionId).phone);
    await holder.snapshot();
    expect(await holder.send('panelist:claim', { panelistId: amina.id, invite: s.created.invites[amina.id] })).toMatchObject({ state: 'seated' });

    // A second device asks for the seat, then is closed before anyone answers.
    const gone = await waitingPhone(suite.server.url, s.created.sessionId, amina.id);
    expect(gone.request).toMatchObject({ seatTaken: true, state: 'pending' });
    // Closed, and the server has seen it go.
    const serverSide = suite.server.app.io.of('/').sockets.get(gone.phone.socket.id!)!;
    const left = new Promise((resolve) => serverSide.once('disconnect', resolve));
    gone.phone.close();
    await left;
    const before = await dump();
    expect(await s.moderator.send('seat:admit', { requestId: gone.request.id })).toMatchObject({ ok: false, error: { code: 'request_device_gone' } });
    // Nothing changed: the seat stays with the phone holding it, which may go on.
    expect(await dump()).toEqual(before);
    expect(holder.events('panelist:released')).toEqual([]);
    expect(await holder.send('pledge:drafting', { drafting: true })).toEqual({ ok: true });

    // The same device back (same token): admitted, and the old one is released.
    const back = track(phoneClient(suite.server.url, s.created.sessionId, gone.deviceToken).phone);
    expect((await back.snapshot()).you.request).toMatchObject({ id: gone.request.id, state: 'pending' });
    expect(await s.moderator.send('seat:admit', { requestId: gone.request.id })).toEqual({ ok: true });
    await holder.waitFor('panelist:released', (r) => r.panelistId === amina.id);
    await back.waitFor('seat:answered', (a) => a.request.state === 'admitted');
  });

  test('a request taken back (or overtaken by the invite) leaves the consoles; a phone seated elsewhere cannot be admitted', async () => {
    const s = await setupSession(suite.server);
    track(s.moderator);
    const [amina, kenji, lucia] = s.panelists;

    // Steps back from the waiting screen: the consoles see the request withdrawn.
    const back = await waitingPhone(suite.server.url, s.created.sessionId, amina!.id);
    track(back.phone);
    await s.moderator.waitForDelta('request', (d) => d.request.id === back.request.id && d.request.state === 'pending');
    expect(await back.phone.send('seat:withdraw', { panelistId: amina!.id })).toEqual({ ok: true });
    await s.moderator.waitForDelta('request', (d) => d.request.id === back.request.id && d.request.state === 'withdrawn');
    expect(await s.moderator.send('seat:admit', { requestId: back.request.id })).toMatchObject({ ok: false, error: { code: 'request_not_found' } });
    expect(await storedSeat(suite.server, s.created.sessionId, amina!.id)).toBeNull();

    // Asked to be let in, then opened the invite link: seated, and the request is withdrawn with it.
    const both = await waitingPhone(suite.server.url, s.created.sessionId, kenji!.id);
    track(both.phone);
    expect(await both.phone.send('panelist:claim', { panelistId: kenji!.id, invite: s.created.invites[kenji!.id] })).toEqual({
      ok: true,
      state: 'seated',
      panelistId: kenji!.id,
    });
    await s.moderator.waitForDelta('request', (d) => d.request.id === both.request.id && d.request.state === 'withdrawn');

    // A phone that holds a seat cannot ask for another; one that took a seat after asking is not admitted to the first.
    expect(await both.phone.send('panelist:claim', { panelistId: lucia!.id })).toMatchObject({ ok: false, error: { code: 'panelist_taken' } });
    const asker = await waitingPhone(suite.server.url, s.created.sessionId, lucia!.id);
    track(asker.phone);
    expect(await asker.phone.send('panelist:claim', { panelistId: amina!.id, invite: s.created.invites[amina!.id] })).toMatchObject({
      ok: true,
      state: 'seated',
    });
    const before = await dump();
    expect(await s.moderator.send('seat:admit', { requestId: asker.request.id })).toMatchObject({ ok: false, error: { code: 'panelist_taken' } });
    expect(await dump()).toEqual(before);
  });
});
