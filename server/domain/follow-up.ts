import type { Light, ProgressStatus } from '../../shared/domain';
import type { Pledge, ProgressReport } from '../../shared/schemas';
import { deliveredOf, LIMITS } from '../../shared/domain';
import type { FollowUpRecord } from './records';
import { fail, ok, type Result } from './result';

/** The pledge's current status: its latest report's, or "not started" before any report. */
export function progressStatus(reports: readonly ProgressReport[]): ProgressStatus {
  return reports.at(-1)?.status ?? 'not_started';
}

/** YYYY-MM-DD of an instant, in UTC (dates in pledges and reports are calendar dates). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `ms` moved forward by whole calendar months (the 31st of a short month lands on its last day). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.getTime();
}

/** Since when the pledge has gone without news: its latest report, or its creation. */
export function quietSince(pledge: Pick<Pledge, 'createdAt'>, reports: readonly ProgressReport[]): number {
  return reports.at(-1)?.at ?? pledge.createdAt;
}

/**
 * The status light (see LIGHTS in shared/domain.ts). A deliverable not done yet is past due the
 * day after its due date; a dated timeframe counts as the pledge's own deadline.
 */
export function lightOf(
  pledge: Pick<Pledge, 'createdAt' | 'deliverables' | 'timeframe'>,
  reports: readonly ProgressReport[],
  now: number,
  silentAfterMonths: number,
): Light {
  const status = progressStatus(reports);
  if (status === 'completed' || status === 'discontinued') return 'finished';
  const today = isoDate(now);
  const done = deliveredOf(reports);
  const dues = pledge.deliverables.filter((_, i) => !done.includes(i)).map((d) => d.due);
  if (pledge.timeframe.kind === 'date') dues.push(pledge.timeframe.date);
  if (dues.some((due) => due < today)) return 'late';
  if (addMonths(quietSince(pledge, reports), silentAfterMonths) <= now) return 'silent';
  return 'on_track';
}

/** A new follow-up record for a stored pledge. */
export function newFollowUp(pledge: Pick<Pledge, 'id' | 'sessionId'>, tokenHash: string, now: number): FollowUpRecord {
  return { pledgeId: pledge.id, sessionId: pledge.sessionId, tokenHash, createdAt: now, reports: [] };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adds a progress report. The date it speaks for defaults to today and may not lie in the future
 * nor before the pledge was made (each with a day of slack for authors' time zones).
 */
export function addReport(
  record: FollowUpRecord,
  pledge: Pick<Pledge, 'createdAt' | 'deliverables'>,
  input: { status: ProgressReport['status']; note: string; date?: string | undefined; delivered?: readonly number[] | undefined },
  now: number,
): Result<FollowUpRecord> {
  const date = input.date ?? isoDate(now);
  // Dates are the author's calendar days; UTC differs from theirs by up to a day either way.
  if (date > isoDate(now + DAY_MS)) return fail('invalid_payload', 'date: a progress report cannot be dated in the future.');
  if (date < isoDate(pledge.createdAt - DAY_MS)) return fail('invalid_payload', 'date: a progress report cannot be dated before the pledge was made.');
  const count = pledge.deliverables.length;
  if (input.delivered?.some((i) => i >= count)) {
    return fail('invalid_payload', `delivered: this pledge has ${count === 0 ? 'no deliverables' : `deliverables 0 to ${count - 1}`}.`);
  }
  const delivered = [...new Set(input.delivered ?? deliveredOf(record.reports))].sort((a, b) => a - b);
  const report: ProgressReport = { status: input.status, note: input.note, date, at: now, ...(count > 0 ? { delivered } : {}) };
  const reports = [...record.reports, report];
  return ok({ ...record, reports: reports.slice(-LIMITS.progressReportsMax) });
}
