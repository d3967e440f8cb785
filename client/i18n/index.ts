/**
 * The interface's words: `t(key, params)` formats a message of the current language (ICU
 * MessageFormat through FormatJS's intl-messageformat; see docs/i18n.md). The language is
 * resolved when the page starts (`startLocale`) and can change at any time (`setLocale`): the
 * root component follows `useLocale`, so the open page re-renders in place. Strings come in parts
 * (./catalogues.ts): every page has `core`; a page loads its own parts before it renders
 * (`loadPageStrings`), and a new language loads every part the page has.
 */
import { create } from 'zustand';
import type { CLIENT_ERROR_CODES, ErrorCode } from '../../shared/protocol';
import { readItem, writeItem } from '../storage';
import { AVAILABLE_LOCALES, loadStrings, type Part } from './catalogues';
import type { MessageKey } from './en';
import type { enConsole } from './en/console';
import type { enOrganizer } from './en/organizer';
import type { enRecord } from './en/record';
import type { enWall } from './en/wall';
import { enCore } from './en/core';
import { isRtl, LOCALE_QUERY, LOCALE_STORAGE_KEY, resolveLocale, type Locale } from './locales';
import { Messages, type Params } from './messages';

export type { Part } from './catalogues';
export type { MessageKey } from './en';
export type { Locale } from './locales';
export { AVAILABLE_LOCALES };

/** Client-side failure codes next to the server's ERROR_CODES. */
export type ClientErrorCode = ErrorCode | (typeof CLIENT_ERROR_CODES)[number] | 'unknown';

/** Error codes only the moderator console meets: their messages load with its strings, not on the phone's path. */
type ConsoleErrorCode = 'request_not_found' | 'request_device_gone' | 'seat_free' | 'nudge_too_soon' | 'wrong_status' | 'round_already_open' | 'round_not_running';
/** Error codes only the record's pages (follow-up, registry) meet: their messages load with the record's strings. */
type RecordErrorCode = 'not_in_record';
/** Error codes only online viewers' walls meet (the phone page offers no support on one's own pledge): their messages load with the wall's strings. */
type WallErrorCode = 'own_pledge';
/** Error codes only the organizer pages (events, sessions, the schedule import) meet: their messages load with the organizer's strings. */
type OrganizerErrorCode = 'session_code_taken' | 'import_invalid';

// Fails to compile when an error code has no message: in `core` (what every page has), or, for the
// console's, the record's, the organizer's and the wall's own, in their strings.
// (Those are checked on the type alone: their strings stay out of the main bundle.)
const everyCodeTranslated: Record<`error.${Exclude<ClientErrorCode, ConsoleErrorCode | RecordErrorCode | OrganizerErrorCode | WallErrorCode>}`, string> = enCore;
void everyCodeTranslated;
type Translated<Code extends string, T extends Record<`error.${Code}`, string>> = T;
export type ConsoleErrorsTranslated = Translated<ConsoleErrorCode, typeof enConsole>;
export type RecordErrorsTranslated = Translated<RecordErrorCode, typeof enRecord>;
export type OrganizerErrorsTranslated = Translated<OrganizerErrorCode, typeof enOrganizer>;
export type WallErrorsTranslated = Translated<WallErrorCode, typeof enWall>;

interface LocaleState {
  locale: Locale;
  /**
   * The language was chosen for this page: by `?lang=` or with the picker. A wall then keeps it
   * instead of following its event's languages.
   */
  pinned: boolean;
}

export const useLocale = create<LocaleState>()(() => ({ locale: 'en', pinned: false }));

const english = new Messages('en', enCore);
/** Each language's messages: the parts loaded so far. */
const languages = new Map<Locale, Messages>([['en', english]]);
/** Each part of each language, loaded or on its way (`fr:record`). */
const parts = new Map<string, Promise<void>>([['en:core', Promise.resolve()]]);
/** The parts the page has: a new language loads them all before it shows. */
const partsInUse = new Set<Part>(['core']);
let messages = english;
/** Only the latest request to change the language applies (a slow chunk must not win over a later choice). */
let requested = 0;

