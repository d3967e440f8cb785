import { LIMITS } from '../../shared/domain';
import type { PledgeContent, Round } from '../../shared/schemas';
import type { Participant, Pledge, SessionMeta } from './records';
import { fail, ok, type Result } from './result';

export interface PledgeContext {
  meta: SessionMeta;
  round: Round;
  participant: Participant;
  /** The pledge stored under the submitted id, if any. */
  existing: Pledge | undefined;
}

export interface PledgeOutcome {
  pledge: Pledge;
  participant: Participant;
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
 * panelist's own; stakeholder and regional group default to the panelist's; lists lose duplicates.
 */
function resolve(content: PledgeContent, meta: SessionMeta, participant: Participant): PledgeFields {
  const panelist = meta.panelists.find((p) => p.id === participant.panelistId);
  const organization = content.capacity === 'organization' && !content.organization ? (panelist?.organization ?? '') : content.organization;
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

function revise(pledge: Pledge, fields: PledgeFields, now: number): Pledge {
  const edits = [...pledge.edits, { text: pledge.text, capacity: pledge.capacity, organization: pledge.organization, at: pledge.updatedAt }];
  return { ...pledge, ...fields, updatedAt: now, edits: edits.slice(-LIMITS.editHistoryMax) };
}

/**
 * Submitting is idempotent by pledge id: the phone picks the id, so a retry of a submit that was
 * stored but whose acknowledgement was lost finds its own pledge and changes nothing. A retry that
 * carries newer text (typed while the first attempt was in flight) is applied as an edit.
 */
export function submitPledge(ctx: PledgeContext, submitted: PledgeContent, now: number): Result<PledgeOutcome> {
  const { meta, round, participant, existing } = ctx;
  if (existing) return editPledge(ctx, submitted, now);
  const checked = checkFields(resolve(submitted, meta, participant), meta);
  if (!checked.ok) return checked;
  if (round.state !== 'open') return fail('round_not_open', 'The round is not open for pledges.');
  if (participant.pledgeId) return fail('already_pledged', 'You have already made a pledge; edit it instead.');
  const panelist = meta.panelists.find((p) => p.id === participant.panelistId);
  if (!panelist) return fail('panelist_not_found', 'No such panelist in this session.');
  const pledge: Pledge = {
    id: submitted.id,
    sessionId: meta.id,
    participantId: panelist.id,
    authorRole: 'panelist',
    name: panelist.name,
    ...checked.value,
    createdAt: now,
    updatedAt: now,
    edits: [],
  };
  return ok({ pledge, participant: { ...participant, pledgeId: pledge.id, drafting: false }, created: true, changed: true });
}

export function editPledge(ctx: PledgeContext, submitted: PledgeContent, now: number): Result<PledgeOutcome> {
  const { meta, round, participant, existing } = ctx;
  if (!existing) return fail('pledge_not_found', 'There is no pledge with this id.');
  if (existing.participantId !== participant.panelistId) return fail('not_your_pledge', 'This pledge belongs to someone else.');
  const checked = checkFields(resolve(submitted, meta, participant), meta);
  if (!checked.ok) return checked;
  const fields = checked.value;
  if (sameContent(existing, fields)) return ok({ pledge: existing, participant, created: false, changed: false });
  if (round.state !== 'open') return fail('round_not_open', 'Pledges can be edited only while the round is open.');
  // A pledge shown on walls cannot be taken back into the record only (walls would keep it), nor
  // the reverse: the choice is made once, before submitting.
  if (fields.visibility !== existing.visibility) return fail('visibility_locked', 'Visibility is chosen when the pledge is submitted.');
  return ok({ pledge: revise(existing, fields, now), participant, created: false, changed: true });
}
