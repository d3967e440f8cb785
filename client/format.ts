import { currentLocale } from './i18n';

/**
 * Dates as the pages show them, in the interface's language (client/i18n), on a 24-hour clock.
 * Event days ("2025-06-24") and schedule times ("2025-06-24T09:00") are local to the event's
 * venue: they are formatted as written, never converted to the viewer's time zone (hence
 * timeZone UTC on values built as UTC). Moments (ms) show in the viewer's zone. A day that is
 * not a date shows as written.
 */
type Style = 'shortDay' | 'longDay' | 'weekdayDay' | 'clock' | 'dayTime' | 'instantDay' | 'stamp';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  shortDay: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  longDay: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  weekdayDay: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' },
  dayTime: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' },
  instantDay: { day: 'numeric', month: 'short', year: 'numeric' },
  stamp: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** The style's format in the interface's current language (client/i18n), made once per language. */
function format(style: Style): Intl.DateTimeFormat {
  const key = `${currentLocale()}:${style}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(currentLocale(), STYLES[style])));
  return f;
}

/** A calendar day (YYYY-MM-DD) or a schedule time (YYYY-MM-DDTHH:mm) as written, read in UTC. */
const asUtc = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const asUtcTime = (local: string) => new Date(`${local}:00Z`);
const isDate = (d: Date) => !Number.isNaN(d.getTime());

function formatDayWith(style: Style, ymd: string): string {
  const d = asUtc(ymd);
  return isDate(d) ? format(style).format(d) : ymd;
}

/** An event's days: a range, one day alone when the other is missing, null when both are. */
function formatDaysWith(style: Style, start: string | null, end: string | null): string | null {
  if (start && end && end !== start) {
    const a = asUtc(start);
    const b = asUtc(end);
    if (isDate(a) && isDate(b)) return format(style).formatRange(a, b);
  }
  const one = start ?? end;
  return one ? formatDayWith(style, one) : null;
}

/** The event's days for dense lists: "Jun 24 – 27, 2025", one day, or null when it has none. */
export function formatDays(start: string | null, end: string | null): string | null {
  return formatDaysWith('shortDay', start, end);
}

/** "2025-06-24" -> "June 24, 2025" */
export function formatDate(ymd: string): string {
  return formatDayWith('longDay', ymd);
}

/** "June 23 – 27, 2025"; one date alone when the other is missing; "" when both are. */
export function formatDateRange(start: string | null, end: string | null): string {
  return formatDaysWith('longDay', start, end) ?? '';
}

/** "2025-06-24T09:00" -> "Tue, Jun 24, 09:00" */
export function formatScheduleTime(local: string): string {
  const d = asUtcTime(local);
  return isDate(d) ? format('dayTime').format(d) : local;
}

/** "Tuesday, June 24, 2025, 09:00–10:30" from a schedule's local date-times; "" without a start. */
export function formatSlot(start: string | null, end: string | null): string {
  if (!start) return '';
  const day = format('weekdayDay');
  const clock = format('clock');
  const s = asUtcTime(start);
  if (!end) return `${day.format(s)}, ${clock.format(s)}`;
  const e = asUtcTime(end);
  if (end.slice(0, 10) !== start.slice(0, 10)) return `${day.format(s)}, ${clock.format(s)} – ${day.format(e)}, ${clock.format(e)}`;
  return `${day.format(s)}, ${clock.format(s)}–${clock.format(e)}`;
}

/** A moment (ms) as the viewer's calendar day: "Mar 12, 2025". */
export function formatInstantDay(ms: number): string {
  return format('instantDay').format(ms);
}

/** "June 24, 2025 at 14:32 CEST": a moment in the viewer's time zone. */
export function formatStamp(ms: number): string {
  return format('stamp').format(ms);
}

/** Whole days between two moments (for "quiet for 45 days"). */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400_000));
}

/**
 * Items as a list in the current language: "English, French, Arabic", "العربية، الفرنسية"…
 * (`unit`, a plain list), or with its "and" (`conjunction`).
 */
export function formatList(items: readonly string[], type: 'unit' | 'conjunction' = 'unit'): string {
  return new Intl.ListFormat(currentLocale(), { type, style: type === 'unit' ? 'short' : 'long' }).format(items);
}
