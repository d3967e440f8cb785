import type { CLIENT_ERROR_CODES, ErrorCode } from '../../shared/protocol';
import { en, type Catalogue } from './en';

export type MessageKey = keyof Catalogue;
type Params = Record<string, string | number>;

/** Base keys that have `.one` / `.other` plural forms, e.g. `wall.pledges`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** Client-side failure codes next to the server's ERROR_CODES. */
export type ClientErrorCode = ErrorCode | (typeof CLIENT_ERROR_CODES)[number] | 'unknown';

// Fails to compile when a server error code has no message.
const everyCodeTranslated: Record<`error.${ClientErrorCode}`, string> = en;
void everyCodeTranslated;

const locale = 'en';
const catalogue: Record<string, string> = en;
const plurals = new Intl.PluralRules(locale);

if (typeof document !== 'undefined') document.documentElement.lang = locale;

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(key: MessageKey, params?: Params): string {
  return interpolate(catalogue[key] ?? key, params);
}

/** Plural-aware: `tp('wall.pledges', 3)` → "3 pledges". `{count}` is always available. */
export function tp(base: PluralKey, count: number, params?: Params): string {
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return interpolate(catalogue[`${base}.${form}`] ?? base, { count, ...params });
}

/** Message for any error code, including codes this client does not know yet. */
export function tError(code: string): string {
  return catalogue[`error.${code}`] ?? catalogue['error.unknown'] ?? code;
}

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Local wall-clock time on a 24-hour clock, e.g. "14:32": unambiguous for an international audience. */
export function formatClock(ms: number): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}
