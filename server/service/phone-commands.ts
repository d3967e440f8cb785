import { createHash } from 'node:crypto';
import type { ClaimResult, PledgeResult } from '../../shared/protocol';
import type { AudienceMember, PledgeContent } from '../../shared/schemas';
import { markDrafting, panelEntry } from '../domain/panel';
import { editPledge, submitPledge, type Author, type PledgeOutcome } from '../domain/pledge';
import { decodeDeviceRef, type AudienceRecord, type Participant, type Pledge, type SeatRequestRecord } from '../domain/records';
import { fail, type Result } from '../domain/result';
import { claimSeat, publicRequest } from '../domain/seats';
import { secretsEqual } from '../security';
import { fields } from '../store/fields';
import type { PledgeClaim, SessionStore, Write } from '../store/types';
import { decode, decodeMeta, decodePledge, decodeRound, encode } from './codec';
import { audienceDeltas, panelDelta, pledgeDeltas } from './deltas';
import type { FollowUpService } from './follow-up-service';
import type { RoutedDelta } from './fanout';
import { spotlightLeaves } from './stage-commands';
import { notFound, type CommitPipeline, type Plan } from './pipeline';
import type { Principal } from './principal';
import type { RegistryCache } from './registry-cache';

/**
 * Ids derived from a device's token digest: a device asking twice for the same seat, or joining
 * the audience twice, finds its own earlier request or membership (retries are harmless).
 */
const derivedId = (deviceTokenHash: string, what: string) =>
  createHash('sha256').update(`${deviceTokenHash}:${what}`).digest('base64url').slice(0, 22);

const noDevice = fail('unauthorized', 'This phone has no device token; reload the page.');

/** A pending request marked withdrawn, and the delta that tells the consoles. */
function withdrawRequest(request: SeatRequestRecord, seat: Participant | undefined): { write: Write; delta: RoutedDelta } {
  const withdrawn: SeatRequestRecord = { ...request, state: 'withdrawn' };
  return {
    write: { field: fields.request(request.id), value: encode(withdrawn) },
    delta: { to: [{ kind: 'moderators' }], delta: { kind: 'request', request: publicRequest(withdrawn, seat) } },
  };
}

/** The caller's seat or membership, as the store holds it now. */
interface AuthorContext {
  author: Author;
  field: string;
  raw: string;
}

/**
 * The activity line of an author's edit that sent a pledge the moderators hid or rejected back to
 * them: their console and the record say it is waiting again, and where it was ("hidden record":
 * a record-only pledge kept out of the record). Other edits are the author's own business.
 */
function backForReview({ pledge, previous }: PledgeOutcome): Plan<unknown>['activity'] {
  if (!previous || pledge.status !== 'pending' || (previous.status !== 'hidden' && previous.status !== 'rejected')) return undefined;
  return { action: 'resubmit', subject: pledge.name, detail: `${previous.status} ${pledge.visibility}`, actor: { role: 'author' } };
}

/** What phones do: take a seat or join the audience, draft, submit and edit a pledge. */
export class PhoneCommands {
  constructor(
    private readonly store: SessionStore,
    private readonly pipeline: CommitPipeline,
    private readonly clock: () => number,
    private readonly followUps?: FollowUpService,
    private readonly registry?: RegistryCache,
  ) {}

