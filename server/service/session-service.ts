import { DEFAULT_PROMPT, DEFAULT_THEME_LIST, sessionCodeKey } from '../../shared/domain';
import type { AppError, ClaimResult, Identity, PledgeResult, SessionSnapshot } from '../../shared/protocol';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import type { CreateSessionData, CreateSessionInput, EventInfo, PanelEntry, PledgeContent, Round } from '../../shared/schemas';
import { createSessionSchema } from '../../shared/schemas';
import { claimSeat, markDrafting, panelEntries, panelistStatus } from '../domain/panel';
import { editPledge, submitPledge, type PledgeOutcome } from '../domain/pledge';
import type { Participant, Pledge, SessionMeta } from '../domain/records';
import { fail, type Result } from '../domain/result';
import * as rounds from '../domain/round';
import { hashSecret, newId, newJoinCode, newSecret, secretMatches } from '../security';
import { fields } from '../store/fields';
import type { Expectation, SessionStore, Write } from '../store/types';
import { decode, decodeDoc, decodeMeta, encode, type SessionDoc } from './codec';
import { DocCache } from './doc-cache';
import type { Fanout } from './fanout';
import type { FollowUpService } from './follow-up-service';
import { MAX_ATTEMPTS } from './record-swap';
import type { RegistryCache } from './registry-cache';

/** Who is behind a connection, as established at the handshake. */
export interface Principal {
  sessionId: string;
  role: Identity['role'];
  panelistId: string | null;
  deviceTokenHash: string | null;
}

export type ServiceResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A session just created, with its moderator key (shown once). */
export interface Created {
  meta: SessionMeta;
  moderatorKey: string;
}


interface Plan<T> {
  expect: Expectation[];
  writes: Write[];
  value: T;
  /** Runs after the store confirmed the write, with the new sequence number. */
  after?: (seq: number) => void;
  /** Runs once the rules accepted the command, before the write; an error stops it. */
  before?: () => Promise<ServiceResult<unknown>>;
}

const notFound = fail('session_not_found', 'This session does not exist.');

/**
 * The application service: load -> rule -> save -> broadcast. The acknowledgement to the caller is
 * produced from what the store confirmed; broadcasts go out only after that confirmation.
 */
export class SessionService {
  private readonly docs: DocCache;

  constructor(
    private readonly store: SessionStore,
    private readonly fanout: Fanout,
    private readonly clock: () => number = Date.now,
    /** Issues each stored pledge's follow-up link (see follow-up-service.ts). */
    private readonly followUps?: FollowUpService,
    /** Told when a pledge of an event changes, so the public registry shows it at once. */
    private readonly registry?: RegistryCache,
  ) {
    this.docs = new DocCache(store);
  }

  get storeKind() {
    return this.store.kind;
  }

  // ---------- organizer ----------

  /** Creates one session (input as the API receives it), in `event` when given. */
  async createSession(input: CreateSessionInput, event: EventInfo | null = null): Promise<ServiceResult<Created>> {
    const created = await this.createSessions([createSessionSchema.parse(input)], event);
    return created.ok ? { ok: true, value: created.value[0]! } : created;
  }

  /**
   * Creates every session or none (a schedule import). Each gets its own moderator key, shown
   * once, and the event's theme list. A session code the event already has (or that the batch
   * repeats) fails the whole batch with `session_code_taken`, naming the codes in `taken`.
   */
  async createSessions(
    inputs: CreateSessionData[],
    event: EventInfo | null,
  ): Promise<ServiceResult<Created[]> & { taken?: string[] }> {
    const now = this.clock();
    const prepared = inputs.map((input) => {
      const moderatorKey = newSecret();
      const meta: Omit<SessionMeta, 'joinCode'> = {
        id: newId(),
        code: input.code,
        title: input.title,
        createdAt: now,
        panelists: input.panelists.map((p) => ({ id: newId(), ...p })),
        eventId: event?.id ?? null,
        themes: (event?.themes ?? DEFAULT_THEME_LIST).map((t) => ({ ...t })),
        details: input.details,
        moderatorKeyHash: hashSecret(moderatorKey),
      };
      const round = rounds.initialRound(input.prompt || DEFAULT_PROMPT, now);
      return { meta, moderatorKey, round };
    });
    // A join code collision is rare (31^6 codes); draw again for the whole batch until the store accepts.
    for (let attempt = 0; attempt < 20; attempt++) {
      const drawn = prepared.map((p) => ({ ...p, meta: { ...p.meta, joinCode: newJoinCode() } as SessionMeta }));
      const created = await this.store.createSessions(
        drawn.map(({ meta, round }) => ({
          sessionId: meta.id,
          joinCode: meta.joinCode,
          createdAt: now,
          eventId: meta.eventId,
          codeKey: sessionCodeKey(meta.code),
          fields: { [fields.meta]: encode(meta), [fields.round]: encode(round) },
        })),
      );
      if (created.ok) return { ok: true, value: drawn.map(({ meta, moderatorKey }) => ({ meta, moderatorKey })) };
      if (created.takenCodeKeys.length > 0) {
        const taken = inputs.map((i) => i.code).filter((code) => created.takenCodeKeys.includes(sessionCodeKey(code)));
        const names = [...new Set(taken)].map((c) => `"${c}"`).join(', ');
        return { ...fail('session_code_taken', `This event already has a session with the code ${names}.`), taken };
      }
    }
    throw new Error('could not allocate join codes');
  }

