import type { ActivityAction } from '../../shared/domain';
import { moderatorName } from '../../shared/moderator-name';
import type { ActivityEntry, Actor } from '../../shared/schemas';
import { fail, type Result } from '../domain/result';
import { hashSecret, newId, secretsEqual } from '../security';
import { fields } from '../store/fields';
import type { CodeChange, Expectation, PledgeClaim, SessionStore, Write } from '../store/types';
import { decode, decodeMeta, encode } from './codec';
import type { Fanout, RoutedDelta } from './fanout';
import type { Principal } from './principal';
import { MAX_ATTEMPTS } from './record-swap';

/** What a command wants written, and what follows once the store confirmed it. */
export interface Plan<T> {
  expect: Expectation[];
  writes: Write[];
  value: T;
  /** The commit's deltas, by audience (the pipeline gives them the commit's seq). */
  deltas?: RoutedDelta[];
  /** A line for the session's activity log (written in the same commit); by the caller unless `actor` says otherwise. */
  activity?: { action: ActivityAction; subject: string; detail?: string; actor?: Actor; panelistId?: string };
  /** Runs once the rules accepted the command, before the write; an error stops it. */
  before?: () => Promise<Result<unknown>>;
  /** A new pledge's id and follow-up record, written in the same atomic step as the commit. */
  claim?: PledgeClaim;
  /** The session's new code within its event, taken in the same atomic step (refused when another session has it). */
  code?: CodeChange;
  /** Runs after the store confirmed the write, with the new sequence number (notices, caches). */
  after?: (seq: number) => void;
}

export const notFound = fail('session_not_found', 'This session does not exist.');
const pledgeIdTaken = fail('pledge_id_taken', 'This pledge id is already in use.');

/**
 * Whether a moderator's key (by digest) is still its link's current key, given the stored key
 * field. Only a session stored before there were two links has none: its one key's digest is in
 * its meta, read then (and only then).
 */
export async function moderatorKeyCurrent(
  store: SessionStore,
  sessionId: string,
  rawKey: string | null | undefined,
  mod: NonNullable<Principal['moderator']>,
): Promise<boolean> {
  const key = decode<string>(rawKey);
  if (key) return secretsEqual(hashSecret(key), mod.keyHash);
  if (mod.seat !== 'onsite') return false;
  const got = await store.getFields(sessionId, [fields.meta]);
  const legacy = got ? decodeMeta(got[0])?.moderatorKeyHash : undefined;
  return !!legacy && secretsEqual(legacy, mod.keyHash);
}

const linkReplaced = fail('unauthorized', 'This moderator link has been replaced; ask the organizer for the new one.');

/**
 * The commit pipeline every command goes through: read -> check the caller's credential -> rule
 * -> conditional commit -> publish. The caller's answer comes from what the store confirmed;
 * deltas go out only after that confirmation, and only once the command has been answered (the
 * fanout holds them until then: realtime/command-scope.ts).
 */
export class CommitPipeline {
  constructor(
    private readonly store: SessionStore,
    private readonly fanout: Fanout,
    private readonly clock: () => number,
  ) {}

  /**
   * Reads `names`, plans a conditional write, commits it; retries from the read on a conflict.
   * A moderator's key is checked against the store on every command (a replaced link stops
   * working at once, on every process) and is part of the commit's condition.
   */
  async mutate<T>(
    principal: Principal | null,
    sessionId: string,
    names: string[],
    plan: (raw: (string | null)[], actor: Actor) => Result<Plan<T>>,
  ): Promise<Result<T>> {
    const mod = principal?.moderator ?? null;
    // A moderator's key, and the meta that names them: an organizer may rename the seat's
    // moderator while the console is open, so the name is the one stored when the command commits.
    const credential = mod ? [fields.moderatorKey(mod.seat), fields.meta] : [];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const all = await this.store.getFields(sessionId, [...credential, ...names]);
      if (!all) return notFound;
      const expectCredential: Expectation[] = [];
      let actor: Actor = { role: 'organizer' };
      if (mod) {
        const [rawKey, rawMeta] = all;
        const meta = decodeMeta(rawMeta);
        if (!meta) return notFound;
        if (!(await moderatorKeyCurrent(this.store, sessionId, rawKey, mod))) return linkReplaced;
        expectCredential.push({ field: fields.moderatorKey(mod.seat), value: rawKey ?? null }, { field: fields.meta, value: rawMeta ?? null });
        actor = { role: 'moderator', seat: mod.seat, name: moderatorName(meta.details, mod.seat) };
      }
      const planned = plan(all.slice(credential.length), actor);
      if (!planned.ok) return planned;
      const { expect, value, after, before, activity, claim, code } = planned.value;
      const writes = [...planned.value.writes];
      const deltas = [...(planned.value.deltas ?? [])];
      if (writes.length === 0 && !activity) return { ok: true, value };
      if (activity) {
        const entry: ActivityEntry = {
          id: newId(),
          at: this.clock(),
          actor: activity.actor ?? actor,
          action: activity.action,
          subject: activity.subject,
          detail: activity.detail ?? '',
          ...(activity.panelistId ? { panelistId: activity.panelistId } : {}),
        };
        writes.push({ field: fields.activity(entry.id), value: encode(entry) });
        deltas.push({ to: [{ kind: 'moderators' }], delta: { kind: 'activity', entry } });
      }
      if (before) {
        const allowed = await before();
        if (!allowed.ok) return allowed;
      }
      const committed = await this.store.commit(sessionId, [...expectCredential, ...expect], writes, claim, code);
      if (committed.ok) {
        this.fanout.publish(sessionId, committed.seq, deltas);
        after?.(committed.seq);
        return { ok: true, value };
      }
      if (committed.reason === 'missing') return notFound;
      if (committed.reason === 'taken') return pledgeIdTaken;
      if (committed.reason === 'code-taken') return fail('session_code_taken', 'This event already has a session with this code.');
    }
    return fail('conflict', 'The session is very busy; please try again.');
  }
}
