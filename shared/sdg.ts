/**
 * The 17 Sustainable Development Goals and their 169 targets (A/RES/71/313), shipped with the
 * product, and the search the pledge form's picker uses: by code ("17.16", "17.") or by words
 * ("partnership", "internet access").
 */
import data from './data/sdg-targets.json';
import { foldForSearch } from './text';

export interface SdgTarget {
  code: string;
  goal: number;
  text: string;
}

export interface SdgGoal {
  goal: number;
  shortTitle: string;
  title: string;
  color: string;
  targets: SdgTarget[];
}

export const SDG_GOALS: SdgGoal[] = data.goals.map((g) => ({ ...g, targets: g.targets.map((t) => ({ ...t, goal: g.goal })) }));
export const SDG_TARGETS: SdgTarget[] = SDG_GOALS.flatMap((g) => g.targets);
const BY_CODE = new Map(SDG_TARGETS.map((t) => [t.code, t]));

export const isSdgTarget = (code: string): boolean => BY_CODE.has(code);
export const sdgTarget = (code: string): SdgTarget | undefined => BY_CODE.get(code);

const fold = foldForSearch;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * Targets matching a query, best first: an exact code, then codes starting with the query
 * ("17.1" finds 17.1 and 17.10–17.19), then targets whose goal title or text contain every word
 * (word starts rank above word middles, so "partner" finds "partnership"). The texts are English;
 * `goalTitle` gives each goal's title in the reader's language too, so "pobreza", "нищеты" or
 * "贫穷" find the targets of goal 1.
 */
export function searchSdgTargets(query: string, limit = 20, goalTitle?: (goal: number) => string): SdgTarget[] {
  const q = query.trim();
  if (!q) return [];
  if (/^\d{1,2}(\.[0-9a-z]*)?$/i.test(q)) {
    const lower = q.toLowerCase();
    const exact = BY_CODE.get(lower);
    const prefix = SDG_TARGETS.filter((t) => t.code !== lower && (t.code.startsWith(lower.includes('.') ? lower : `${lower}.`)));
    return [...(exact ? [exact] : []), ...prefix].slice(0, limit);
  }
  // Words of any script; one Han character is a word.
  const words = fold(q)
    .split(NOT_WORD)
    .filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w));
  if (words.length === 0) return [];
  const scored: { t: SdgTarget; score: number }[] = [];
  for (const g of SDG_GOALS) {
    const goalText = fold(`${g.shortTitle} ${g.title} ${goalTitle?.(g.goal) ?? ''}`);
    for (const t of g.targets) {
      const text = fold(t.text);
      let score = 0;
      for (const w of words) {
        const inText = text.indexOf(w);
        const inGoal = goalText.indexOf(w);
        if (inText < 0 && inGoal < 0) {
          score = -1;
          break;
        }
        const startsWord = (s: string, i: number) => i === 0 || NOT_WORD.test(s[i - 1]!);
        score += inText >= 0 ? (startsWord(text, inText) ? 3 : 1) : 0;
        score += inGoal >= 0 ? (startsWord(goalText, inGoal) ? 2 : 1) : 0;
      }
      if (score > 0) scored.push({ t, score });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.t.goal - b.t.goal || a.t.code.localeCompare(b.t.code, 'en', { numeric: true }))
    .slice(0, limit)
    .map((s) => s.t);
}
