import { randomUUID } from 'node:crypto';
import type { DeltaBatch, ReactionFrame } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { hashSecret } from '../../server/security';
import { applyReactions, resetReactions, useReactions } from '../../client/store/reactions';
import { Client, newDeviceToken, refusedHandshake } from '../helpers/clients';
import { dropPrefix, dumpPrefix } from '../helpers/redis';
import { audiencePhone, phoneClient, pledgeFor, seatedPhone, sessionOnTwoServers, setupSession } from '../helpers/round';
import { serverSuite, startServer, type TestServer } from '../helpers/server';

/**
 * Viewers' support for pledges, on real servers sharing one Redis: audience phones and online
 * viewers' walls support a shown pledge once per device; the counts reach walls and consoles in
 * frames, a bounded number per second whatever the tap rate, and a client keeping per pledge the
 * count of the highest version it saw (client/store/reactions.ts) ends with the store's counts.
 */
describe('support for pledges', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  let other: TestServer;
  beforeAll(async () => {
    other = await startServer({ prefix: suite.server.prefix });
  });
  afterAll(() => other?.close());

  const viewer = (url: string, sessionId: string, viewerToken = newDeviceToken()) => track(new Client(url, { role: 'wall', sessionId, viewerToken }));
  /** What a client shows after its snapshot and every frame it received: the per-pledge highest-version rule. */
  const shownCounts = (c: Client) => {
    resetReactions();
    for (const r of c.received) {
      if (r.event === 'session:state') applyReactions((r.payload as { reactions: ReactionFrame }).reactions);
      if (r.event === 'session:deltas' && (r.payload as DeltaBatch).reactions) applyReactions((r.payload as DeltaBatch).reactions!);
    }
    return useReactions.getState().counts;
  };
  /** Waits until a client has heard counts read at version `v` or later. */
  const heardVersion = (c: Client, v: number, timeoutMs = 5000) => c.waitFor('session:deltas', (b) => (b.reactions?.v ?? -1) >= v, timeoutMs);
  /**
   * Waits until a client shows these counts. Each process sends the counts its own taps changed,
   * so the frame with the newest version may arrive before another process's frame with an older
   * pledge's last count: the counts are what must arrive, not a version.
   */
  const heardCounts = async (c: Client, counts: Record<string, number>, timeoutMs = 5000): Promise<DeltaBatch> => {
    const shown = () => {
      const now = shownCounts(c);
      return Object.entries(counts).every(([id, n]) => now[id] === n);
    };
    // Already shown: the last frame with counts is the one that completed them.
    if (shown()) return c.frames().filter((b) => b.reactions).pop()!;
    return c.waitFor('session:deltas', (b) => !!b.reactions && shown(), timeoutMs, c.received.length);
  };

  /** A session with three shown pledges, a pending one, a panelist still to pledge, walls and consoles on both processes. */
  async function reactionSession() {
    const s = await sessionOnTwoServers(suite.server, other.url);
    s.clients.forEach(track);
    const { sessionId, online, wallA, wallB } = s;
    const phones: Client[] = [];
    const shown: Pledge[] = [];
    for (let i = 0; i < 4; i++) {
      const { phone } = await seatedPhone(suite.server.url, sessionId, s.panelists[i]!.id);
      phones.push(track(phone));
      if (i < 3) shown.push((await phone.sendOk('pledge:submit', pledgeFor(`Shown pledge number ${i + 1}, to be supported.`))).pledge as Pledge);
    }
    const author = await audiencePhone(suite.server.url, sessionId, { presence: 'onsite', name: 'Ama' });
    track(author.phone);
    const pending = (await author.phone.sendOk('pledge:submit', pledgeFor('An audience pledge waiting for a moderator.'))).pledge as Pledge;
    const counts = async () => (await suite.server.store.reactionCounts(sessionId)).counts;
    return { ...s, sessionId, online, wallA, wallB, phones, shown, pending, counts, fan: () => audiencePhone(suite.server.url, sessionId, { presence: 'online' }) };
  }

  test('an audience phone supports a shown pledge once; undo counts down; walls and consoles on both processes get the counts', async () => {
    const s = await reactionSession();
    const id = s.shown[0]!.id;
    const fan = await s.fan();
    track(fan.phone);
    const on = await fan.phone.sendOk('reaction:set', { pledgeId: id, on: true });
    expect(on).toMatchObject({ pledgeId: id, on: true, count: 1, v: expect.any(Number) });
    for (const c of [s.wallA, s.wallB, s.moderator, s.online]) await c.waitFor('session:deltas', (b) => b.reactions?.counts[id] === 1);
    // Again from the same device, on this connection or another one on the other process: still one.
    expect(await fan.phone.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1, v: on.v });
    const tab = track(new Client(other.url, { role: 'phone', sessionId: s.sessionId, deviceToken: fan.deviceToken }));
    expect((await tab.snapshot()).you.reacted).toEqual([id]);
    expect(await tab.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1, v: on.v });
    const second = await s.fan();
    track(second.phone);
    expect(await second.phone.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 2 });
    expect(await s.counts()).toEqual({ [id]: 2 });
    // Taken back: counts down, once.
    const off = await tab.sendOk('reaction:set', { pledgeId: id, on: false });
    expect(off).toMatchObject({ on: false, count: 1 });
    expect(await fan.phone.sendOk('reaction:set', { pledgeId: id, on: false })).toMatchObject({ count: 1, v: off.v });
    for (const c of [s.wallA, s.wallB, s.moderator, s.online]) {
      await heardVersion(c, off.v);
      expect(shownCounts(c)[id]).toBe(1);
    }
    // Taps are not commits: no seq, no activity line.
    const snap = await s.moderator.send('session:sync');
    expect(snap.ok && snap.snapshot.activity.map((e: { action: string }) => e.action)).toEqual(['open']);
  });

  test('who may support what: viewer walls yes; projector walls, panelists, consoles and pending pledges no; nothing stored when refused', async () => {
    const s = await reactionSession();
    const id = s.shown[1]!.id;
    const fan = await s.fan();
    track(fan.phone);
    const projector = track(s.wall());
    const unjoined = track(phoneClient(suite.server.url, s.sessionId).phone);
    const looker = viewer(other.url, s.sessionId);
    await Promise.all([projector.snapshot(), unjoined.snapshot(), looker.snapshot()]);
    const before = await dumpPrefix(suite.server.prefix);
    for (const c of [projector, s.phones[0]!, unjoined, s.moderator]) {
      expect(await c.send('reaction:set', { pledgeId: id, on: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    // A viewer token is a secret of 128 bits or more, like a phone's.
    for (const viewerToken of ['short', 'x'.repeat(21), '!'.repeat(22)]) {
      expect((await refusedHandshake(suite.server.url, { role: 'wall', sessionId: s.sessionId, viewerToken })).message).toBe('invalid_payload');
    }
    const elsewhere = await setupSession(suite.server);
    track(elsewhere.moderator);
    await elsewhere.moderator.sendOk('round:open', {});
    const { phone: foreignPhone } = await seatedPhone(suite.server.url, elsewhere.created.sessionId, elsewhere.panelists[0]!.id);
    track(foreignPhone);
    const foreign = (await foreignPhone.sendOk('pledge:submit', pledgeFor('A pledge of another session.'))).pledge as Pledge;
    const afterForeign = await dumpPrefix(suite.server.prefix);
    for (const c of [fan.phone, looker]) {
      for (const pledgeId of [s.pending.id, foreign.id, randomUUID()]) {
        expect(await c.send('reaction:set', { pledgeId, on: true })).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
      }
      for (const payload of [{ pledgeId: 'not-a-uuid', on: true }, { pledgeId: id, on: 'yes' }, { pledgeId: id }, { pledgeId: id, on: true, count: 9 }]) {
        expect(await c.send('reaction:set', payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
      }
    }
    expect(await dumpPrefix(suite.server.prefix)).toEqual(afterForeign);
    expect(await s.counts()).toEqual({});
    // An online viewer's wall page supports like a phone, once per viewer token.
    expect(await looker.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1 });
    expect(await fan.phone.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 2 });
    // A hidden pledge takes no new support, but what was given can be taken back.
    await s.moderator.sendOk('pledge:hide', { pledgeId: id });
    const late = await s.fan();
    track(late.phone);
    expect(await late.phone.send('reaction:set', { pledgeId: id, on: true })).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
    expect(await looker.sendOk('reaction:set', { pledgeId: id, on: false })).toMatchObject({ count: 1 });
  });

  test('snapshots carry the counts of the pledges shown and what this device supports, after a reconnect too', async () => {
    const s = await reactionSession();
    const [a, b, c] = s.shown.map((p) => p.id) as [string, string, string];
    const fan = await s.fan();
    track(fan.phone);
    const token = newDeviceToken();
    const looker = viewer(other.url, s.sessionId, token);
    await looker.snapshot();
    await fan.phone.sendOk('reaction:set', { pledgeId: a, on: true });
    await fan.phone.sendOk('reaction:set', { pledgeId: b, on: true });
    await looker.sendOk('reaction:set', { pledgeId: b, on: true });
    await looker.sendOk('reaction:set', { pledgeId: c, on: true });
    // c leaves the walls: its count stays with the consoles, not with the readers.
    await s.moderator.sendOk('pledge:hide', { pledgeId: c });
    const v = (await suite.server.store.reactionCounts(s.sessionId)).v;
    fan.phone.close();
    looker.close();
    const phoneAgain = track(new Client(other.url, { role: 'phone', sessionId: s.sessionId, deviceToken: fan.deviceToken }));
    const viewerAgain = viewer(suite.server.url, s.sessionId, token);
    const projector = track(new Client(other.url, { role: 'wall', sessionId: s.sessionId }));
    const [p, w, plain] = await Promise.all([phoneAgain.snapshot(), viewerAgain.snapshot(), projector.snapshot()]);
    expect(p.you.reacted.sort()).toEqual([a, b].sort());
    expect(w.you.reacted.sort()).toEqual([b, c].sort());
    expect(plain.you.reacted).toEqual([]);
    for (const snap of [p, w, plain]) expect(snap.reactions).toEqual({ v, counts: { [a]: 1, [b]: 2 } });
    const mod = await s.moderator.send('session:sync');
    expect(mod.ok && mod.snapshot.reactions).toEqual({ v, counts: { [a]: 1, [b]: 2, [c]: 1 } });
    // A panelist's phone sees its own pledge's count only.
    const panelist = await s.phones[1]!.send('session:sync');
    expect(panelist.ok && panelist.snapshot.reactions).toEqual({ v, counts: { [b]: 2 } });
  });

  test('500 taps in a second from 100 sockets: a bounded number of frames, exact final counts, and a pledge is not held up', async () => {
    const s = await reactionSession();
    const ids = s.shown.map((p) => p.id);
    const fans = await Promise.all(Array.from({ length: 50 }, () => s.fan()));
    const lookers = Array.from({ length: 50 }, () => viewer(suite.server.url, s.sessionId));
    await Promise.all(lookers.map((l) => l.snapshot()));
    const tappers = [...fans.map((f) => track(f.phone)), ...lookers];
    // Each socket taps five times, one tap per wave, waves 200 ms apart: 100 taps per wave.
    const plan = tappers.map((_, i) => [0, 1, 0, 2, 1].map((k, wave) => ({ pledgeId: ids[(i + k) % 3]!, on: wave !== 2 && !(wave === 4 && i % 2 === 0) })));
    // What each device's taps did: a tap past the server's in-flight cap is refused at once
    // (`rate_limited`, changing nothing), so the truth is every device's last accepted tap per pledge.
    const accepted = tappers.map(() => [] as { pledgeId: string; on: boolean }[]);
    let refused = 0;
    const marks = [s.wallA, s.wallB].map((w) => w.received.length);
    const start = Date.now();
    let pledgeAckAt = 0;
    const chains = tappers.map((c, i) =>
      plan[i]!.reduce<Promise<unknown>>(
        (prev, tap, wave) =>
          prev.then(async () => {
            const wait = start + wave * 200 - Date.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            const ack = await c.send('reaction:set', tap);
            if (!ack.ok) {
              expect(ack.error.code).toBe('rate_limited');
              refused++;
              return;
            }
            expect(ack).toMatchObject({ pledgeId: tap.pledgeId, on: tap.on });
            accepted[i]!.push(tap);
          }),
        Promise.resolve(),
      ),
    );
    // Mid-flood, the last panelist pledges.
    const submitted = new Promise((r) => setTimeout(r, 300)).then(async () => {
      const sent = Date.now();
      const ack = await s.phones[3]!.sendOk('pledge:submit', pledgeFor('A pledge made while the room taps away.'));
      pledgeAckAt = Date.now() - sent;
      return ack.pledge as Pledge;
    });
    await Promise.all(chains);
    const pledge = await submitted;
    const expected: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const taps of accepted) {
      const state = new Map<string, boolean>();
      for (const tap of taps) state.set(tap.pledgeId, tap.on);
      for (const [id, on] of state) if (on) expected[id]!++;
    }
    // Most taps get through (a wave is 100 at once, under the in-flight cap).
    expect(refused).toBeLessThan(250);
    const store = await suite.server.store.reactionCounts(s.sessionId);
    expect(store.counts).toEqual(expected);
    for (const [w, mark] of [s.wallA, s.wallB].map((x, i) => [x, marks[i]!] as const)) {
      const last = await heardCounts(w, store.counts);
      const elapsed = Date.now() - start;
      const frames = w.received.slice(mark).filter((r) => r.event === 'session:deltas');
      const withCounts = frames.filter((r) => (r.payload as DeltaBatch).reactions);
      // At most one count update per 100 ms (and one to start), against 500 taps.
      expect(withCounts.length).toBeLessThanOrEqual(Math.floor(elapsed / 100) + 1);
      expect(shownCounts(w)).toEqual(expect.objectContaining(store.counts));
      expect(last.reactions!.v).toBeLessThanOrEqual(store.v);
      // The pledge reached the wall before the flood's last counts did.
      const pledgeAt = frames.findIndex((r) => (r.payload as DeltaBatch).deltas.some((d) => d.kind === 'pledge' && d.pledge.id === pledge.id));
      expect(pledgeAt).toBeGreaterThanOrEqual(0);
      expect(pledgeAt).toBeLessThan(frames.findIndex((r) => r.payload === last));
      console.log(`flood: ${withCounts.length} count frames in ${elapsed} ms at a wall; ${refused} of 500 taps refused; pledge acknowledged in ${pledgeAckAt} ms`);
    }
  });

  test('taps on two processes at once: walls on both end with the store’s counts', async () => {
    const s = await reactionSession();
    const ids = s.shown.map((p) => p.id);
    const here = await Promise.all(Array.from({ length: 20 }, () => s.fan()));
    here.forEach((f) => track(f.phone));
    const there = Array.from({ length: 20 }, () => viewer(other.url, s.sessionId));
    await Promise.all(there.map((l) => l.snapshot()));
    const tappers = [...here.map((f) => f.phone), ...there];
    for (let wave = 0; wave < 4; wave++) {
      await Promise.all(tappers.map((c, i) => c.sendOk('reaction:set', { pledgeId: ids[(i + wave) % 3]!, on: (i + wave) % 4 !== 0 })));
    }
    const store = await suite.server.store.reactionCounts(s.sessionId);
    for (const c of [s.wallA, s.wallB, s.moderator, s.online]) {
      await heardCounts(c, store.counts);
      expect(shownCounts(c)).toEqual(expect.objectContaining(store.counts));
    }
  });

  test('one device may tap 40 times in 10 seconds; more is rate_limited and counts nothing', async () => {
    const s = await reactionSession();
    const id = s.shown[0]!.id;
    const fan = await s.fan();
    track(fan.phone);
    const answers = [];
    for (let i = 0; i < 45; i++) answers.push(await fan.phone.send('reaction:set', { pledgeId: id, on: i % 2 === 0 }));
    expect(answers.slice(0, 40).every((a) => a.ok)).toBe(true);
    expect(answers.slice(40)).toEqual(Array(5).fill({ ok: false, error: { code: 'rate_limited', message: expect.any(String) } }));
    // The 40th tap (an undo) was the last to count; another device is not held back.
    expect(await s.counts()).toEqual({ [id]: 0 });
    const looker = viewer(suite.server.url, s.sessionId);
    await looker.snapshot();
    expect(await looker.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1 });
  });
});