  async rotateModeratorKey(sessionId: string): Promise<ServiceResult<{ meta: SessionMeta; moderatorKey: string }>> {
    const moderatorKey = newSecret();
    return this.mutate(sessionId, [fields.meta], ([rawMeta]) => {
      const meta = decodeMeta(rawMeta);
      if (!meta) return notFound;
      const next = { ...meta, moderatorKeyHash: hashSecret(moderatorKey) };
      return {
        ok: true,
        value: {
          expect: [{ field: fields.meta, value: rawMeta ?? null }],
          writes: [{ field: fields.meta, value: encode(next) }],
          value: { meta: next, moderatorKey },
        },
      };
    });
  }

  /** Sessions, newest first; with `eventId`, that event's sessions only. */
  async listSessions(limit = 200, eventId?: string): Promise<SessionDoc[]> {
    const ids = await this.store.listSessionIds(limit, eventId);
    const docs = await Promise.all(ids.map((id) => this.store.getAll(id)));
    return docs.filter((d): d is Record<string, string> => d !== null).map(decodeDoc);
  }

  /** The whole session, for organizers' exports (every pledge, record-only included). */
  async loadSession(sessionId: string): Promise<SessionDoc | null> {
    return this.docs.load(sessionId);
  }

  async getMeta(sessionId: string): Promise<SessionMeta | undefined> {
    const got = await this.store.getFields(sessionId, [fields.meta]);
    return got ? decodeMeta(got[0]) : undefined;
  }

  /** The session a pledge id belongs to, or null. */
  async pledgeSession(pledgeId: string): Promise<string | null> {
    return this.store.pledgeSession(pledgeId);
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    return this.store.sessionIdByJoinCode(joinCode);
  }

  // ---------- handshake ----------

  async authenticate(
    auth:
      | { role: 'moderator'; sessionId: string; key: string }
      | { role: 'phone'; sessionId: string; deviceToken?: string | undefined }
      | { role: 'wall'; sessionId: string },
  ): Promise<ServiceResult<Principal>> {
    const got = await this.store.getFields(auth.sessionId, [fields.meta]);
    const meta = got ? decodeMeta(got[0]) : undefined;
    if (!meta) return notFound;
    const principal: Principal = { sessionId: meta.id, role: auth.role, panelistId: null, deviceTokenHash: null };
    if (auth.role === 'moderator') {
      return secretMatches(auth.key, meta.moderatorKeyHash)
        ? { ok: true, value: principal }
        : fail('unauthorized', 'This moderator link is not valid (it may have been replaced).');
    }
    if (auth.role === 'phone' && auth.deviceToken) {
      const tokenHash = hashSecret(auth.deviceToken);
      const [rawPanelist] = (await this.store.getFields(meta.id, [fields.device(tokenHash)])) ?? [null];
      const panelistId = decode<string>(rawPanelist);
      // An unknown token (seat released, or a token from another session) joins as a fresh phone.
      if (panelistId) return { ok: true, value: { ...principal, panelistId, deviceTokenHash: tokenHash } };
    }
    return { ok: true, value: principal };
  }

  // ---------- snapshot ----------

  async currentSeq(sessionId: string): Promise<number | null> {
    const got = await this.store.getFields(sessionId, [fields.seq]);
    return got ? Number(got[0]) : null;
  }