  async claim(principal: Principal, panelistId: string, invite: string | undefined): Promise<Result<ClaimResult>> {
    const device = principal.deviceTokenHash;
    if (!device) return noDevice;
    const requestId = derivedId(device, `seat:${panelistId}`);
    const names = [fields.meta, fields.participant(panelistId), fields.invite(panelistId), fields.request(requestId), fields.device(device)];
    return this.pipeline.mutate<ClaimResult>(null, principal.sessionId, names, ([rawMeta, rawSeat, rawInvite, rawRequest, rawDevice]) => {
      const meta = decodeMeta(rawMeta);
      if (!meta) return notFound;
      const held = decodeDeviceRef(decode(rawDevice));
      if (held?.kind === 'panelist' && held.id !== panelistId) {
        return fail('panelist_taken', 'This phone already holds another panelist’s seat.');
      }
      const seat = decode<Participant>(rawSeat);
      const stored = decode<string>(rawInvite);
      const decided = claimSeat({
        meta,
        seat,
        panelistId,
        deviceTokenHash: device,
        inviteValid: invite === undefined ? null : !!stored && secretsEqual(invite, stored),
        ownRequest: decode<SeatRequestRecord>(rawRequest),
        now: this.clock(),
        newRequestId: () => requestId,
      });
      if (!decided.ok) return decided;
      const d = decided.value;
      if (d.kind === 'seated') {
        const value: ClaimResult = { state: 'seated', panelistId };
        if (!d.changed) return { ok: true, value: { expect: [], writes: [], value } };
        // A request this phone left pending for the seat it now holds is withdrawn with it.
        const asked = decode<SeatRequestRecord>(rawRequest);
        const withdrawn = asked?.state === 'pending' ? withdrawRequest(asked, d.seat) : undefined;
        return {
          ok: true,
          value: {
            expect: [
              { field: fields.participant(panelistId), value: rawSeat ?? null },
              { field: fields.invite(panelistId), value: rawInvite ?? null },
              { field: fields.request(requestId), value: rawRequest ?? null },
            ],
            writes: [
              { field: fields.participant(panelistId), value: encode(d.seat) },
              { field: fields.device(device), value: encode({ kind: 'panelist', id: panelistId }) },
              ...(withdrawn ? [withdrawn.write] : []),
            ],
            value,
            deltas: [panelDelta(panelEntry(panelistId, d.seat)), ...(withdrawn ? [withdrawn.delta] : [])],
          },
        };
      }
      const request = publicRequest(d.request, seat);
      const value: ClaimResult = { state: 'waiting', request };
      if (!d.changed) return { ok: true, value: { expect: [], writes: [], value } };
      return {
        ok: true,
        value: {
          expect: [{ field: fields.request(requestId), value: rawRequest ?? null }],
          writes: [{ field: fields.request(requestId), value: encode(d.request) }],
          value,
          deltas: [{ to: [{ kind: 'moderators' }], delta: { kind: 'request', request } }],
        },
      };
    });
  }

  /** Takes back this phone's pending request for a seat (the consoles drop it). */
  async withdraw(principal: Principal, panelistId: string): Promise<Result<object>> {
    const device = principal.deviceTokenHash;
    if (!device) return noDevice;
    const requestId = derivedId(device, `seat:${panelistId}`);
    const names = [fields.request(requestId), fields.participant(panelistId), fields.meta];
    return this.pipeline.mutate(null, principal.sessionId, names, ([rawRequest, rawSeat, rawMeta]) => {
      if (!decodeMeta(rawMeta)?.panelists.some((p) => p.id === panelistId)) return fail('panelist_not_found', 'No such panelist in this session.');
      const asked = decode<SeatRequestRecord>(rawRequest);
      if (asked?.state !== 'pending') return { ok: true, value: { expect: [], writes: [], value: {} } };
      const { write, delta } = withdrawRequest(asked, decode<Participant>(rawSeat));
      return {
        ok: true,
        value: { expect: [{ field: fields.request(requestId), value: rawRequest ?? null }], writes: [write], value: {}, deltas: [delta] },
      };
    });
  }

  /** Joins the audience (again: the same membership comes back unchanged). */
  async joinAudience(
    principal: Principal,
    input: { presence: AudienceMember['presence']; name: string; organization: string },
  ): Promise<Result<{ member: AudienceMember }>> {
    const device = principal.deviceTokenHash;
    if (!device) return noDevice;
    const id = derivedId(device, 'audience');
    return this.pipeline.mutate(null, principal.sessionId, [fields.audience(id), fields.device(device)], ([rawMember, rawDevice]) => {
      const existing = decode<AudienceRecord>(rawMember);
      const shown = (m: AudienceRecord) => ({ id: m.id, presence: m.presence, name: m.name, organization: m.organization, joinedAt: m.joinedAt });
      if (existing) return { ok: true, value: { expect: [], writes: [], value: { member: shown(existing) } } };
      if (decodeDeviceRef(decode(rawDevice))?.kind === 'panelist') {
        return fail('forbidden', 'This phone holds a panelist seat; it cannot join the audience too.');
      }
      const member: AudienceRecord = { id, ...input, joinedAt: this.clock(), deviceTokenHash: device, pledgeId: null };
      return {
        ok: true,
        value: {
          expect: [{ field: fields.audience(id), value: null }],
          writes: [
            { field: fields.audience(id), value: encode(member) },
            { field: fields.device(device), value: encode({ kind: 'audience', id }) },
          ],
          value: { member: shown(member) },
          deltas: audienceDeltas(member),
        },
      };
    });
  }

