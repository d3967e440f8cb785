import { changeSettings, closeRound, initialRound, openRound, ROUND_TRANSITIONS, setCountdown, setPrompt } from '../../server/domain/round';
import type { Round } from '../../shared/schemas';

const value = (r: { ok: boolean; value?: Round }) => {
  if (!r.ok) throw new Error('expected ok');
  return r.value!;
};

describe('round state machine', () => {
  const draft = initialRound('What will you do?', 1000);

  test('starts in draft with the given prompt and no countdown', () => {
    expect(draft).toEqual({
      state: 'draft',
      prompt: 'What will you do?',
      countdownEndsAt: null,
      openedAt: null,
      closedAt: null,
      updatedAt: 1000,
      lastCallAt: null,
      autoClose: false,
      pledgers: 'panel',
      moderation: 'audience',
    });
  });

  test('who may pledge and what is moderated: set when opening or at any time; no change, no new round', () => {
    const open = value(openRound(draft, { pledgers: 'panel', moderation: 'everything' }, 5000));
    expect(open).toMatchObject({ state: 'open', pledgers: 'panel', moderation: 'everything' });
    expect(value(openRound(draft, {}, 5000))).toMatchObject({ pledgers: 'panel', moderation: 'audience' });
    const changed = value(changeSettings(open, { moderation: 'none' }, 6000));
    expect(changed).toMatchObject({ pledgers: 'panel', moderation: 'none', updatedAt: 6000, state: 'open' });
    expect(changeSettings(changed, { moderation: 'none' }, 7000)).toEqual({ ok: true, value: changed });
    expect(changeSettings(changed, {}, 7000)).toEqual({ ok: true, value: changed });
    const closed = value(closeRound(changed, 8000));
    expect(value(changeSettings(closed, { pledgers: 'panel-and-audience' }, 9000))).toMatchObject({ state: 'closed', pledgers: 'panel-and-audience' });
  });

  test('opens from draft, with optional new prompt and countdown', () => {
    const open = value(openRound(draft, { prompt: 'New prompt', countdownSeconds: 120 }, 5000));
    expect(open).toMatchObject({ state: 'open', prompt: 'New prompt', countdownEndsAt: 125000, openedAt: 5000, updatedAt: 5000 });
    expect(value(openRound(draft, {}, 5000)).prompt).toBe('What will you do?');
    expect(value(openRound(draft, { countdownSeconds: null }, 5000)).countdownEndsAt).toBeNull();
  });

  test('cannot open twice', () => {
    const open = value(openRound(draft, {}, 5000));
    expect(openRound(open, {}, 6000)).toEqual({ ok: false, error: expect.objectContaining({ code: 'round_already_open' }) });
  });

  test('closes only when open, clearing the countdown', () => {
    expect(closeRound(draft, 2000)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    const open = value(openRound(draft, { countdownSeconds: 60 }, 5000));
    const closed = value(closeRound(open, 9000));
    expect(closed).toMatchObject({ state: 'closed', closedAt: 9000, countdownEndsAt: null });
    expect(closeRound(closed, 9500)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
  });

  test('reopens after close', () => {
    const closed = value(closeRound(value(openRound(draft, {}, 5000)), 9000));
    const reopened = value(openRound(closed, {}, 10000));
    expect(reopened).toMatchObject({ state: 'open', openedAt: 10000, closedAt: null });
  });

  test('the prompt can change in draft and open, not when closed', () => {
    expect(value(setPrompt(draft, 'Other', 2000)).prompt).toBe('Other');
    const open = value(openRound(draft, {}, 5000));
    expect(value(setPrompt(open, 'Live edit', 6000)).prompt).toBe('Live edit');
    const closed = value(closeRound(open, 7000));
    expect(setPrompt(closed, 'Late', 8000)).toMatchObject({ ok: false, error: { code: 'round_not_running' } });
  });

  test('countdown can be set or cleared only while open', () => {
    expect(setCountdown(draft, 60, 2000)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
    const open = value(openRound(draft, {}, 5000));
    expect(value(setCountdown(open, 60, 6000)).countdownEndsAt).toBe(66000);
    expect(value(setCountdown(open, null, 6000)).countdownEndsAt).toBeNull();
  });

  test('the transition table matches the rules', () => {
    expect(ROUND_TRANSITIONS).toEqual({ draft: ['open'], open: ['closed'], closed: ['open'] });
  });
});
