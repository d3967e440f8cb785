/**
 * The record as organizers and the public read it: public pledges with their follow-up status,
 * the organizer's dashboard and the rapporteur's session report. Pure functions over loaded data.
 */
import { inRecord, LIGHTS, MODERATION_STATUSES, PROGRESS_STATUSES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../shared/domain';
import type { Counts, Dashboard, PublicPledge, ReportPledge, SessionReport } from '../../shared/http';
import type { ActivityEntry, EventInfo, Pledge, ProgressReport, Round, SessionInfo } from '../../shared/schemas';
import { SDG_GOALS } from '../../shared/sdg';
import type { ReactionCounts } from '../../shared/stage';
import { lightOf, progressStatus, quietSince } from './follow-up';
import { promptsAsked } from './prompts';

/** A pledge with what its follow-up says about it, and the session it was made in. */
export interface TrackedPledge {
  pledge: Pledge;
  session: Pick<SessionInfo, 'id' | 'code' | 'title' | 'eventId' | 'themes'>;
  reports: ProgressReport[];
  /** How many viewers support it (audience phones and online viewers, once each; store.reactionCounts). */
  supporters: number;
}

/** Public and in the record (shown by the moderators): what walls, the registry and the report show. */
export const isPublic = (p: Pick<Pledge, 'visibility' | 'status'>) => p.visibility === 'public' && inRecord(p);

/**
 * A pledge as the public sees it in its session (walls and audience devices): its current version
 * only. Earlier texts (which may hold what its author took out), who wrote which version and a
 * moderator's reason stay with the moderators, the author and the exports.
 */
export function publicView(p: Pledge): Pledge {
  return { ...p, updatedBy: { role: 'author' }, edits: [], rejectReason: null };
}

/** What the public may see of a pledge in the registry: its public view, without participant ids. */
export function publicPledge(t: TrackedPledge, now: number, silentAfterMonths: number): PublicPledge {
  const { session, reports } = t;
  const p = publicView(t.pledge);
  return {
    id: p.id,
    session: { id: session.id, code: session.code, title: session.title },
    eventId: session.eventId,
    name: p.name,
    authorRole: p.authorRole,
    presence: p.presence,
    organization: p.organization,
    capacity: p.capacity,
    stakeholderGroup: p.stakeholderGroup,
    regionalGroup: p.regionalGroup,
    text: p.text,
    themes: p.themes,
    sdgTargets: p.sdgTargets,
    timeframe: p.timeframe,
    deliverables: p.deliverables,
    partners: p.partners,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    status: progressStatus(reports),
    light: lightOf(p, reports, now, silentAfterMonths),
    lastReportAt: reports.at(-1)?.at ?? null,
    reports,
  };
}

/** Counts over fixed keys (listed even at 0, in their standard order), plus any key met outside them. */
function count(keys: readonly string[], values: Iterable<string>): Counts {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, count: n }));
}

const goalsOf = (p: Pledge) => [...new Set(p.sdgTargets.map((code) => code.split('.')[0]!))];
const ALL_GOALS = SDG_GOALS.map((g) => String(g.goal));

/** Pledges of one visibility outside the record, by moderation status (pending, hidden, rejected; listed even at 0). */
function outsideBy(all: TrackedPledge[], visibility: Pledge['visibility']): Counts {
  return count(
    MODERATION_STATUSES.filter((s) => !inRecord({ status: s })),
    all.filter((t) => t.pledge.visibility === visibility && !inRecord(t.pledge)).map((t) => t.pledge.status),
  );
}

/**
 * The organizer's follow-up of an event: the pledges in the record, counted and the quiet ones to
 * chase; those outside it (pending, hidden, rejected) only counted by their status, the public
 * ones apart from the record-only ones the moderators kept out of the record.
 */
