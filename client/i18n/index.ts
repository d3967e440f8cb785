/**
 * The interface's words: `t(key, params)` formats a message of the current language (ICU
 * MessageFormat through FormatJS's intl-messageformat; see docs/i18n.md). The language is
 * resolved when the page starts (`startLocale`) and can change at any time (`setLocale`): the
 * root component follows `useLocale`, so the open page re-renders in place.
 */
import { create } from 'zustand';
import type { CLIENT_ERROR_CODES, ErrorCode } from '../../shared/protocol';
import { readItem, writeItem } from '../storage';
import { AVAILABLE_LOCALES, loadCatalogue } from './catalogues';
import { en, type MessageKey } from './en';
import { isRtl, LOCALE_QUERY, LOCALE_STORAGE_KEY, resolveLocale, type Locale } from './locales';
import { Messages, type Params } from './messages';

export type { MessageKey } from './en';
export type { Locale } from './locales';
export { AVAILABLE_LOCALES };

/** Client-side failure codes next to the server's ERROR_CODES. */
export type ClientErrorCode = ErrorCode | (typeof CLIENT_ERROR_CODES)[number] | 'unknown';

// Fails to compile when a server error code has no message.
const everyCodeTranslated: Record<`error.${ClientErrorCode}`, string> = en;
void everyCodeTranslated;

interface LocaleState {
  locale: Locale;
  /**
   * The language was chosen for this page: by `?lang=` or with the picker. A wall then keeps it
   * instead of following its event's languages.
   */
  pinned: boolean;
}

export const useLocale = create<LocaleState>()(() => ({ locale: 'en', pinned: false }));

const english = new Messages('en', en);
const ready = new Map<Locale, Messages>([['en', english]]);
let messages = english;
/** Only the latest request to change the language applies (a slow chunk must not win over a later choice). */
let requested = 0;

export function t(key: MessageKey, params?: Params): string {
  return messages.format(key, params);
}

/** Message for any error code, including codes this client does not know yet. */
export function tError(code: string): string {
  const key = `error.${code}` as MessageKey;
  return messages.has(key) ? messages.format(key) : messages.format('error.unknown');
}

export function currentLocale(): Locale {
  return messages.locale;
}

const padded = new Map<string, Intl.NumberFormat>();

/**
 * A count or any number as the current language writes it ("1,234", "1 234", "١٬٢٣٤");
 * `minimumDigits` pads with zeros, ungrouped (a countdown's "04:05").
 */
export function formatNumber(n: number, minimumDigits = 1): string {
  if (minimumDigits <= 1) return messages.formatNumber(n);
  const key = `${messages.locale}:${minimumDigits}`;
  let f = padded.get(key);
  if (!f) padded.set(key, (f = new Intl.NumberFormat(messages.locale, { minimumIntegerDigits: minimumDigits, useGrouping: false })));
  return f.format(n);
}

const clocks = new Map<Locale, Intl.DateTimeFormat>();

/** Local wall-clock time on a 24-hour clock, e.g. "14:32": unambiguous for an international audience. */
export function formatClock(ms: number): string {
  const locale = messages.locale;
  let clock = clocks.get(locale);
  if (!clock) clocks.set(locale, (clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return clock.format(ms);
}

function apply(next: Messages, pinned: boolean): void {
  messages = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next.locale;
    document.documentElement.dir = isRtl(next.locale) ? 'rtl' : 'ltr';
  }
  useLocale.setState({ locale: next.locale, pinned });
}

/**
 * Switches the interface to `locale`, loading its catalogue first if needed. `remember`: keep it
 * as this device's choice (the picker, `?lang=`); a wall following its event's languages does
 * not. `pin`: the page keeps this language (see LocaleState.pinned).
 */
export async function setLocale(locale: Locale, { remember, pin }: { remember: boolean; pin: boolean }): Promise<void> {
  const request = ++requested;
  if (remember) writeItem('local', LOCALE_STORAGE_KEY, locale);
  let next = ready.get(locale);
  if (!next) {
    next = new Messages(locale, await loadCatalogue(locale));
    ready.set(locale, next);
  }
  if (request === requested) apply(next, pin);
}

/** The language asked for in the address (`?lang=fr`), if any. */
function queryLocale(search = typeof location === 'undefined' ? '' : location.search): string | null {
  return new URLSearchParams(search).get(LOCALE_QUERY);
}

/**
 * Resolves the page's language (docs/i18n.md: `?lang=`, the remembered choice, the browser's
 * languages, English) and loads it. The page renders once this settles; a language chunk that
 * cannot be loaded (offline) leaves the page in English.
 */
export async function startLocale(): Promise<void> {
  const { locale, from } = resolveLocale(
    { query: queryLocale(), stored: readItem('local', LOCALE_STORAGE_KEY), preferred: navigator.languages ?? [navigator.language] },
    AVAILABLE_LOCALES,
  );
  try {
    await setLocale(locale, { remember: from === 'query', pin: from === 'query' });
  } catch (err) {
    console.error(`i18n: ${locale} could not be loaded`, err);
    apply(english, false);
  }
}