describe.each(['memory', 'redis'] as const)('support on the %s store', (store) => {
  let server: TestServer;
  const clients: { close(): void }[] = [];
  beforeAll(async () => {
    server = await startServer({ store });
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server.close();
    if (store === 'redis') await dropPrefix(server.prefix);
  });

  test('a device counts once per pledge, versions grow with every change only, and a wall hears the count', async () => {
    const s = await setupSession(server);
    clients.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    const { phone } = await seatedPhone(server.url, s.created.sessionId, s.panelists[0]!.id);
    clients.push(phone);
    const id = ((await phone.sendOk('pledge:submit', pledgeFor('A pledge to support on either store.'))).pledge as Pledge).id;
    const second = await seatedPhone(server.url, s.created.sessionId, s.panelists[1]!.id);
    clients.push(second.phone);
    const other = ((await second.phone.sendOk('pledge:submit', pledgeFor('Another pledge to support on either store.'))).pledge as Pledge).id;
    const st = server.store;
    const sid = s.created.sessionId;
    // The store itself refuses support for a pledge the walls do not show, and knows a missing session.
    expect(await st.react(sid, randomUUID(), 'device-1', true)).toBe('not-shown');
    expect(await st.react('no-such-session', id, 'device-1', true)).toBe('missing');
    expect(await st.reactionCounts(sid)).toEqual({ v: 0, counts: {} });
    expect(await st.reactionCounts(sid, [id])).toEqual({ v: 0, counts: { [id]: 0 } });
    expect(await st.react(sid, id, 'device-1', true)).toEqual({ count: 1, changed: true, v: 1 });
    expect(await st.react(sid, id, 'device-1', true)).toEqual({ count: 1, changed: false, v: 1 });
    expect(await st.react(sid, id, 'device-2', true)).toEqual({ count: 2, changed: true, v: 2 });
    expect(await st.react(sid, other, 'device-1', false)).toEqual({ count: 0, changed: false, v: 2 });
    expect(await st.react(sid, other, 'device-1', true)).toEqual({ count: 1, changed: true, v: 3 });
    expect(await st.react(sid, id, 'device-2', false)).toEqual({ count: 1, changed: true, v: 4 });
    expect(await st.reactionCounts(sid)).toEqual({ v: 4, counts: { [id]: 1, [other]: 1 } });
    const never = randomUUID();
    expect(await st.reactionCounts(sid, [other, never])).toEqual({ v: 4, counts: { [other]: 1, [never]: 0 } });
    expect((await st.reactedBy(sid, 'device-1')).sort()).toEqual([id, other].sort());
    expect(await st.reactedBy(sid, 'device-2')).toEqual([]);
    expect(await st.reactionCounts('another-session')).toEqual({ v: 0, counts: {} });
    // Through the server: a viewer's tap reaches a wall with the count at its version.
    const wall = new Client(server.url, { role: 'wall', sessionId: sid });
    const looker = new Client(server.url, { role: 'wall', sessionId: sid, viewerToken: newDeviceToken() });
    clients.push(wall, looker);
    await Promise.all([wall.snapshot(), looker.snapshot()]);
    const ack = await looker.sendOk('reaction:set', { pledgeId: id, on: true });
    expect(ack).toEqual({ ok: true, pledgeId: id, on: true, count: 2, v: 5 });
    await wall.waitFor('session:deltas', (b) => b.reactions?.v === 5 && b.reactions.counts[id] === 2);
  });

  test('a device’s support for the pledge its seat or membership made is refused with nothing written; taking back is allowed', async () => {
    const s = await setupSession(server);
    clients.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    const seated = await seatedPhone(server.url, s.created.sessionId, s.panelists[0]!.id);
    clients.push(seated.phone);
    const id = ((await seated.phone.sendOk('pledge:submit', pledgeFor('A pledge its own device may not support.'))).pledge as Pledge).id;
    const sid = s.created.sessionId;
    const own = hashSecret(seated.deviceToken);
    expect(await server.store.react(sid, id, own, true)).toBe('own');
    expect(await server.store.reactionCounts(sid)).toEqual({ v: 0, counts: {} });
    expect(await server.store.react(sid, id, own, false)).toEqual({ count: 0, changed: false, v: 0 });
    expect(await server.store.react(sid, id, 'another-device', true)).toEqual({ count: 1, changed: true, v: 1 });
    expect(await server.store.reactedBy(sid, own)).toEqual([]);
  });
});
