import { datesPassedBefore, pastDateKey, pastDates } from '../../client/views/phone/past-dates';

/** Which dates of a pledge being written the phone asks about before sending it. */
const draft = (deliverables: { text: string; due: string }[], timeframe: { kind: 'next-igf' } | { kind: 'date'; date: string } = { kind: 'next-igf' }) => ({
  deliverables,
  timeframe,
});

test('a deliverable due before today, and a pledge dated before today, are past; today and later are not', () => {
  const today = '2026-12-06';
  const d = draft(
    [
      { text: 'Map', due: '2026-12-05' },
      { text: 'Report', due: '2026-12-06' },
      { text: 'Launch', due: '2027-01-01' },
    ],
    { kind: 'date', date: '2026-11-30' },
  );
  expect(pastDates(d, undefined, today)).toEqual([
    { kind: 'deliverable', n: 1, text: 'Map', date: '2026-12-05' },
    { kind: 'timeframe', date: '2026-11-30' },
  ]);
});

test('rows still being typed (no text, or no complete date) are not asked about', () => {
  const today = '2026-12-06';
  expect(pastDates(draft([{ text: ' ', due: '2020-01-01' }, { text: 'Map', due: '' }, { text: 'Map', due: '2020-01' }]), undefined, today)).toEqual([]);
});

test('"today" is never before the UTC date, which makes a pledge late', () => {
  // Whatever the machine's zone: just after midnight UTC on the 6th, the 5th has passed.
  expect(datesPassedBefore(new Date('2026-12-06T00:30:00Z')) >= '2026-12-06').toBe(true);
  expect(datesPassedBefore(new Date('2026-12-06T23:30:00Z')) >= '2026-12-06').toBe(true);
});

test('a change to a saved pledge is not asked about the dates it already had', () => {
  const today = '2026-12-06';
  const saved = { deliverables: [{ text: 'Map', due: '2026-01-31' }], timeframe: { kind: 'date' as const, date: '2026-06-30' } };
  expect(pastDates(draft([{ text: 'Map', due: '2026-01-31' }], { kind: 'date', date: '2026-06-30' }), saved, today)).toEqual([]);
  // A new past date, or a past date moved to another past date, is asked about.
  expect(pastDates(draft([{ text: 'Map', due: '2026-02-28' }, { text: 'Brief', due: '2026-03-01' }], { kind: 'date', date: '2026-06-30' }), saved, today).map(pastDateKey)).toEqual([
    'deliverable:1:2026-02-28',
    'deliverable:2:2026-03-01',
  ]);
});
