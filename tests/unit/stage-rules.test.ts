import { callSpeaker, orderSpeakers, setWall, spotlight } from '../../server/domain/stage';
import type { Result } from '../../server/domain/result';
import type { Panelist } from '../../shared/schemas';
import { initialStage, speakingOrder, spotlightCommandSchema, stageWallSchema, type Stage } from '../../shared/stage';
import { samplePledge } from '../helpers/pledges';

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`);
  return r.value;
};
const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

const panelist = (id: string): Panelist => ({ id, name: id.toUpperCase(), organization: '', stakeholderGroup: 'Government', regionalGroup: null });
const PANEL = ['amina', 'kenji', 'lucia'].map(panelist);
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

/**
 * The stage's rules (server/domain/stage.ts): each answers the next stage, the very same object
 * when nothing changes (then nothing is written, logged or sent), or a refusal.
 */
describe('stage rules', () => {
  const start = initialStage(100);

  test('the initial stage follows the round, in arrival order, with nothing spotlit or called', () => {
    expect(start).toEqual({ view: 'auto', order: 'time', spotlight: null, speakingOrder: [], speaker: null, updatedAt: 100 });
  });

  test('wall: a view, an order or both change it; the same choice is no change', () => {
    const cloud = value(setWall(start, { view: 'cloud' }, 200));
    expect(cloud).toEqual({ ...start, view: 'cloud', updatedAt: 200 });
    const speakers = value(setWall(cloud, { order: 'speakers' }, 300));
    expect(speakers).toEqual({ ...start, view: 'cloud', order: 'speakers', updatedAt: 300 });
    expect(value(setWall(speakers, { view: 'grid', order: 'time' }, 400))).toMatchObject({ view: 'grid', order: 'time', updatedAt: 400 });
    expect(value(setWall(speakers, { view: 'cloud' }, 500))).toBe(speakers);
    expect(value(setWall(speakers, { view: 'cloud', order: 'speakers' }, 500))).toBe(speakers);
    // The command needs one of the two, and only known values.
    expect(stageWallSchema.safeParse({}).success).toBe(false);
    expect(stageWallSchema.safeParse({ view: 'poster' }).success).toBe(false);
    expect(stageWallSchema.safeParse({ order: 'alphabetical' }).success).toBe(false);
    expect(stageWallSchema.safeParse({ view: 'ticker', extra: 1 }).success).toBe(false);
  });

  test('spotlight: only a pledge the walls show; the same pledge and rotation is no change; a new one starts its time', () => {
    const shown = samplePledge({ id: A });
    expect(code(spotlight(start, A, null, undefined, 200))).toBe('pledge_not_found');
    const lit = value(spotlight(start, A, 20, shown, 200));
    expect(lit.spotlight).toEqual({ pledgeId: A, rotateSeconds: 20, since: 200 });
    expect(lit.updatedAt).toBe(200);
    // Two moderators pressing "next" at once name the same neighbour: the second changes nothing.
    expect(value(spotlight(lit, A, 20, shown, 250))).toBe(lit);
    // Another rotation for the same pledge restarts its time.
    expect(value(spotlight(lit, A, null, shown, 300)).spotlight).toEqual({ pledgeId: A, rotateSeconds: null, since: 300 });
    const next = value(spotlight(lit, B, 20, samplePledge({ id: B }), 400));
    expect(next.spotlight).toEqual({ pledgeId: B, rotateSeconds: 20, since: 400 });
    const cleared = value(spotlight(next, null, null, undefined, 500));
    expect(cleared).toEqual({ ...next, spotlight: null, updatedAt: 500 });
    expect(value(spotlight(cleared, null, 30, undefined, 600))).toBe(cleared);
  });

  test('spotlight command: rotation is whole seconds from 5 to 300, or none', () => {
    const ok = (rotateSeconds: unknown) => spotlightCommandSchema.safeParse({ pledgeId: A, rotateSeconds }).success;
    expect([5, 300, null].map(ok)).toEqual([true, true, true]);
    expect([4, 301, 7.5, '10', -5].map(ok)).toEqual([false, false, false, false, false]);
    expect(spotlightCommandSchema.parse({ pledgeId: A })).toEqual({ pledgeId: A, rotateSeconds: null });
    expect(spotlightCommandSchema.safeParse({ pledgeId: 'not-a-uuid' }).success).toBe(false);
    expect(spotlightCommandSchema.safeParse({ pledgeId: null }).success).toBe(true);
  });

  test('speaking order: every panelist once; the order already in force is no change', () => {
    const ids = PANEL.map((p) => p.id);
    const reversed = value(orderSpeakers(start, [...ids].reverse(), PANEL, 200));
    expect(reversed).toEqual({ ...start, speakingOrder: ['lucia', 'kenji', 'amina'], updatedAt: 200 });
    expect(value(orderSpeakers(reversed, ['lucia', 'kenji', 'amina'], PANEL, 300))).toBe(reversed);
    // The schedule's order, while none was set, is the order in force already.
    expect(value(orderSpeakers(start, ids, PANEL, 300))).toBe(start);
    for (const wrong of [
      ['amina', 'kenji'], // missing one
      ['amina', 'kenji', 'kenji'], // one twice
      ['amina', 'kenji', 'lucia', 'kenji'], // one twice, none missing
      ['amina', 'kenji', 'someone-else'], // not on this panel
      ['amina', 'kenji', 'lucia', 'someone-else'], // one more
    ]) {
      expect(code(orderSpeakers(reversed, wrong, PANEL, 400))).toBe('invalid_payload');
    }
  });

  test('the panel in speaking order keeps the moderator’s order and puts anyone it misses after it, in schedule order', () => {
    const stage: Pick<Stage, 'speakingOrder'> = { speakingOrder: ['lucia', 'gone', 'amina'] };
    expect(speakingOrder(stage, PANEL)).toEqual(['lucia', 'amina', 'kenji']);
    expect(speakingOrder({ speakingOrder: [] }, PANEL)).toEqual(['amina', 'kenji', 'lucia']);
  });

  test('calling a speaker: a panelist of the session, or nobody; calling the one called is no change', () => {
    expect(code(callSpeaker(start, 'someone-else', PANEL, 200))).toBe('panelist_not_found');
    const called = value(callSpeaker(start, 'kenji', PANEL, 200));
    expect(called).toEqual({ ...start, speaker: { panelistId: 'kenji', at: 200 }, updatedAt: 200 });
    expect(value(callSpeaker(called, 'kenji', PANEL, 300))).toBe(called);
    expect(value(callSpeaker(called, 'lucia', PANEL, 400)).speaker).toEqual({ panelistId: 'lucia', at: 400 });
    const nobody = value(callSpeaker(called, null, PANEL, 500));
    expect(nobody).toEqual({ ...called, speaker: null, updatedAt: 500 });
    expect(value(callSpeaker(nobody, null, PANEL, 600))).toBe(nobody);
  });
});
