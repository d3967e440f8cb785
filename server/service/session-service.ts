import { DEFAULT_PROMPT, DEFAULT_THEME_LIST, sessionCodeKey, type ModeratorSeat } from '../../shared/domain';
import type { PanelInvite } from '../../shared/protocol';
import type { CreateSessionData, CreateSessionInput, EventInfo, UpdateSessionData } from '../../shared/schemas';
import { createSessionSchema, endsAfterStart } from '../../shared/schemas';
import type { SessionMeta } from '../domain/records';
import { fail, type Result } from '../domain/result';
import * as rounds from '../domain/round';
import { newId, newJoinCode, newSecret } from '../security';
import { fields } from '../store/fields';
import type { SessionStore } from '../store/types';
import { decodeMeta, encode, type SessionDoc } from './codec';
import { sessionDeltas } from './deltas';
import { DocCache } from './doc-cache';
import type { Fanout } from './fanout';
import type { FollowUpService } from './follow-up-service';
import { ModerationCommands } from './moderation-commands';
import { ModeratorCommands } from './moderator-commands';
import { PhoneCommands } from './phone-commands';
import { CommitPipeline, notFound } from './pipeline';
import type { RegistryCache } from './registry-cache';
import { Reactions } from './reactions';
import { RoundTimers } from './round-timers';
import { SessionReader } from './session-reader';
import { StageCommands } from './stage-commands';

export type { Principal } from './principal';

/** The keys of a session's two moderator links. */
export type ModeratorKeys = Record<ModeratorSeat, string>;

/** A session just created, with its moderator keys and panelists' invite tokens. */
export interface Created {
  meta: SessionMeta;
  moderatorKeys: ModeratorKeys;
  invites: PanelInvite[];
}

/** What an organizer may hand out again: the moderator links' keys (absent for a session stored before they were kept) and invites. */
export interface SessionSecrets {
  meta: SessionMeta;
  moderatorKeys: Partial<ModeratorKeys>;
  invites: PanelInvite[];
}

/** A session's links to hand out, in panel order. */
export function secretsOf(doc: SessionDoc): SessionSecrets {
  const invites = doc.meta.panelists.flatMap((p) => {
    const token = doc.invites.get(p.id);
    return token ? [{ panelistId: p.id, token }] : [];
  });
  return { meta: doc.meta, moderatorKeys: doc.moderatorKeys, invites };
}

/**
 * The sessions: organizers create them and hand out their links; the commands of phones,
 * moderators and the moderation queue live in their own classes (`phone`, `moderator`,
 * `moderation`), all committing through one pipeline; `reader` answers handshakes and snapshots.
 */
export class SessionService {
  private readonly docs: DocCache;
  private readonly pipeline: CommitPipeline;
  readonly reader: SessionReader;
  readonly phone: PhoneCommands;
  readonly moderator: ModeratorCommands;
  readonly moderation: ModerationCommands;
  readonly stage: StageCommands;
  readonly reactions: Reactions;
  private readonly timers: RoundTimers;

  constructor(
    private readonly store: SessionStore,
    private readonly fanout: Fanout,
    private readonly clock: () => number = Date.now,
    /** Issues each stored pledge's follow-up link (see follow-up-service.ts). */
    followUps?: FollowUpService,
    /** Told when a pledge or a session of an event changes, so the public registry shows it at once. */
    private readonly registry?: RegistryCache,
  ) {
    this.docs = new DocCache(store);
    this.pipeline = new CommitPipeline(store, fanout, clock);
    this.timers = new RoundTimers(clock);
    this.reader = new SessionReader(store, this.docs, clock, (sessionId) => this.timers.closeNow(sessionId));
    this.phone = new PhoneCommands(store, this.pipeline, clock, followUps, registry);
    this.moderator = new ModeratorCommands(store, this.pipeline, fanout, clock, this.timers);
    this.timers.bind((sessionId) => this.moderator.closeOverdue(sessionId));
    this.moderation = new ModerationCommands(this.pipeline, clock, registry);
    this.stage = new StageCommands(this.pipeline, clock);
    this.reactions = new Reactions(store, fanout);
  }

  /** Stops the countdown timers (on close). */
  stop(): void {
    this.timers.stop();
  }

  /**
   * Whether the phone of each pending seat request (of one device, when given) has a connection
   * open now, on any process: what the consoles show beside a request.
   */
  async requestPhones(sessionId: string, deviceTokenHash?: string): Promise<Record<string, boolean>> {
    const pending = await this.reader.pendingRequests(sessionId, deviceTokenHash);
    const told = await Promise.all(
      pending.map(async (r) => [r.id, await this.fanout.connected(sessionId, { kind: 'device', deviceTokenHash: r.deviceTokenHash })] as const),
    );
    return Object.fromEntries(told);
  }

  /** Support counts of every pledge of the session (for the report). */
  reactionCounts(sessionId: string) {
    return this.store.reactionCounts(sessionId);
  }

  get storeKind() {
    return this.store.kind;
  }

  /** Creates one session (input as the API receives it), in `event` when given. */
  async createSession(input: CreateSessionInput, event: EventInfo | null = null): Promise<Result<Created>> {
    const created = await this.createSessions([createSessionSchema.parse(input)], event);
    return created.ok ? { ok: true, value: created.value[0]! } : created;
  }

