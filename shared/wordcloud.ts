/**
 * The word cloud's words: which words of the pledges to show, and how often each occurs. Pure, with
 * no Node-only API, so the server and the wall's browser count alike.
 *
 * - Words: `Intl.Segmenter` word segments with `isWordLike`, so scripts written without spaces
 *   (Chinese, Japanese, Thai) come out as words (ICU's dictionaries). Lower-cased with
 *   `toLocaleLowerCase(locale)` (without a locale, `toLowerCase()`: the same words on server and
 *   browser whatever their default locale), NFC, Arabic diacritics and tatweel removed.
 * - Dropped: URLs and e-mail addresses (before segmenting, so no "https" / "www"), tokens with no
 *   letter (numbers, "2025", "3.5"), tokens with a dot left in them (bare domains, "e.g", "U.S"),
 *   emoji and punctuation (not word-like), stop words, and words of one character, except one Han
 *   character (Chinese has meaningful one-character words, 水, 电, 网), kept when it is not a stop
 *   word. Adjacent single Han characters that ICU's dictionary did not join (宽|带) are joined back
 *   (宽带), so a dictionary gap does not fill the cloud with fragments.
 * - Hyphenated compounds are one word: multi-stakeholder, co-funding, e-government, COVID-19 (the
 *   word segments around a hyphen with no space, which ICU splits apart), so the cloud does not
 *   fill with halves such as "multi" and "co"; the three hyphens (-, ‐, ‑) count as one. A compound
 *   is dropped only when it is a stop word whole (EXTRA lists the common ones: из-за, peut-être).
 * - Apostrophes: ’ and ʼ read as '. French elisions are cut (l'accès -> accès, qu'il -> il);
 *   English "'s" is cut (women's -> women) and other English contractions (we'll, don't, they're)
 *   are dropped whole: they are all pronoun or auxiliary forms.
 * - Stop words: the six UN languages' lists of the `stopword` package (eng, fra, spa, rus, ara,
 *   zho) and EXTRA below. The language of a pledge is not known; the lists' scripts do not overlap
 *   (Latin: English, French, Spanish; Cyrillic: Russian; Arabic; Han: Chinese), so one set holding
 *   all of them is the per-script choice. Within Latin script the three lists apply together: a
 *   word that is a function word in one of them and a content word in another ("son", "sin") is
 *   dropped, a rare loss. Russian ё is read as е for this check only. Japanese gets the package's
 *   jpn list too (kana function words: まで, ます); Thai is segmented but has no stop list (the
 *   package's Thai list holds content words such as เปิด, "open").
 * - Acronyms: a word written in capitals (2+ characters, in a text not written all in capitals) is
 *   not checked against the stop words, so UN, AI, US, WHO and IT stay (counted lower-cased with
 *   the same words written small, which are then stop words and not counted).
 * - EXTRA: common function words the package's lists miss, mostly for pledges ("we will ... our"):
 *   English modals and pronouns, French and Spanish future and possessive forms (the `stopword`
 *   Spanish list has only 59 words), Russian possessives, and the multi-character Chinese function
 *   words ICU produces as one word (我们, 之前: the package's Chinese list is single characters);
 *   and in every language the fillers that would otherwise be a wall's biggest words: "at least",
 *   "already", "even", "moins", "notamment", "además", "очень", "например", "أيضا", "فقط", "至少".
 * - Arabic: no stemming. Cutting the article "ال" is not safe (التزام, "commitment", would lose
 *   root letters), nor the conjunction "و" (وصول, "access"), so الالتزام and والالتزام count apart.
 */
// @ts-expect-error -- stopword 3 ships no type declarations; each list it exports is a string[].
import { ara, eng, fra, jpn, rus, spa, zho } from 'stopword';

export interface WordCount {
  word: string;
  count: number;
}

export interface WordCloudOptions {
  /** At most this many words (default 60). */
  max?: number;
  /** BCP 47 tag for segmenting, lower-casing and ordering ties; a malformed tag throws RangeError. */
  locale?: string;
}

export const WORD_CLOUD_MAX = 60;

/** Function words the package's lists miss (see the header). */
const EXTRA = [
  // English
  'will shall would may us its per via within upon across toward towards without against among',
  'during until whose whom onto also every',
  // English fillers a pledge wall would otherwise show large ("at least", "even more", "already")
  'least even just yet already including however further etc really ever always lot lots thing things',
  'something someone everyone everything anything around throughout whether though although able',
  // French
  'avant après aussi plus tous toutes tout entre chaque vais va allons allez vont ainsi dont lors',
  'sous vers chez très afin aujourd\'hui peut-être c\'est-à-dire est-ce nous-mêmes',
  'moins également encore déjà bien notamment celle celui ceux celles autre autres depuis pendant jusque',
  'toujours jamais beaucoup peu plusieurs certains certaines parmi alors puis donc car cependant toutefois',
  'ferons fera serons sera seront aurons',
  // Spanish
  'nosotros nosotras nuestro nuestra nuestros nuestras vamos voy van antes después entre todos',
  'todas todo toda cada este esta estos estas esto ser será seremos serán hemos ha han hay está',
  'están estamos les mediante hacia según tras así',
  'menos además incluso especialmente otra otros otras varios varias mucho muchos muchas siempre nunca',
  'través mientras aún todavía haremos solo sólo bien',
  // Russian
  'наш наша наше наши нашей нашего нашему нашим наших нашу будем будут также',
  'менее очень каждый каждая каждое каждые другие другая другое других несколько вместе кроме например',
  'который которые которых которая которое которой котором своих свой свои своей своего свою именно либо',
  // Russian words written with a hyphen, now counted whole
  'из-за из-под что-то кто-то как-то где-то когда-то какой-то какие-то что-нибудь кто-нибудь какой-нибудь',
  // Chinese
  '我们 你们 他们 她们 它们 咱们 自己 之前 之后 以前 以后 以及 并且 或者 因为 所以 但是 而且 如果',
  '虽然 这个 那个 这些 那些 这样 这里 什么 已经 可以 将会 将要 进行 通过 对于 关于 为了 一个 一些',
  '所有 每个 其他 其中 一起 还有 没有 不是 就是 还是 以便 从而 将 下 届 次 上 要 能 所 其 从 给 被',
  '让 由 而 以',
  '至少 更多 最 非常 再 许多 此外 同时 包括 进一步 等等',
  // Arabic fillers the package's list misses ("at least", "also", "only", "we will do")
  'الأقل أيضا لقد فقط تكون عبر سنقوم نقوم كافة',
].flatMap((line) => line.split(' '));