  async setDrafting(principal: Principal, drafting: boolean): Promise<Result<object>> {
    if (principal.seat?.kind === 'audience') return { ok: true, value: {} };
    return this.withAuthor(principal, [], ({ author, field, raw }) => {
      const seat = decode<Participant>(raw)!;
      const next = markDrafting(seat, drafting);
      if (!next || author.kind !== 'panelist') return { ok: true, value: { expect: [], writes: [], value: {} } };
      return {
        ok: true,
        value: {
          expect: [{ field, value: raw }],
          writes: [{ field, value: encode(next) }],
          value: {},
          deltas: [panelDelta(panelEntry(next.panelistId, next))],
        },
      };
    });
  }

  submitPledge(principal: Principal, content: PledgeContent): Promise<Result<PledgeResult>> {
    return this.pledgeCommand(principal, content, submitPledge);
  }

  editPledge(principal: Principal, content: PledgeContent): Promise<Result<PledgeResult>> {
    return this.pledgeCommand(principal, content, editPledge);
  }

  /**
   * A new follow-up link for the caller's own pledge, for a phone that lost its own (the earlier
   * link stops working). With the phone's token, a retry after a lost answer sets the same link.
   */
  async followUpLink(principal: Principal, pledgeId: string, token?: string): Promise<Result<{ followUpToken: string }>> {
    if (!this.followUps) return fail('internal', 'Follow-up is not available.');
    const got = await this.withAuthor(principal, [fields.pledge(pledgeId)], ({ author, extra: [rawPledge] }) => {
      const pledge = decodePledge(rawPledge);
      if (!pledge) return fail('pledge_not_found', 'This pledge could not be found.');
      if (pledge.participantId !== author.id) return fail('not_your_pledge', 'This pledge belongs to someone else.');
      return { ok: true, value: { expect: [], writes: [], value: pledge } };
    });
    if (!got.ok) return got;
    return this.followUps.rotate(got.value, token).then((r) => (r.ok ? { ok: true, value: { followUpToken: r.value } } : r));
  }

  /**
   * A submit or edit. A new pledge's follow-up record (with the digest of the token its phone
   * made) is written by the commit that stores the pledge (`claimOf`), so the pledge never exists
   * without it and nothing follows the commit but the answer and the broadcast. A retry that changes nothing makes sure the record
   * exists (a pledge stored without one keeps no link otherwise); it has nothing to broadcast.
   */
  private async pledgeCommand(principal: Principal, content: PledgeContent, rule: typeof submitPledge): Promise<Result<PledgeResult>> {
    const result = await this.planPledge(principal, content, rule);
    if (!result.ok) return result;
    const { pledge, created, changed } = result.value;
    if (!changed && content.followUpToken) await this.followUps?.ensure(pledge, content.followUpToken);
    return { ok: true, value: { pledge, created } };
  }

