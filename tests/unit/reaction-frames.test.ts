import { Coalescer } from '../../server/realtime/coalescer';
import { ReactionFrames } from '../../server/realtime/reaction-frames';
import type { DeltaBatch, ReactionFrame, SessionDelta } from '../../shared/protocol';
import { applyReactions, resetReactions, useReactions } from '../../client/store/reactions';
import { samplePledge } from '../helpers/pledges';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

/**
 * Support counts on their way to the walls: taps only mark pledges, and at most one load of
 * their counts per session per interval is handed on (realtime/reaction-frames.ts); the
 * coalescer puts the counts in a room's next frame, each count with the version it was read at
 * (realtime/coalescer.ts), so a client keeping per pledge the count of the highest version it has
 * seen (client/store/reactions.ts) ends with the store's counts whatever crosses.
 */
describe('reaction frames: taps -> a bounded number of count loads', () => {
  let t = 0;
  let loads: { sessionId: string; ids: string[] }[] = [];
  let delivered: { sessionId: string; frame: ReactionFrame }[] = [];
  let failNext = 0;
  let v = 0;
  const make = (load?: (sessionId: string, ids: string[]) => Promise<ReactionFrame>) =>
    new ReactionFrames(
      load ??
        (async (sessionId, ids) => {
          loads.push({ sessionId, ids: [...ids].sort() });
          if (failNext > 0) {
            failNext--;
            throw new Error('store unavailable');
          }
          return { v: ++v, counts: Object.fromEntries(ids.map((id) => [id, id.length + v])) };
        }),
      (sessionId, frame) => delivered.push({ sessionId, frame }),
      100,
      () => t,
    );
  /** Moves the clock and the timers together, letting the loads' promises settle. */
  const advance = async (ms: number) => {
    t += ms;
    await jest.advanceTimersByTimeAsync(ms);
  };

  beforeEach(() => {
    jest.useFakeTimers();
    t = 50_000;
    v = 0;
    loads = [];
    delivered = [];
    failNext = 0;
  });
  afterEach(() => jest.useRealTimers());

  test('the first tap is loaded at once; a storm of taps within the interval makes one load of every marked pledge', async () => {
    const frames = make();
    frames.mark('s1', A);
    await advance(0);
    expect(loads).toEqual([{ sessionId: 's1', ids: [A] }]);
    expect(delivered).toEqual([{ sessionId: 's1', frame: { v: 1, counts: { [A]: 37 } } }]);
    // 300 taps on three pledges within the next 100 ms: one load when the interval is over.
    for (let i = 0; i < 300; i++) {
      frames.mark('s1', [A, B, C][i % 3]!);
      if (i % 30 === 29) await advance(9);
    }
    expect(loads).toHaveLength(1);
    await advance(10);
    expect(loads).toEqual([
      { sessionId: 's1', ids: [A] },
      { sessionId: 's1', ids: [A, B, C].sort() },
    ]);
    // What was loaded is handed on as it is: absolute counts at one version.
    expect(delivered[1]).toEqual({ sessionId: 's1', frame: { v: 2, counts: { [A]: 38, [B]: 38, [C]: 38 } } });
    // Quiet: nothing more.
    await advance(1000);
    expect(loads).toHaveLength(2);
    frames.stop();
  });

  test('over a second of steady tapping, at most one load per interval per session; sessions are timed apart', async () => {
    const frames = make();
    for (let ms = 0; ms < 1000; ms += 5) {
      frames.mark('s1', ms % 10 ? A : B);
      if (ms % 50 === 0) frames.mark('s2', C);
      await advance(5);
    }
    await advance(200);
    const per = (s: string) => loads.filter((l) => l.sessionId === s).length;
    expect(per('s1')).toBeLessThanOrEqual(11);
    expect(per('s1')).toBeGreaterThanOrEqual(9);
    expect(per('s2')).toBeLessThanOrEqual(11);
    // Every mark made it into a load that was delivered.
    expect(delivered.filter((d) => d.sessionId === 's1').at(-1)!.frame.counts).toHaveProperty(A);
    frames.stop();
  });

  test('a load that fails is retried with its pledges at the next interval, together with newer taps', async () => {
    const frames = make();
    failNext = 1;
    frames.mark('s1', A);
    frames.mark('s1', B);
    await advance(0);
    expect(loads).toEqual([{ sessionId: 's1', ids: [A, B].sort() }]);
    expect(delivered).toEqual([]);
    frames.mark('s1', C);
    await advance(100);
    expect(loads[1]).toEqual({ sessionId: 's1', ids: [A, B, C].sort() });
    expect(delivered).toEqual([{ sessionId: 's1', frame: expect.objectContaining({ counts: expect.objectContaining({ [A]: expect.any(Number), [B]: expect.any(Number), [C]: expect.any(Number) }) }) }]);
    frames.stop();
  });

  test('stopped (the server closes) while a load is out: a failure arms no timer and delivers nothing', async () => {
    let reject!: (err: Error) => void;
    const frames = make(() => new Promise((_resolve, r) => (reject = r)));
    frames.mark('s1', A);
    await advance(0);
    frames.stop();
    reject(new Error('store closed'));
    await advance(0);
    expect(jest.getTimerCount()).toBe(0);
    await advance(1000);
    expect(delivered).toEqual([]);
  });
});

