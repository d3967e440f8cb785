import { randomUUID } from 'node:crypto';
import type { Pledge } from '../../shared/schemas';
import type { Stage } from '../../shared/stage';
import { Client } from '../helpers/clients';
import { dumpPrefix } from '../helpers/redis';
import { audiencePhone, phoneClient, pledgeFor, seatedPhone, sessionOnTwoServers, setupSession } from '../helpers/round';
import { serverSuite, startServer, type TestServer } from '../helpers/server';

/**
 * The stage on real servers sharing one Redis: the onsite console on server A, the online
 * console and a wall on server B, a wall and the phones on A. Every change is one commit that
 * reaches every wall, console and phone as a `stage` delta, with a line in the activity log.
 */
describe('the stage', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  const dump = () => dumpPrefix(suite.server.prefix);
  let other: TestServer;
  beforeAll(async () => {
    other = await startServer({ prefix: suite.server.prefix });
  });
  afterAll(() => other?.close());

  /** A session with two shown pledges, a pending, a hidden and a record-only one; another session with a shown one. */
  async function stageSession() {
    const s = await sessionOnTwoServers(suite.server, other.url);
    s.clients.forEach(track);
    const { sessionId, online, wallA, wallB } = s;
    const phones: Client[] = [];
    const pledges: Pledge[] = [];
    for (const [i, extra] of [{}, {}, { visibility: 'record' }, {}].entries()) {
      const { phone } = await seatedPhone(suite.server.url, sessionId, s.panelists[i]!.id);
      phones.push(track(phone));
      pledges.push((await phone.sendOk('pledge:submit', { ...pledgeFor(`Pledge number ${i + 1} of the stage session.`), ...extra })).pledge as Pledge);
    }
    const hidden = (await s.moderator.sendOk('pledge:hide', { pledgeId: pledges[3]!.id })).pledge as Pledge;
    const member = await audiencePhone(suite.server.url, sessionId, { presence: 'onsite', name: 'Ama' });
    track(member.phone);
    const pending = (await member.phone.sendOk('pledge:submit', pledgeFor('An audience pledge waiting for a moderator.'))).pledge as Pledge;
    const elsewhere = await setupSession(suite.server);
    track(elsewhere.moderator);
    await elsewhere.moderator.sendOk('round:open', {});
    const { phone: foreignPhone } = await seatedPhone(suite.server.url, elsewhere.created.sessionId, elsewhere.panelists[0]!.id);
    track(foreignPhone);
    const foreign = (await foreignPhone.sendOk('pledge:submit', pledgeFor('A pledge made in another session.'))).pledge as Pledge;
    expect([pledges[0]!.status, pledges[1]!.status, pledges[2]!.visibility, hidden.status, pending.status]).toEqual(['visible', 'visible', 'record', 'hidden', 'pending']);
    return {
      ...s,
      sessionId,
      online,
      wallA,
      wallB,
      phones,
      audience: member.phone,
      shown: [pledges[0]!, pledges[1]!],
      recordOnly: pledges[2]!,
      hidden,
      pending,
      foreign,
      foreignPanelist: elsewhere.panelists[0]!.id,
    };
  }
  type StageSession = Awaited<ReturnType<typeof stageSession>>;

  const seqOf = async (s: StageSession) => Number((await suite.server.store.getFields(s.sessionId, ['seq']))![0]);
  /** Every client named hears a stage delta matching `pred` (after `since`, an index per client). */
  const allSee = (cs: Client[], pred: (st: Stage) => boolean, since: number[] = []) =>
    Promise.all(cs.map((c, i) => c.waitForDelta('stage', (d) => pred(d.stage), 5000, since[i] ?? 0)));
  const marks = (cs: Client[]) => cs.map((c) => c.received.length);

  test('spotlight: both walls on both processes follow it (next, previous, clear); the same command twice changes nothing', async () => {
    const s = await stageSession();
    const [first, second] = s.shown;
    const walls = [s.wallA, s.wallB];
    const lit = await s.moderator.sendOk('stage:spotlight', { pledgeId: first!.id, rotateSeconds: 20 });
    expect(lit.stage.spotlight).toEqual({ pledgeId: first!.id, rotateSeconds: 20, since: expect.any(Number) });
    await allSee(walls, (st) => st.spotlight?.pledgeId === first!.id && st.spotlight.rotateSeconds === 20);
    // Both consoles read who was put in the spotlight, and by whom.
    for (const c of [s.moderator, s.online]) {
      const line = await c.waitForDelta('activity', (d) => d.entry.action === 'spotlight');
      expect(line.entry).toMatchObject({ subject: 'Amina Diallo', detail: 'rotate 20', actor: { role: 'moderator', seat: 'onsite' } });
    }
    // Two presses of the same command (two moderators on "next" at once): one change, one line.
    const [before, seq] = [await dump(), await seqOf(s)];
    const again = await s.online.sendOk('stage:spotlight', { pledgeId: first!.id, rotateSeconds: 20 });
    expect(again.stage).toEqual(lit.stage);
    expect(await seqOf(s)).toBe(seq);
    expect(await dump()).toEqual(before);
    // Next, previous, clear: from either console, to both walls.
    let since = marks(walls);
    const next = await s.online.sendOk('stage:spotlight', { pledgeId: second!.id, rotateSeconds: 20 });
    expect(next.stage.spotlight.since).toBeGreaterThanOrEqual(lit.stage.spotlight.since);
    await allSee(walls, (st) => st.spotlight?.pledgeId === second!.id, since);
    const line = await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'spotlight' && d.entry.subject === 'Kenji Watanabe');
    expect(line.entry.actor).toMatchObject({ role: 'moderator', seat: 'online' });
    since = marks(walls);
    await s.moderator.sendOk('stage:spotlight', { pledgeId: first!.id, rotateSeconds: 20 });
    await allSee(walls, (st) => st.spotlight?.pledgeId === first!.id, since);
    since = marks(walls);
    const cleared = await s.moderator.sendOk('stage:spotlight', { pledgeId: null });
    expect(cleared.stage.spotlight).toBeNull();
    await allSee(walls, (st) => st.spotlight === null, since);
    await s.online.waitForDelta('activity', (d) => d.entry.action === 'spotlight' && d.entry.detail === 'off');
    // Clearing what is clear changes nothing either.
    const clearSeq = await seqOf(s);
    expect(await s.online.sendOk('stage:spotlight', { pledgeId: null })).toMatchObject({ stage: cleared.stage });
    expect(await seqOf(s)).toBe(clearSeq);
  });

  test('a spotlit pledge that leaves the walls leaves the spotlight in the same commit (hidden by a moderator, back to the queue by its author)', async () => {
    const s = await stageSession();
    const [first] = s.shown;
    const walls = [s.wallA, s.wallB];
    await s.moderator.sendOk('stage:spotlight', { pledgeId: first!.id });
    await allSee(walls, (st) => st.spotlight?.pledgeId === first!.id);
    let since = marks(walls);
    await s.online.sendOk('pledge:hide', { pledgeId: first!.id });
    // The removal and the cleared spotlight come with one seq, on both processes.
    for (const wall of walls) {
      const removed = await wall.waitForDelta('pledge-removed', (d) => d.pledgeId === first!.id, 5000, since[walls.indexOf(wall)]);
      const stage = await wall.waitForDelta('stage', (d) => d.stage.spotlight === null, 5000, since[walls.indexOf(wall)]);
      expect(stage.seq).toBe(removed.seq);
    }
    // An author's edit under "approve everything" sends their shown pledge back to the queue, and out of the spotlight.
    await s.moderator.sendOk('pledge:unhide', { pledgeId: first!.id });
    await s.moderator.sendOk('round:settings', { moderation: 'everything' });
    await s.moderator.sendOk('stage:spotlight', { pledgeId: first!.id });
    await allSee(walls, (st) => st.spotlight?.pledgeId === first!.id);
    since = marks(walls);
    const stored = (await s.moderator.sendOk('session:sync')).snapshot.pledges.find((p: Pledge) => p.id === first!.id) as Pledge;
    const edited = await s.phones[0]!.sendOk('pledge:edit', { ...pledgeFor('Pledge number 1, rewritten after it was shown.', { id: first!.id }), basedOn: stored.updatedAt });
    expect(edited.pledge.status).toBe('pending');
    await allSee(walls, (st) => st.spotlight === null, since);
  });

  test('reopening the round clears a spotlight left from before, in the same commit: a new collection begins', async () => {
    const s = await stageSession();
    const walls = [s.wallA, s.wallB];
    await s.moderator.sendOk('stage:spotlight', { pledgeId: s.shown[0]!.id });
    await allSee(walls, (st) => st.spotlight?.pledgeId === s.shown[0]!.id);
    // Closing keeps it: the walls may still show it while the room talks about it.
    expect((await s.moderator.sendOk('round:close', {})).round.state).toBe('closed');
    expect((await s.online.sendOk('session:sync')).snapshot.stage.spotlight).toMatchObject({ pledgeId: s.shown[0]!.id });
    const since = marks(walls);
    const reopened = await s.online.sendOk('round:open', {});
    expect(reopened.round.state).toBe('open');
    for (const [i, wall] of walls.entries()) {
      const round = await wall.waitForDelta('round', (d) => d.round.state === 'open', 5000, since[i]);
      const stage = await wall.waitForDelta('stage', (d) => d.stage.spotlight === null, 5000, since[i]);
      expect(stage.seq).toBe(round.seq);
      expect(stage.stage).toMatchObject({ view: 'auto', speakingOrder: [] });
    }
    const late = track(new Client(other.url, { role: 'wall', sessionId: s.sessionId }));
    expect((await late.snapshot()).stage.spotlight).toBeNull();
    // With no spotlight on, opening writes the round alone.
    await s.moderator.sendOk('round:close', {});
    const quiet = marks(walls);
    await s.moderator.sendOk('round:open', {});
    await s.wallA.waitForDelta('round', (d) => d.round.state === 'open', 5000, quiet[0]);
    expect(s.wallA.deltas('stage', quiet[0])).toEqual([]);
  });

  test('closing the round ends the called speaker’s turn in the same commit, on every wall, console and phone; reopening does not bring it back', async () => {
    const s = await stageSession();
    const unseated = track(phoneClient(other.url, s.sessionId).phone);
    await unseated.snapshot();
    const everyone = [s.wallA, s.wallB, s.moderator, s.online, ...s.phones, s.audience, unseated];
    const speaker = s.panelists[2]!.id;
    await s.moderator.sendOk('stage:spotlight', { pledgeId: s.shown[1]!.id });
    await s.online.sendOk('stage:call', { panelistId: speaker });
    await allSee(everyone, (st) => st.speaker?.panelistId === speaker);
    let since = marks(everyone);
    expect((await s.online.sendOk('round:close', {})).round.state).toBe('closed');
    for (const [i, c] of everyone.entries()) {
      const round = await c.waitForDelta('round', (d) => d.round.state === 'closed', 5000, since[i]);
      const stage = await c.waitForDelta('stage', (d) => d.stage.speaker === null, 5000, since[i]);
      expect(stage.seq).toBe(round.seq);
      // Only the speaker leaves: the spotlight and the speaking order stay.
      expect(stage.stage.spotlight).toMatchObject({ pledgeId: s.shown[1]!.id });
    }
    // The log says the round was closed, by whom, once; no line of its own for the speaker.
    const closeLine = await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'close', 5000, since[2]);
    expect(closeLine.entry.actor).toMatchObject({ role: 'moderator', seat: 'online' });
    expect(s.moderator.deltas('activity', since[2]).map((d) => d.entry.action)).toEqual(['close']);
    const late = track(new Client(other.url, { role: 'wall', sessionId: s.sessionId }));
    expect((await late.snapshot()).stage.speaker).toBeNull();
    since = marks(everyone);
    await s.moderator.sendOk('round:open', {});
    await s.wallA.waitForDelta('round', (d) => d.round.state === 'open', 5000, since[0]);
    expect((await s.online.sendOk('session:sync')).snapshot.stage.speaker).toBeNull();
    // Closed with nobody called, the round is written alone.
    since = marks(everyone);
    await s.moderator.sendOk('round:close', {});
    await s.wallA.waitForDelta('round', (d) => d.round.state === 'closed', 5000, since[0]);
    expect(s.wallA.deltas('stage', since[0])).toEqual([]);
  });

  test('spotlight: only a pledge on this session’s walls; rotation is kept and must be 5..300 whole seconds', async () => {
    const s = await stageSession();
    const before = await dump();
    for (const p of [s.pending, s.hidden, s.recordOnly, s.foreign, { id: randomUUID() }]) {
      expect(await s.moderator.send('stage:spotlight', { pledgeId: p.id })).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
    }
    for (const rotateSeconds of [4, 301, 7.5, '20']) {
      expect(await s.moderator.send('stage:spotlight', { pledgeId: s.shown[0]!.id, rotateSeconds })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await dump()).toEqual(before);
    const slow = await s.moderator.sendOk('stage:spotlight', { pledgeId: s.shown[0]!.id, rotateSeconds: 300 });
    expect(slow.stage.spotlight).toMatchObject({ rotateSeconds: 300 });
    // The same pledge with another rotation is a change; none given: it stays until moved.
    const fast = await s.moderator.sendOk('stage:spotlight', { pledgeId: s.shown[0]!.id, rotateSeconds: 5 });
    expect(fast.stage.spotlight).toMatchObject({ pledgeId: s.shown[0]!.id, rotateSeconds: 5 });
    await allSee([s.wallA, s.wallB], (st) => st.spotlight?.rotateSeconds === 5);
    const still = await s.moderator.sendOk('stage:spotlight', { pledgeId: s.shown[0]!.id });
    expect(still.stage.spotlight).toMatchObject({ rotateSeconds: null });
    const snap = await new Client(other.url, { role: 'wall', sessionId: s.sessionId });
    track(snap);
    expect((await snap.snapshot()).stage.spotlight).toEqual(still.stage.spotlight);
  });

  test('speaking order and the speaker called reach every wall, console and phone; a wrong panel list changes nothing', async () => {
    const s = await stageSession();
    const ids = s.panelists.map((p) => p.id);
    const unseated = track(phoneClient(other.url, s.sessionId).phone);
    await unseated.snapshot();
    const everyone = [s.wallA, s.wallB, s.moderator, s.online, ...s.phones, s.audience, unseated];
    const order = [ids[2]!, ids[0]!, ids[3]!, ids[1]!];
    const ordered = await s.moderator.sendOk('stage:order', { panelistIds: order });
    expect(ordered.stage.speakingOrder).toEqual(order);
    await allSee(everyone, (st) => st.speakingOrder.join() === order.join());
    const line = await s.online.waitForDelta('activity', (d) => d.entry.action === 'speaking-order');
    expect(line.entry.detail).toBe('Lucía Fernández, Amina Diallo, Olu Adeyemi, Kenji Watanabe');

    const before = await dump();
    for (const panelistIds of [
      ids.slice(0, 3), // one missing
      [ids[0], ids[1], ids[2], ids[2]], // one twice
      [...ids, ids[0]], // one twice, none missing
      [ids[0], ids[1], ids[2], 'nosuchpanelist'], // not on the panel
      [ids[0], ids[1], ids[2], s.foreignPanelist], // another session's
      [],
    ]) {
      expect(await s.moderator.send('stage:order', { panelistIds })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await s.moderator.send('stage:call', { panelistId: s.foreignPanelist })).toMatchObject({ ok: false, error: { code: 'panelist_not_found' } });
    expect(await dump()).toEqual(before);

    let since = marks(everyone);
    const called = await s.online.sendOk('stage:call', { panelistId: ids[1] });
    expect(called.stage.speaker).toEqual({ panelistId: ids[1], at: expect.any(Number) });
    expect(called.stage.speakingOrder).toEqual(order);
    await allSee(everyone, (st) => st.speaker?.panelistId === ids[1], since);
    await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'call' && d.entry.subject === 'Kenji Watanabe');
    since = marks(everyone);
    const nobody = await s.moderator.sendOk('stage:call', { panelistId: null });
    expect(nobody.stage.speaker).toBeNull();
    await allSee(everyone, (st) => st.speaker === null && st.speakingOrder.length === 4, since);
  });

  test('the walls’ view and fill order: delivered, validated, and in the snapshot of every wall that connects later', async () => {
    const s = await stageSession();
    expect((await s.wallB.snapshot()).stage).toMatchObject({ view: 'auto', order: 'time', spotlight: null, speakingOrder: [], speaker: null });
    const walls = [s.wallA, s.wallB];
    let since = marks(walls);
    const cloud = await s.moderator.sendOk('stage:wall', { view: 'cloud' });
    expect(cloud.stage).toMatchObject({ view: 'cloud', order: 'time' });
    await allSee(walls, (st) => st.view === 'cloud', since);
    since = marks(walls);
    await s.online.sendOk('stage:wall', { order: 'speakers' });
    await allSee(walls, (st) => st.view === 'cloud' && st.order === 'speakers', since);
    const line = await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'wall' && d.entry.detail === 'cloud speakers');
    expect(line.entry.actor).toMatchObject({ seat: 'online' });
    const both = await s.moderator.sendOk('stage:wall', { view: 'breakdown', order: 'time' });
    expect(both.stage).toMatchObject({ view: 'breakdown', order: 'time' });

    const before = await dump();
    for (const payload of [{}, { view: 'poster' }, { order: 'alphabetical' }, { view: 'grid', extra: true }, { view: null }]) {
      expect(await s.moderator.send('stage:wall', payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    // The view in force again: nothing to write.
    expect(await s.online.sendOk('stage:wall', { view: 'breakdown' })).toMatchObject({ stage: both.stage });
    expect(await dump()).toEqual(before);

    await s.moderator.sendOk('stage:order', { panelistIds: [...s.panelists].reverse().map((p) => p.id) });
    await s.moderator.sendOk('stage:spotlight', { pledgeId: s.shown[1]!.id, rotateSeconds: 15 });
    const last = (await s.moderator.sendOk('stage:call', { panelistId: s.panelists[0]!.id })).stage as Stage;
    for (const late of [new Client(other.url, { role: 'wall', sessionId: s.sessionId }), s.wall(), phoneClient(suite.server.url, s.sessionId).phone]) {
      track(late);
      expect((await late.snapshot()).stage).toEqual(last);
    }
    const console_ = track(new Client(other.url, { role: 'moderator', sessionId: s.sessionId, key: s.created.moderatorKey }));
    expect((await console_.snapshot()).stage).toEqual(last);
  });
});
