import type { Pledge } from '../../../shared/schemas';
import { localToday, utcIsoDate } from '../../dates';
import type { Draft } from '../../store/phone-draft';

/**
 * Dates of a draft that have already passed. A pledge holding one shows as late in the public
 * record from the moment it is saved (a deliverable or the pledge's own date before today, as the
 * follow-up's status light counts it in UTC), so the phone asks before sending it. "Passed" is
 * before today where the person is or in UTC, whichever comes later. A change to a saved pledge
 * is not asked about the dates it already had.
 */
export type PastDate = { kind: 'deliverable'; n: number; text: string; date: string } | { kind: 'timeframe'; date: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function pastDates(draft: Pick<Draft, 'deliverables' | 'timeframe'>, saved?: Pick<Pledge, 'deliverables' | 'timeframe'>, today = datesPassedBefore()): PastDate[] {
  const past: PastDate[] = [];
  draft.deliverables.forEach((d, i) => {
    const had = saved?.deliverables.some((s) => s.due === d.due && s.text === d.text.trim());
    if (d.text.trim() && DATE.test(d.due) && d.due < today && !had) past.push({ kind: 'deliverable', n: i + 1, text: d.text.trim(), date: d.due });
  });
  const tf = draft.timeframe;
  const hadDate = saved?.timeframe.kind === 'date' && tf.kind === 'date' && saved.timeframe.date === tf.date;
  if (tf.kind === 'date' && DATE.test(tf.date) && tf.date < today && !hadDate) {
    past.push({ kind: 'timeframe', date: tf.date });
  }
  return past;
}

/** Today's date (YYYY-MM-DD): where the phone is or in UTC, whichever is later. */
export function datesPassedBefore(now = new Date()): string {
  const local = localToday(now);
  const utc = utcIsoDate(now.getTime());
  return local > utc ? local : utc;
}

/** One past date as the person confirmed it: the same row with the same date (a changed date is asked again). */
export function pastDateKey(p: PastDate): string {
  return p.kind === 'deliverable' ? `deliverable:${p.n}:${p.date}` : `timeframe:${p.date}`;
}
