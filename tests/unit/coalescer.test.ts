import { Coalescer, deltaKey } from '../../server/realtime/coalescer';
import type { DeltaBatch, SessionDelta } from '../../shared/protocol';
import type { ActivityEntry, Pledge } from '../../shared/schemas';
import { initialRound } from '../../server/domain/round';
import { samplePledge } from '../helpers/pledges';

const pledge = (id: string, text: string, updatedAt: number): Pledge => samplePledge({ id, text, updatedAt });
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const entry = (id: string): ActivityEntry => ({ id, at: 5, actor: { role: 'moderator', seat: 'online', name: 'Paola' }, action: 'nudge', subject: 'Amina', detail: '' });

describe('coalescing deltas into frames', () => {
  let t = 0;
  let sent: { room: string; batch: DeltaBatch }[] = [];
  const make = (windowMs: number) => new Coalescer({ windowMs: () => windowMs, send: (room, batch) => sent.push({ room, batch }), now: () => t });
  /** Moves the clock and the timers together. */
  const advance = (ms: number) => {
    t += ms;
    jest.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    jest.useFakeTimers();
    t = 10_000;
    sent = [];
  });
  afterEach(() => jest.useRealTimers());

  test('commits in one window, one with nothing for the room, make one frame: every seq, every entity once at its newest', () => {
    const c = make(100);
    // A frame went out just now: the next one waits for the window.
    c.add('readers', 10, []);
    jest.advanceTimersByTime(0);
    expect(sent).toHaveLength(1);
    sent = [];

    const round = { ...initialRound('P', 1), state: 'open' as const };
    c.add('readers', 11, [
      { seq: 11, kind: 'pledge', pledge: pledge(A, 'first version', 11) },
      { seq: 11, kind: 'panel', entry: { panelistId: 'panelist-a', status: 'submitted', seated: true } },
    ]);
    c.add('readers', 12, []); // a commit with nothing for readers (say, a record-only edit)
    c.add('readers', 13, [
      { seq: 13, kind: 'pledge', pledge: pledge(A, 'second version', 13) },
      { seq: 13, kind: 'pledge', pledge: pledge(B, 'shown, then hidden', 13) },
      { seq: 13, kind: 'activity', entry: entry('entry-1') },
      { seq: 13, kind: 'request', request: { id: 'request-1', panelistId: 'panelist-b', seatTaken: false, state: 'pending', at: 13 } },
      { seq: 13, kind: 'audience', member: { id: 'member-1', presence: 'onsite', name: '', organization: '', joinedAt: 13 } },
    ]);
    c.add('readers', 14, [
      { seq: 14, kind: 'pledge-removed', pledgeId: B },
      { seq: 14, kind: 'round', round },
      { seq: 14, kind: 'activity', entry: entry('entry-2') },
    ]);
    advance(99);
    expect(sent).toHaveLength(0);
    advance(1);
    expect(sent).toHaveLength(1);
    const { room, batch } = sent[0]!;
    expect(room).toBe('readers');
    expect(batch.seqs).toEqual([11, 12, 13, 14]);
    expect(batch.deltas).toHaveLength(8);
    expect(batch.deltas).toEqual(
      expect.arrayContaining<SessionDelta>([
        { seq: 13, kind: 'pledge', pledge: pledge(A, 'second version', 13) },
        { seq: 11, kind: 'panel', entry: { panelistId: 'panelist-a', status: 'submitted', seated: true } },
        { seq: 14, kind: 'pledge-removed', pledgeId: B },
        { seq: 13, kind: 'activity', entry: entry('entry-1') },
        { seq: 14, kind: 'activity', entry: entry('entry-2') },
        { seq: 13, kind: 'request', request: { id: 'request-1', panelistId: 'panelist-b', seatTaken: false, state: 'pending', at: 13 } },
        { seq: 13, kind: 'audience', member: { id: 'member-1', presence: 'onsite', name: '', organization: '', joinedAt: 13 } },
        { seq: 14, kind: 'round', round },
      ]),
    );
    // Each delta's seq is one the frame lists.
    for (const d of batch.deltas) expect(batch.seqs).toContain(d.seq);
    // Nothing more without new commits.
    advance(1000);
    expect(sent).toHaveLength(1);
  });

  test('a delta of an older commit that arrives late never replaces a newer one of the same entity', () => {
    const c = make(0);
    c.add('readers', 6, [{ seq: 6, kind: 'pledge', pledge: pledge(A, 'newer', 6) }]);
    c.add('readers', 5, [{ seq: 5, kind: 'pledge-removed', pledgeId: A }]);
    jest.advanceTimersByTime(0);
    expect(sent).toEqual([{ room: 'readers', batch: { seqs: [6, 5], deltas: [{ seq: 6, kind: 'pledge', pledge: pledge(A, 'newer', 6) }] } }]);
  });

  test('rooms are framed apart; small rooms send on the next tick; a quiet busy room sends at once, then once per window', () => {
    const c = make(0);
    c.add('readers', 1, [{ seq: 1, kind: 'panel', entry: { panelistId: 'panelist-a', status: 'joined', seated: true } }]);
    c.add('moderators', 1, [{ seq: 1, kind: 'activity', entry: entry('entry-1') }]);
    expect(sent).toHaveLength(0); // never inside the command's own tick
    jest.advanceTimersByTime(0);
    expect(sent.map((s) => [s.room, s.batch.seqs])).toEqual([
      ['readers', [1]],
      ['moderators', [1]],
    ]);
    c.add('readers', 2, []);
    jest.advanceTimersByTime(0);
    expect(sent[2]).toEqual({ room: 'readers', batch: { seqs: [2], deltas: [] } });

    sent = [];
    const busy = make(50);
    busy.add('walls', 3, []);
    jest.advanceTimersByTime(0);
    busy.add('walls', 4, []);
    advance(20);
    busy.add('walls', 5, []);
    advance(29);
    expect(sent.map((s) => s.batch.seqs)).toEqual([[3]]);
    advance(1);
    expect(sent.map((s) => s.batch.seqs)).toEqual([[3], [4, 5]]);
  });

  test('every kind of delta has an entity key; a removal replaces the pledge it removes', () => {
    const samples: SessionDelta[] = [
      { seq: 1, kind: 'round', round: initialRound('P', 1) },
      { seq: 1, kind: 'panel', entry: { panelistId: 'panelist-a', status: 'joined', seated: true } },
      { seq: 1, kind: 'pledge', pledge: pledge(A, 'text', 1) },
      { seq: 1, kind: 'pledge-removed', pledgeId: B },
      { seq: 1, kind: 'request', request: { id: 'request-1', panelistId: 'panelist-a', seatTaken: false, state: 'pending', at: 1 } },
      { seq: 1, kind: 'audience', member: { id: 'member-1', presence: 'online', name: '', organization: '', joinedAt: 1 } },
      { seq: 1, kind: 'activity', entry: entry('entry-1') },
    ];
    const keys = samples.map(deltaKey);
    expect(new Set(keys).size).toBe(samples.length);
    expect(deltaKey({ seq: 2, kind: 'pledge-removed', pledgeId: A })).toBe(deltaKey({ seq: 1, kind: 'pledge', pledge: pledge(A, 'text', 1) }));
  });
});
