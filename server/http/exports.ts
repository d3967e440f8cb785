import { DEFAULT_SILENT_AFTER_MONTHS, deliveredOf, inRecord, themeLabel, type Light, type ProgressStatus } from '../../shared/domain';
import type { Editor, EventInfo, Pledge, Round } from '../../shared/schemas';
import { toCsv } from '../../shared/csv';
import { isoDate, lightOf, progressStatus } from '../domain/follow-up';
import { sessionInfo } from '../domain/records';
import type { TrackedPledge } from '../domain/registry';
import type { SessionDoc } from '../service/codec';
import { promptsAsked } from '../domain/prompts';

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
  'event',
  'status',
  'light',
  'last_report_date',
  'theme_labels',
  'author_role',
  'presence',
  'moderation_status',
  'reject_reason',
  'edit_history',
  'supporters',
  'updated_by',
  'prompt',
  'deliverables_done',
] as const;

const editorName = (by: Editor) => (by.role === 'author' ? 'author' : [by.name, `(${by.seat} moderator)`].filter(Boolean).join(' '));

/** Every earlier version, oldest first, each with who wrote it: "2025-06-24T09:00:00.000Z author: text". */
function editHistory(p: Pledge): string {
  return p.edits.map((e) => `${iso(e.at)} ${editorName(e.by)}: ${e.text}`).join(' | ');
}

const iso = (ms: number) => new Date(ms).toISOString();

export interface ExportContext {
  event: EventInfo | null;
  now: number;
}

/** The question each pledge answered (promptsAsked), by pledge id, over the sessions exported. */
function answeredPrompts(docs: readonly SessionDoc[]): Map<string, string> {
  return new Map(docs.flatMap((doc) => promptsAsked(doc.round, doc.activity, doc.pledges).flatMap((q) => q.pledgeIds.map((id) => [id, q.text] as const))));
}

/** Where a pledge stands in its follow-up, or nulls for one outside the record. */
type Standing = { status: ProgressStatus; light: Light } | { status: null; light: null };

/**
 * A pledge's follow-up status and light, read now. Only a pledge in the record is followed up:
 * one outside it (waiting for a moderator, hidden or rejected) has neither, and its moderation
 * status says why, as the dashboard leaves it out of its counts and chase list. Reports filed
 * while it was in the record stay with it.
 */
function standing(p: Pledge, reports: TrackedPledge['reports'], ctx: ExportContext): Standing {
  if (!inRecord(p)) return { status: null, light: null };
  return { status: progressStatus(reports), light: lightOf(p, reports, ctx.now, ctx.event?.silentAfterMonths ?? DEFAULT_SILENT_AFTER_MONTHS) };
}

export function pledgeRow(t: TrackedPledge, ctx: ExportContext, prompt = ''): (string | number)[] {
  const { pledge: p, session, reports } = t;
  const last = reports.at(-1);
  const { status, light } = standing(p, reports, ctx);
  return [
    p.id,
    session.code,
    session.title,
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
    ctx.event?.name ?? '',
    status ?? '',
    light ?? '',
    last ? last.date : '',
    p.themes.map((id) => themeLabel(session.themes, id)).join('; '),
    p.authorRole,
    p.presence ?? '',
    p.status,
    p.rejectReason ?? '',
    editHistory(p),
    t.supporters,
    editorName(p.updatedBy),
    prompt,
    deliveredOf(reports)
      .map((i) => p.deliverables[i]?.text ?? '')
      .join('; '),
  ];
}

/** The pledges of `docs` (as `tracked`, in that order), one row each. */
export function pledgesCsv(docs: readonly SessionDoc[], tracked: TrackedPledge[], ctx: ExportContext): string {
  const prompts = answeredPrompts(docs);
  return toCsv(
    PLEDGE_CSV_COLUMNS,
    tracked.map((t) => pledgeRow(t, ctx, prompts.get(t.pledge.id))),
  );
}

/** A pledge in the JSON export: as stored, plus its follow-up (status and light null outside the record) and how many viewers support it. */
export type ExportedPledge = Pledge & { followUp: Standing & { reports: TrackedPledge['reports'] }; supporters: number };

/** The JSON export of one session or a whole event (same shape; docs/exports.md). */
export function exportJson(docs: SessionDoc[], tracked: TrackedPledge[], ctx: ExportContext) {
  const byId = new Map(tracked.map((t) => [t.pledge.id, t]));
  return {
    ok: true as const,
    exportedAt: iso(ctx.now),
    exportedOn: isoDate(ctx.now),
    event: ctx.event,
    sessions: docs.map((doc) => {
      const session = sessionInfo(doc.meta);
      const round: Round = doc.round;
      const pledges: ExportedPledge[] = doc.pledges.map((p) => {
        const t = byId.get(p.id);
        const reports = t?.reports ?? [];
        return { ...p, followUp: { ...standing(p, reports, ctx), reports }, supporters: t?.supporters ?? 0 };
      });
      return { session, round, prompts: promptsAsked(round, doc.activity, doc.pledges), pledges, activity: doc.activity };
    }),
  };
}