  async snapshot(principal: Principal): Promise<ServiceResult<SessionSnapshot>> {
    const doc = await this.docs.load(principal.sessionId);
    if (!doc) return notFound;
    // A phone whose seat was released since it connected is treated as a fresh phone.
    const own = principal.panelistId ? doc.participants.get(principal.panelistId) : undefined;
    const seated = own && own.deviceTokenHash === principal.deviceTokenHash ? own.panelistId : null;
    // Phones see their own pledge; walls never see a record-only pledge; moderators see all.
    const pledges =
      principal.role === 'phone'
        ? doc.pledges.filter((p) => seated !== null && p.participantId === seated)
        : principal.role === 'wall'
          ? doc.pledges.filter((p) => p.visibility !== 'record')
          : doc.pledges;
    const { moderatorKeyHash: _secret, ...session } = doc.meta;
    return {
      ok: true,
      value: {
        protocol: PROTOCOL_VERSION,
        seq: doc.seq,
        session,
        round: doc.round,
        panel: panelEntries(doc.meta, doc.participants),
        pledges,
        you: { role: principal.role, panelistId: seated },
        serverNow: this.clock(),
      },
    };
  }

  // ---------- phone ----------

  async claim(principal: Principal, panelistId: string): Promise<ServiceResult<ClaimResult>> {
    const deviceToken = newSecret();
    const tokenHash = hashSecret(deviceToken);
    return this.mutate(principal.sessionId, [fields.meta, fields.participant(panelistId)], ([rawMeta, rawPt]) => {
      const meta = decodeMeta(rawMeta);
      if (!meta) return notFound;
      const claimed = claimSeat(meta, decode<Participant>(rawPt), panelistId, tokenHash, this.clock());
      if (!claimed.ok) return claimed;
      return {
        ok: true,
        value: {
          expect: [{ field: fields.participant(panelistId), value: rawPt ?? null }],
          writes: [
            { field: fields.participant(panelistId), value: encode(claimed.value) },
            { field: fields.device(tokenHash), value: encode(panelistId) },
          ],
          value: { deviceToken, panelistId },
          after: (seq) => this.emitPanel(principal.sessionId, seq, { panelistId, status: panelistStatus(claimed.value) }),
        },
      };
    });
  }

  async setDrafting(principal: Principal, drafting: boolean): Promise<ServiceResult<object>> {
    return this.withSeat(principal, [], ({ participant, rawParticipant }) => {
      const next = markDrafting(participant, drafting);
      if (!next) return { ok: true, value: { expect: [], writes: [], value: {} } };
      const field = fields.participant(participant.panelistId);
      return {
        ok: true,
        value: {
          expect: [{ field, value: rawParticipant }],
          writes: [{ field, value: encode(next) }],
          value: {},
          after: (seq) => this.emitPanel(principal.sessionId, seq, { panelistId: next.panelistId, status: panelistStatus(next) }),
        },
      };
    });
  }

  async submitPledge(principal: Principal, content: PledgeContent): Promise<ServiceResult<PledgeResult>> {
    return this.withFollowUp(await this.pledgeCommand(principal, content, submitPledge));
  }

  async editPledge(principal: Principal, content: PledgeContent): Promise<ServiceResult<PledgeResult>> {
    return this.withFollowUp(await this.pledgeCommand(principal, content, editPledge));
  }

  /**
   * A stored pledge gets its follow-up record; the answer that creates it carries the link's
   * token. Doing this after the commit (not in it) is safe: a crash in between leaves a pledge
   * without a record, and the phone's retry of the same pledge creates it then.
   */
  private async withFollowUp(result: ServiceResult<PledgeResult>): Promise<ServiceResult<PledgeResult>> {
    if (!result.ok || !this.followUps) return result;
    const followUpToken = await this.followUps.ensure(result.value.pledge);
    return followUpToken ? { ok: true, value: { ...result.value, followUpToken } } : result;
  }

  /** A new follow-up link for the caller's own pledge (the earlier link stops working). */
  async followUpLink(principal: Principal, pledgeId: string): Promise<ServiceResult<{ followUpToken: string }>> {
    if (!this.followUps) return fail('internal', 'Follow-up is not available.');
    const got = await this.withSeat(principal, [fields.pledge(pledgeId)], ({ participant, raw: [rawPledge] }) => {
      const pledge = decode<Pledge>(rawPledge);
      if (!pledge) return fail('pledge_not_found', 'This pledge could not be found.');
      if (pledge.participantId !== participant.panelistId) return fail('not_your_pledge', 'This pledge belongs to someone else.');
      return { ok: true, value: { expect: [], writes: [], value: pledge } };
    });
    if (!got.ok) return got;
    const rotated = await this.followUps.rotate(got.value);
    return rotated.ok ? { ok: true, value: { followUpToken: rotated.value } } : rotated;
  }