const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/g;
const URL_OR_EMAIL = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/giu;
const LETTER = /\p{L}/u;
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;
const SMALL = /\p{Ll}/u;
const HAN = /^\p{Script=Han}$/u;
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
const CONTRACTION = /'(?:ll|re|ve|d|m|t)$/u;

/** A word as it is counted: lower case, NFC, one apostrophe, no Arabic diacritics. */
function normalise(word: string, locale?: string): string {
  const lower = locale === undefined ? word.toLowerCase() : word.toLocaleLowerCase(locale);
  return lower.normalize('NFC').replace(/[’ʼ]/g, "'").replace(ARABIC_MARKS, '');
}

const stopKey = (word: string): string => word.replace(/ё/g, 'е');

const STOP_WORDS: ReadonlySet<string> = new Set(
  [ara, eng, fra, jpn, rus, spa, zho, EXTRA].flatMap((list: readonly string[]) => list.map((w) => stopKey(normalise(w)))),
);

export const isStopWord = (word: string, locale?: string): boolean => STOP_WORDS.has(stopKey(normalise(word, locale)));

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale?: string): Intl.Segmenter {
  const key = locale ?? '';
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, s);
  }
  return s;
}

/** One word-like segment as the cloud counts it, or null when it is not shown. */
function keep(segment: string, acronyms: boolean, locale?: string): string | null {
  let word = normalise(segment, locale);
  if (!LETTER.test(word) || word.includes('.')) return null;
  if (acronyms && ACRONYM.test(segment)) return word;
  if (STOP_WORDS.has(stopKey(word))) return null;
  word = word.replace(ELISION, '');
  if (CONTRACTION.test(word)) return null;
  word = word.replace(/'s$/u, '');
  const chars = [...word].length;
  if (chars === 0 || (chars === 1 && !HAN.test(word))) return null;
  return STOP_WORDS.has(stopKey(word)) ? null : word;
}

/** A hyphen between two parts of one word: hyphen-minus, hyphen, non-breaking hyphen. */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

interface Segment {
  segment: string;
  index: number;
  isWordLike: boolean;
}

/** The text's segments, with the word segments joined by hyphens (and nothing else) as one. */
function segmentsOf(text: string, locale?: string): Segment[] {
  const out: Segment[] = [];
  for (const { segment, index, isWordLike } of segmenter(locale).segment(text)) {
    const last = out[out.length - 1];
    const before = out[out.length - 2];
    if (isWordLike && last && before?.isWordLike && HYPHENS.has(last.segment) && before.index + before.segment.length === last.index) {
      out.pop();
      // One hyphen for all three, so the same compound counts once however it was typed.
      before.segment += `-${segment}`;
    } else {
      out.push({ segment, index, isWordLike: isWordLike ?? false });
    }
  }
  return out;
}

/** The words of one text that the cloud counts, in order. */
export function tokenize(text: string, locale?: string): string[] {
  const words: string[] = [];
  let hanRunEnd = -1; // where the last kept word ends in `clean` when it is a run of single Han characters
  const clean = text.normalize('NFC').replace(URL_OR_EMAIL, ' ');
  const acronyms = SMALL.test(clean) || (clean.match(/\p{Lu}+/gu) ?? []).length < 2; // not all capitals
  for (const { segment, index, isWordLike } of segmentsOf(clean, locale)) {
    const word = isWordLike ? keep(segment, acronyms, locale) : null;
    if (word === null) continue;
    const end = index + segment.length;
    const singleHan = HAN.test(word);
    if (singleHan && index === hanRunEnd && words.length > 0) words[words.length - 1] += word;
    else words.push(word);
    hanRunEnd = singleHan ? end : -1;
  }
  return words;
}

/**
 * The pledges' words with how many times each occurs (across all texts), most frequent first,
 * ties in the locale's alphabetical order; at most `max` of them.
 */
export function wordCloud(texts: readonly string[], opts: WordCloudOptions = {}): WordCount[] {
  const { max = WORD_CLOUD_MAX, locale } = opts;
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of tokenize(text, locale)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const limit = Math.max(0, Math.floor(max));
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, locale))
    .slice(0, limit);
}
