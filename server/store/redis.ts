import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  createClient,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
  type RedisClientType,
} from 'redis';
import { StoreUnavailableError, type ReactResult, type CodeChange, type CommitResult, type CreateSessionsResult, type Expectation, type PledgeClaim, type RecordKind, type SessionSeed, type SessionStore, type Write } from './types';
import { repeatedInBatch } from './batch';
import type { ReactionFrame } from '../../shared/protocol';
import { fields, REACTION_VERSION, redisKeys } from './fields';
import { COMMIT, COMMIT_CODE, CREATE_EVENT, CREATE_SESSIONS, REACT, REACTED_BY, SWAP_RECORD } from './redis-scripts';

/** The client as `createClient({ url })` returns it (RESP3, no modules). */
export type RedisClient = RedisClientType<{}, {}, {}, 3, {}>;

/** Errors that say the connection to Redis cannot carry a command now, rather than what a command did. */
const CONNECTION_ERRORS = [ClientClosedError, ClientOfflineError, ConnectionTimeoutError, SocketClosedUnexpectedlyError, SocketTimeoutError, TimeoutError];
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (CONNECTION_ERRORS.some((type) => err instanceof type)) return true;
  const code = (err as { code?: unknown }).code;
  // A Redis that has just restarted answers LOADING until it has read its data back.
  return (typeof code === 'string' && NETWORK_CODES.has(code)) || err.message.startsWith('LOADING ');
}

/** A store call that failed: the store could not be reached, or it answered with an error. */
export type StoreFailure = 'unavailable' | 'error';

/**
 * The client as the store's methods use it: a command the connection cannot carry fails with
 * StoreUnavailableError (any other error, such as a script error, is passed on as it is); every
 * failure is reported to `failed`.
 */
function guarded(client: RedisClient, failed: (kind: StoreFailure, err: unknown) => void): RedisClient {
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((err: unknown) => {
          const unavailable = isConnectionError(err);
          failed(unavailable ? 'unavailable' : 'error', err);
          throw unavailable ? new StoreUnavailableError(err) : err;
        });
      };
    },
  });
}

/**
 * Client options for the store. Commands are never queued while the connection is down: they fail
 * at once (ClientOfflineError), so a phone hears `store_unavailable` in milliseconds and its
 * outbox retries, instead of every caller hanging until Redis is back. Reconnecting goes on in
 * the background, at most a second apart, so service resumes within a second of Redis returning.
 *
 * No command timeout: the client's timeout (5 s by default) only covers a command still waiting
 * to be written, which without the offline queue means only while the connection pushes back on
 * its writes (a lost connection still fails every waiting command at once), yet it costs every
 * command an `AbortSignal.timeout` whose timer fires five seconds later all the same, a
 * DOMException each (docs/performance.md: what that cost).
 */
export const REDIS_CLIENT_OPTIONS = {
  disableOfflineQueue: true,
  commandOptions: { timeout: 0 },
  socket: {
    connectTimeout: 2000,
    reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000),
  },
} as const;

export interface RedisStoreOptions {
  /** Prepended to every key (default "pledge-round:"). */
  prefix?: string;
}

/** The Redis store. Atomic writes are Lua scripts, run by SHA after the first call. */
export class RedisStore implements SessionStore {
  readonly kind = 'redis' as const;
  private readonly keys: ReturnType<typeof redisKeys>;
  private readonly shas = new Map<string, string>();
  /** The client for the store's own commands (see guarded). */
  private readonly redis: RedisClient;
  private readonly failureListeners = new Set<(kind: StoreFailure) => void>();

  constructor(
    /** Shared with the per-IP rate limiter, so one connection serves both. */
    readonly client: RedisClient,
    options: RedisStoreOptions = {},
  ) {
    this.keys = redisKeys(options.prefix ?? 'pledge-round:');
    this.redis = guarded(client, (kind, err) => {
      // A script missing after a Redis restart is loaded again at once (see script): not a failure.
      if (err instanceof Error && err.message.includes('NOSCRIPT')) return;
      for (const listener of this.failureListeners) listener(kind);
    });
  }

