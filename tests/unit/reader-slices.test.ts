import { COMMANDS_FIRST_MS, MAX_SPAN_MS, PRIORITY_FIRST_MS, ReaderSlices, type CommandLoad, type ReaderSlicesOptions } from '../../server/realtime/reader-slices';
import type { DeltaBatch, SessionDelta } from '../../shared/protocol';
import { samplePledge } from '../helpers/pledges';

const SLICES = Array.from({ length: 8 }, (_, k) => `slice-${k}`);
const WINDOW = 80; // a visit every 10 ms
const REACTIONS = 200;
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const pledgeDelta = (seq: number, id: string, text: string): SessionDelta => ({ seq, kind: 'pledge', pledge: samplePledge({ id, text, updatedAt: seq }) });

describe('readers written slice by slice on a rolling schedule', () => {
  let written: { room: string; batch: DeltaBatch; at: number }[] = [];
  let empty = new Set<string>();
  const make = (over: Partial<ReaderSlicesOptions> = {}) =>
    new ReaderSlices({
      slices: SLICES,
      sockets: (room) => (empty.has(room) ? 0 : 10),
      windowMs: () => WINDOW,
      reactionWindowMs: () => REACTIONS,
      write: (rooms, batch) => rooms.forEach((room) => written.push({ room, batch, at: Date.now() })),
      // Each slice visited alone, unless a test says otherwise.
      visitSockets: 1,
      ...over,
    });
  /** Moves the clock and the timers together (the fake timers fake Date.now too). */
  const advance = (ms: number) => jest.advanceTimersByTime(ms);
  const to = (room: string) => written.filter((w) => w.room === room);

  beforeEach(() => {
    jest.useFakeTimers({ now: 10_000 });
    written = [];
    empty = new Set();
  });
  afterEach(() => jest.useRealTimers());

  test('a busy room: each slice gets at most one frame per window, with every change it lacked, in commit order', () => {
    const slices = make();
    // A change every 15 ms for half a second, pledge A rewritten again and again, B now and then.
    for (let seq = 1; seq <= 33; seq++) {
      slices.add(seq, [pledgeDelta(seq, seq % 4 === 0 ? B : A, `version ${seq}`)]);
      advance(15);
    }
    advance(WINDOW * 2);
    expect(slices.idle).toBe(true);
    for (const room of SLICES) {
      const frames = to(room);
      // Every seq exactly once, in order, across the slice's frames.
      expect(frames.flatMap((f) => f.batch.seqs)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
      // Never two frames within a window: far fewer frames than changes.
      for (let i = 1; i < frames.length; i++) expect(frames[i]!.at - frames[i - 1]!.at).toBeGreaterThanOrEqual(WINDOW);
      expect(frames.length).toBeLessThanOrEqual(8);
      // Within a frame each pledge once, at its newest; the newest of all is what the slice holds last.
      const pledgeOf = (seq: number) => (seq % 4 === 0 ? B : A);
      for (const { batch } of frames) {
        const ids = batch.deltas.map((d) => (d.kind === 'pledge' ? d.pledge.id : ''));
        expect(new Set(ids).size).toBe(ids.length);
        for (const [i, d] of batch.deltas.entries()) expect(d.seq).toBe(Math.max(...batch.seqs.filter((s) => pledgeOf(s) === ids[i])));
      }
      const last = frames.flatMap((f) => f.batch.deltas).filter((d) => d.kind === 'pledge' && d.pledge.id === A).pop();
      expect(last?.kind === 'pledge' && last.pledge.text).toBe('version 33');
    }
  });

  test('after the loop was held up, the visits go on from there: no slice gets two frames within much less than a window', () => {
    const slices = make();
    for (let seq = 1; seq <= 20; seq++) {
      slices.add(seq, [pledgeDelta(seq, A, `version ${seq}`)]);
      advance(15);
      // Held up for most of a window once, between two visits (no timer runs meanwhile).
      if (seq === 6) jest.setSystemTime(Date.now() + WINDOW - 15);
    }
    advance(WINDOW * 2);
    expect(slices.idle).toBe(true);
    for (const room of SLICES) {
      const frames = to(room);
      expect(frames.flatMap((f) => f.batch.seqs)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      for (let i = 1; i < frames.length; i++) expect(frames[i]!.at - frames[i - 1]!.at).toBeGreaterThanOrEqual(WINDOW - WINDOW / SLICES.length);
    }
  });

  test('the slices are visited in turn across the window, so a change waits at most one window and the writes are spread', () => {
    const slices = make();
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(WINDOW + 5);
    const first = SLICES.map((room) => to(room)[0]!.at - 10_000);
    // The slice under the cursor at once, then one every window / slices.
    expect(first).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
    // Nothing waits: the writer rests, without a timer.
    expect(slices.idle).toBe(true);
    expect(jest.getTimerCount()).toBe(0);

    // After the pause the cursor goes on where it stopped, and no change waits longer than a window.
    advance(500);
    written = [];
    const sent = Date.now();
    slices.add(2, [pledgeDelta(2, B, 'second')]);
    advance(WINDOW + 5);
    const waits = SLICES.map((room) => to(room)[0]!.at - sent);
    expect(Math.max(...waits)).toBeLessThan(WINDOW);
    expect(new Set(waits).size).toBe(SLICES.length);
  });

  test('slices too small for a cheap visit are visited in groups holding enough sockets, each group as one broadcast', () => {
    const visits: { rooms: readonly string[]; at: number }[] = [];
    // Ten sockets a slice: groups of four slices for 40 sockets a visit, two visits a window.
    const slices = make({ visitSockets: 40, write: (rooms) => visits.push({ rooms, at: Date.now() - 10_000 }) });
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(WINDOW + 5);
    expect(visits).toEqual([
      { rooms: SLICES.slice(0, 4), at: 0 },
      { rooms: SLICES.slice(4), at: WINDOW / 2 },
    ]);

  });

  test('the sockets are counted when a round starts: a room that fills up mid-round gets smaller groups from the next round on', () => {
    let perSlice = 10;
    const visits: { rooms: readonly string[]; at: number }[] = [];
    const slices = make({ visitSockets: 40, sockets: () => perSlice, write: (rooms) => visits.push({ rooms, at: Date.now() - 10_000 }) });
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(WINDOW / 4);
    // Filled up between the round's two visits: the second still takes four slices.
    perSlice = 50;
    advance(WINDOW);
    expect(visits.map((v) => v.rooms)).toEqual([SLICES.slice(0, 4), SLICES.slice(4)]);
    // The next round, each slice alone, a step apart.
    visits.length = 0;
    const start = Date.now() - 10_000;
    slices.add(2, [pledgeDelta(2, A, 'second')]);
    advance(WINDOW + 5);
    expect(visits.map((v) => v.rooms)).toEqual(SLICES.map((room) => [room]));
    expect(visits.map((v) => v.at - start)).toEqual(SLICES.map((_, k) => (k * WINDOW) / SLICES.length));
  });

  test('a group whose slices are at different places in the log gets a broadcast per place; an empty slice gets nothing', () => {
    empty = new Set(['slice-1']);
    const visits: { rooms: readonly string[]; seqs: number[] }[] = [];
    let perSlice = 100;
    const slices = make({
      visitSockets: 30,
      sockets: (room) => (empty.has(room) ? 0 : perSlice),
      write: (rooms, batch) => visits.push({ rooms, seqs: batch.seqs }),
    });
    // A round one slice a visit: slice 0 gets seq 1 alone, the later slices seqs 1 and 2.
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(5);
    slices.add(2, [pledgeDelta(2, B, 'second')]);
    advance(70);
    // Fewer sockets before the next round starts (groups of four), and seq 3 just before it.
    perSlice = 10;
    slices.add(3, [pledgeDelta(3, A, 'third')]);
    advance(WINDOW * 2);
    expect(visits).toEqual([
      { rooms: ['slice-0'], seqs: [1] },
      ...['slice-2', 'slice-3', 'slice-4', 'slice-5', 'slice-6', 'slice-7'].map((room) => ({ rooms: [room], seqs: [1, 2] })),
      { rooms: ['slice-0'], seqs: [2, 3] },
      { rooms: ['slice-2', 'slice-3'], seqs: [3] },
      { rooms: ['slice-4', 'slice-5', 'slice-6', 'slice-7'], seqs: [3] },
    ]);
    expect(slices.idle).toBe(true);
  });

  describe('commands first', () => {
    // A window of 400 ms: a visit every 50 ms, so a visit may wait the whole COMMANDS_FIRST_MS.
    const LONG = 400;
    const at = (room: string) => to(room).map((f) => f.at - 10_000);

    test('a visit waits for the commands being handled, COMMANDS_FIRST_MS at most; the beat holds', () => {
      let busy = false;
      const slices = make({ commands: () => (busy ? 'light' : 'none'), windowMs: () => LONG });
      slices.add(1, [pledgeDelta(1, A, 'first')]);
      advance(1);
      expect(at('slice-0')).toEqual([0]);
      // A command from 45 ms to 55 ms: slice 1's visit, due at 50 ms, waits for it.
      advance(44);
      busy = true;
      advance(10);
      expect(at('slice-1')).toEqual([]);
      busy = false;
      advance(2);
      // Written at the first look after the command (it looks every millisecond).
      expect(at('slice-1')).toEqual([56]);
      // Slice 2 on its own time: the wait did not push the beat back.
      advance(50);
      expect(at('slice-2')).toEqual([100]);
      // Commands without pause: each visit waits COMMANDS_FIRST_MS, no longer, even when a new
      // commit comes while it waits.
      busy = true;
      advance(48);
      // Mid-wait (slice 3 has waited since 150 ms).
      slices.add(2, [pledgeDelta(2, B, 'second')]);
      advance(66);
      expect([at('slice-3'), at('slice-4')]).toEqual([[150 + COMMANDS_FIRST_MS], [200 + COMMANDS_FIRST_MS]]);
      busy = false;
      advance(LONG);
      expect(SLICES.map((room) => to(room).flatMap((f) => f.batch.seqs))).toEqual(SLICES.map(() => [1, 2]));
      expect(slices.idle).toBe(true);
    });

    test('a visit waits longer for a priority command (a pledge, a moderator\'s step) than for taps, PRIORITY_FIRST_MS at most', () => {
      // A window of 800 ms: a visit every 100 ms, so half a step (50 ms) leaves PRIORITY_FIRST_MS to bind.
      let busy = false;
      let priority = false;
      const slices = make({ commands: () => (priority ? 'priority' : busy ? 'light' : 'none'), windowMs: () => 800 });
      slices.add(1, [pledgeDelta(1, A, 'first')]);
      advance(1);
      expect(at('slice-0')).toEqual([0]);
      // Taps only, from 95 ms on: slice 1's visit, due at 100 ms, waits COMMANDS_FIRST_MS.
      advance(94);
      busy = true;
      advance(5 + COMMANDS_FIRST_MS + 1);
      expect(at('slice-1')).toEqual([100 + COMMANDS_FIRST_MS]);
      // A pledge from 195 ms to 225 ms, among the taps: slice 2's visit waits for it, past COMMANDS_FIRST_MS.
      advance(84);
      priority = true;
      advance(30);
      expect(at('slice-2')).toEqual([]);
      priority = false;
      advance(2);
      // The taps go on: the wait ends at once, since it is past COMMANDS_FIRST_MS already.
      expect(at('slice-2')).toEqual([226]);
      // A pledge that takes too long: the visit waits PRIORITY_FIRST_MS, no more.
      advance(68);
      priority = true;
      advance(PRIORITY_FIRST_MS + 5);
      expect(at('slice-3')).toEqual([300 + PRIORITY_FIRST_MS]);
      // The beat held: slice 4 is due at 400 ms, and waits there in turn.
      priority = false;
      busy = false;
      advance(60);
      expect(at('slice-4')).toEqual([400]);
    });

    test('a visit waits half the step between visits at most', () => {
      // WINDOW 80: a visit every 10 ms, each waiting 5 ms at most.
      const slices = make({ commands: () => 'priority' });
      slices.add(1, [pledgeDelta(1, A, 'first')]);
      advance(WINDOW);
      expect(SLICES.map((room) => at(room)[0])).toEqual(SLICES.map((_, k) => k * 10 + 5));
    });

    test('a visit with nothing to write does not wait', () => {
      empty = new Set(['slice-1']);
      const commands = jest.fn((): CommandLoad => 'light');
      const slices = make({ commands, windowMs: () => LONG });
      slices.add(1, [pledgeDelta(1, A, 'first')]);
      advance(COMMANDS_FIRST_MS + 1);
      expect(at('slice-0')).toEqual([COMMANDS_FIRST_MS]);
      // Slice 1 (no sockets) at 50 ms: one look at the commands, no wait, no polling.
      advance(39);
      const looks = commands.mock.calls.length;
      advance(COMMANDS_FIRST_MS);
      expect(commands.mock.calls.length).toBe(looks);
    });

    test('stopped or flushed while a visit waits: no timer left, and the next wait starts afresh', () => {
      const slices = make({ commands: () => 'light', windowMs: () => LONG });
      slices.add(1, [pledgeDelta(1, A, 'first')]);
      advance(4);
      slices.flush();
      expect(written).toHaveLength(SLICES.length);
      expect(jest.getTimerCount()).toBe(0);
      // The next visit waits its full time, not what was left of the flushed one's.
      written = [];
      advance(100);
      slices.add(2, [pledgeDelta(2, B, 'second')]);
      advance(COMMANDS_FIRST_MS - 1);
      expect(written).toHaveLength(0);
      advance(1);
      expect(written).toHaveLength(1);
      slices.stop();
      expect(jest.getTimerCount()).toBe(0);
    });
  });

  test('counts alone wait for the reaction window from the slice\'s previous frame; a change takes them along', () => {
    const slices = make();
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(WINDOW + 5);
    written = [];
    slices.addReactions({ v: 3, counts: { [A]: 2 } });
    advance(WINDOW);
    expect(written).toHaveLength(0);
    slices.addReactions({ v: 4, counts: { [A]: 3 } });
    advance(REACTIONS);
    // Each slice once, with the newest count, a reaction window after its previous frame.
    expect(SLICES.map((room) => to(room).map((f) => f.batch))).toEqual(SLICES.map(() => [{ seqs: [], deltas: [], reactions: { v: 4, counts: { [A]: 3 } } }]));
    for (const room of SLICES) expect(to(room)[0]!.at - 10_000).toBeGreaterThanOrEqual(REACTIONS);

    written = [];
    slices.addReactions({ v: 5, counts: { [A]: 4 } });
    slices.add(2, [pledgeDelta(2, B, 'second')]);
    advance(WINDOW);
    for (const room of SLICES) expect(to(room).map((f) => f.batch.reactions)).toEqual([{ v: 5, counts: { [A]: 4 } }]);
  });

  test('a room with no window left waits for counts without spinning', () => {
    const windowMs = jest.fn(() => 0);
    const slices = make({ windowMs });
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(10);
    expect(written).toHaveLength(SLICES.length);
    written = [];
    windowMs.mockClear();
    slices.addReactions({ v: 2, counts: { [A]: 5 } });
    advance(REACTIONS - 20);
    expect(written).toHaveLength(0);
    // A visit when the counts fall due, not one per turn in between.
    expect(windowMs.mock.calls.length).toBeLessThan(5);
    advance(30);
    expect(written.map((w) => w.room)).toEqual(SLICES);
  });

  test('an empty slice is written nothing and holds nothing back', () => {
    empty = new Set(['slice-3']);
    const slices = make();
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(WINDOW + 5);
    expect(to('slice-3')).toHaveLength(0);
    expect(written).toHaveLength(SLICES.length - 1);
    expect(slices.idle).toBe(true);
  });

  test('a frame gathered before there were slices goes out commit by commit, ahead of what came after; the cursor then says it rests', () => {
    const onIdle = jest.fn();
    const slices = make({ onIdle });
    slices.addBatch({ seqs: [4, 5], deltas: [pledgeDelta(5, A, 'five'), pledgeDelta(4, B, 'four')], reactions: { v: 9, counts: { [A]: 2 } } });
    slices.add(6, [pledgeDelta(6, A, 'six')]);
    advance(WINDOW + 5);
    for (const room of SLICES) {
      expect(to(room).map((f) => f.batch.seqs)).toEqual([[4, 5, 6]]);
      expect(to(room)[0]!.batch.deltas.map((d) => d.seq)).toEqual([4, 6]);
      expect(to(room)[0]!.batch.reactions).toEqual({ v: 9, counts: { [A]: 2 } });
    }
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  test('a slice visited long after its previous frame gets two versions of a pledge a second apart in two frames', () => {
    const slices = make();
    slices.add(1, [pledgeDelta(1, A, 'submitted')]);
    // The loop is held up: the clock moves on and no timer runs until the edit has come too.
    jest.setSystemTime(Date.now() + MAX_SPAN_MS + 200);
    slices.add(2, [pledgeDelta(2, A, 'edited a second later')]);
    advance(WINDOW + 5);
    for (const room of SLICES) {
      const texts = to(room).map((f) => f.batch.deltas.map((d) => (d.kind === 'pledge' ? d.pledge.text : '')));
      expect(to(room).map((f) => f.batch.seqs)).toEqual([[1], [2]]);
      expect(texts).toEqual([['submitted'], ['edited a second later']]);
    }
  });

  test('once stopped, nothing more is written', () => {
    const slices = make();
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    slices.stop();
    slices.add(2, [pledgeDelta(2, A, 'second')]);
    advance(WINDOW * 2);
    expect(written).toHaveLength(0);
    expect(jest.getTimerCount()).toBe(0);
  });

  test('flush writes every slice what it lacks at once (a server shutting down)', () => {
    const slices = make();
    slices.add(1, [pledgeDelta(1, A, 'first')]);
    advance(WINDOW + 5);
    slices.add(2, [pledgeDelta(2, A, 'second')]);
    slices.addReactions({ v: 7, counts: { [A]: 1 } });
    written = [];
    slices.flush();
    expect(written.map((w) => w.room)).toEqual(SLICES);
    expect(written.every((w) => w.at === Date.now() && w.batch.seqs.join() === '2' && w.batch.reactions?.v === 7)).toBe(true);
    expect(slices.idle).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });
});
