/**
 * Dates on the organizer pages. Event days ("2025-06-24") and schedule times ("2025-06-24T09:00")
 * are local to the event's venue: they are formatted as written, never converted to the viewer's
 * time zone (hence timeZone UTC on values built as UTC).
 */
const LOCALE = 'en';

const day = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
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

const asUtc = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

/** "2025-06-24" -> "24 Jun 2025" */
export function formatDay(ymd: string): string {
  const d = asUtc(ymd);
  return Number.isNaN(d.getTime()) ? ymd : day.format(d);
}

/** The event's days: "24–27 Jun 2025", one day, or null when it has none. */
export function formatDays(start: string | null, end: string | null): string | null {
  if (start && end && end !== start) {
    const a = asUtc(start);
    const b = asUtc(end);
    if (!Number.isNaN(a.getTime()) && !Number.isNaN(b.getTime())) return day.formatRange(a, b);
  }
  const one = start ?? end;
  return one ? formatDay(one) : null;
}

/** "2025-06-24T09:00" -> "Tue, 24 Jun, 09:00" */
export function formatScheduleTime(local: string): string {
  const d = new Date(`${local}:00Z`);
  return Number.isNaN(d.getTime()) ? local : dayTime.format(d);
}

/** A moment (ms) as the viewer's calendar day: "12 Mar 2025". */
export function formatInstantDay(ms: number): string {
  return instantDay.format(ms);
}

/** Whole days between two moments (for "quiet for 45 days"). */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400_000));
}
