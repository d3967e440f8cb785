import { Client } from '../helpers/clients';
import { dropPrefix } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { startServer, type TestServer } from '../helpers/server';
import type { RedisStore } from '../../server/store/redis';

const generous = { perDevice: 100_000, perIp: 100_000, seconds: 60 };

/** Each seq once, in increasing order. */
function expectOnceInOrder(seqs: number[]) {
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  expect(new Set(seqs).size).toBe(seqs.length);
}

/** A pledge the phone submits as "Version 0 <tail>"; each `edit()` sends the next version, `text()` is the latest. */
async function versionedPledge(phone: Client, tail: string) {
  let n = 0;
  const first = await phone.sendOk('pledge:submit', pledgeFor(`Version 0 ${tail}`));
  let basedOn = first.pledge.updatedAt as number;
  return {
    text: () => `Version ${n} ${tail}`,
    async edit(): Promise<void> {
      const ack = await phone.sendOk('pledge:edit', { id: first.pledge.id, basedOn, text: `Version ${++n} ${tail}`, capacity: 'individual' });
      basedOn = ack.pledge.updatedAt as number;
    },
  };
}

/** The store's seq now, as a console reads it (frames of earlier commits may still be on their way). */
async function storeSeq(moderator: Client): Promise<number> {
  return ((await moderator.sendOk('session:sync')).snapshot as { seq: number }).seq;
}

