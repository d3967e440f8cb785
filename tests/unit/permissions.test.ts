import { mayRun, PERMISSIONS } from '../../server/domain/permissions';
import type { ClientEventName } from '../../shared/protocol';

describe('who may do what', () => {
  const moderatorOnly: ClientEventName[] = [
    'round:open',
    'round:close',
    'round:prompt',
    'round:countdown',
    'round:settings',
    'panelist:nudge',
    'panelist:release',
    'panel:invites',
    'panelist:reinvite',
    'seat:admit',
    'seat:refuse',
    'pledge:approve',
    'pledge:approve-all',
    'pledge:reject',
    'pledge:hide',
    'pledge:unhide',
    'pledge:fix',
    'round:last-call',
    'stage:wall',
    'stage:spotlight',
    'stage:order',
    'stage:call',
  ];
  const phoneOnly: ClientEventName[] = ['panelist:claim', 'seat:withdraw', 'audience:join', 'pledge:drafting', 'pledge:submit', 'pledge:edit', 'pledge:follow-up'];

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
  test('reaction:set: audience phones and online viewers’ walls (which the service tells apart), never moderators', () => {
    expect([mayRun('phone', 'reaction:set'), mayRun('wall', 'reaction:set'), mayRun('moderator', 'reaction:set')]).toEqual([true, true, false]);
  });
  test('conn:check: the pages where someone acts (phones, consoles), not walls', () => {
    expect([mayRun('phone', 'conn:check'), mayRun('moderator', 'conn:check'), mayRun('wall', 'conn:check')]).toEqual([true, true, false]);
  });
  test('every command is listed above or is the shared read', () => {
    expect([...moderatorOnly, ...phoneOnly, 'reaction:set', 'conn:check', 'session:sync'].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });
  test('walls may only read, and support pledges', () => {
    const wallEvents = Object.keys(PERMISSIONS).filter((e) => mayRun('wall', e as ClientEventName));
    expect(wallEvents.sort()).toEqual(['reaction:set', 'session:sync']);
  });
});
