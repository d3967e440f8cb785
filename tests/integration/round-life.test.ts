import { closeOverdue, closeRound, initialRound, lastCall, openRound, overdue, roundRunning, setCountdown } from '../../server/domain/round';
import { fail, ok, type Result } from '../../server/domain/result';
import { RoundTimers } from '../../server/service/round-timers';
import { fields } from '../../server/store/fields';
import type { Round } from '../../shared/schemas';
import { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { serversSharingClock, startServer } from '../helpers/server';

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`);
  return r.value;
};

describe('round rules: last call, and a countdown that closes the round', () => {
  const open = value(openRound(initialRound('P', 0), {}, 1000));

  test('the last call is for a running round; reopening forgets it', () => {
    expect(lastCall(initialRound('P', 0), 10)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    const called = value(lastCall(open, 2000));
    expect(called).toMatchObject({ lastCallAt: 2000, updatedAt: 2000 });
    const closed = value(closeRound(called, 3000));
    expect(lastCall(closed, 3500)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    expect(value(openRound(closed, {}, 4000)).lastCallAt).toBeNull();
  });

  test('past the end of a countdown set to close it, the round no longer runs and closes at the end', () => {
    const timed = value(setCountdown(open, 10, 2000, true));
    expect(timed).toMatchObject({ countdownEndsAt: 12_000, autoClose: true });
    expect([roundRunning(timed, 11_999), overdue(timed, 11_999)]).toEqual([true, false]);
    expect([roundRunning(timed, 12_000), overdue(timed, 12_000)]).toEqual([false, true]);
    expect(closeOverdue(timed, 11_999)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    expect(value(closeOverdue(timed, 15_000))).toMatchObject({ state: 'closed', closedAt: 12_000, countdownEndsAt: null, updatedAt: 15_000 });
    // A moderator's close after the end is the countdown's: closed at its end.
    expect(value(closeRound(timed, 15_000))).toMatchObject({ state: 'closed', closedAt: 12_000 });
    expect(lastCall(timed, 12_000)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    expect(setCountdown(timed, 30, 12_000)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    // A countdown that does not close the round only counts down.
    const plain = value(setCountdown(open, 10, 2000, false));
    expect([roundRunning(plain, 50_000), overdue(plain, 50_000)]).toEqual([true, false]);
  });
});

describe('round timers', () => {
  let t = 0;
  let closes: number[] = [];
  let busy = 0;
  const rounds = new Map<string, Round>();
  /** Stands in for the moderator commands' closeOverdue: the rule at the clock's time. */
  const make = () => {
    const timers = new RoundTimers(() => t);
    timers.bind(async (sessionId) => {
      closes.push(t);
      if (busy > 0) {
        busy--;
        return fail('conflict', 'busy');
      }
      const closed = closeOverdue(rounds.get(sessionId)!, t);
      if (closed.ok) rounds.set(sessionId, closed.value);
      return closed.ok ? ok(closed.value) : closed;
    });
    return timers;
  };
  const timed = (endsAt: number): Round => ({ ...value(openRound(initialRound('P', 0), {}, 0)), countdownEndsAt: endsAt, autoClose: true });

  beforeEach(() => {
    jest.useFakeTimers();
    t = 100_000;
    closes = [];
    busy = 0;
  });
  afterEach(() => jest.useRealTimers());

  test('a timer that wakes before the clock reached the end waits for the rest instead of giving up', async () => {
    const timers = make();
    rounds.set('s', timed(t + 10_000));
    timers.schedule('s', rounds.get('s')!);
    // The timer fires on its own clock, which may run a few ms ahead of the service's.
    t += 9_995;
    await jest.advanceTimersByTimeAsync(10_000);
    t += 5;
    await jest.advanceTimersByTimeAsync(10);
    expect(rounds.get('s')!.state).toBe('closed');
    expect(closes.every((at) => at >= 110_000)).toBe(true);
    timers.stop();
  });

  test('the clock is read at least every second, so a clock that jumps ahead closes the round soon after', async () => {
    const timers = make();
    rounds.set('s', timed(t + 600_000));
    timers.schedule('s', rounds.get('s')!);
    t += 600_000;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(rounds.get('s')!.state).toBe('closed');
    timers.stop();
  });

  test('a close the store could not commit is tried again; closes asked for at once are one; nothing after stop', async () => {
    const timers = make();
    rounds.set('s', timed(t - 1));
    busy = 1;
    for (let i = 0; i < 20; i++) timers.closeNow('s');
    await jest.advanceTimersByTimeAsync(0);
    expect(closes).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(closes).toHaveLength(2);
    expect(rounds.get('s')!.state).toBe('closed');
    rounds.set('s', timed(t + 5_000));
    timers.schedule('s', rounds.get('s')!);
    timers.stop();
    t += 10_000;
    await jest.advanceTimersByTimeAsync(10_000);
    expect(closes).toHaveLength(2);
    expect(jest.getTimerCount()).toBe(0);
  });
});

/**
 * A round's life on real servers sharing one Redis and one clock the test moves: the last call,
 * a countdown that closes the round by itself (its timer on the process that set it, the rules
 * everywhere, and a snapshot that finds it overdue when that process is gone).
 */
describe('round life across processes', () => {
  const pair = serversSharingClock();
  const { suite, clock, track, passTo } = pair;
  const storedRound = async (sessionId: string) => JSON.parse((await suite.server.store.getFields(sessionId, [fields.round]))![0]!) as Round;

  async function session() {
    const s = await setupSession(suite.server);
    track(s.moderator);
    const wallB = track(new Client(pair.other.url, { role: 'wall', sessionId: s.created.sessionId }));
    await wallB.snapshot();
    const { phone } = await seatedPhone(pair.other.url, s.created.sessionId, s.panelists[0]!.id);
    track(phone);
    return { ...s, sessionId: s.created.sessionId, wallB, phone };
  }

  /**
   * A third process opens the round with a 10 s countdown set to close it, and stops (its timer
   * dies with it); the clock then passes the end. Answers the end.
   */
  async function timedByStoppedProcess(s: Awaited<ReturnType<typeof session>>): Promise<number> {
    const third = await startServer({ prefix: suite.server.prefix, clock });
    let endsAt = 0;
    try {
      const onC = track(new Client(third.url, { role: 'moderator', sessionId: s.sessionId, key: s.created.moderatorKey }));
      await onC.snapshot();
      await onC.sendOk('round:open', {});
      endsAt = (await onC.sendOk('round:countdown', { countdownSeconds: 10, autoClose: true })).round.countdownEndsAt;
      await s.wallB.waitForDelta('round', (d) => d.round.countdownEndsAt === endsAt);
    } finally {
      await third.close();
    }
    passTo(endsAt, 50);
    return endsAt;
  }

  test('last call: on walls and phones of every process; only while the round runs; a reopened round has none', async () => {
    const s = await session();
    expect(await s.moderator.send('round:last-call', {})).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    await s.moderator.sendOk('round:open', {});
    const before = clock();
    const { round } = await s.moderator.sendOk('round:last-call', {});
    expect(round).toMatchObject({ state: 'open', lastCallAt: expect.any(Number) });
    expect(round.lastCallAt).toBeGreaterThanOrEqual(before);
    for (const c of [s.wallB, s.phone, s.moderator]) await c.waitForDelta('round', (d) => d.round.lastCallAt === round.lastCallAt);
    await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'last-call' && d.entry.actor.role === 'moderator');
    await s.moderator.sendOk('round:close', {});
    expect(await s.moderator.send('round:last-call', {})).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    const reopened = await s.moderator.sendOk('round:open', {});
    expect(reopened.round).toMatchObject({ state: 'open', lastCallAt: null });
    const seen = await s.wallB.waitForDelta('round', (d) => d.round.state === 'open' && d.round.openedAt === reopened.round.openedAt);
    expect(seen.round.lastCallAt).toBeNull();
  });

  test('a countdown set to close the round closes it at its end, by itself; pledges are taken until then', async () => {
    const s = await session();
    await s.moderator.sendOk('round:open', {});
    const { round } = await s.moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose: true });
    expect(round).toMatchObject({ autoClose: true, countdownEndsAt: expect.any(Number) });
    const endsAt: number = round.countdownEndsAt;
    await s.wallB.waitForDelta('round', (d) => d.round.countdownEndsAt === endsAt);
    passTo(endsAt, -5000);
    const made = await s.phone.sendOk('pledge:submit', pledgeFor('A pledge in the last seconds of the countdown.'));
    expect(made).toMatchObject({ created: true });
    passTo(endsAt, 10);
    const closed = await s.wallB.waitForDelta('round', (d) => d.round.state === 'closed', 3000);
    expect(closed.round).toMatchObject({ closedAt: endsAt, countdownEndsAt: null });
    await s.phone.waitForDelta('round', (d) => d.round.state === 'closed');
    const line = await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'close');
    expect(line.entry.actor).toEqual({ role: 'countdown' });
    const snap = await s.moderator.send('session:sync');
    expect(snap.ok && snap.snapshot.activity.filter((e: { action: string }) => e.action === 'close')).toHaveLength(1);
    const edit = { ...pledgeFor('Changed after the countdown closed the round.', { id: made.pledge.id }), basedOn: made.pledge.updatedAt };
    expect(await s.phone.send('pledge:edit', edit)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
  });

  test('a countdown that closes the round ends the called speaker’s turn in the same commit', async () => {
    const s = await session();
    await s.moderator.sendOk('round:open', {});
    await s.moderator.sendOk('stage:call', { panelistId: s.panelists[0]!.id });
    await s.wallB.waitForDelta('stage', (d) => d.stage.speaker?.panelistId === s.panelists[0]!.id);
    const { round } = await s.moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose: true });
    const since = [s.wallB, s.phone, s.moderator].map((c) => c.received.length);
    passTo(round.countdownEndsAt, 10);
    for (const [i, c] of [s.wallB, s.phone, s.moderator].entries()) {
      const closed = await c.waitForDelta('round', (d) => d.round.state === 'closed', 3000, since[i]);
      const stage = await c.waitForDelta('stage', (d) => d.stage.speaker === null, 3000, since[i]);
      expect(stage.seq).toBe(closed.seq);
    }
    const line = await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'close', 3000, since[2]);
    expect(line.entry.actor).toEqual({ role: 'countdown' });
  });

  test('round:open with a countdown set to close it closes by itself too; a countdown that does not close the round only counts down', async () => {
    const s = await session();
    const { round } = await s.moderator.sendOk('round:open', { countdownSeconds: 10, autoClose: true });
    passTo(round.countdownEndsAt, 10);
    await s.wallB.waitForDelta('round', (d) => d.round.state === 'closed', 3000);
    const plain = await s.moderator.sendOk('round:open', { countdownSeconds: 10, autoClose: false });
    expect(plain.round).toMatchObject({ autoClose: false, lastCallAt: null });
    passTo(plain.round.countdownEndsAt, 2000);
    // A fresh snapshot does not close it, and the round still takes pledges and a last call.
    const late = track(new Client(pair.other.url, { role: 'wall', sessionId: s.sessionId }));
    expect((await late.snapshot()).round.state).toBe('open');
    expect(await s.phone.send('pledge:submit', pledgeFor('Past the countdown of a round that stays open.'))).toMatchObject({ ok: true });
    expect(await s.moderator.send('round:last-call', {})).toMatchObject({ ok: true });
    expect((await storedRound(s.sessionId)).state).toBe('open');
  });

  test('a countdown moved to a later end on another process before the first end: no early close, then closed at the new end', async () => {
    const s = await session();
    const online = track(new Client(pair.other.url, { role: 'moderator', sessionId: s.sessionId, key: s.created.onlineModeratorKey }));
    await online.snapshot();
    await s.moderator.sendOk('round:open', {});
    const first = (await s.moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose: true })).round;
    const later = (await online.sendOk('round:countdown', { countdownSeconds: 60 })).round;
    expect(later).toMatchObject({ autoClose: true });
    const since = s.wallB.received.length;
    passTo(first.countdownEndsAt, 5000);
    // Server A's timer for the first end wakes within a second and finds nothing to close.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await storedRound(s.sessionId)).state).toBe('open');
    expect(await s.phone.send('pledge:submit', pledgeFor('Still time: the countdown was moved.'))).toMatchObject({ ok: true });
    expect(s.wallB.deltas('round', since).filter((d) => d.round.state === 'closed')).toEqual([]);
    passTo(later.countdownEndsAt, 10);
    const closed = await s.wallB.waitForDelta('round', (d) => d.round.state === 'closed', 3000, since);
    expect(closed.round.closedAt).toBe(later.countdownEndsAt);
    await s.moderator.waitForDelta('activity', (d) => d.entry.action === 'close' && d.entry.actor.role === 'countdown');
  });

  test('the process that timed the countdown stopped: past the end pledges are refused, and the next snapshot anywhere closes the round', async () => {
    const s = await session();
    const online = track(new Client(pair.other.url, { role: 'moderator', sessionId: s.sessionId, key: s.created.onlineModeratorKey }));
    await online.snapshot();
    const endsAt = await timedByStoppedProcess(s);
    // Past the end, before anyone committed the close: the rules refuse what a closed round refuses.
    expect(await s.phone.send('pledge:submit', pledgeFor('Sent after the countdown ended.'))).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    expect(await online.send('round:last-call', {})).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    expect(await online.send('round:countdown', { countdownSeconds: 30 })).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    expect((await storedRound(s.sessionId)).state).toBe('open');
    // Walls connecting now (several at once) find the round overdue: it is closed, once, at its end.
    const walls = Array.from({ length: 6 }, () => track(new Client(pair.other.url, { role: 'wall', sessionId: s.sessionId })));
    const first = await Promise.all(walls.map((w) => w.snapshot()));
    expect(first.some((snap) => snap.round.state === 'open')).toBe(true);
    for (const c of [s.wallB, online, ...walls]) {
      // A wall whose snapshot came after the close shows it closed already; the others hear it.
      const snap = await c.snapshot();
      const closed = snap.round.state === 'closed' ? snap : (await c.waitForDelta('round', (d) => d.round.state === 'closed', 3000));
      expect(closed.round.closedAt).toBe(endsAt);
    }
    const line = await online.waitForDelta('activity', (d) => d.entry.action === 'close');
    expect(line.entry.actor).toEqual({ role: 'countdown' });
    const snap = await online.send('session:sync');
    expect(snap.ok && snap.snapshot.activity.filter((e: { action: string }) => e.action === 'close')).toHaveLength(1);
  });

  test('after a restart, clients that come back up to date (no snapshot sent) also get the overdue round closed', async () => {
    const s = await session();
    const endsAt = await timedByStoppedProcess(s);
    // The wall page reconnects with the seq it holds: the server has nothing new to send it.
    const lastSeq = Number((await suite.server.store.getFields(s.sessionId, [fields.seq]))![0]);
    const back = track(new Client(pair.other.url, { role: 'wall', sessionId: s.sessionId, lastSeq }));
    const closed = await back.waitForDelta('round', (d) => d.round.state === 'closed', 3000);
    expect(closed.round.closedAt).toBe(endsAt);
    expect(back.events('session:state')).toEqual([]);
  });
});