  private planPledge(principal: Principal, content: PledgeContent, rule: typeof submitPledge) {
    const extra = [fields.meta, fields.round, fields.pledge(content.id), fields.stage];
    return this.withAuthor<PledgeResult & { changed: boolean }>(principal, extra, ({ author, field, raw, extra: [rawMeta, rawRound, rawPledge, rawStage] }) => {
      const meta = decodeMeta(rawMeta);
      const round = decodeRound(rawRound);
      if (!meta || !round) return notFound;
      const outcome = rule({ meta, round, author, existing: decodePledge(rawPledge) }, content, this.clock());
      if (!outcome.ok) return outcome;
      const { pledge, created, changed } = outcome.value;
      const value = { pledge, created, changed };
      if (!changed) return { ok: true, value: { expect: [], writes: [], value } };
      // An edit that takes the pledge off the walls (back to the queue) takes it out of the spotlight.
      const spotlight = spotlightLeaves(rawStage, outcome.value.previous, pledge, this.clock());
      return {
        ok: true,
        value: {
          // The round is part of the condition: a pledge never lands after a concurrent close.
          expect: [
            { field: fields.round, value: rawRound ?? null },
            { field, value: raw },
            { field: fields.pledge(content.id), value: rawPledge ?? null },
            ...spotlight.expect,
          ],
          writes: [...this.pledgeWrites(outcome.value, field, raw), ...spotlight.writes],
          value,
          deltas: [...this.pledgeCommitDeltas(outcome.value, author, raw, meta.eventId), ...spotlight.deltas],
          claim: created ? this.claimOf(pledge, content.followUpToken) : undefined,
          activity: backForReview(outcome.value),
          after: () => this.registry?.forget(meta.eventId),
        },
      };
    });
  }

  /**
   * Pledge ids are global (they appear in public links): a new one is reserved for this session
   * and gets its follow-up record in the same atomic step as the commit that stores it, so the
   * pledge never exists without them, and a refused commit leaves neither.
   */
  private claimOf(pledge: Pledge, followUpToken: string | undefined): PledgeClaim {
    return { pledgeId: pledge.id, followUp: followUpToken && this.followUps ? this.followUps.newRecord(pledge, followUpToken) : null };
  }

  /** The pledge, and for a new one its author's record pointing at it. */
  private pledgeWrites({ pledge, created }: PledgeOutcome, field: string, raw: string): Write[] {
    const writes: Write[] = [{ field: fields.pledge(pledge.id), value: encode(pledge) }];
    if (created) writes.push({ field, value: encode({ ...JSON.parse(raw), pledgeId: pledge.id, drafting: false }) });
    return writes;
  }

  /** `eventId`: the session's event (its forum walls hear of public pledges), or null. */
  private pledgeCommitDeltas({ pledge, previous, created }: PledgeOutcome, author: Author, raw: string, eventId: string | null) {
    const deltas = pledgeDeltas(previous, pledge, eventId);
    if (created && author.kind === 'panelist') {
      const seat: Participant = { ...JSON.parse(raw), pledgeId: pledge.id, drafting: false };
      deltas.push(panelDelta(panelEntry(author.id, seat)));
    }
    return deltas;
  }

  /**
   * Loads the caller's seat or audience membership (verifying this device still holds it) plus
   * `extra` fields, then plans the command.
   */
  private withAuthor<T>(
    principal: Principal,
    extra: string[],
    plan: (ctx: AuthorContext & { extra: (string | null)[] }) => Result<Plan<T>>,
  ): Promise<Result<T>> {
    if (principal.role !== 'phone') return Promise.resolve(fail('forbidden', 'Only a panelist or an audience member can do this.'));
    const seat = principal.seat;
    if (!seat) return Promise.resolve(fail('not_claimed', 'Join the session first: pick your name, or join the audience.'));
    const field = seat.kind === 'panelist' ? fields.participant(seat.id) : fields.audience(seat.id);
    const names = seat.kind === 'panelist' ? [field, fields.meta, ...extra] : [field, ...extra];
    return this.pipeline.mutate(null, principal.sessionId, names, (all) => {
      const [raw] = all;
      const record = decode<Participant | AudienceRecord>(raw);
      if (!raw || !record || !principal.deviceTokenHash || record.deviceTokenHash !== principal.deviceTokenHash) {
        return fail('not_claimed', 'This device no longer holds your seat; pick your name again.');
      }
      let author: Author;
      if (seat.kind === 'panelist') {
        const panelist = decodeMeta(all[1])?.panelists.find((p) => p.id === seat.id);
        if (!panelist) return fail('panelist_not_found', 'No such panelist in this session.');
        author = { kind: 'panelist', id: seat.id, pledgeId: record.pledgeId, panelist };
      } else {
        author = { kind: 'audience', id: seat.id, pledgeId: record.pledgeId, member: record as AudienceRecord };
      }
      return plan({ author, field, raw, extra: all.slice(seat.kind === 'panelist' ? 2 : 1) });
    });
  }
}
