/**
 * The interface languages: the six official languages of the United Nations. Which one a page
 * shows is resolved here, without side effects, so the order can be tested on its own.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language, as the language picker lists it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
};

/** Where the reader's choice is remembered (local storage). */
export const LOCALE_STORAGE_KEY = 'pledge-round.lang';

/** The query parameter that picks (and pins) a language: `?lang=fr`. */
export const LOCALE_QUERY = 'lang';

export const isRtl = (locale: Locale): boolean => locale === 'ar';

/** The supported language of a BCP 47 tag by its primary subtag ("fr-CA" -> fr, "zh-Hant-TW" -> zh); null for any other. */
export function localeOf(tag: string | null | undefined, available: readonly Locale[]): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return available.find((l) => l === primary) ?? null;
}

/** The supported languages among the given tags, in their order, each once. */
export function localesOf(tags: readonly string[], available: readonly Locale[]): Locale[] {
  const found: Locale[] = [];
  for (const tag of tags) {
    const l = localeOf(tag, available);
    if (l && !found.includes(l)) found.push(l);
  }
  return found;
}

export interface LocaleInputs {
  /** `?lang=` of the address, if any. */
  query: string | null;
  /** The choice remembered on this device, if any. */
  stored: string | null;
  /** The browser's preferred languages (`navigator.languages`), most preferred first. */
  preferred: readonly string[];
}

/**
 * Which language a page opens in: `?lang=` of the address, else the choice remembered on this
 * device, else the first of the browser's languages this interface speaks, else English. Only
 * languages whose catalogue exists (`available`) count.
 */
export function resolveLocale(inputs: LocaleInputs, available: readonly Locale[]): { locale: Locale; from: 'query' | 'stored' | 'browser' | 'default' } {
  const query = localeOf(inputs.query, available);
  if (query) return { locale: query, from: 'query' };
  const stored = localeOf(inputs.stored, available);
  if (stored) return { locale: stored, from: 'stored' };
  const browser = localesOf(inputs.preferred, available)[0];
  if (browser) return { locale: browser, from: 'browser' };
  return { locale: DEFAULT_LOCALE, from: 'default' };
}
