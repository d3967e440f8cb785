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

/** Speaking for an organization without naming one means the panelist's own organization. */
function resolve(content: PledgeContent, meta: SessionMeta, participant: Participant): PledgeContent {
  if (content.capacity !== 'organization' || content.organization) return content;
  const panelist = meta.panelists.find((p) => p.id === participant.panelistId);
  return { ...content, organization: panelist?.organization ?? '' };
}

const sameContent = (p: Pledge, c: PledgeContent) =>
  p.text === c.text && p.capacity === c.capacity && p.organization === c.organization;

function revise(pledge: Pledge, content: PledgeContent, now: number): Pledge {
  const edits = [...pledge.edits, { text: pledge.text, capacity: pledge.capacity, organization: pledge.organization, at: pledge.updatedAt }];
  return {
    ...pledge,
    text: content.text,
    capacity: content.capacity,
    organization: content.organization,
    updatedAt: now,
    edits: edits.slice(-LIMITS.editHistoryMax),
  };
}

/**
 * Submitting is idempotent by pledge id: the phone picks the id, so a retry of a submit that was
 * stored but whose acknowledgement was lost finds its own pledge and changes nothing. A retry that
 * carries newer text (typed while the first attempt was in flight) is applied as an edit.
 */
export function submitPledge(ctx: PledgeContext, submitted: PledgeContent, now: number): Result<PledgeOutcome> {
  const { meta, round, participant, existing } = ctx;
  const content = resolve(submitted, meta, participant);
  if (existing) {
    if (existing.participantId !== participant.panelistId) return fail('not_your_pledge', 'This pledge belongs to someone else.');
    if (sameContent(existing, content)) return ok({ pledge: existing, participant, created: false, changed: false });
    return editPledge(ctx, content, now);
  }
  if (round.state !== 'open') return fail('round_not_open', 'The round is not open for pledges.');
  if (participant.pledgeId) return fail('already_pledged', 'You have already made a pledge; edit it instead.');
  const panelist = meta.panelists.find((p) => p.id === participant.panelistId);
  if (!panelist) return fail('panelist_not_found', 'No such panelist in this session.');
  const pledge: Pledge = {
    id: content.id,
    sessionId: meta.id,
    participantId: panelist.id,
    authorRole: 'panelist',
    name: panelist.name,
    organization: content.organization,
    stakeholderGroup: panelist.stakeholderGroup,
    capacity: content.capacity,
    text: content.text,
    createdAt: now,
    updatedAt: now,
    edits: [],
  };
  return ok({ pledge, participant: { ...participant, pledgeId: pledge.id, drafting: false }, created: true, changed: true });
}

export function editPledge(ctx: PledgeContext, submitted: PledgeContent, now: number): Result<PledgeOutcome> {
  const { meta, round, participant, existing } = ctx;
  const content = resolve(submitted, meta, participant);
  if (!existing) return fail('pledge_not_found', 'There is no pledge with this id.');
  if (existing.participantId !== participant.panelistId) return fail('not_your_pledge', 'This pledge belongs to someone else.');
  if (sameContent(existing, content)) return ok({ pledge: existing, participant, created: false, changed: false });
  if (round.state !== 'open') return fail('round_not_open', 'Pledges can be edited only while the round is open.');
  return ok({ pledge: revise(existing, content, now), participant, created: false, changed: true });
}
