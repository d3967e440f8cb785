import { LOCALES } from '../../client/i18n/locales';
import { sdgGoalTitle } from '../../client/i18n/sdg-goals';
import { SDG_GOALS } from '../../shared/sdg';

describe("the goals' short titles in the six languages", () => {
  test('every language has a title for each of the 17 goals, each its own, none for a number that is not a goal', () => {
    for (const locale of LOCALES) {
      const titles = SDG_GOALS.map((g) => sdgGoalTitle(g.goal, locale));
      expect(titles.every((title) => title.trim().length > 1)).toBe(true);
      expect(new Set(titles).size).toBe(17);
      expect([sdgGoalTitle(0, locale), sdgGoalTitle(18, locale)]).toEqual(['', '']);
    }
  });

  test("the English titles are the shipped data's", () => {
    expect(SDG_GOALS.map((g) => sdgGoalTitle(g.goal, 'en'))).toEqual(SDG_GOALS.map((g) => g.shortTitle));
  });

  test('each language writes in its own script', () => {
    const script: Record<(typeof LOCALES)[number], RegExp> = {
      en: /^[A-Za-z ,-]+$/,
      fr: /^[\p{Script=Latin} ,’«»-]+$/u,
      es: /^[\p{Script=Latin} ,-]+$/u,
      ar: /^[\p{Script=Arabic} ]+$/u,
      zh: /^[\p{Script=Han}、]+$/u,
      ru: /^[\p{Script=Cyrillic} ,-]+$/u,
    };
    for (const locale of LOCALES) for (const g of SDG_GOALS) expect(sdgGoalTitle(g.goal, locale)).toMatch(script[locale]);
  });
});
