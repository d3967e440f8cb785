import type { Pledge } from '../../shared/schemas';
import { toCsv } from '../domain/csv';
import type { SessionMeta } from '../domain/records';

/**
 * The export column set. Stable: columns are only ever added at the end, never renamed or
 * reordered (docs/exports.md). Lists are joined with "; ", dates are ISO 8601 UTC.
 */
export const PLEDGE_CSV_COLUMNS = [
  'pledge_id',
  'session_code',
  'session_title',
  'name',
  'organization',
  'capacity',
  'stakeholder_group',
  'regional_group',
  'text',
  'themes',
  'sdg_targets',
  'timeframe',
  'visibility',
  'deliverables',
  'partners',
  'created_at',
  'updated_at',
  'edits',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

export function pledgeRow(meta: Pick<SessionMeta, 'code' | 'title'>, p: Pledge): (string | number)[] {
  return [
    p.id,
    meta.code,
    meta.title,
    p.name,
    p.organization,
    p.capacity,
    p.stakeholderGroup,
    p.regionalGroup ?? '',
    p.text,
    p.themes.join('; '),
    p.sdgTargets.join('; '),
    p.timeframe.kind === 'date' ? p.timeframe.date : 'until the next IGF',
    p.visibility,
    p.deliverables.map((d) => `${d.text} (due ${d.due})`).join('; '),
    p.partners.join('; '),
    iso(p.createdAt),
    iso(p.updatedAt),
    p.edits.length,
  ];
}

export function pledgesCsv(rows: { meta: Pick<SessionMeta, 'code' | 'title'>; pledge: Pledge }[]): string {
  return toCsv(PLEDGE_CSV_COLUMNS, rows.map(({ meta, pledge }) => pledgeRow(meta, pledge)));
}
