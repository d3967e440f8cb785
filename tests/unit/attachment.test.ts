import { attachment } from '../../server/http/guards';

test('download names: ASCII as is, other letters also in the UTF-8 form browsers prefer', () => {
  expect(attachment('pledges-', 'WS #215', 'csv')).toBe('attachment; filename="pledges-WS-215.csv"');
  expect(attachment('pledges-', 'IGF 2025 — Lillestrøm', 'json')).toBe(
    `attachment; filename="pledges-IGF-2025-Lillestr-m.json"; filename*=UTF-8''pledges-IGF-2025-Lillestr%C3%B8m.json`,
  );
  expect(attachment('pledges-', '"; rm -rf', 'csv')).toBe('attachment; filename="pledges-rm-rf.csv"');
  expect(attachment('pledges-', '論壇', 'csv')).toBe(`attachment; filename="pledges-export.csv"; filename*=UTF-8''pledges-${encodeURIComponent('論壇')}.csv`);
});