  private async pledgeCommand(
    principal: Principal,
    content: PledgeContent,
    rule: typeof submitPledge,
  ): Promise<ServiceResult<PledgeResult>> {
    const extra = [fields.meta, fields.round, fields.pledge(content.id)];
    return this.withSeat(principal, extra, ({ participant, rawParticipant, raw: [rawMeta, rawRound, rawPledge] }) => {
      const meta = decodeMeta(rawMeta);
      const round = decode<Round>(rawRound);
      if (!meta || !round) return notFound;
      const outcome = rule({ meta, round, participant, existing: decode<Pledge>(rawPledge) }, content, this.clock());
      if (!outcome.ok) return outcome;
      const { pledge, created, changed } = outcome.value;
      const result = { pledge, created };
      if (!changed) return { ok: true, value: { expect: [], writes: [], value: result } };
      return {
        ok: true,
        value: {
          // The round is part of the condition: a pledge never lands after a concurrent close.
          expect: [
            { field: fields.round, value: rawRound ?? null },
            { field: fields.participant(participant.panelistId), value: rawParticipant },
            { field: fields.pledge(content.id), value: rawPledge ?? null },
          ],
          writes: this.pledgeWrites(outcome.value),
          value: result,
          // Pledge ids are global (they appear in public links): a new one is reserved for this
          // session before it is written. Reserving is idempotent, so retries cost nothing.
          before: created ? () => this.reservePledgeId(content.id, principal.sessionId) : undefined,
          after: (seq) => {
            this.registry?.forget(meta.eventId);
            this.emitPledge(principal.sessionId, seq, outcome.value);
          },
        },
      };
    });
  }

  private async reservePledgeId(pledgeId: string, sessionId: string): Promise<ServiceResult<unknown>> {
    const holder = await this.store.reservePledgeId(pledgeId, sessionId);
    return holder === sessionId ? { ok: true, value: null } : fail('pledge_id_taken', 'This pledge id is already in use.');
  }

  private pledgeWrites({ pledge, participant, created }: PledgeOutcome): Write[] {
    const writes: Write[] = [{ field: fields.pledge(pledge.id), value: encode(pledge) }];
    if (created) writes.push({ field: fields.participant(participant.panelistId), value: encode(participant) });
    return writes;
  }

  /**
   * One event per commit for every reader: a new pledge carries its author's new panel status.
   * A record-only pledge reaches the moderators and its author only; walls (and other phones)
   * hear just the panel status, so their sequence has no hole.
   */
  private emitPledge(sessionId: string, seq: number, outcome: PledgeOutcome) {
    const { pledge, participant, created } = outcome;
    const entry = created ? { panelistId: participant.panelistId, status: panelistStatus(participant) } : undefined;
    const delta = { seq, pledge, ...(entry ? { entry } : {}) };
    if (pledge.visibility === 'record') {
      this.fanout.emit(sessionId, { kind: 'moderators-and-author', authorId: pledge.participantId }, 'pledge:upserted', delta);
      // Walls need the seq even for an edit; an edit changes no status, so they get the current one.
      this.emitPanel(sessionId, seq, entry ?? { panelistId: participant.panelistId, status: panelistStatus(participant) });
      return;
    }
    this.fanout.emit(sessionId, { kind: 'pledge-readers', authorId: pledge.participantId }, 'pledge:upserted', delta);
    if (entry) this.fanout.emit(sessionId, { kind: 'phones' }, 'panel:updated', { seq, entry });
  }

  private emitPanel(sessionId: string, seq: number, entry: PanelEntry) {
    this.fanout.emit(sessionId, { kind: 'session' }, 'panel:updated', { seq, entry });
  }

  // ---------- moderator ----------

  async openRound(principal: Principal, cmd: { prompt?: string; countdownSeconds?: number | null }) {
    return this.roundCommand(principal, (round, now) => rounds.openRound(round, cmd, now));
  }

  async closeRound(principal: Principal) {
    return this.roundCommand(principal, (round, now) => rounds.closeRound(round, now));
  }

  async setPrompt(principal: Principal, prompt: string) {
    return this.roundCommand(principal, (round, now) => rounds.setPrompt(round, prompt, now));
  }

  async setCountdown(principal: Principal, seconds: number | null) {
    return this.roundCommand(principal, (round, now) => rounds.setCountdown(round, seconds, now));
  }