export function dashboard(event: EventInfo, all: TrackedPledge[], now: number): Dashboard {
  const months = event.silentAfterMonths;
  const tracked = all.filter((t) => inRecord(t.pledge));
  const rows = tracked.map((t) => ({ ...t, status: progressStatus(t.reports), light: lightOf(t.pledge, t.reports, now, months) }));
  const pledges = rows.map((r) => r.pledge);
  const chase = rows
    .filter((r) => r.light === 'silent' || r.light === 'late')
    .map((r) => ({
      pledgeId: r.pledge.id,
      name: r.pledge.name,
      organization: r.pledge.organization,
      session: { id: r.session.id, code: r.session.code, title: r.session.title },
      visibility: r.pledge.visibility,
      light: r.light,
      status: r.status,
      lastReportAt: r.reports.at(-1)?.at ?? null,
      silentSince: quietSince(r.pledge, r.reports),
    }))
    .sort(
      (a, b) =>
        (a.light === b.light ? 0 : a.light === 'silent' ? -1 : 1) ||
        a.silentSince - b.silentSince ||
        a.name.localeCompare(b.name) ||
        (a.pledgeId < b.pledgeId ? -1 : 1),
    );
  return {
    event,
    now,
    total: pledges.length,
    recordOnly: pledges.filter((p) => p.visibility === 'record').length,
    outside: outsideBy(all, 'public'),
    recordOnlyOutside: outsideBy(all, 'record'),
    byStatus: count(PROGRESS_STATUSES, rows.map((r) => r.status)),
    byLight: count(LIGHTS, rows.map((r) => r.light)),
    byStakeholderGroup: count(STAKEHOLDER_GROUPS, pledges.map((p) => p.stakeholderGroup)),
    byRegionalGroup: count([...REGIONAL_GROUPS, 'unspecified'], pledges.map((p) => p.regionalGroup ?? 'unspecified')),
    byTheme: count(event.themes.map((t) => t.id), pledges.flatMap((p) => p.themes)),
    bySdgGoal: count(ALL_GOALS, pledges.flatMap(goalsOf)),
    chase,
  };
}

/**
 * The rapporteur's report of one session: public pledges by stakeholder group, counts over the
 * public pledges (every stakeholder group and every theme of the session, 0 included, so the
 * report says who and what no pledge came from; SDG goals and targets only as named), and how
 * many were made for the record only (their content stays out), apart from those the moderators
 * kept out of the record, public or record-only. Given
 * the session's support counts by pledge id (store.reactionCounts), each public pledge carries
 * its `supporters` and the report their sum, `totalSupporters`.
 */
export function sessionReport(
  session: SessionInfo,
  event: EventInfo | null,
  round: Round,
  pledges: Pledge[],
  activity: ActivityEntry[],
  now: number,
  supporters: ReactionCounts,
): SessionReport {
  const visible = pledges.filter(isPublic).map((p): ReportPledge => ({ ...p, supporters: supporters[p.id] ?? 0 }));
  const withheld = pledges.filter((p) => p.visibility === 'public' && !inRecord(p)).length;
  const groups = STAKEHOLDER_GROUPS.map((stakeholderGroup) => ({
    stakeholderGroup,
    pledges: visible.filter((p) => p.stakeholderGroup === stakeholderGroup),
  })).filter((g) => g.pledges.length > 0);
  const used = (counts: Counts) => counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return {
    totalSupporters: visible.reduce((sum, p) => sum + p.supporters, 0),
    session,
    event,
    round,
    prompts: promptsAsked(round, activity, visible),
    groups,
    publicCount: visible.length,
    // Accepted ones only: a record-only pledge the moderators hid or rejected is counted apart.
    recordOnlyCount: pledges.filter((p) => p.visibility === 'record' && inRecord(p)).length,
    withheldCount: withheld,
    recordOnlyWithheldCount: pledges.filter((p) => p.visibility === 'record' && !inRecord(p)).length,
    activity,
    byStakeholderGroup: count(STAKEHOLDER_GROUPS, visible.map((p) => p.stakeholderGroup)),
    byTheme: count(session.themes.map((t) => t.id), visible.flatMap((p) => p.themes)),
    bySdgTarget: used(count([], visible.flatMap((p) => p.sdgTargets))),
    bySdgGoal: used(count(ALL_GOALS, visible.flatMap(goalsOf))),
    generatedAt: now,
  };
}