  /** Calls `listener` for every store call that fails; returns the function that stops it. */
  onFailure(listener: (kind: StoreFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** Resolves once Redis answers a PING; StoreUnavailableError at once while it cannot be reached. */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  /** Connects a client to `url`; callers own it through the returned store's close(). */
  static async connect(url: string, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const client = createClient({ url, ...REDIS_CLIENT_OPTIONS });
    client.on('error', () => {
      // Reconnection is automatic; commands issued meanwhile fail at once (store_unavailable).
    });
    await client.connect();
    return new RedisStore(client, options);
  }

  private async script(source: string, keys: string[], args: string[]): Promise<unknown> {
    let sha = this.shas.get(source);
    if (!sha) {
      sha = await this.redis.scriptLoad(source);
      this.shas.set(source, sha);
    }
    try {
      return await this.redis.evalSha(sha, { keys, arguments: args });
    } catch (err) {
      // After a Redis restart the script cache is empty: load again once.
      if (err instanceof Error && err.message.includes('NOSCRIPT')) {
        this.shas.delete(source);
        return this.script(source, keys, args);
      }
      throw err;
    }
  }

  async createSession(seed: SessionSeed): Promise<boolean> {
    return (await this.createSessions([seed])).ok;
  }

  async createSessions(seeds: SessionSeed[]): Promise<CreateSessionsResult> {
    const repeated = repeatedInBatch(seeds);
    if (repeated.takenJoinCodes.length > 0 || repeated.takenCodeKeys.length > 0) return { ok: false, ...repeated };
    const keys = [this.keys.sessionIndex];
    const batch = seeds.map((s) => {
      const inEvent = (key: (eventId: string) => string) => (s.eventId ? key(s.eventId) : this.keys.sessionIndex);
      keys.push(this.keys.joinCode(s.joinCode), this.keys.session(s.sessionId), inEvent(this.keys.eventSessions), inEvent(this.keys.eventCodes));
      const code = s.eventId && s.codeKey ? s.codeKey : '';
      return { id: s.sessionId, createdAt: String(s.createdAt), event: s.eventId ? 1 : 0, code, fields: Object.entries(s.fields).flat() };
    });
    const [takenJoin, takenCode] = (await this.script(CREATE_SESSIONS, keys, [JSON.stringify(batch)])) as [number[], number[]];
    if (takenJoin.length === 0 && takenCode.length === 0) return { ok: true };
    const at = (positions: number[]) => positions.map((i) => seeds[Number(i) - 1]!);
    return { ok: false, takenJoinCodes: at(takenJoin).map((s) => s.joinCode), takenCodeKeys: at(takenCode).map((s) => s.codeKey!) };
  }

  async listSessionIds(limit = 500, eventId?: string): Promise<string[]> {
    const key = eventId === undefined ? this.keys.sessionIndex : this.keys.eventSessions(eventId);
    return this.redis.zRange(key, 0, limit - 1, { REV: true }) as Promise<string[]>;
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    return (await this.redis.get(this.keys.joinCode(joinCode))) as string | null;
  }

  async getFields(sessionId: string, names: string[]): Promise<(string | null)[] | null> {
    const values = (await this.redis.hmGet(this.keys.session(sessionId), [fields.seq, ...names])) as (string | null)[];
    // seq exists in every session document, so its absence means there is no session.
    if (values[0] === null || values[0] === undefined) return null;
    return values.slice(1).map((v) => v ?? null);
  }

  async getAll(sessionId: string): Promise<Record<string, string> | null> {
    const all = (await this.redis.hGetAll(this.keys.session(sessionId))) as Record<string, string>;
    return Object.keys(all).length === 0 ? null : { ...all };
  }

  async commit(sessionId: string, expect: Expectation[], writes: Write[], claim?: PledgeClaim, code?: CodeChange): Promise<CommitResult> {
    const keys = [this.keys.session(sessionId)];
    const args = [String(expect.length)];
    for (const e of expect) args.push(e.field, e.value === null ? '0' : '1', e.value ?? '');
    for (const w of writes) args.push(w.field, w.value === null ? '0' : '1', w.value ?? '');
    if (code) {
      if (claim) throw new Error('a commit changes a session code or claims a pledge id, not both');
      keys.push(this.keys.eventCodes(code.eventId));
      args.push(code.from, code.to);
    } else if (claim) {
      keys.push(this.keys.pledgeId(claim.pledgeId), this.keys.record('followup', claim.pledgeId));
      args.push(sessionId, claim.followUp ?? '');
    }
    const seq = Number(await this.script(code ? COMMIT_CODE : COMMIT, keys, args));
    if (seq === -1) return { ok: false, reason: 'missing' };
    if (seq === -2) return { ok: false, reason: 'conflict' };
    if (seq === -3) return { ok: false, reason: 'taken' };
    if (seq === -4) return { ok: false, reason: 'code-taken' };
    return { ok: true, seq };
  }

  async pledgeSession(pledgeId: string): Promise<string | null> {
    return (await this.redis.get(this.keys.pledgeId(pledgeId))) as string | null;
  }

  async createEvent(eventId: string, createdAt: number, value: string): Promise<boolean> {
    const result = await this.script(CREATE_EVENT, [this.keys.record('event', eventId), this.keys.eventIndex], [eventId, String(createdAt), value]);
    return Number(result) === 1;
  }

  async listEventIds(limit = 500): Promise<string[]> {
    return this.redis.zRange(this.keys.eventIndex, 0, limit - 1, { REV: true }) as Promise<string[]>;
  }

  async getRecords(kind: RecordKind, ids: string[]): Promise<(string | null)[]> {
    if (ids.length === 0) return [];
    const values = (await this.redis.mGet(ids.map((id) => this.keys.record(kind, id)))) as (string | null)[];
    return values.map((v) => v ?? null);
  }

  async swapRecord(kind: RecordKind, id: string, expected: string | null, value: string): Promise<boolean> {
    const args = [expected === null ? '0' : '1', expected ?? '', value];
    return Number(await this.script(SWAP_RECORD, [this.keys.record(kind, id)], args)) === 1;
  }

  async react(sessionId: string, pledgeId: string, device: string, on: boolean): Promise<ReactResult> {
    const keys = [this.keys.reactions(sessionId), this.keys.reacted(sessionId, device), this.keys.session(sessionId)];
    const [count, changed, v] = (await this.script(REACT, keys, [pledgeId, on ? '1' : '0', fields.pledge(pledgeId), fields.device(device)])) as number[];
    if (Number(count) === -1) return 'missing';
    if (Number(count) === -2) return 'not-shown';
    if (Number(count) === -3) return 'own';
    return { count: Number(count), changed: Number(changed) === 1, v: Number(v) };
  }

  async reactionCounts(sessionId: string, pledgeIds?: string[]): Promise<ReactionFrame> {
    const key = this.keys.reactions(sessionId);
    if (pledgeIds === undefined) {
      const { [REACTION_VERSION]: v, ...counts } = (await this.redis.hGetAll(key)) as Record<string, string>;
      return { v: Number(v ?? 0), counts: Object.fromEntries(Object.entries(counts).map(([id, n]) => [id, Number(n)])) };
    }
    const values = (await this.redis.hmGet(key, [REACTION_VERSION, ...pledgeIds])) as (string | null)[];
    return { v: Number(values[0] ?? 0), counts: Object.fromEntries(pledgeIds.map((id, i) => [id, Number(values[i + 1] ?? 0)])) };
  }

  async reactedBy(sessionId: string, device: string): Promise<string[]> {
    const keys = [this.keys.reactions(sessionId), this.keys.reacted(sessionId, device), this.keys.viewerReactedBefore(sessionId, device)];
    return (await this.script(REACTED_BY, keys, [])) as string[];
  }

  async close(): Promise<void> {
    await closeClient(this.client);
  }
}

/**
 * Closes a client gracefully when Redis answers. A client still reconnecting gets a moment to
 * finish (its queued commands then complete); if Redis stays down it is dropped, because a
 * graceful close would wait for it forever.
 */
export async function closeClient(client: {
  isReady: boolean;
  isOpen: boolean;
  close(): Promise<void>;
  destroy(): void;
  once(event: 'ready', listener: () => void): unknown;
}) {
  try {
    if (client.isOpen && !client.isReady) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 3000);
        client.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (client.isReady) await client.close();
    else if (client.isOpen) client.destroy();
  } catch {
    // Already closing or closed: nothing left to release.
  }
}
