/**
 * Strings in parts (client/i18n/catalogues.ts): every page has `core`; a page's own parts load
 * with it, before it renders; a new language loads every part the page has before it shows.
 */
import { currentLocale, loadPageStrings, setLocale, t, tError } from '../../client/i18n';
import { en } from '../../client/i18n/en';
import { fr } from '../../client/i18n/fr';

test('a page’s strings load with it, and a new language brings every part the page has', async () => {
  // `core` only: the phone's words are there, the console's not yet (a key shows as itself).
  expect(currentLocale()).toBe('en');
  expect(t('phone.title')).toBe(en['phone.title']);
  expect(t('console.queue.title')).toBe('console.queue.title');

  await loadPageStrings(['console', 'stage-console']);
  expect(t('console.queue.title')).toBe(en['console.queue.title']);
  expect(t('org.events.title')).toBe('org.events.title');

  await setLocale('fr', { remember: false, pin: false });
  expect(currentLocale()).toBe('fr');
  expect(t('phone.title')).toBe(fr['phone.title']);
  expect(t('console.queue.title')).toBe(fr['console.queue.title']);

  await loadPageStrings(['record']);
  expect(t('record.retry')).toBe(fr['record.retry']);
  expect(tError('no_such_code')).toBe(fr['error.unknown']);

  // Back to English: the parts the page has come along.
  await setLocale('en', { remember: false, pin: false });
  expect(t('record.retry')).toBe(en['record.retry']);
  expect(t('console.queue.title')).toBe(en['console.queue.title']);
});

test('only the latest choice of language applies', async () => {
  const first = setLocale('ar', { remember: false, pin: false });
  const second = setLocale('es', { remember: false, pin: false });
  await Promise.all([first, second]);
  expect(currentLocale()).toBe('es');
});

test('the phone’s “More details” strings are a part of their own: not in `core`, loaded with the fields, in the phone’s language', async () => {
  const { ar } = await import('../../client/i18n/ar');
  const { enCore } = await import('../../client/i18n/en/core');
  expect(Object.keys(enCore)).not.toContain('phone.form.sdgLegend');
  await setLocale('ar', { remember: false, pin: false });
  await loadPageStrings(['phone-details']);
  expect(t('phone.form.sdgLegend')).toBe(ar['phone.form.sdgLegend']);
  // A language chosen afterwards brings them along.
  await setLocale('fr', { remember: false, pin: false });
  expect(t('phone.form.deliverableAdd')).toBe(fr['phone.form.deliverableAdd']);
  await setLocale('en', { remember: false, pin: false });
  expect(t('phone.form.deliverableAdd')).toBe(en['phone.form.deliverableAdd']);
});

test('the phone’s saved pledge’s strings are a part of their own: not in `core`, loaded once the form shows, in the phone’s language', async () => {
  const { ru } = await import('../../client/i18n/ru');
  const { enCore } = await import('../../client/i18n/en/core');
  expect(Object.keys(enCore)).not.toContain('phone.followUp.title');
  expect(Object.keys(enCore)).not.toContain('phone.status.pending.title');
  await setLocale('ru', { remember: false, pin: false });
  await loadPageStrings(['phone-saved']);
  expect(t('phone.followUp.title')).toBe(ru['phone.followUp.title']);
  await setLocale('fr', { remember: false, pin: false });
  expect(t('phone.status.note.hiddenRecord')).toBe(fr['phone.status.note.hiddenRecord']);
  await setLocale('en', { remember: false, pin: false });
  expect(t('phone.confirm.title')).toBe(en['phone.confirm.title']);
});

test('the start page’s strings are a part of their own, in every language a chunk of its own', async () => {
  const { zh } = await import('../../client/i18n/zh');
  const { enCore } = await import('../../client/i18n/en/core');
  expect(Object.keys(enCore)).not.toContain('landing.intro');
  await setLocale('zh', { remember: false, pin: false });
  await loadPageStrings(['landing']);
  expect(t('landing.intro')).toBe(zh['landing.intro']);
  await setLocale('en', { remember: false, pin: false });
  expect(t('landing.join.title')).toBe(en['landing.join.title']);
});