describe('fan-out to walls', () => {
  const servers: TestServer[] = [];
  const clients: Client[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const s of servers) {
      await s.close();
      await dropPrefix(s.prefix);
    }
  });

  test('busy rooms get coalesced frames: each entity once, newest state, every seq listed', async () => {
    const server = await startServer({ app: { coalesceWindowMs: () => 300 } });
    servers.push(server);
    const { created, moderator, panelists, wall } = await setupSession(server);
    const w = wall();
    clients.push(moderator, w);
    await w.snapshot();
    const phones = await Promise.all(panelists.map((p) => seatedPhone(server.url, created.sessionId, p.id)));
    phones.forEach((p) => clients.push(p.phone));
    await moderator.send('round:open', {});
    // Everything before the pledges reached the wall (its frame may wait a window).
    const opened = await storeSeq(moderator);
    await w.waitFor('session:deltas', (b) => b.seqs.includes(opened), 5000);
    const before = w.received.length;

    // Three pledges and an edit within one window.
    const acks = await Promise.all(phones.map((p, i) => p.phone.send('pledge:submit', pledgeFor(`Coalesced pledge ${i + 1} for the record.`))));
    const firstId = acks[0]!.ok ? (acks[0]!.pledge.id as string) : '';
    const basedOn = acks[0]!.ok ? (acks[0]!.pledge.updatedAt as number) : 0;
    expect(await phones[0]!.phone.send('pledge:edit', { id: firstId, basedOn, text: 'Coalesced pledge 1, edited in the same window.', capacity: 'individual' })).toMatchObject({ ok: true });
    // Each phone hears its own pledge at once, not after the window.
    await phones[1]!.phone.waitForDelta('pledge', (d) => d.pledge.text.startsWith('Coalesced pledge 2'), 250);

    // Every seq arrives exactly once, in fewer frames than deltas, and the end state is right.
    // Once the frame holding the store's seq is in, every earlier one is (a room's frames go out in order).
    const last = await storeSeq(moderator);
    await w.waitFor('session:deltas', (b) => b.seqs.includes(last), 5000, before);
    expect(w.received.slice(before).every((r) => r.event === 'session:deltas')).toBe(true);
    const frames = w.frames(before);
    const seqs = frames.flatMap((f) => f.seqs);
    expect(seqs.sort((a, b) => a - b)).toEqual([...new Set(seqs)]);
    expect(seqs).toHaveLength(4);
    expect(frames.length).toBeLessThan(4);
    const batch = frames.find((f) => f.seqs.length > 1)!;
    expect(batch).toBeDefined();
    for (const frame of frames) {
      const keys = frame.deltas.map((d) => (d.kind === 'pledge' ? d.pledge.id : d.kind === 'panel' ? d.entry.panelistId : d.kind));
      expect(new Set(keys).size).toBe(keys.length); // each entity once
      for (const d of frame.deltas) expect(frame.seqs).toContain(d.seq);
    }
    // The newest version of the edited pledge is what the wall was sent last.
    const versions = frames.flatMap((f) => f.deltas.flatMap((d) => (d.kind === 'pledge' ? [d.pledge] : [])));
    expect(versions.filter((p) => p.id === firstId).pop()!.text).toBe('Coalesced pledge 1, edited in the same window.');
    const batchPanel = batch.deltas.filter((d) => d.kind === 'panel');
    expect(batchPanel.length).toBeGreaterThan(0);
    expect(batchPanel.every((d) => d.kind === 'panel' && d.entry.status === 'submitted')).toBe(true);
    const latest = await w.send('session:sync');
    const state = latest.ok ? (latest.snapshot as { pledges: { id: string; text: string }[] }) : { pledges: [] };
    expect(state.pledges.find((p) => p.id === firstId)!.text).toBe('Coalesced pledge 1, edited in the same window.');
  });

  test('small rooms get each delta on its own, right after the acknowledgement', async () => {
    const server = await startServer();
    servers.push(server);
    const { created, moderator, panelists, wall } = await setupSession(server);
    const w = wall();
    clients.push(moderator, w);
    await w.snapshot();
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    const ack = await phone.sendOk('pledge:submit', pledgeFor('Delivered on its own, at once.'));
    const frame = await w.waitFor('session:deltas', (b) => b.deltas.some((x) => x.kind === 'pledge' && x.pledge.text === 'Delivered on its own, at once.'));
    // One commit, one frame: the pledge and its author's new status, under that commit's seq.
    const [seq] = frame.seqs;
    expect(frame).toEqual({
      seqs: [seq],
      deltas: [
        { seq, kind: 'pledge', pledge: ack.pledge },
        { seq, kind: 'panel', entry: { panelistId: panelists[0]!.id, status: 'submitted', seated: true } },
      ],
    });
    // Every commit came in a frame of its own.
    expect(w.frames().every((f) => f.seqs.length === 1)).toBe(true);
  });

  test('large rooms get each frame shard by shard, every reader exactly once', async () => {
    const server = await startServer({ app: { shardThreshold: 1 } });
    servers.push(server);
    const { created, moderator, panelists, wall } = await setupSession(server);
    const walls = Array.from({ length: 24 }, () => wall());
    clients.push(moderator, ...walls);
    await Promise.all(walls.map((w) => w.snapshot()));
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    await phone.send('pledge:submit', pledgeFor('Sharded delivery reaches everyone.'));
    for (const w of [...walls, moderator]) await w.waitForDelta('pledge', (d) => d.pledge.text === 'Sharded delivery reaches everyone.');
    await new Promise((r) => setTimeout(r, 100));
    for (const w of walls) {
      expect(w.deltas('pledge')).toHaveLength(1);
      expect(w.deltas('round').filter((d) => d.round.state === 'open')).toHaveLength(1);
      const seqs = w.seqs();
      expect(new Set(seqs).size).toBe(seqs.length);
    }
  });

  test('a sliced room under a stream of changes: each wall gets every commit once, in order, a frame per window at most, slice by slice', async () => {
    const WINDOW = 320;
    const server = await startServer({ limitRules: { pledge: generous }, app: { shardThreshold: 1, visitSockets: 1, coalesceWindowMs: () => WINDOW } });
    servers.push(server);
    const { created, moderator, panelists, wall } = await setupSession(server);
    const walls = Array.from({ length: 16 }, () => wall());
    clients.push(moderator, ...walls);
    await Promise.all(walls.map((w) => w.snapshot()));
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    // The store's seq before the stream; frames of earlier commits may still come in.
    const before = await storeSeq(moderator);
    const marks = walls.map((w) => w.received.length);

    // A pledge and then an edit every 40 ms for a second and a half: many commits per window.
    const pledge = await versionedPledge(phone, 'of a pledge edited without pause.');
    for (let i = 1; i <= 36; i++) {
      await pledge.edit();
      await new Promise((r) => setTimeout(r, 40));
    }
    const last = pledge.text();
    for (const w of walls) await w.waitForDelta('pledge', (d) => d.pledge.text === last);
    const expected = Array.from({ length: 37 }, (_, i) => before + 1 + i);

    const firstHeard: number[] = [];
    const framesOf: { order: number; seqs: number[] }[][] = [];
    for (const [i, w] of walls.entries()) {
      const frames = w.received.slice(marks[i]).filter((r) => r.event === 'session:deltas');
      const seqs = w.seqs(marks[i]);
      // Every commit of the stream exactly once, in order.
      expect(seqs.filter((s) => s > before)).toEqual(expected);
      expectOnceInOrder(seqs);
      // About a frame per window, not one per commit (arrival jitter allowed for).
      const streamFrames = frames.filter((f) => (f.payload as { seqs: number[] }).seqs.some((s) => s > before));
      expect(streamFrames.length).toBeLessThan(expected.length / 3);
      for (let k = 1; k < streamFrames.length; k++) expect(streamFrames[k]!.at - streamFrames[k - 1]!.at).toBeGreaterThan(WINDOW / 2);
      firstHeard.push(streamFrames[0]!.at);
      framesOf.push(streamFrames.map((f) => ({ order: f.order, seqs: (f.payload as { seqs: number[] }).seqs })));
      // The last text the wall was sent is the newest.
      expect(w.deltas('pledge', marks[i]).pop()!.pledge.text).toBe(last);
    }
    // Slice by slice: the walls heard the first commit at times spread over the window, not at once.
    expect(Math.max(...firstHeard) - Math.min(...firstHeard)).toBeGreaterThan(WINDOW / 4);
    // A change waits for one visit of the cursor at most: every commit reached every wall before
    // any wall got its next frame after the one that carried the commit (its slice's next visit).
    const late = expected.filter((seq) => {
      const carried = framesOf.map((frames) => frames.findIndex((f) => f.seqs.includes(seq)));
      const reachedAll = Math.max(...carried.map((k, w) => framesOf[w]![k]!.order));
      const nextVisits = carried.map((k, w) => framesOf[w]![k + 1]?.order ?? Infinity);
      return reachedAll > Math.min(...nextVisits);
    });
    expect(late).toEqual([]);
  });

  test('a room that grows past the threshold and shrinks back: every wall gets every commit once, in order', async () => {
    // A long window, so the room's frame is still gathering when the walls that make it large join.
    const server = await startServer({ limitRules: { pledge: generous }, app: { shardThreshold: 4, coalesceWindowMs: () => 600 } });
    servers.push(server);
    const { created, moderator, panelists, wall } = await setupSession(server);
    clients.push(moderator);
    const early = [wall(), wall()];
    clients.push(...early);
    await Promise.all(early.map((w) => w.snapshot()));
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    const before = await storeSeq(moderator);
    const marks = early.map((w) => w.received.length);

    const pledge = await versionedPledge(phone, 'of a pledge while the room grows.');
        // Two more walls: four readers, written slice by slice from the next commit on.
    const late = [wall(), wall()];
    clients.push(...late);
    await Promise.all(late.map((w) => w.snapshot()));
    for (let i = 0; i < 6; i++) await pledge.edit();
    // Three walls leave: one reader, under half the threshold, whole-room frames again.
    for (const w of [early[1]!, ...late]) w.close();
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 6; i++) await pledge.edit();
    const last = pledge.text();
    await early[0]!.waitForDelta('pledge', (d) => d.pledge.text === last, 3000);

    const seqs = early[0]!.seqs(marks[0]);
    expect(seqs.filter((s) => s > before)).toEqual(Array.from({ length: 13 }, (_, i) => before + 1 + i));
    expectOnceInOrder(seqs);
    for (const w of [early[1]!, ...late]) {
      const heard = w.seqs(w === early[1] ? marks[1] : 0);
      expectOnceInOrder(heard);
    }
  });

  test('sharded delivery across two processes: every wall on each gets each frame once', async () => {
    const a = await startServer({ app: { shardThreshold: 1 } });
    const b = await startServer({ prefix: a.prefix, app: { shardThreshold: 1 } });
    servers.push(a, b);
    const { created, moderator, panelists } = await setupSession(a);
    const walls = [a, b, a, b, a, b].map((srv) => new Client(srv.url, { role: 'wall', sessionId: created.sessionId }));
    clients.push(moderator, ...walls);
    await Promise.all(walls.map((w) => w.snapshot()));
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(b.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    await phone.send('pledge:submit', pledgeFor('Across processes, once each.'));
    for (const w of walls) await w.waitForDelta('pledge', (d) => d.pledge.text === 'Across processes, once each.');
    await new Promise((r) => setTimeout(r, 150));
    for (const w of walls) {
      expect(w.deltas('pledge')).toHaveLength(1);
      const seqs = w.seqs();
      expect(new Set(seqs).size).toBe(seqs.length);
    }
  });

  test("a session written slice by slice on two processes: each writes the other's frames to its walls slice by slice, every commit once, in order", async () => {
    const WINDOW = 320;
    const app = { shardThreshold: 1, visitSockets: 1, coalesceWindowMs: () => WINDOW };
    const a = await startServer({ limitRules: { pledge: generous }, app });
    const b = await startServer({ prefix: a.prefix, limitRules: { pledge: generous }, app });
    servers.push(a, b);
    const { created, moderator, panelists } = await setupSession(a);
    const onA = [a, a].map((srv) => new Client(srv.url, { role: 'wall', sessionId: created.sessionId }));
    const onB = Array.from({ length: 12 }, () => new Client(b.url, { role: 'wall', sessionId: created.sessionId }));
    clients.push(moderator, ...onA, ...onB);
    await Promise.all([...onA, ...onB].map((w) => w.snapshot()));
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(a.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    const before = await storeSeq(moderator);
    const marks = onB.map((w) => w.received.length);

    const started = Date.now();
    const pledge = await versionedPledge(phone, 'of a pledge committed on the other process.');
    for (let i = 1; i <= 5; i++) {
      await pledge.edit();
      await new Promise((r) => setTimeout(r, 100));
    }
    const last = pledge.text();
    for (const w of [...onA, ...onB]) await w.waitForDelta('pledge', (d) => d.pledge.text === last, 4 * WINDOW);

    const firstHeard: number[] = [];
    for (const [i, w] of onB.entries()) {
      const seqs = w.seqs(marks[i]);
      expect(seqs.filter((s) => s > before)).toEqual(Array.from({ length: 6 }, (_, k) => before + 1 + k));
      expectOnceInOrder(seqs);
      const frames = w.received.slice(marks[i]).filter((r) => r.event === 'session:deltas' && (r.payload as { seqs: number[] }).seqs.some((s) => s > before));
      firstHeard.push(frames[0]!.at - started);
    }
    // Slice by slice on B too, not the whole room at once.
    expect(Math.max(...firstHeard) - Math.min(...firstHeard)).toBeGreaterThan(WINDOW / 4);
  });

  test('walls joining at once share full-state reads; a change is seen by the next joiner', async () => {
    const server = await startServer();
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    clients.push(moderator);
    // Count full reads on the real store underneath the running server.
    let fullReads = 0;
    const getAll = server.store.getAll.bind(server.store);
    server.store.getAll = (id: string) => (fullReads++, getAll(id));
    const walls = Array.from({ length: 50 }, () => new Client(server.url, { role: 'wall', sessionId: created.sessionId }));
    clients.push(...walls);
    const snaps = await Promise.all(walls.map((w) => w.snapshot()));
    expect(new Set(snaps.map((s) => s.seq)).size).toBe(1);
    expect(fullReads).toBeLessThan(10);
    await moderator.send('round:prompt', { prompt: 'Changed after the walls joined' });
    const late = new Client(server.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(late);
    expect((await late.snapshot()).round.prompt).toBe('Changed after the walls joined');
    console.log(`50 walls joining at once: ${fullReads} full reads`);
  });

  test("walls' first states go to them alone: nothing of theirs enters the processes' shared stream", async () => {
    const server = await startServer();
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    clients.push(moderator);
    const redis = (server.store as RedisStore).client;
    const stream = `${server.prefix}sio:stream`;
    const before = await redis.xLen(stream);
    const walls = Array.from({ length: 30 }, () => new Client(server.url, { role: 'wall', sessionId: created.sessionId }));
    clients.push(...walls);
    await Promise.all(walls.map((w) => w.snapshot()));
    // A frame to the room still goes to every process (one entry), and reaches every wall.
    await moderator.send('round:prompt', { prompt: 'After the walls joined' });
    for (const w of walls) await w.waitForDelta('round', (d) => d.round.prompt === 'After the walls joined');
    // Its frames and at most a heartbeat; not thirty snapshots.
    expect((await redis.xLen(stream)) - before).toBeLessThanOrEqual(4);
  });

  test('a connection that stops reading is dropped instead of queueing without end', async () => {
    const server = await startServer({
      limitRules: { moderate: generous },
      app: { slowConsumers: { maxQueuedPackets: 20, intervalMs: 100 } },
    });
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    clients.push(moderator);
    // A wall over long-polling that connects, reads once, then never polls again.
    const base = `${server.url}/socket.io/?EIO=4&transport=polling`;
    const open = await (await fetch(base)).text();
    const sid = JSON.parse(open.slice(1)).sid as string;
    await fetch(`${base}&sid=${sid}`, { method: 'POST', body: `40${JSON.stringify({ role: 'wall', sessionId: created.sessionId })}` });
    expect(await (await fetch(`${base}&sid=${sid}`)).text()).toContain('40');
    const connected = () => server.app.io.of('/').sockets.size;
    const before = connected();

    for (let i = 0; i < 40; i++) await moderator.send('round:prompt', { prompt: `Prompt revision ${i} ${'x'.repeat(300)}` });
    for (let i = 0; i < 40 && connected() >= before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(connected()).toBe(before - 1);
    // Everyone else is unaffected.
    expect((await moderator.send('session:sync')).ok).toBe(true);
  });
});
