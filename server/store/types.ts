/**
 * The session store: one interface, two implementations (Redis and in-process memory).
 *
 * A session is one document made of named fields, each holding a JSON string (see ./fields).
 * Reads fetch fields; every write is a `commit`: an atomic, conditional multi-field write.
 * The commit applies only if every expected field still holds exactly the value the caller read,
 * which gives optimistic concurrency across any number of server processes without locks, and
 * bumps the session's sequence number that clients use to order deltas.
 */
export interface SessionSeed {
  sessionId: string;
  joinCode: string;
  createdAt: number;
  fields: Record<string, string>;
  /** The event the session belongs to (listed under it), if any. */
  eventId?: string | null;
  /** The session's code as compared within its event (sessionCodeKey), unique there; omitted or '' for none. */
  codeKey?: string;
}

import type { ReactionFrame } from '../../shared/protocol';

/**
 * Standalone JSON documents next to the sessions: events, and the follow-up record of each
 * pledge (its link's digest and its progress reports). Written by compare-and-set.
 */
export type RecordKind = 'event' | 'followup';

/** Taken join codes are drawn again; a taken session code is the caller's to report. */
export type CreateSessionsResult = { ok: true } | { ok: false; takenJoinCodes: string[]; takenCodeKeys: string[] };

export interface Expectation {
  field: string;
  /** The exact value read earlier, or null when the field must still be absent. */
  value: string | null;
}

export interface Write {
  field: string;
  /** The new value, or null to delete the field. */
  value: string | null;
}

/**
 * What a new pledge claims outside its session, written with the commit that stores it: its id,
 * reserved for the session across all sessions (ids are chosen by devices and appear in public
 * links), and its follow-up record, created unless the pledge has one (a retry's, kept as it is).
 */
export interface PledgeClaim {
  pledgeId: string;
  /** The follow-up record to create if absent, or null for none. */
  followUp: string | null;
}

/**
 * A session's new code within its event, written with the commit that changes its meta: `from`
 * is released and `to` taken (sessionCodeKey; '' for none), unless another session of the event
 * already holds `to`.
 */
export interface CodeChange {
  eventId: string;
  from: string;
  to: string;
}

/**
 * `taken`: the claimed pledge id is another session's; `code-taken`: another session of the event
 * has the new code (nothing written, either way).
 */
export type CommitResult = { ok: true; seq: number } | { ok: false; reason: 'conflict' | 'missing' | 'taken' | 'code-taken' };

/**
 * The store cannot be reached right now (Redis stopped, restarting or unreachable): the call was
 * refused at once instead of waiting. Callers answer `store_unavailable` and clients try again;
 * `cause` holds the client's own error for the log. A write whose connection dropped while it was
 * in flight may or may not have been applied, which every command's idempotency already covers.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The session store is unavailable.', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** One device's support set: the pledge's count and the session's reaction version after it. */
export interface Reacted {
  count: number;
  changed: boolean;
  v: number;
}

export type ReactResult = Reacted | 'missing' | 'not-shown' | 'own';

export interface SessionStore {
  readonly kind: 'redis' | 'memory';
  /** Creates the session unless its join code is taken (then returns false and writes nothing). */
  createSession(seed: SessionSeed): Promise<boolean>;
  /**
   * Creates every session or none (a schedule import): when any join code, or any session code
   * within its event, is taken (already, or twice in the batch), nothing is written and the taken
   * codes are returned. Two imports racing cannot both create the same session.
   */
  createSessions(seeds: SessionSeed[]): Promise<CreateSessionsResult>;
  /** Session ids, newest first; with `eventId`, only that event's sessions. */
  listSessionIds(limit?: number, eventId?: string): Promise<string[]>;
  sessionIdByJoinCode(joinCode: string): Promise<string | null>;
  /** Values of the given fields in order; null for an absent field. Null overall when the session does not exist. */
  getFields(sessionId: string, fields: string[]): Promise<(string | null)[] | null>;
  /** The whole document (one read), or null when the session does not exist. */
  getAll(sessionId: string): Promise<Record<string, string> | null>;
  /**
   * With a `claim`, the pledge's id and follow-up record are written in the same atomic step, or
   * nothing is; with a `code`, the session's code within its event changes in that step too.
   */
  commit(sessionId: string, expect: Expectation[], writes: Write[], claim?: PledgeClaim, code?: CodeChange): Promise<CommitResult>;
  /** The session holding a pledge id, or null. */
  pledgeSession(pledgeId: string): Promise<string | null>;
  /** Stores a new event document and lists it; false (nothing written) when the id exists. */
  createEvent(eventId: string, createdAt: number, value: string): Promise<boolean>;
  /** Event ids, newest first. */
  listEventIds(limit?: number): Promise<string[]>;
  /** Documents of one kind in the order asked; null where absent. */
  getRecords(kind: RecordKind, ids: string[]): Promise<(string | null)[]>;
  /** Writes `value` only if the document still holds `expected` (null: must be absent). */
  swapRecord(kind: RecordKind, id: string, expected: string | null, value: string): Promise<boolean>;
  /**
   * Sets one device's support for one pledge (on or off). A device counts once per pledge, so a
   * repeated tap changes nothing. Returns the pledge's count and whether this call changed it;
   * 'missing' for a session that does not exist, 'not-shown' (nothing written) for support of a
   * pledge the walls do not show, 'own' (nothing written) for support of a pledge by its author's
   * device: `device` is the digest the session's device field (`dv:`) is keyed by, so the seat or
   * membership it holds now is read in the same step. Taking support back is always possible.
   */
  react(sessionId: string, pledgeId: string, device: string, on: boolean): Promise<ReactResult>;
  /** Support counts of the given pledges (absent: 0), read together with the session's reaction version. */
  reactionCounts(sessionId: string, pledgeIds?: string[]): Promise<ReactionFrame>;
  /**
   * The pledge ids one browser supports (by its secret's digest, whichever page it supports from).
   * Redis first moves in what an online viewer's wall kept apart under `v:` before, counting a
   * pledge in both once; the embedded store keeps nothing from before a restart.
   */
  reactedBy(sessionId: string, device: string): Promise<string[]>;
  close(): Promise<void>;
}
