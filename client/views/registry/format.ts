/** Dates as the public record shows them. Calendar dates (YYYY-MM-DD) are read in UTC so they never shift a day. */

const LOCALE = 'en';
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayDate = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const clock = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const stamp = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "24 June 2025" */
export function formatDate(iso: string): string {
  return dayMonthYear.format(utcDay(iso));
}

/** "24 Jun 2025", for dense lists. */
export function formatShortDate(iso: string): string {
  return shortDate.format(utcDay(iso));
}

/** "23–27 June 2025"; one date alone when the other is missing; "" when both are. */
export function formatDateRange(start: string | null, end: string | null): string {
  if (start && end && end !== start) return dayMonthYear.formatRange(utcDay(start), utcDay(end));
  const one = start ?? end;
  return one ? formatDate(one) : '';
}

/** "Tuesday 24 June 2025, 09:00–10:30" from a schedule's local date-times (shown as written, no time-zone shift). */
export function formatSlot(start: string | null, end: string | null): string {
  if (!start) return '';
  const s = new Date(`${start}:00Z`);
  const day = weekdayDate.format(s);
  if (!end) return `${day}, ${clock.format(s)}`;
  const e = new Date(`${end}:00Z`);
  if (end.slice(0, 10) !== start.slice(0, 10)) return `${day}, ${clock.format(s)} – ${weekdayDate.format(e)}, ${clock.format(e)}`;
  return `${day}, ${clock.format(s)}–${clock.format(e)}`;
}

/** "24 June 2025, 14:32 CEST": an instant in the reader's time zone. */
export function formatStamp(ms: number): string {
  return stamp.format(ms);
}

export { localToday, utcIsoDate } from '../../dates';
