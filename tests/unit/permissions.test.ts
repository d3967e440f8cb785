import { mayRun, PERMISSIONS } from '../../server/domain/permissions';
import type { ClientEventName } from '../../shared/protocol';

describe('who may do what', () => {
  const moderatorOnly: ClientEventName[] = ['round:open', 'round:close', 'round:prompt', 'round:countdown', 'panelist:nudge', 'panelist:release'];
  const phoneOnly: ClientEventName[] = ['panelist:claim', 'pledge:drafting', 'pledge:submit', 'pledge:edit'];

  test.each(moderatorOnly)('%s: moderators only', (event) => {
    expect(mayRun('moderator', event)).toBe(true);
    expect(mayRun('phone', event)).toBe(false);
    expect(mayRun('wall', event)).toBe(false);
  });
  test.each(phoneOnly)('%s: phones only', (event) => {
    expect(mayRun('phone', event)).toBe(true);
    expect(mayRun('moderator', event)).toBe(false);
    expect(mayRun('wall', event)).toBe(false);
  });
  test('walls may only read', () => {
    const wallEvents = Object.keys(PERMISSIONS).filter((e) => mayRun('wall', e as ClientEventName));
    expect(wallEvents).toEqual(['session:sync']);
  });
});
