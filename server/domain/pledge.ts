import { LIMITS, type ModerationMode, type ModerationStatus } from '../../shared/domain';
import type { Editor, Panelist, PledgeContent, Round } from '../../shared/schemas';
import type { AudienceRecord, Pledge, SessionMeta } from './records';
import { fail, ok, type Result } from './result';
import { roundRunning } from './round';

/** Who is pledging: a seated panelist or an audience member, with what the record says of them. */
export type Author =
  | { kind: 'panelist'; id: string; pledgeId: string | null; panelist: Panelist }
  | { kind: 'audience'; id: string; pledgeId: string | null; member: AudienceRecord };

export interface PledgeContext {
  meta: SessionMeta;
  round: Round;
  author: Author;
  /** The pledge stored under the submitted id, if any. */
  existing: Pledge | undefined;
}

export interface PledgeOutcome {
  pledge: Pledge;
  /** The version stored before this command (undefined for a new pledge). */
  previous: Pledge | undefined;
  created: boolean;
  /** False when the command repeated what is already stored: nothing to write or broadcast. */
  changed: boolean;
}

/** The part of a pledge its author writes (and may change until the round closes). */
type PledgeFields = Pick<
  Pledge,
  | 'text'
  | 'capacity'
  | 'organization'
  | 'stakeholderGroup'
  | 'regionalGroup'
  | 'themes'
  | 'sdgTargets'
  | 'timeframe'
  | 'visibility'
  | 'deliverables'
  | 'partners'
>;

/**
 * The fields as they will be stored: speaking for an organization without naming one means the
 * author's own; stakeholder and regional group default to the panelist's (an audience member's
 * to Individual and none); lists lose duplicates.
 */
function resolve(content: PledgeContent, author: Author): PledgeFields {
  const panelist = author.kind === 'panelist' ? author.panelist : undefined;
  const ownOrganization = panelist?.organization ?? (author.kind === 'audience' ? author.member.organization : '');
  const organization = content.capacity === 'organization' && !content.organization ? ownOrganization : content.organization;
  return {
    text: content.text,
    capacity: content.capacity,
    organization,
    stakeholderGroup: content.stakeholderGroup ?? panelist?.stakeholderGroup ?? 'Individual',
    regionalGroup: content.regionalGroup === undefined ? (panelist?.regionalGroup ?? null) : content.regionalGroup,
    themes: [...new Set(content.themes)],
    sdgTargets: [...new Set(content.sdgTargets)],
    timeframe: content.timeframe,
    visibility: content.visibility,
    deliverables: content.deliverables,
    partners: [...new Set(content.partners)],
  };
}

const FIELD_NAMES: (keyof PledgeFields)[] = [
  'text',
  'capacity',
  'organization',
  'stakeholderGroup',
  'regionalGroup',
  'themes',
  'sdgTargets',
  'timeframe',
  'visibility',
  'deliverables',
  'partners',
];
const sameContent = (p: Pledge, f: PledgeFields) => FIELD_NAMES.every((k) => JSON.stringify(p[k]) === JSON.stringify(f[k]));

/** Checks that need the session: themes come from its event's list. */
function checkFields(fields: PledgeFields, meta: SessionMeta): Result<PledgeFields> {
  const known = meta.themes.map((t) => t.id);
  const unknown = fields.themes.find((t) => !known.includes(t));
  if (unknown) return fail('unknown_theme', `"${unknown}" is not one of this event's themes (${known.join(', ')}).`);
  return ok(fields);
}

/**
 * Whether a pledge by this kind of author waits for a moderator under this mode. Approval is for
 * the walls: a record-only pledge never goes there, so it joins the record at once (a moderator
 * may still hide it, which takes it out).
 */
export function needsApproval(mode: ModerationMode, authorKind: Author['kind'], visibility: Pledge['visibility']): boolean {
  if (visibility === 'record') return false;
  switch (mode) {
    case 'none':
      return false;
    case 'audience':
      return authorKind === 'audience';
    case 'everything':
      return true;
    default: {
      const never: never = mode;
      throw new Error(`unknown moderation mode ${String(never)}`);
    }
  }
}

/**
 * A new version of a pledge; the version it replaces goes to the history with who wrote it. The
 * first entry is always the author's original; the history keeps it and the newest versions.
 * `updatedAt` names the version (every change is based on one), so it always moves forward, even
 * within one millisecond or when a clock steps back.
 */
