import { ACTIVITY_ACTIONS } from '../../shared/domain';
import type { ActivityEntry } from '../../shared/schemas';
import { loadPageStrings } from '../../client/i18n';
import { aboutRecordOnly, activityMessage } from '../../client/views/moderator/activity-messages';

// The console's strings, as its route loads them (client/main.tsx).
beforeAll(() => loadPageStrings(['console', 'stage-console']));

const online = { role: 'moderator', seat: 'online', name: 'Paola Galvez' } as const;
const entry = (action: ActivityEntry['action'], subject = 'Kenji Watanabe', detail = ''): ActivityEntry => ({
  id: `${action}-1`,
  at: 0,
  actor: online,
  action,
  subject,
  detail,
});

describe('the console names every action in the activity log', () => {
  // A moderator's, the organizer's or the countdown's lines start with who; the author's with "Its author".
  test.each(ACTIVITY_ACTIONS.filter((a) => a !== 'resubmit').map((a) => [a]))('%s has a sentence of its own', (action) => {
    const { text } = activityMessage(entry(action));
    expect(text).toMatch(/^Paola Galvez \(online moderator\) /);
    expect(text).not.toMatch(/console\.|\{\w+\}/);
  });

  test('an author’s edit that sent a pledge back for review says from where', () => {
    const back = (detail: string, subject = 'Kenji Watanabe') => activityMessage({ ...entry('resubmit', subject, detail), actor: { role: 'author' } }).text;
    expect(back('hidden record')).toBe('Its author edited the pledge of Kenji Watanabe, kept out of the record: it is waiting for approval again');
    expect(back('hidden public')).toBe('Its author edited the pledge of Kenji Watanabe, which was hidden: it is waiting for approval again');
    expect(back('rejected record')).toBe('Its author edited the pledge of Kenji Watanabe, which was rejected: it is waiting for approval again');
    expect(back('rejected public', '')).toBe('Its author edited an anonymous pledge, which was rejected: it is waiting for approval again');
  });

  test('pledges by their author, anonymous when nameless; details as they help', () => {
    expect(activityMessage(entry('approve')).text).toBe('Paola Galvez (online moderator) approved the pledge of Kenji Watanabe');
    expect(activityMessage(entry('hide', '')).text).toBe('Paola Galvez (online moderator) hid an anonymous pledge');
    expect(activityMessage(entry('reject', 'Kenji Watanabe', 'Off topic.'))).toEqual({
      text: 'Paola Galvez (online moderator) rejected the pledge of Kenji Watanabe',
      detail: 'Reason: Off topic.',
    });
    expect(activityMessage(entry('approve-all', '', '3')).text).toBe('Paola Galvez (online moderator) approved 3 waiting pledges');
    expect(activityMessage(entry('countdown', '', '120')).text).toBe('Paola Galvez (online moderator) set a countdown of 2 minutes');
    expect(activityMessage(entry('countdown', '', '')).text).toBe('Paola Galvez (online moderator) removed the countdown');
    expect(activityMessage(entry('settings', '', 'panel everything')).text).toBe(
      'Paola Galvez (online moderator) changed the settings: only the panel may pledge; every pledge needs approval',
    );
    expect(activityMessage(entry('admit', 'Kenji Watanabe', 'new-device')).text).toBe(
      'Paola Galvez (online moderator) admitted Kenji Watanabe on a new device',
    );
    expect(activityMessage({ ...entry('moderator-link', '', 'online'), actor: { role: 'organizer' } }).text).toBe(
      'An organizer replaced the online moderator’s link',
    );
  });

  test('a record-only pledge, never on a wall, is kept out of the record and put back in it', () => {
    expect(activityMessage(entry('hide', 'Kenji Watanabe', 'record')).text).toBe('Paola Galvez (online moderator) kept the pledge of Kenji Watanabe out of the record');
    expect(activityMessage(entry('unhide', '', 'record')).text).toBe('Paola Galvez (online moderator) put an anonymous pledge back in the record');
    expect(activityMessage(entry('hide', 'Kenji Watanabe', 'public')).text).toBe('Paola Galvez (online moderator) hid the pledge of Kenji Watanabe');
    expect(activityMessage(entry('unhide', 'Kenji Watanabe', 'public'))).toEqual({
      text: 'Paola Galvez (online moderator) showed the pledge of Kenji Watanabe again',
      detail: null,
    });
  });

  test('a line that does not say which kind of pledge is looked up by its author, else worded for any pledge', () => {
    const kenji = { name: 'Kenji Watanabe', visibility: 'record' } as const;
    const ines = { name: 'Ines', visibility: 'public' } as const;
    expect(aboutRecordOnly(entry('hide'), [kenji, ines])).toBe(true);
    expect(aboutRecordOnly(entry('unhide', 'Ines'), [kenji, ines])).toBe(false);
    // Two pledges of that name, one public: which one it was cannot be told.
    expect(aboutRecordOnly(entry('hide'), [kenji, { ...kenji, visibility: 'public' }])).toBe(false);
    expect(aboutRecordOnly(entry('hide', 'Somebody else'), [kenji])).toBe(false);
    expect(aboutRecordOnly(entry('hide'))).toBe(false);
    // The line's own word goes first; other actions are never about it.
    expect(aboutRecordOnly(entry('hide', 'Kenji Watanabe', 'public'), [kenji])).toBe(false);
    expect(aboutRecordOnly(entry('approve'), [kenji])).toBe(false);
  });

  test('a moderator the schedule does not name is called by their seat', () => {
    const unnamed = { ...entry('close'), actor: { role: 'moderator', seat: 'onsite', name: '' } } as const;
    expect(activityMessage(unnamed).text).toBe('Onsite moderator closed the round');
  });
});