  /**
   * Creates every session or none (a schedule import). Each gets its two moderator keys, an
   * invite per panelist, and the event's theme list. A session code the event already has (or
   * that the batch repeats) fails the whole batch with `session_code_taken`, naming the codes in `taken`.
   */
  async createSessions(inputs: CreateSessionData[], event: EventInfo | null): Promise<Result<Created[]> & { taken?: string[] }> {
    const now = this.clock();
    const prepared = inputs.map((input) => {
      const moderatorKeys: ModeratorKeys = { onsite: newSecret(), online: newSecret() };
      const meta: Omit<SessionMeta, 'joinCode'> = {
        id: newId(),
        code: input.code,
        title: input.title,
        createdAt: now,
        panelists: input.panelists.map((p) => ({ id: newId(), ...p })),
        eventId: event?.id ?? null,
        themes: (event?.themes ?? DEFAULT_THEME_LIST).map((t) => ({ ...t })),
        details: input.details,
      };
      const invites = meta.panelists.map((p) => ({ panelistId: p.id, token: newSecret() }));
      const round = rounds.initialRound(input.prompt || DEFAULT_PROMPT, now);
      return { meta, moderatorKeys, invites, round };
    });
    // A join code collision is rare (31^6 codes); draw again for the whole batch until the store accepts.
    for (let attempt = 0; attempt < 20; attempt++) {
      const drawn = prepared.map((p) => ({ ...p, meta: { ...p.meta, joinCode: newJoinCode() } as SessionMeta }));
      const created = await this.store.createSessions(
        drawn.map(({ meta, round, moderatorKeys, invites }) => ({
          sessionId: meta.id,
          joinCode: meta.joinCode,
          createdAt: now,
          eventId: meta.eventId,
          codeKey: sessionCodeKey(meta.code),
          fields: {
            [fields.meta]: encode(meta),
            [fields.round]: encode(round),
            [fields.moderatorKey('onsite')]: encode(moderatorKeys.onsite),
            [fields.moderatorKey('online')]: encode(moderatorKeys.online),
            ...Object.fromEntries(invites.map((i) => [fields.invite(i.panelistId), encode(i.token)])),
          },
        })),
      );
      if (created.ok) return { ok: true, value: drawn.map(({ meta, moderatorKeys, invites }) => ({ meta, moderatorKeys, invites })) };
      if (created.takenCodeKeys.length > 0) {
        const taken = inputs.map((i) => i.code).filter((code) => created.takenCodeKeys.includes(sessionCodeKey(code)));
        const names = [...new Set(taken)].map((c) => `"${c}"`).join(', ');
        return { ...fail('session_code_taken', `This event already has a session with the code ${names}.`), taken };
      }
    }
    throw new Error('could not allocate join codes');
  }

  /**
   * A new key for one moderator link (an organizer's action): every console opened with the old
   * key is disconnected at once, and its next command would be refused.
   */
  async rotateModeratorKey(sessionId: string, seat: ModeratorSeat): Promise<Result<{ meta: SessionMeta; moderatorKey: string }>> {
    const moderatorKey = newSecret();
    return this.pipeline.mutate(null, sessionId, [fields.meta], ([rawMeta]) => {
      const meta = decodeMeta(rawMeta);
      if (!meta) return notFound;
      return {
        ok: true,
        value: {
          expect: [],
          writes: [{ field: fields.moderatorKey(seat), value: encode(moderatorKey) }],
          value: { meta, moderatorKey },
          activity: { action: 'moderator-link', subject: '', detail: seat },
          after: () => this.fanout.disconnectModerators(sessionId, seat),
        },
      };
    });
  }

  /**
   * An organizer's change to a session's title, code or schedule details (each detail given
   * replaces that one only), by compare-and-set on its meta. Every console, wall and phone gets
   * the session as it now is; the activity log names the organizer. A code another session of the
   * event has is refused (`session_code_taken`), a schedule that would end before it starts too
   * (`invalid_payload`); either way nothing changes. A change that changes nothing writes nothing.
   */
  async updateSession(sessionId: string, patch: UpdateSessionData): Promise<Result<SessionMeta>> {
    const updated = await this.pipeline.mutate<SessionMeta>(null, sessionId, [fields.meta], ([rawMeta]) => {
      const meta = decodeMeta(rawMeta);
      if (!meta) return notFound;
      const next: SessionMeta = {
        ...meta,
        title: patch.title ?? meta.title,
        code: patch.code ?? meta.code,
        details: { ...meta.details, ...Object.fromEntries(Object.entries(patch.details ?? {}).filter(([, v]) => v !== undefined)) },
      };
      if (!endsAfterStart(next.details)) return fail('invalid_payload', 'details.end: the session must end after it starts');
      const value = encode(next);
      if (value === encode(meta)) return { ok: true, value: { expect: [], writes: [], value: next } };
      const from = sessionCodeKey(meta.code);
      const to = sessionCodeKey(next.code);
      return {
        ok: true,
        value: {
          expect: [{ field: fields.meta, value: rawMeta ?? null }],
          writes: [{ field: fields.meta, value }],
          value: next,
          ...(meta.eventId && from !== to ? { code: { eventId: meta.eventId, from, to } } : {}),
          deltas: sessionDeltas(next),
          activity: { action: 'session-edit', subject: next.title },
          after: () => this.registry?.forget(meta.eventId),
        },
      };
    });
    if (!updated.ok && updated.error.code === 'session_code_taken') {
      return fail('session_code_taken', `This event already has a session with the code "${patch.code}".`);
    }
    return updated;
  }

  /** The links an organizer may hand out again (moderators' keys, invites), without replacing any. */
  async secrets(sessionId: string): Promise<SessionSecrets | null> {
    const doc = await this.docs.load(sessionId);
    return doc ? secretsOf(doc) : null;
  }

  /** Sessions, newest first; with `eventId`, that event's sessions only. */
  async listSessions(limit = 200, eventId?: string): Promise<SessionDoc[]> {
    const ids = await this.store.listSessionIds(limit, eventId);
    const docs = await Promise.all(ids.map((id) => this.docs.load(id)));
    return docs.filter((d): d is SessionDoc => d !== null);
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
}
