import type { Locale } from '../../client/i18n/locales';
import { sdgGoalTitle } from '../../client/i18n/sdg-goals';
import { isSdgTarget, searchSdgTargets, SDG_GOALS, SDG_TARGETS, sdgTarget } from '../../shared/sdg';

describe('SDG targets shipped with the product', () => {
  test('17 goals, 169 targets, unique codes and colours', () => {
    expect(SDG_GOALS).toHaveLength(17);
    expect(SDG_TARGETS).toHaveLength(169);
    expect(new Set(SDG_TARGETS.map((t) => t.code)).size).toBe(169);
    for (const g of SDG_GOALS) expect(g.color).toMatch(/^#[0-9A-F]{6}$/i);
  });
  test('lookup and validation by code', () => {
    expect(isSdgTarget('17.16')).toBe(true);
    expect(isSdgTarget('17.20')).toBe(false);
    expect(isSdgTarget('9.c')).toBe(true);
    expect(sdgTarget('9.c')!.text).toMatch(/access to information and communications technology/i);
  });
  test('search by code finds the exact target first, then the family', () => {
    expect(searchSdgTargets('17.16')[0]!.code).toBe('17.16');
    const family = searchSdgTargets('17.1').map((t) => t.code);
    expect(family[0]).toBe('17.1');
    expect(family).toEqual(expect.arrayContaining(['17.10', '17.16', '17.19']));
    expect(searchSdgTargets('5').every((t) => t.goal === 5)).toBe(true);
  });
  test('search by words', () => {
    const partnership = searchSdgTargets('partnership').map((t) => t.code);
    expect(partnership).toContain('17.16');
    expect(partnership).toContain('17.17');
    expect(searchSdgTargets('internet access').map((t) => t.code)).toContain('9.c');
    expect(searchSdgTargets('zzzz')).toEqual([]);
    expect(searchSdgTargets('  ')).toEqual([]);
  });
  test("search by words of the goals' titles in the reader's language", () => {
    const goalsOf = (query: string, locale: Locale) => new Set(searchSdgTargets(query, 200, (goal) => sdgGoalTitle(goal, locale)).map((t) => t.goal));
    expect(goalsOf('pobreza', 'es')).toEqual(new Set([1]));
    expect(goalsOf('pauvreté', 'fr')).toEqual(new Set([1]));
    expect(goalsOf('нищеты', 'ru')).toEqual(new Set([1]));
    expect(goalsOf('贫穷', 'zh')).toEqual(new Set([1]));
    expect(goalsOf('水', 'zh')).toEqual(new Set([6, 14]));
    expect(goalsOf('الفقر', 'ar')).toEqual(new Set([1]));
    // A word of the localized title and one of a target's English text, together.
    expect(searchSdgTargets('égalité internet', 20, (goal) => sdgGoalTitle(goal, 'fr')).map((t) => t.code)).toEqual([]);
    expect(searchSdgTargets('énergie renewable', 20, (goal) => sdgGoalTitle(goal, 'fr')).map((t) => t.code)).toEqual(['7.2', '7.a']);
    // Without the titles, only English finds anything.
    expect(searchSdgTargets('pobreza')).toEqual([]);
  });
});
