/**
 * Messages as the pages show them: ICU MessageFormat renders English exactly as written, with
 * its arguments, plurals and typographic apostrophes; numbers and plurals follow the language.
 */
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { en } from '../../client/i18n/en';
import { fr } from '../../client/i18n/fr';
import { Messages } from '../../client/i18n/messages';

const english = new Messages('en', en);
const french = new Messages('fr', fr);

test('an English message with plain arguments reads as written, each {name} replaced', () => {
  let checked = 0;
  for (const [key, source] of Object.entries(en)) {
    const ast = parse(source, { ignoreTag: true });
    if (ast.some((el) => el.type === TYPE.plural || el.type === TYPE.select)) continue;
    const names = ast.filter((el) => el.type === TYPE.argument).map((el) => (el as { value: string }).value);
    const params = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
    expect({ key, text: english.format(key, params) }).toEqual({ key, text: source.replace(/\{(\w+)\}/g, '<$1>') });
    checked++;
  }
  expect(checked).toBeGreaterThan(900);
});

test.each([
  ['countdown.timesUp', undefined, 'Time’s up'],
  ['phone.join.audience', undefined, 'I’m in the audience'],
  ['phone.signedInAs', { name: 'Amina Diallo' }, 'Signed in as Amina Diallo'],
  ['org.access.noKey', { seat: 'Onsite moderator' }, 'The Onsite moderator’s link of this session cannot be shown again. Make a new one to get a link.'],
  ['phone.form.sdgNoResults', { query: 'water' }, 'No target matches “water”.'],
  ['org.import.col.code', undefined, 'The session’s programme code, e.g. WS #101. A code already in this event is refused.'],
  ['wall.pledges', { count: 1 }, '1 pledge'],
  ['wall.pledges', { count: 0 }, '0 pledges'],
  ['wall.pledges', { count: 1234 }, '1,234 pledges'],
  ['record.registry.countOf', { count: 12, shown: 3 }, '3 of 12 pledges'],
  ['console.queue.approvedSome', { count: 2, skipped: 1 }, 'Approved 2 pledges. 1 changed meanwhile or had been moderated already: check the queue.'],
  ['console.activity.approveAll', { count: 1, who: 'Paola Galvez' }, 'Paola Galvez approved 1 waiting pledge'],
  ['console.spotlight.position', { index: 3, count: 1500 }, '3 of 1,500'],
  ['phone.form.tooShort', { min: 10 }, 'Write at least 10 characters.'],
  ['org.import.issue.not_csv', { problem: 'unclosed_quote' }, 'The file is not valid CSV: a quoted field is not closed.'],
  ['org.import.issue.missing_columns', { columns: 'code', count: 1 }, 'Missing column: code.'],
] as const)('en %s %j', (key, params, text) => {
  expect(english.format(key, params)).toBe(text);
});

test.each([
  ['wall.pledges', { count: 0 }, '0 engagement'],
  ['wall.pledges', { count: 1 }, '1 engagement'],
  ['wall.pledges', { count: 2 }, '2 engagements'],
  ['wall.pledges', { count: 1234 }, '1\u202f234 engagements'],
  ['countdown.timesUp', undefined, 'Temps écoulé'],
  ['phone.pick.title', undefined, 'Qui êtes-vous\u202f?'],
  ['phone.form.sdgNoResults', { query: 'eau' }, 'Aucune cible ne correspond à «\u00a0eau\u00a0».'],
  ['console.attention.requests', { count: 2 }, '2 personnes demandent à être admises'],
] as const)('fr %s %j', (key, params, text) => {
  expect(french.format(key, params)).toBe(text);
});

test('a missing argument does not throw: the message shows as written', () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(english.format('phone.signedInAs')).toBe('Signed in as {name}');
  expect(error).toHaveBeenCalled();
  error.mockRestore();
});

test('a key no catalogue has shows as itself', () => {
  expect(english.format('no.such.key')).toBe('no.such.key');
});
