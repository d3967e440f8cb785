import type { Ack } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { Client } from '../helpers/clients';
import { audiencePhone, phoneClient, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { inviteFor, serverSuite, type TestServer } from '../helpers/server';

/**
 * The corners of a round on a real server and Redis: what a wall may read of an edited pledge,
 * the answer to a command the server does not know, and the order in which an author's phone
 * and the walls hear of a pledge.
 */

/** Every Socket.IO message the server writes to the given connections, in the order it wrote them. */
function serverWrites(server: TestServer) {
  const log: { socketId: string; data: string }[] = [];
  return {
    log,
    watch(client: Client) {
      const id = client.socket.id!;
      const socket = server.app.io.of('/').sockets.get(id);
      if (!socket) throw new Error(`no server socket ${id}`);
      socket.conn.on('packetCreate', (packet: { type: string; data?: unknown }) => {
        if (packet.type === 'message') log.push({ socketId: id, data: String(packet.data) });
      });
    },
    /** Position of the first write to `client` that matches. */
    indexOf(client: Client, match: (data: string) => boolean) {
      return log.findIndex((w) => w.socketId === client.socket.id && match(w.data));
    },
  };
}

/**
 * Makes one store call slow (a busy Redis) for the duration of `during`: the round trip a
 * command makes after its commit, before it is acknowledged.
 */
async function slowStore<T>(server: TestServer, method: 'swapRecord' | 'getAll', during: () => Promise<T>): Promise<T> {
  const store = server.store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = store[method]!;
  store[method] = async (...args: unknown[]) => {
    await new Promise((r) => setTimeout(r, 300));
    return original.apply(server.store, args);
  };
  try {
    return await during();
  } finally {
    store[method] = original;
  }
}

/** A Socket.IO acknowledgement packet (type 3), as opposed to an event (type 2). */
const isAck = (data: string) => data.startsWith('3');
const isDeltas = (data: string) => data.startsWith('2') && data.includes('"session:deltas"');

describe('corners', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);

  test('walls and audience devices see only the current text of an edited pledge; moderators and the author keep its history', async () => {
    const { created, moderator, panelists, wall } = await setupSession(suite.server);
    track(moderator);
    await moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
    const early = track(wall());
    await early.snapshot();
    const { phone } = await seatedPhone(suite.server.url, created.sessionId, panelists[0]!.id);
    track(phone);

    // The first version carries something its author then removes.
    const first = 'Call Amina on +41 79 555 01 23 about our shared data pledge.';
    const second = 'We will open our shared measurement data to every researcher.';
    const ack = await phone.sendOk('pledge:submit', pledgeFor(first));
    const id = (ack.pledge as Pledge).id;
    await early.waitForDelta('pledge', (d) => d.pledge.id === id);
    const afterSubmit = early.received.length;
    const edited = await phone.sendOk('pledge:edit', { ...pledgeFor(second, { id }), basedOn: (ack.pledge as Pledge).updatedAt });
    expect(edited.pledge).toMatchObject({ text: second, edits: [{ text: first }] });

    // The wall that showed the first version gets the second without the first.
    const delta = await early.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.text === second, 5000, afterSubmit);
    expect(delta.pledge).toMatchObject({ edits: [], rejectReason: null, updatedBy: { role: 'author' } });
    expect(JSON.stringify(early.received.slice(afterSubmit))).not.toContain('+41 79');

    // A wall and an audience device opened afterwards never see the first version.
    const late = track(wall());
    const lateState = await late.snapshot();
    expect(lateState.pledges.find((p) => p.id === id)).toMatchObject({ text: second, edits: [] });
    const reader = await audiencePhone(suite.server.url, created.sessionId, { presence: 'onsite' });
    track(reader.phone);
    const readerState = await reader.phone.snapshot();
    expect(readerState.pledges.find((p) => p.id === id)).toMatchObject({ text: second, edits: [] });
    for (const c of [late, reader.phone]) expect(JSON.stringify(c.received)).not.toContain('+41 79');

    // The moderators and the author still have the history.
    const modState = await moderator.sendOk('session:sync');
    expect((modState.snapshot.pledges as Pledge[]).find((p) => p.id === id)!.edits.map((e) => e.text)).toEqual([first]);
    const ownState = await phone.sendOk('session:sync');
    expect((ownState.snapshot.pledges as Pledge[]).find((p) => p.id === id)!.edits.map((e) => e.text)).toEqual([first]);
  });

  test('an audience member who edits their pledge hears it in full first, before the public view of the same commit', async () => {
    const { created, moderator } = await setupSession(suite.server);
    track(moderator);
    await moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none' });
    const author = await audiencePhone(suite.server.url, created.sessionId, { presence: 'online', name: 'Ines' });
    track(author.phone);
    const ack = await author.phone.sendOk('pledge:submit', pledgeFor('We will caption every recording of our local IGF.'));
    const pledge = ack.pledge as Pledge;
    await author.phone.sendOk('pledge:edit', { ...pledgeFor('We will caption and translate every recording of our local IGF.', { id: pledge.id }), basedOn: pledge.updatedAt });
    const first = await author.phone.waitForDelta('pledge', (d) => d.pledge.id === pledge.id && d.pledge.text.includes('translate'));
    expect(first.pledge.edits.map((e) => e.text)).toEqual([pledge.text]);
  });

  test('a command the server does not know is answered unknown_command; without an acknowledgement it is ignored', async () => {
    const { created, moderator } = await setupSession(suite.server);
    track(moderator);
    const { phone } = phoneClient(suite.server.url, created.sessionId);
    track(phone);
    await phone.snapshot();

    // Answered, not left to the caller's acknowledgement timeout: a command the server ignored
    // would make send() reject.
    const answer = await phone.send('pledge:delete' as never, { id: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(!answer.ok && answer.error.message).toBeTruthy();
    expect(await moderator.send('round:explode' as never)).toMatchObject({ ok: false, error: { code: 'unknown_command' } });

    // No callback: nothing to answer, and the connection carries on.
    (phone.socket as unknown as { emit: (e: string, p: unknown) => void }).emit('pledge:delete', { id: 'x' });
    expect(await phone.send('session:sync')).toMatchObject({ ok: true });
    expect(phone.socket.connected).toBe(true);
  });

  test('a submit is acknowledged to its author before the pledge goes out: its own phone and every wall hear of it after the ack', async () => {
    const { created, moderator, panelists, wall } = await setupSession(suite.server);
    track(moderator);
    await moderator.sendOk('round:open', {});
    const walls = [track(wall()), track(wall())];
    await Promise.all(walls.map((w) => w.snapshot()));
    const { phone } = await seatedPhone(suite.server.url, created.sessionId, panelists[0]!.id);
    track(phone);
    const writes = serverWrites(suite.server);
    for (const c of [phone, ...walls]) writes.watch(c);

    // On the author's socket: the acknowledgement comes first.
    const payload = pledgeFor('We will publish our national broadband map as open data.');
    let ackedAt = -1;
    // The follow-up record is written after the commit, on a slow store.
    const ack = await slowStore(
      suite.server,
      'swapRecord',
      () =>
        new Promise<Ack<Record<string, any>>>((resolve) =>
          (phone.socket as unknown as { emit: (e: string, p: unknown, cb: (r: Ack<Record<string, any>>) => void) => void }).emit('pledge:submit', payload, (r) => {
            ackedAt = phone.received.length;
            resolve(r);
          }),
        ),
    );
    expect(ack).toMatchObject({ ok: true, created: true });
    await phone.waitForDelta('pledge', (d) => d.pledge.id === payload.id);
    const ownDelta = phone.received.findIndex((r) => r.event === 'session:deltas' && JSON.stringify(r.payload).includes(payload.id));
    expect(ownDelta).toBeGreaterThanOrEqual(ackedAt);

    // On the server: the ack was written before any wall was sent the pledge.
    for (const w of walls) await w.waitForDelta('pledge', (d) => d.pledge.id === payload.id);
    const ackWrite = writes.indexOf(phone, (d) => isAck(d) && d.includes(payload.id));
    expect(ackWrite).toBeGreaterThanOrEqual(0);
    for (const w of walls) expect(writes.indexOf(w, (d) => isDeltas(d) && d.includes(payload.id))).toBeGreaterThan(ackWrite);
  });

  test('a seat claim is acknowledged before the walls show the panelist as joined', async () => {
    const { created, moderator, panelists, wall } = await setupSession(suite.server);
    track(moderator);
    const w = track(wall());
    await w.snapshot();
    const panelistId = panelists[1]!.id;
    const invite = await inviteFor(suite.server.url, created.sessionId, panelistId);
    const { phone } = phoneClient(suite.server.url, created.sessionId);
    track(phone);
    await phone.snapshot();
    const writes = serverWrites(suite.server);
    writes.watch(phone);
    writes.watch(w);

    // The seated phone's new state is read after the commit, on a slow store.
    const claim = await slowStore(suite.server, 'getAll', () => phone.send('panelist:claim', { panelistId, invite }));
    expect(claim).toMatchObject({ ok: true, state: 'seated' });
    await w.waitForDelta('panel', (d) => d.entry.panelistId === panelistId && d.entry.status === 'joined');
    const ackWrite = writes.indexOf(phone, (d) => isAck(d) && d.includes('seated'));
    expect(ackWrite).toBeGreaterThanOrEqual(0);
    expect(writes.indexOf(w, (d) => isDeltas(d) && d.includes(panelistId))).toBeGreaterThan(ackWrite);
  });
});
