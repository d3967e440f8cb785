/** Which language a page opens in, and which of an event's languages a wall speaks. */
import { localeOf, localesOf, resolveLocale, type Locale } from '../../client/i18n/locales';
import { rotationSeconds, ROTATION_SECONDS } from '../../client/i18n/rotation';

const ALL: Locale[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const none = { query: null, stored: null, preferred: [] as string[] };

describe('resolveLocale', () => {
  test('?lang= first, then the remembered choice, then the browser, then English', () => {
    const inputs = { query: 'ar', stored: 'fr', preferred: ['ru-RU', 'en'] };
    expect(resolveLocale(inputs, ALL)).toEqual({ locale: 'ar', from: 'query' });
    expect(resolveLocale({ ...inputs, query: null }, ALL)).toEqual({ locale: 'fr', from: 'stored' });
    expect(resolveLocale({ ...inputs, query: null, stored: null }, ALL)).toEqual({ locale: 'ru', from: 'browser' });
    expect(resolveLocale(none, ALL)).toEqual({ locale: 'en', from: 'default' });
  });

  test('the first browser language the interface speaks, by primary subtag', () => {
    expect(resolveLocale({ ...none, preferred: ['pt-BR', 'de', 'zh-Hant-TW', 'fr'] }, ALL).locale).toBe('zh');
    expect(resolveLocale({ ...none, preferred: ['es-419'] }, ALL).locale).toBe('es');
    expect(resolveLocale({ ...none, preferred: ['pt-BR', 'de'] }, ALL)).toEqual({ locale: 'en', from: 'default' });
  });

  test('a language asked for but not available, or not a language, is passed over', () => {
    const available: Locale[] = ['en', 'fr'];
    expect(resolveLocale({ query: 'ar', stored: 'es', preferred: ['ru', 'fr-CA'] }, available)).toEqual({ locale: 'fr', from: 'browser' });
    expect(resolveLocale({ query: 'xx', stored: 'klingon', preferred: [] }, available)).toEqual({ locale: 'en', from: 'default' });
    expect(resolveLocale({ query: '', stored: ' FR ', preferred: [] }, available)).toEqual({ locale: 'fr', from: 'stored' });
  });
});

test('localeOf and localesOf read tags by their primary subtag', () => {
  expect(localeOf('fr-CA', ALL)).toBe('fr');
  expect(localeOf('AR_eg', ALL)).toBe('ar');
  expect(localeOf('pt-BR', ALL)).toBeNull();
  expect(localeOf(null, ALL)).toBeNull();
  // An event's languages as a wall cycles through them: supported ones, in order, each once.
  expect(localesOf(['en', 'pt-BR', 'fr', 'en-GB', 'ar'], ALL)).toEqual(['en', 'fr', 'ar']);
  expect(localesOf(['en', 'fr', 'ar'], ['en', 'fr'])).toEqual(['en', 'fr']);
});

test('a wall takes turns every 20 s unless ?langEvery= says otherwise (1 s to 1 h)', () => {
  expect(ROTATION_SECONDS).toBe(20);
  expect(rotationSeconds('?langEvery=2')).toBe(2);
  expect(rotationSeconds('?view=grid')).toBe(20);
  for (const bad of ['0', '-3', '1.5', 'soon', '99999']) expect(rotationSeconds(`?langEvery=${bad}`)).toBe(20);
});