/** The message of `key` in the current language; in English where the language lacks it (a part that could not load); else the key. */
export function t(key: MessageKey, params?: Params): string {
  return (messages.has(key) ? messages : english).format(key, params);
}

/** Message for any error code, including codes this client does not know yet. */
export function tError(code: string): string {
  const key = `error.${code}` as MessageKey;
  return messages.has(key) || english.has(key) ? t(key) : t('error.unknown');
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

function language(locale: Locale): Messages {
  let found = languages.get(locale);
  if (!found) languages.set(locale, (found = new Messages(locale)));
  return found;
}

/** One part of one language, loaded once (a part that failed is tried again next time). */
function loadPart(locale: Locale, part: Part): Promise<void> {
  const key = `${locale}:${part}`;
  let loading = parts.get(key);
  if (!loading) {
    loading = loadStrings(locale, part).then((strings) => language(locale).add(strings));
    parts.set(key, loading);
    loading.catch(() => parts.delete(key));
  }
  return loading;
}

/**
 * The strings of a page's own parts, in the current language, before the page renders (the route
 * awaits them with the page's chunk: client/main.tsx). A part the language cannot load (offline)
 * shows in English.
 */
export async function loadPageStrings(pageParts: readonly Part[]): Promise<void> {
  for (const part of pageParts) partsInUse.add(part);
  const locale = messages.locale;
  await Promise.all(
    pageParts.map((part) =>
      loadPart(locale, part).catch((err: unknown) => {
        if (locale === 'en') throw err;
        console.error(`i18n: ${part} in ${locale} could not be loaded`, err);
        return loadPart('en', part);
      }),
    ),
  );
}

/**
 * Switches the interface to `locale`, loading first every part the page has in that language.
 * `remember`: keep it as this device's choice (the picker, `?lang=`); a wall following its
 * event's languages does not. `pin`: the page keeps this language (see LocaleState.pinned).
 */
export async function setLocale(locale: Locale, { remember, pin }: { remember: boolean; pin: boolean }): Promise<void> {
  const request = ++requested;
  if (remember) writeItem('local', LOCALE_STORAGE_KEY, locale);
  // A page opened meanwhile adds its parts: load until none is missing.
  let loaded = 0;
  while (loaded < partsInUse.size) {
    const wanted = [...partsInUse];
    await Promise.all(wanted.map((part) => loadPart(locale, part)));
    loaded = wanted.length;
  }
  if (request === requested) apply(language(locale), pin);
}

/** The language asked for in the address (`?lang=fr`), if any. */
function queryLocale(search = typeof location === 'undefined' ? '' : location.search): string | null {
  return new URLSearchParams(search).get(LOCALE_QUERY);
}

/**
 * Resolves the page's language (docs/i18n.md: `?lang=`, the remembered choice, the browser's
 * languages, English) and loads its `core`. The page renders once this settles; a language chunk
 * that cannot be loaded (offline) leaves the page in English.
 */
export async function startLocale(): Promise<void> {
  const { locale, from } = resolveLocale(
    { query: queryLocale(), stored: readItem('local', LOCALE_STORAGE_KEY), preferred: navigator.languages ?? [navigator.language] },
    AVAILABLE_LOCALES,
  );
  // A projected screen's `?lang=` pins that screen only: the laptop behind it keeps its own choice.
  const screen = /^\/(s\/[^/]+\/wall|forum\/[^/]+|embed\/[^/]+)\/?$/.test(location.pathname);
  try {
    await setLocale(locale, { remember: from === 'query' && !screen, pin: from === 'query' });
  } catch (err) {
    console.error(`i18n: ${locale} could not be loaded`, err);
    apply(english, false);
  }
}
