import { addMonths, addReport, isoDate, lightOf, progressStatus } from '../../server/domain/follow-up';
import type { FollowUpRecord } from '../../server/domain/records';
import { themeId, themeLabel } from '../../shared/domain';
import { themeIdSchema, type ProgressReport } from '../../shared/schemas';

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const pledge = (extra: Partial<{ deliverables: { text: string; due: string }[]; timeframe: { kind: 'next-igf' } | { kind: 'date'; date: string } }> = {}) => ({
  createdAt: at('2025-06-24'),
  deliverables: [],
  timeframe: { kind: 'next-igf' as const },
  ...extra,
});
const report = (status: ProgressReport['status'], day: string): ProgressReport => ({ status, note: '', date: day, at: at(day) });

describe('status light', () => {
  test('on track until the silence runs out, then silent; a report resets it', () => {
    expect(lightOf(pledge(), [], at('2025-09-23'), 3)).toBe('on_track');
    expect(lightOf(pledge(), [], at('2025-09-24'), 3)).toBe('silent');
    expect(lightOf(pledge(), [report('in_progress', '2025-09-01')], at('2025-09-24'), 3)).toBe('on_track');
    expect(lightOf(pledge(), [report('in_progress', '2025-09-01')], at('2025-12-01'), 3)).toBe('silent');
    expect(lightOf(pledge(), [], at('2025-12-23'), 6)).toBe('on_track');
  });

  test('late the day after a deliverable or the pledge date is due, unless completed; late beats silent', () => {
    const due = pledge({ deliverables: [{ text: 'Report', due: '2025-08-31' }] });
    expect(lightOf(due, [], at('2025-08-31'), 3)).toBe('on_track');
    expect(lightOf(due, [], at('2025-09-01'), 3)).toBe('late');
    expect(lightOf(due, [], at('2026-01-01'), 3)).toBe('late');
    expect(lightOf(pledge({ timeframe: { kind: 'date', date: '2025-07-01' } }), [], at('2025-07-02'), 3)).toBe('late');
    expect(lightOf(due, [report('completed', '2025-09-10')], at('2026-06-01'), 3)).toBe('finished');
    expect(lightOf(due, [report('discontinued', '2025-09-10')], at('2026-06-01'), 3)).toBe('finished');
    // Reopened after completing: the latest report counts.
    expect(lightOf(due, [report('completed', '2025-09-10'), report('in_progress', '2025-10-01')], at('2025-10-02'), 3)).toBe('late');
  });

  test('a deliverable done, as the latest report says, is never late; one not done still is', () => {
    const two = pledge({ deliverables: [{ text: 'Method', due: '2025-08-31' }, { text: 'Dataset', due: '2025-12-31' }] });
    const saying = (delivered: number[] | undefined, day: string): ProgressReport => ({ ...report('in_progress', day), ...(delivered ? { delivered } : {}) });
    expect(lightOf(two, [saying([0], '2025-09-02')], at('2025-09-03'), 3)).toBe('on_track');
    expect(lightOf(two, [saying([0], '2025-09-02')], at('2026-01-01'), 3)).toBe('late');
    expect(lightOf(two, [saying([0, 1], '2025-12-20')], at('2026-01-01'), 3)).toBe('on_track');
    // Reports stored before deliverables could be marked say none is done.
    expect(lightOf(two, [saying(undefined, '2025-09-02')], at('2025-09-03'), 3)).toBe('late');
    // The latest report counts: one taken back is late again.
    expect(lightOf(two, [saying([0], '2025-09-02'), saying([], '2025-09-03')], at('2025-09-04'), 3)).toBe('late');
  });

  test('status is the latest report’s, not started before any', () => {
    expect(progressStatus([])).toBe('not_started');
    expect(progressStatus([report('in_progress', '2025-07-01'), report('completed', '2025-08-01')])).toBe('completed');
  });

  test('months are calendar months; the 31st lands on the last day of a short month', () => {
    expect(isoDate(addMonths(at('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoDate(addMonths(at('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoDate(addMonths(at('2025-11-15'), 3))).toBe('2026-02-15');
    expect(isoDate(addMonths(at('2025-06-24'), 12))).toBe('2026-06-24');
  });
});

describe('progress reports', () => {
  const record: FollowUpRecord = { pledgeId: 'p', sessionId: 's', tokenHash: 'h', createdAt: 0, reports: [] };
  test('dated today by default; not in the future, not before the pledge', () => {
    const now = at('2025-10-01');
    const added = addReport(record, pledge(), { status: 'in_progress', note: 'ok' }, now);
    expect(added).toEqual({ ok: true, value: { ...record, reports: [{ status: 'in_progress', note: 'ok', date: '2025-10-01', at: now }] } });
    expect(addReport(record, pledge(), { status: 'in_progress', note: '', date: '2025-10-02' }, now)).toMatchObject({ ok: true }); // a day of slack
    expect(addReport(record, pledge(), { status: 'in_progress', note: '', date: '2025-10-03' }, now)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    // A day of slack either side for the author's time zone, no more.
    expect(addReport(record, pledge(), { status: 'in_progress', note: '', date: '2025-06-23' }, now)).toMatchObject({ ok: true });
    expect(addReport(record, pledge(), { status: 'in_progress', note: '', date: '2025-06-22' }, now)).toMatchObject({ ok: false });
    expect(addReport(record, pledge(), { status: 'in_progress', note: '', date: '2025-06-24' }, now)).toMatchObject({ ok: true });
  });

  test('keeps at most the last 100 reports', () => {
    let r = record;
    for (let i = 0; i < 105; i++) {
      const next = addReport(r, pledge(), { status: 'in_progress', note: String(i) }, at('2025-10-01') + i);
      if (!next.ok) throw new Error('refused');
      r = next.value;
    }
    expect(r.reports).toHaveLength(100);
    expect(r.reports[0]!.note).toBe('5');
  });
});

describe('themes', () => {
  test('ids come from labels; labels are looked up with a fallback', () => {
    expect(themeId('Digital Trust & Safety')).toBe('digital-trust-safety');
    expect(themeId('  Política Pública ')).toBe('politica-publica');
    expect(themeId('AI')).toBe('ai');
    expect(themeId('!!!')).toBe('');
    expect(themeId('الشمول الرقمي')).toBe('الشمول-الرقمي');
    expect(themeId('数据治理')).toBe('数据治理');
    expect(themeId('Цифровое доверие')).toBe('цифровое-доверие');
    expect(themeId('हिंदी भाषा')).toBe('हिंदी-भाषा'); // marks of other scripts stay
    expect(themeIdSchema.safeParse(themeId('الشمول الرقمي')).success).toBe(true);
    expect(themeIdSchema.safeParse('Upper').success).toBe(false);
    expect(themeIdSchema.safeParse('-lead').success).toBe(false);
    expect(themeIdSchema.safeParse('a b').success).toBe(false);
    expect(themeId('x'.repeat(39) + ' y')).toBe('x'.repeat(39));
    expect(themeLabel(undefined, 'trust')).toBe('Trust');
    expect(themeLabel([{ id: 'ai', label: 'AI' }], 'ai')).toBe('AI');
    expect(themeLabel([{ id: 'ai', label: 'AI' }], 'gone')).toBe('gone');
  });
});
