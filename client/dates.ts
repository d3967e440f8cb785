/** Calendar dates as the API speaks them (YYYY-MM-DD). */

/** YYYY-MM-DD of an instant in UTC (how the server dates pledges and reports). */
export function utcIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today's calendar date where the reader is. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
