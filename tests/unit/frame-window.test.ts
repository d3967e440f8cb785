import { Coalescer } from '../../server/realtime/coalescer';
import { deltaWindowMs, FANOUT_SHARE, MAX_WINDOW_MS, MIN_WRITE_US, reactionWindowMs, SMALL_ROOM, watchLoopDelay, WriteCost } from '../../server/realtime/frame-window';
import type { DeltaBatch, SessionDelta } from '../../shared/protocol';
import { samplePledge } from '../helpers/pledges';

const id = (n: number) => `${String(n).padStart(8, '0')}-1111-4111-8111-111111111111`;
const pledgeDelta = (seq: number, n: number): SessionDelta => ({ seq, kind: 'pledge', pledge: samplePledge({ id: id(n), text: `pledge ${n}`, updatedAt: seq }) });

describe('the adaptive window', () => {
  test('a small room waits for nothing, however late the loop', () => {
    expect(deltaWindowMs(2, 0)).toBe(0);
    expect(deltaWindowMs(SMALL_ROOM - 1, 200)).toBe(0);
  });

  test('a large room waits longer the larger it is, and longer again while the loop runs late, within a bound', () => {
    const calm = [500, 1000, 5000, 10000].map((n) => deltaWindowMs(n, 0));
    expect(calm[0]).toBeGreaterThan(0);
    for (let i = 1; i < calm.length; i++) expect(calm[i]).toBeGreaterThan(calm[i - 1]!);
    expect(deltaWindowMs(5000, 5)).toBe(deltaWindowMs(5000, 0));
    expect(deltaWindowMs(1000, 60)).toBeGreaterThan(2 * deltaWindowMs(1000, 0));
    expect(deltaWindowMs(5000, 60)).toBe(MAX_WINDOW_MS);
    expect(deltaWindowMs(20000, 1000)).toBe(MAX_WINDOW_MS);
  });

  test('a room of thousands gets a few frames a second: its frames take at most their share of the loop, or two a second', () => {
    for (const n of [1000, 2000, 5000, 7500, 10000, 20000]) {
      const window = deltaWindowMs(n, 0);
      const frameMs = (n * MIN_WRITE_US) / 1000;
      // Frames a second at most (one per window), times what each costs: within the share...
      if (window < MAX_WINDOW_MS) expect((1000 / window) * frameMs).toBeLessThanOrEqual(1000 * FANOUT_SHARE + 1);
      // ... unless the room is so large that the cap holds it at two frames a second.
      else expect(frameMs / FANOUT_SHARE).toBeGreaterThanOrEqual(MAX_WINDOW_MS);
    }
    expect(1000 / deltaWindowMs(5000, 0)).toBeGreaterThanOrEqual(2);
    expect(1000 / deltaWindowMs(5000, 0)).toBeLessThanOrEqual(5);
    expect(deltaWindowMs(10000, 0)).toBe(MAX_WINDOW_MS);
    // A costlier write (a busier machine) widens the window in proportion; a cheaper one keeps it.
    expect(deltaWindowMs(1500, 0, 2 * MIN_WRITE_US)).toBe(2 * deltaWindowMs(1500, 0));
    expect(deltaWindowMs(1500, 0, MIN_WRITE_US / 4)).toBe(deltaWindowMs(1500, 0));
  });

  test('the write cost is the median of the recent frames to large rooms: small rooms and one slow frame change nothing', () => {
    const cost = new WriteCost();
    expect(cost.perSocketUs()).toBe(MIN_WRITE_US);
    cost.record(10, 50); // 5 ms a socket in a room of 10: timers, not writes
    expect(cost.perSocketUs()).toBe(MIN_WRITE_US);
    for (let i = 0; i < 9; i++) cost.record(5000, 25); // 5 µs a socket: measured as it is
    expect(cost.perSocketUs()).toBe(5);
    cost.record(5000, 60_000); // one frame held up by a pause
    expect(cost.perSocketUs()).toBe(5);
    for (let i = 0; i < 5; i++) cost.record(5000, 200); // the machine gets busy: 40 µs a socket
    expect(cost.perSocketUs()).toBe(40);
  });

  test('counts alone cost a room of thousands at most a few writes a second per socket', () => {
    expect(reactionWindowMs(2)).toBe(100);
    expect(reactionWindowMs(5000)).toBe(1000);
    // Writes a second for the counts of a room of N sockets: N × 1000 / window.
    for (const n of [1000, 2000, 5000, 20000]) expect((n * 1000) / reactionWindowMs(n)).toBeLessThanOrEqual(Math.max(5000, n));
  });

  test('the loop watch reads a blocked loop as late', async () => {
    // Only this direction can be asserted on a shared machine: other load only adds delay.
    const watch = watchLoopDelay(200);
    try {
      // Block the loop in 80 ms slices until the watch has summed up a sample taken while blocked.
      // (Counting slices or time instead reads nothing when the test process is descheduled for a
      // few hundred ms: its last slices then end before the watch's summary ever runs.)
      const giveUp = Date.now() + 10_000;
      while (watch.ms() === 0 && Date.now() < giveUp) {
        const slice = Date.now() + 80;
        while (Date.now() < slice);
        await new Promise((r) => setImmediate(r));
      }
      expect(watch.ms()).toBeGreaterThan(40);
    } finally {
      watch.stop();
    }
  });
});

