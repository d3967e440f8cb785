/**
 * Dates as the pages show them. Event days ("2025-06-24") and schedule times ("2025-06-24T09:00")
 * are local to the event's venue: they are formatted as written, never converted to the viewer's
 * time zone (hence timeZone UTC on values built as UTC). Moments (ms) show in the viewer's zone.
 * A day that is not a date shows as written.
 */
const LOCALE = 'en';

const shortDay = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayDay = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const clock = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const dayTime = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});
const instantDay = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });
const stamp = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** A calendar day (YYYY-MM-DD) or a schedule time (YYYY-MM-DDTHH:mm) as written, read in UTC. */
const asUtc = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const asUtcTime = (local: string) => new Date(`${local}:00Z`);
const isDate = (d: Date) => !Number.isNaN(d.getTime());

function formatDayWith(format: Intl.DateTimeFormat, ymd: string): string {
  const d = asUtc(ymd);
  return isDate(d) ? format.format(d) : ymd;
}

/** An event's days: a range, one day alone when the other is missing, null when both are. */
function formatDaysWith(format: Intl.DateTimeFormat, start: string | null, end: string | null): string | null {
  if (start && end && end !== start) {
    const a = asUtc(start);
    const b = asUtc(end);
    if (isDate(a) && isDate(b)) return format.formatRange(a, b);
  }
  const one = start ?? end;
  return one ? formatDayWith(format, one) : null;
}

/** The event's days for dense lists: "Jun 24 – 27, 2025", one day, or null when it has none. */
export function formatDays(start: string | null, end: string | null): string | null {
  return formatDaysWith(shortDay, start, end);
}

/** "2025-06-24" -> "June 24, 2025" */
export function formatDate(ymd: string): string {
  return formatDayWith(longDay, ymd);
}

/** "June 23 – 27, 2025"; one date alone when the other is missing; "" when both are. */
export function formatDateRange(start: string | null, end: string | null): string {
  return formatDaysWith(longDay, start, end) ?? '';
}

/** "2025-06-24T09:00" -> "Tue, Jun 24, 09:00" */
export function formatScheduleTime(local: string): string {
  const d = asUtcTime(local);
  return isDate(d) ? dayTime.format(d) : local;
}

/** "Tuesday, June 24, 2025, 09:00–10:30" from a schedule's local date-times; "" without a start. */
export function formatSlot(start: string | null, end: string | null): string {
  if (!start) return '';
  const s = asUtcTime(start);
  const day = weekdayDay.format(s);
  if (!end) return `${day}, ${clock.format(s)}`;
  const e = asUtcTime(end);
  if (end.slice(0, 10) !== start.slice(0, 10)) return `${day}, ${clock.format(s)} – ${weekdayDay.format(e)}, ${clock.format(e)}`;
  return `${day}, ${clock.format(s)}–${clock.format(e)}`;
}

/** A moment (ms) as the viewer's calendar day: "Mar 12, 2025". */
export function formatInstantDay(ms: number): string {
  return instantDay.format(ms);
}

/** "June 24, 2025 at 14:32 CEST": a moment in the viewer's time zone. */
export function formatStamp(ms: number): string {
  return stamp.format(ms);
}

/** Whole days between two moments (for "quiet for 45 days"). */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400_000));
}