  private async roundCommand(
    principal: Principal,
    rule: (round: Round, now: number) => Result<Round>,
  ): Promise<ServiceResult<{ round: Round }>> {
    return this.mutate(principal.sessionId, [fields.round], ([rawRound]) => {
      const round = decode<Round>(rawRound);
      if (!round) return notFound;
      const next = rule(round, this.clock());
      if (!next.ok) return next;
      return {
        ok: true,
        value: {
          expect: [{ field: fields.round, value: rawRound ?? null }],
          writes: [{ field: fields.round, value: encode(next.value) }],
          value: { round: next.value },
          after: (seq) => this.fanout.emit(principal.sessionId, { kind: 'session' }, 'round:updated', { seq, round: next.value }),
        },
      };
    });
  }

  async nudge(principal: Principal, panelistId: string): Promise<ServiceResult<object>> {
    const got = await this.store.getFields(principal.sessionId, [fields.participant(panelistId)]);
    if (!got) return notFound;
    const participant = decode<Participant>(got[0]);
    if (!participant) return fail('not_claimed', 'This panelist has not joined yet.');
    this.fanout.emit(principal.sessionId, { kind: 'panelist', panelistId }, 'panelist:nudged', { at: this.clock() });
    return { ok: true, value: {} };
  }

  /** Frees a seat so the panelist can join from another device; their pledge stays theirs. */
  async release(principal: Principal, panelistId: string): Promise<ServiceResult<object>> {
    return this.mutate(principal.sessionId, [fields.participant(panelistId)], ([rawPt]) => {
      const participant = decode<Participant>(rawPt);
      if (!participant) return fail('not_claimed', 'This panelist has not joined yet.');
      return {
        ok: true,
        value: {
          expect: [{ field: fields.participant(panelistId), value: rawPt ?? null }],
          writes: [
            { field: fields.participant(panelistId), value: participant.pledgeId ? encode(this.vacant(participant)) : null },
            { field: fields.device(participant.deviceTokenHash), value: null },
          ],
          value: {},
          after: (seq) => {
            this.fanout.emit(principal.sessionId, { kind: 'panelist', panelistId }, 'panelist:released', { panelistId });
            this.fanout.releaseSeat(principal.sessionId, panelistId);
            const status = participant.pledgeId ? 'submitted' : 'not_joined';
            this.emitPanel(principal.sessionId, seq, { panelistId, status });
          },
        },
      };
    });
  }

  /**
   * A released seat that already holds a pledge keeps the link to it (the panel still shows
   * "submitted" and a second pledge is refused) but no device; the next device to claim the seat
   * takes the pledge over and may edit it.
   */
  private vacant(participant: Participant): Participant {
    return { ...participant, deviceTokenHash: '', drafting: false };
  }

  // ---------- plumbing ----------

  /** Loads the caller's seat (verifying the device still holds it) plus `extra` fields, then mutates. */
  private withSeat<T>(
    principal: Principal,
    extra: string[],
    plan: (ctx: { participant: Participant; rawParticipant: string; raw: (string | null)[] }) => ServiceResult<Plan<T>>,
  ): Promise<ServiceResult<T>> {
    const { panelistId } = principal;
    if (principal.role !== 'phone') return Promise.resolve(fail('forbidden', 'Only a panelist can do this.'));
    if (!panelistId) return Promise.resolve(fail('not_claimed', 'Pick your name from the panel first.'));
    return this.mutate(principal.sessionId, [fields.participant(panelistId), ...extra], ([rawPt, ...raw]) => {
      const participant = decode<Participant>(rawPt);
      if (!rawPt || !participant || !principal.deviceTokenHash || participant.deviceTokenHash !== principal.deviceTokenHash) {
        return fail('not_claimed', 'This device no longer holds your seat; pick your name again.');
      }
      return plan({ participant, rawParticipant: rawPt, raw });
    });
  }

  /** Reads `names`, plans a conditional write, commits it; retries from the read on a conflict. */
  private async mutate<T>(
    sessionId: string,
    names: string[],
    plan: (raw: (string | null)[]) => ServiceResult<Plan<T>>,
  ): Promise<ServiceResult<T>> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const raw = await this.store.getFields(sessionId, names);
      if (!raw) return notFound;
      const planned = plan(raw);
      if (!planned.ok) return planned;
      const { expect, writes, value, after, before } = planned.value;
      if (writes.length === 0) return { ok: true, value };
      if (before) {
        const allowed = await before();
        if (!allowed.ok) return allowed;
      }
      const committed = await this.store.commit(sessionId, expect, writes);
      if (committed.ok) {
        after?.(committed.seq);
        return { ok: true, value };
      }
      if (committed.reason === 'missing') return notFound;
    }
    return fail('conflict', 'The session is very busy; please try again.');
  }
}