describe('frames under the adaptive window', () => {
  let t = 0;
  let sent: { room: string; batch: DeltaBatch; at: number }[] = [];
  let loopDelay = 0;
  const sizes: Record<string, number> = { small: 3, large: 5000 };
  const make = () =>
    new Coalescer({
      windowMs: (room) => deltaWindowMs(sizes[room]!, loopDelay),
      reactionWindowMs: (room) => reactionWindowMs(sizes[room]!),
      send: (room, batch) => sent.push({ room, batch, at: t }),
      now: () => t,
    });
  const advance = (ms: number) => {
    for (let i = 0; i < ms; i++) {
      t += 1;
      jest.advanceTimersByTime(1);
    }
  };

  beforeEach(() => {
    jest.useFakeTimers();
    t = 100_000;
    sent = [];
    loopDelay = 0;
  });
  afterEach(() => jest.useRealTimers());

  test('a small room gets each change on the next tick, in its own frame', () => {
    const c = make();
    for (let seq = 1; seq <= 3; seq++) {
      c.add('small', seq, [pledgeDelta(seq, seq)]);
      advance(5);
    }
    expect(sent.map((s) => s.batch.seqs)).toEqual([[1], [2], [3]]);
    // Each within a millisecond of its commit (the clock here moves in 1 ms steps).
    expect(sent.map((s) => s.at)).toEqual([100_001, 100_006, 100_011]);
  });

  test('a large room under loop delay gets one frame per window with every change in it, in order', () => {
    const c = make();
    loopDelay = 100;
    const window = deltaWindowMs(5000, loopDelay);
    expect(window).toBeGreaterThanOrEqual(300);
    // A first frame opens the rhythm; then 30 commits, one every 20 ms, over two windows.
    c.add('large', 1, [pledgeDelta(1, 1)]);
    advance(window);
    sent = [];
    for (let seq = 2; seq <= 31; seq++) {
      c.add('large', seq, [pledgeDelta(seq, seq)]);
      advance(20);
    }
    advance(window);
    const seqs = sent.flatMap((s) => s.batch.seqs);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    // 600 ms of commits in frames at least a window apart: two or three frames, not thirty.
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(600 / window) + 1);
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(window);
    for (const { batch } of sent) expect(batch.deltas.map((d) => d.seq)).toEqual(batch.seqs);
  });

  test('the same large room with a calm loop keeps a short window', () => {
    const c = make();
    c.add('large', 1, [pledgeDelta(1, 1)]);
    advance(1);
    c.add('large', 2, [pledgeDelta(2, 2)]);
    advance(deltaWindowMs(5000, 0));
    expect(sent.map((s) => s.batch.seqs)).toEqual([[1], [2]]);
    expect(sent[1]!.at - sent[0]!.at).toBe(deltaWindowMs(5000, 0));
  });

  test('counts alone wait for the reaction window; a change in the meantime takes them along at once', () => {
    const c = make();
    c.add('large', 1, []);
    advance(1);
    sent = [];
    c.addReactions('large', { v: 3, counts: { [id(1)]: 2 } });
    advance(500);
    expect(sent).toEqual([]);
    c.add('large', 2, [pledgeDelta(2, 2)]);
    advance(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.batch).toMatchObject({ seqs: [2], reactions: { v: 3, counts: { [id(1)]: 2 } } });
    // Counts alone again: next after a whole reaction window.
    c.addReactions('large', { v: 4, counts: { [id(1)]: 3 } });
    advance(999);
    expect(sent).toHaveLength(1);
    advance(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.batch).toEqual({ seqs: [], deltas: [], reactions: { v: 4, counts: { [id(1)]: 3 } } });
  });
});
