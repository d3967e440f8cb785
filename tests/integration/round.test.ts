import { Client } from '../helpers/clients';
import { phoneClient, pledgeFor, seatedPhone, setupSession, texts } from '../helpers/round';
import { dropPrefix } from '../helpers/redis';
import { startServer, type TestServer } from '../helpers/server';
import type { Pledge } from '../../shared/schemas';

describe.each(['redis', 'memory'] as const)('a full pledge round (%s store)', (storeKind) => {
  let server: TestServer;
  const clients: Client[] = [];
  const track = <T extends Client>(c: T) => (clients.push(c), c);

  beforeEach(async () => {
    server = await startServer({ store: storeKind });
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await server.close();
    if (storeKind === 'redis') await dropPrefix(server.prefix);
  });

  test('moderator, three panelists and two walls (one late) run a round end to end', async () => {
    const { created, moderator, modState, panelists, wall } = await setupSession(server);
    track(moderator);
    expect(modState.round.state).toBe('draft');
    expect(modState.panel.map((e) => e.status)).toEqual(['not_joined', 'not_joined', 'not_joined']);
    expect(modState.you).toEqual({ role: 'moderator', panelistId: null, audience: null, request: null, moderator: { seat: 'onsite' }, reacted: [] });

    const wallA = track(wall());
    const wallState = await wallA.snapshot();
    expect(wallState.session.title).toBe('Commitments to Action');
    expect(wallState.session.joinCode).toBe(created.joinCode);
    expect(JSON.stringify(wallState)).not.toContain('moderatorKeyHash');

    // Three phones pick their names; the moderator sees each one join.
    const phones = [];
    for (const p of panelists) {
      const { phone } = await seatedPhone(server.url, created.sessionId, p.id);
      phones.push(track(phone));
      await moderator.waitForDelta('panel', (d) => d.entry.panelistId === p.id && d.entry.status === 'joined');
    }
    // A second device cannot take a seat that is held, even with the seat's invite: it may only
    // ask the moderators, and stays unseated meanwhile.
    const intruder = track(phoneClient(server.url, created.sessionId).phone);
    await intruder.snapshot();
    for (const invite of [undefined, created.invites[panelists[0]!.id]]) {
      expect(await intruder.send('panelist:claim', { panelistId: panelists[0]!.id, invite })).toMatchObject({
        ok: true,
        state: 'waiting',
        request: { panelistId: panelists[0]!.id, seatTaken: true, state: 'pending' },
      });
    }
    expect(await intruder.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });

    // Drafting shows on the console.
    expect(await phones[0]!.send('pledge:drafting', { drafting: true })).toEqual({ ok: true });
    await moderator.waitForDelta('panel', (d) => d.entry.panelistId === panelists[0]!.id && d.entry.status === 'drafting');

    // Submitting before the round opens is refused.
    expect(await phones[0]!.send('pledge:submit', pledgeFor('I will publish our open data plan.'))).toMatchObject({ ok: false, error: { code: 'round_not_open' } });

    // The moderator opens the round with a prompt and a countdown; every phone and the wall see it.
    const opened = await moderator.send('round:open', { prompt: 'One commitment before the next IGF?', countdownSeconds: 120 });
    expect(opened).toMatchObject({ ok: true, round: { state: 'open', prompt: 'One commitment before the next IGF?' } });
    for (const c of [...phones, wallA]) {
      const d = await c.waitForDelta('round', (x) => x.round.state === 'open');
      expect(d.round.countdownEndsAt).toBeGreaterThan(Date.now() + 100_000);
    }

    // Each panelist submits; the wall receives each pledge with name, organization and capacity.
    const pledgeTexts = [
      'We will translate our policy toolkit into French and Portuguese by June.',
      'I will host two community workshops on meaningful connectivity.',
      'LACNIC will train 500 network operators on IPv6 deployment this year.',
    ];
    const acks: Pledge[] = [];
    for (const [i, phone] of phones.entries()) {
      const ack = await phone.send('pledge:submit', pledgeFor(pledgeTexts[i]!, { capacity: i === 1 ? 'individual' : 'organization' }));
      expect(ack).toMatchObject({ ok: true, created: true });
      acks.push(ack.ok ? (ack.pledge as Pledge) : (undefined as never));
    }
    for (const [i, ack] of acks.entries()) {
      const seen = await wallA.waitForDelta('pledge', (d) => d.pledge.id === ack.id);
      expect(seen.pledge).toEqual(ack);
      expect(seen.pledge).toMatchObject({ name: panelists[i]!.name, text: pledgeTexts[i] });
    }
    expect(acks[0]).toMatchObject({ capacity: 'organization', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' });
    expect(acks[1]).toMatchObject({ capacity: 'individual', organization: '' });
    // A new pledge and its author's new status are one commit: the console gets both deltas with
    // the same seq, in the same frame...
    const submittedFrame = await moderator.waitFor('session:deltas', (b) => b.deltas.some((d) => d.kind === 'pledge' && d.pledge.id === acks[2]!.id));
    const pledgeDelta = submittedFrame.deltas.find((d) => d.kind === 'pledge' && d.pledge.id === acks[2]!.id)!;
    expect(submittedFrame.deltas).toContainEqual({ seq: pledgeDelta.seq, kind: 'panel', entry: { panelistId: panelists[2]!.id, status: 'submitted', seated: true } });
    expect(submittedFrame.seqs).toContain(pledgeDelta.seq);
    // ...while the other phones hear the status change alone.
    await phones[0]!.waitForDelta('panel', (d) => d.entry.panelistId === panelists[2]!.id && d.entry.status === 'submitted');
    expect(phones[0]!.deltas('pledge').map((d) => d.pledge.id)).not.toContain(acks[2]!.id);
    // Every commit reaches a reader once, listed in its frame's seqs: a hole always means a missed frame.
    const wallSeqs = wallA.seqs();
    expect(new Set(wallSeqs).size).toBe(wallSeqs.length);
    for (const d of wallA.frames().flatMap((b) => b.deltas)) expect(wallSeqs).toContain(d.seq);

    // Frames carry increasing sequence numbers.
    expect(wallSeqs).toEqual([...wallSeqs].sort((a, b) => a - b));

    // A phone only ever hears its own pledge.
    expect(phones[0]!.deltas('pledge').map((d) => d.pledge.id)).toEqual([acks[0]!.id]);
    expect(phones[0]!.deltas('pledge-removed')).toEqual([]);

    // A wall opened after the pledges gets the whole state in its first message.
    const lateWall = track(wall());
    const late = await lateWall.snapshot();
    expect(texts(late.pledges)).toEqual([...pledgeTexts].sort());
    expect(late.round.state).toBe('open');
    expect(late.panel.map((e) => e.status)).toEqual(['submitted', 'submitted', 'submitted']);
    expect(lateWall.received.filter((r) => r.event === 'session:state')).toHaveLength(1);

    // An edit reaches both walls: the new text only (the earlier one stays with the moderators and its author).
    const edit = await phones[1]!.send('pledge:edit', { id: acks[1]!.id, basedOn: acks[1]!.updatedAt, text: 'I will host three community workshops on connectivity.', capacity: 'individual' });
    expect(edit).toMatchObject({ ok: true, created: false, pledge: { text: 'I will host three community workshops on connectivity.', edits: [{ text: pledgeTexts[1] }] } });
    for (const w of [wallA, lateWall]) {
      const d = await w.waitForDelta('pledge', (x) => x.pledge.id === acks[1]!.id && x.pledge.text === 'I will host three community workshops on connectivity.');
      expect(d.pledge.edits).toEqual([]);
    }

    // Close: phones see it; edits are refused afterwards; the wall keeps the record.
    expect(await moderator.send('round:close', {})).toMatchObject({ ok: true, round: { state: 'closed' } });
    await phones[2]!.waitForDelta('round', (d) => d.round.state === 'closed');
    expect(await phones[2]!.send('pledge:edit', { id: acks[2]!.id, basedOn: acks[2]!.updatedAt, text: 'Changed my mind after close.', capacity: 'individual' })).toMatchObject({
      ok: false,
      error: { code: 'round_not_open' },
    });
    const synced = await lateWall.send('session:sync');
    if (!synced.ok) throw new Error('sync failed');
    const final = synced.snapshot as import('../../shared/protocol').SessionSnapshot;
    expect(final.pledges).toHaveLength(3);
    expect(final.round.state).toBe('closed');
  });

  test('a phone that disconnects and reconnects sees its own pledge and the round state', async () => {
    const { created, moderator, panelists } = await setupSession(server);
    track(moderator);
    await moderator.send('round:open', {});
    const { phone, deviceToken } = await seatedPhone(server.url, created.sessionId, panelists[1]!.id);
    track(phone);
    const ack = await phone.send('pledge:submit', pledgeFor('We will open our spectrum data to researchers.'));
    expect(ack.ok).toBe(true);
    phone.close();

    // Same device, new connection: the token brings back the seat and the pledge.
    const again = track(new Client(server.url, { role: 'phone', sessionId: created.sessionId, deviceToken }));
    const snap = await again.snapshot();
    expect(snap.you).toEqual({ role: 'phone', panelistId: panelists[1]!.id, audience: null, request: null, moderator: null, reacted: [] });
    expect(snap.round.state).toBe('open');
    expect(snap.pledges.map((p) => p.text)).toEqual(['We will open our spectrum data to researchers.']);

    // The transport drops and comes back: Socket.IO recovers the connection state, and what was
    // emitted meanwhile is replayed rather than re-sent as a whole snapshot.
    const before = again.received.length;
    const reconnected = new Promise((r) => again.socket.once('connect', () => r(undefined)));
    again.socket.io.engine.close();
    await moderator.send('round:prompt', { prompt: 'Changed while the phone was away' });
    await reconnected;
    expect(again.socket.recovered).toBe(true);
    await again.waitForDelta('round', (d) => d.round.prompt === 'Changed while the phone was away', 5000, before);
    expect(again.received.slice(before).filter((r) => r.event === 'session:state')).toHaveLength(0);
    const snapSeq = snap.seq;

    // A client that cannot be recovered but shows it is up to date gets no snapshot; one that is
    // behind gets the whole state in one message.
    const current = (await moderator.send('session:sync')) as { ok: true; snapshot: { seq: number } };
    const upToDate = track(new Client(server.url, { role: 'wall', sessionId: created.sessionId, lastSeq: current.snapshot.seq }));
    await upToDate.connected();
    await new Promise((r) => setTimeout(r, 150));
    expect(upToDate.events('session:state')).toHaveLength(0);
    const behind = track(new Client(server.url, { role: 'wall', sessionId: created.sessionId, lastSeq: snapSeq }));
    expect((await behind.snapshot()).round.prompt).toBe('Changed while the phone was away');

    // A fresh phone without the token sees no one else's pledge.
    const stranger = track(phoneClient(server.url, created.sessionId).phone);
    const strangerState = await stranger.snapshot();
    expect(strangerState.pledges).toEqual([]);
    expect(strangerState.you).toEqual({ role: 'phone', panelistId: null, audience: null, request: null, moderator: null, reacted: [] });
  });

  test('a retried submit with the same id is stored once', async () => {
    const { created, moderator, panelists, wall } = await setupSession(server);
    track(moderator);
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    track(phone);
    const body = pledgeFor('We will publish quarterly progress reports.');
    const results = await Promise.all([phone.send('pledge:submit', body), phone.send('pledge:submit', body), phone.send('pledge:submit', body)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    const w = track(wall());
    expect((await w.snapshot()).pledges).toHaveLength(1);
  });

  test('nudge reaches only the nudged phone; release frees the seat', async () => {
    const { created, moderator, panelists } = await setupSession(server);
    track(moderator);
    const a = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    const b = await seatedPhone(server.url, created.sessionId, panelists[1]!.id);
    track(a.phone);
    track(b.phone);
    expect(await moderator.send('panelist:nudge', { panelistId: panelists[0]!.id })).toEqual({ ok: true });
    await a.phone.waitFor('panelist:nudged');
    // A seat no phone holds: the console is told so in its own words (not the phone's "pick your name").
    expect(await moderator.send('panelist:nudge', { panelistId: panelists[2]!.id })).toMatchObject({ ok: false, error: { code: 'seat_free' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(b.phone.events('panelist:nudged')).toHaveLength(0);

    expect(await moderator.send('panelist:release', { panelistId: panelists[0]!.id })).toEqual({ ok: true });
    expect(await a.phone.waitFor('panelist:released')).toEqual({ panelistId: panelists[0]!.id, reason: 'released' });
    await moderator.waitForDelta('panel', (d) => d.entry.panelistId === panelists[0]!.id && d.entry.status === 'not_joined');
    // Released twice (both consoles at once): the second is told the seat is free already.
    expect(await moderator.send('panelist:release', { panelistId: panelists[0]!.id })).toMatchObject({ ok: false, error: { code: 'seat_free' } });
    // The released device can no longer act for the seat...
    expect(await a.phone.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
    // ...and another device may take it.
    const c = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    track(c.phone);
    expect(c.deviceToken).not.toEqual(a.deviceToken);
  });

  test('a seat released after its pledge reads submitted and free, for the consoles, walls and phones, until a phone takes it', async () => {
    const { created, moderator, panelists, wall } = await setupSession(server);
    track(moderator);
    await moderator.send('round:open', {});
    const id = panelists[0]!.id;
    const a = await seatedPhone(server.url, created.sessionId, id);
    track(a.phone);
    await moderator.waitForDelta('panel', (d) => d.entry.panelistId === id && d.entry.seated);
    expect((await a.phone.send('pledge:submit', pledgeFor('We will open our data on connectivity.'))).ok).toBe(true);
    await moderator.waitForDelta('panel', (d) => d.entry.panelistId === id && d.entry.status === 'submitted' && d.entry.seated);

    expect(await moderator.send('panelist:release', { panelistId: id })).toEqual({ ok: true });
    const released = await moderator.waitForDelta('panel', (d) => d.entry.panelistId === id && !d.entry.seated);
    expect(released.entry).toEqual({ panelistId: id, status: 'submitted', seated: false });
    // What a console, a wall or a phone loads from now on says the same.
    const w = track(wall());
    expect((await w.snapshot()).panel.find((e) => e.panelistId === id)).toEqual({ panelistId: id, status: 'submitted', seated: false });
    const stranger = track(phoneClient(server.url, created.sessionId).phone);
    expect((await stranger.snapshot()).panel.find((e) => e.panelistId === id)).toEqual({ panelistId: id, status: 'submitted', seated: false });
    // A seat no phone holds cannot be released again.
    expect(await moderator.send('panelist:release', { panelistId: id })).toMatchObject({ ok: false, error: { code: 'seat_free' } });

    // The next phone with the invite link takes it at once, and the pledge is still there.
    const mark = moderator.received.length;
    const b = await seatedPhone(server.url, created.sessionId, id, { invite: a.invite });
    track(b.phone);
    const taken = await moderator.waitForDelta('panel', (d) => d.entry.panelistId === id && d.entry.seated, 5000, mark);
    expect(taken.entry).toEqual({ panelistId: id, status: 'submitted', seated: true });
    expect((await w.snapshot()).pledges.map((p) => p.text)).toEqual(['We will open our data on connectivity.']);
  });
});