export function revise(pledge: Pledge, fields: Partial<PledgeFields>, by: Editor, now: number): Pledge {
  const previous = { text: pledge.text, capacity: pledge.capacity, organization: pledge.organization, at: pledge.updatedAt, by: pledge.updatedBy };
  const all = [...pledge.edits, previous];
  const edits = all.length > LIMITS.editHistoryMax ? [all[0]!, ...all.slice(-(LIMITS.editHistoryMax - 1))] : all;
  return { ...pledge, ...fields, updatedAt: Math.max(now, pledge.updatedAt + 1), updatedBy: by, edits };
}

/** The answer to a change based on another version than the stored one: the stored pledge, unchanged. */
const changedSince = (current: Pledge): Result<never> => ({
  ok: false,
  error: { code: 'pledge_changed', message: 'Your pledge changed since this phone last saw it; this is the version saved now.', current },
});

/** The status after its author changed it: a rejected or hidden pledge goes back to the queue, and so does a shown one that needs approval. */
function statusAfterAuthorEdit(pledge: Pledge, round: Round, authorKind: Author['kind']): ModerationStatus {
  // Sent back or taken off the wall: the rewritten pledge goes to the moderators to be read again.
  if (pledge.status === 'rejected' || pledge.status === 'hidden') return 'pending';
  if (pledge.status === 'visible' && needsApproval(round.moderation, authorKind, pledge.visibility)) return 'pending';
  return pledge.status;
}

/**
 * Submitting is idempotent by pledge id: the phone picks the id, so a retry of a submit that was
 * stored but whose acknowledgement was lost finds its own pledge and changes nothing. Onto a
 * stored pledge a submit is a write like an edit (see editPledge): a new pledge is based on no
 * version, so any other text than the stored one is stale there — a late resend of the first text
 * never replaces a newer one, even when nothing but that first version was stored in between.
 */
export function submitPledge(ctx: PledgeContext, submitted: PledgeContent, now: number): Result<PledgeOutcome> {
  const { meta, round, author, existing } = ctx;
  if (existing) return editPledge(ctx, submitted, now);
  const checked = checkFields(resolve(submitted, author), meta);
  if (!checked.ok) return checked;
  if (!roundRunning(round, now)) return fail('round_not_open', 'The round is not open for pledges.');
  if (author.kind === 'audience' && round.pledgers === 'panel') return fail('audience_closed', 'Only the panel pledges in this round.');
  if (author.pledgeId) return fail('already_pledged', 'You have already made a pledge; edit it instead.');
  const pledge: Pledge = {
    id: submitted.id,
    sessionId: meta.id,
    participantId: author.id,
    authorRole: author.kind,
    presence: author.kind === 'audience' ? author.member.presence : null,
    name: author.kind === 'panelist' ? author.panelist.name : author.member.name,
    ...checked.value,
    createdAt: now,
    updatedAt: now,
    updatedBy: { role: 'author' },
    edits: [],
    status: needsApproval(round.moderation, author.kind, checked.value.visibility) ? 'pending' : 'visible',
    rejectReason: null,
  };
  return ok({ pledge, previous: undefined, created: true, changed: true });
}

/**
 * A change to a stored pledge, applied only on top of the version it was based on (`basedOn`, the
 * `updatedAt` of the version its author edited). What is stored already is a success that changes
 * nothing (a retry); a change based on an older version — a resend that crossed a newer edit, a
 * second device, an edit begun before a moderator's fix — changes nothing and is answered
 * `pledge_changed` with the stored pledge, so the phone shows what is saved. Nothing the author
 * saw as saved is ever replaced by an older text.
 */
export function editPledge(ctx: PledgeContext, submitted: PledgeContent, now: number): Result<PledgeOutcome> {
  const { meta, round, author, existing } = ctx;
  if (!existing) return fail('pledge_not_found', 'There is no pledge with this id.');
  if (existing.participantId !== author.id) return fail('not_your_pledge', 'This pledge belongs to someone else.');
  const resolved = resolve(submitted, author);
  if (sameContent(existing, resolved)) return ok({ pledge: existing, previous: existing, created: false, changed: false });
  if (submitted.basedOn !== existing.updatedAt) return changedSince(existing);
  const checked = checkFields(resolved, meta);
  if (!checked.ok) return checked;
  const fields = checked.value;
  if (!roundRunning(round, now)) return fail('round_not_open', 'Pledges can be edited only while the round is open.');
  // A pledge shown on walls cannot be taken back into the record only (walls would keep it), nor
  // the reverse: the choice is made once, before submitting.
  if (fields.visibility !== existing.visibility) return fail('visibility_locked', 'Visibility is chosen when the pledge is submitted.');
  const status = statusAfterAuthorEdit(existing, round, author.kind);
  const pledge = { ...revise(existing, fields, { role: 'author' }, now), status, rejectReason: status === 'rejected' ? existing.rejectReason : null };
  return ok({ pledge, previous: existing, created: false, changed: true });
}