describe('coalescer: counts ride in frames, each with the version it was read at', () => {
  let sent: { room: string; batch: DeltaBatch }[] = [];
  const make = (windowMs = 0) => new Coalescer({ windowMs: () => windowMs, send: (room, batch) => sent.push({ room, batch }), now: () => 0 });
  /** A client applying every frame it received, in order, with the per-pledge highest-version rule. */
  const client = (...before: ReactionFrame[]) => {
    resetReactions();
    for (const f of before) applyReactions(f);
    for (const { batch } of sent) if (batch.reactions) applyReactions(batch.reactions);
    return useReactions.getState().counts;
  };

  beforeEach(() => {
    jest.useFakeTimers();
    sent = [];
  });
  afterEach(() => jest.useRealTimers());

  test('deltas and counts of one tick travel in one frame', () => {
    const c = make();
    const delta: SessionDelta = { seq: 4, kind: 'pledge', pledge: samplePledge({ id: A }) };
    c.add('readers', 4, [delta]);
    c.addReactions('readers', { v: 3, counts: { [A]: 2 } });
    c.addReactions('moderators', { v: 3, counts: { [A]: 2 } });
    jest.advanceTimersByTime(0);
    expect(sent).toEqual([
      { room: 'readers', batch: { seqs: [4], deltas: [delta], reactions: { v: 3, counts: { [A]: 2 } } } },
      { room: 'moderators', batch: { seqs: [], deltas: [], reactions: { v: 3, counts: { [A]: 2 } } } },
    ]);
  });

  test('two loads in one window: the newer count of a pledge wins, and no count is labelled with a version it was not read at', () => {
    const c = make(100);
    c.addReactions('readers', { v: 5, counts: { [A]: 1, [B]: 1 } });
    c.addReactions('readers', { v: 7, counts: { [A]: 2 } });
    jest.advanceTimersByTime(100);
    // Another process's frame, read at v6, told the client B has 4 (its B was read after this one's v5).
    expect(client({ v: 6, counts: { [B]: 4 } })).toEqual({ [A]: 2, [B]: 4 });
    // Without it, the counts are the latest this process read.
    expect(client()).toEqual({ [A]: 2, [B]: 1 });
    // A pledge travels once, at its newest version, all of them in the window's one frame.
    const carried = sent.flatMap(({ batch }) => {
      const r = batch.reactions;
      return r ? Object.keys(r.counts).map((id) => `${id}@${r.versions?.[id] ?? r.v}`) : [];
    });
    expect(carried.sort()).toEqual([`${A}@7`, `${B}@5`].sort());
    expect(sent).toHaveLength(1);
  });

  test('an older load that lands after a newer one in the same window keeps the newer count and its own version', () => {
    const c = make(100);
    c.add('readers', 9, []);
    c.addReactions('readers', { v: 7, counts: { [A]: 2 } });
    c.addReactions('readers', { v: 5, counts: { [A]: 1, [C]: 1 } });
    jest.advanceTimersByTime(100);
    expect(client({ v: 6, counts: { [C]: 5 } })).toEqual({ [A]: 2, [C]: 5 });
    expect(client()).toEqual({ [A]: 2, [C]: 1 });
    // The commit's seq is in exactly one frame.
    expect(sent.flatMap(({ batch }) => batch.seqs)).toEqual([9]);
  });

  test('loads at the same version merge into one frame', () => {
    const c = make(100);
    c.addReactions('readers', { v: 8, counts: { [A]: 2 } });
    c.addReactions('readers', { v: 8, counts: { [B]: 3 } });
    jest.advanceTimersByTime(100);
    expect(sent).toEqual([{ room: 'readers', batch: { seqs: [], deltas: [], reactions: { v: 8, counts: { [A]: 2, [B]: 3 } } } }]);
  });
});
