import type { ReactResult, CodeChange, CommitResult, CreateSessionsResult, Expectation, PledgeClaim, RecordKind, SessionSeed, SessionStore, Write } from './types';
import { repeatedInBatch, scopedCode } from './batch';
import type { ReactionFrame } from '../../shared/protocol';
import { isPublic } from '../domain/registry';
import { authoredBy, decodeDeviceRef, withPledgeDefaults, type Pledge } from '../domain/records';
import { fields } from './fields';

/**
 * The embedded store: everything lives in this process and is gone when it exits.
 * Every method finishes its work synchronously before returning its promise, so each call is
 * atomic with respect to every other, which is exactly the guarantee the Redis Lua scripts give.
 * Values are kept as strings, as in Redis, so no caller can mutate stored state by reference.
 */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const;
  private readonly docs = new Map<string, Map<string, string>>();
  private readonly joinCodes = new Map<string, string>();
  private readonly pledgeIds = new Map<string, string>();
  private readonly index: { id: string; createdAt: number; eventId: string | null }[] = [];
  private readonly records = new Map<string, string>();
  /** "<eventId>\n<code key>" of every session code taken within an event. */
  private readonly eventCodes = new Set<string>();
  private readonly events: { id: string; createdAt: number }[] = [];
  /** Per session: the reaction version, counts by pledge, and each device's supported pledges. */
  private readonly reactions = new Map<string, { v: number; counts: Map<string, number>; byDevice: Map<string, Set<string>> }>();

  async createSession(seed: SessionSeed): Promise<boolean> {
    return (await this.createSessions([seed])).ok;
  }

  async createSessions(seeds: SessionSeed[]): Promise<CreateSessionsResult> {
    const repeated = repeatedInBatch(seeds);
    const scoped = seeds.map(scopedCode);
    const takenJoinCodes = [
      ...new Set([...seeds.filter((s) => this.joinCodes.has(s.joinCode) || this.docs.has(s.sessionId)).map((s) => s.joinCode), ...repeated.takenJoinCodes]),
    ];
    const takenCodeKeys = [...new Set([...seeds.filter((_s, i) => this.eventCodes.has(scoped[i]!)).map((s) => s.codeKey!), ...repeated.takenCodeKeys])];
    if (takenJoinCodes.length > 0 || takenCodeKeys.length > 0) return { ok: false, takenJoinCodes, takenCodeKeys };
    for (const [i, seed] of seeds.entries()) {
      this.joinCodes.set(seed.joinCode, seed.sessionId);
      this.docs.set(seed.sessionId, new Map([...Object.entries(seed.fields), [fields.seq, '0']]));
      this.index.push({ id: seed.sessionId, createdAt: seed.createdAt, eventId: seed.eventId ?? null });
      if (scoped[i]) this.eventCodes.add(scoped[i]!);
    }
    return { ok: true };
  }

  async listSessionIds(limit = 500, eventId?: string): Promise<string[]> {
    return newestFirst(this.index.filter((e) => eventId === undefined || e.eventId === eventId)).slice(0, limit);
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    return this.joinCodes.get(joinCode) ?? null;
  }

  async getFields(sessionId: string, names: string[]): Promise<(string | null)[] | null> {
    const doc = this.docs.get(sessionId);
    return doc ? names.map((n) => doc.get(n) ?? null) : null;
  }

  async getAll(sessionId: string): Promise<Record<string, string> | null> {
    const doc = this.docs.get(sessionId);
    return doc ? Object.fromEntries(doc) : null;
  }

  async commit(sessionId: string, expect: Expectation[], writes: Write[], claim?: PledgeClaim, code?: CodeChange): Promise<CommitResult> {
    const doc = this.docs.get(sessionId);
    if (!doc) return { ok: false, reason: 'missing' };
    const holder = claim && this.pledgeIds.get(claim.pledgeId);
    if (holder && holder !== sessionId) return { ok: false, reason: 'taken' };
    for (const e of expect) if ((doc.get(e.field) ?? null) !== e.value) return { ok: false, reason: 'conflict' };
    const scoped = (key: string) => (code && key ? `${code.eventId}\n${key}` : '');
    if (code && code.to !== code.from && scoped(code.to) && this.eventCodes.has(scoped(code.to))) return { ok: false, reason: 'code-taken' };
    if (code && code.to !== code.from) {
      this.eventCodes.delete(scoped(code.from));
      if (scoped(code.to)) this.eventCodes.add(scoped(code.to));
    }
    for (const w of writes) {
      if (w.value === null) doc.delete(w.field);
      else doc.set(w.field, w.value);
    }
    if (claim) {
      this.pledgeIds.set(claim.pledgeId, sessionId);
      const record = `followup:${claim.pledgeId}`;
      if (claim.followUp !== null && !this.records.has(record)) this.records.set(record, claim.followUp);
    }
    const seq = Number(doc.get(fields.seq) ?? '0') + 1;
    doc.set(fields.seq, String(seq));
    return { ok: true, seq };
  }

  async pledgeSession(pledgeId: string): Promise<string | null> {
    return this.pledgeIds.get(pledgeId) ?? null;
  }

  async createEvent(eventId: string, createdAt: number, value: string): Promise<boolean> {
    const key = `event:${eventId}`;
    if (this.records.has(key)) return false;
    this.records.set(key, value);
    this.events.push({ id: eventId, createdAt });
    return true;
  }

  async listEventIds(limit = 500): Promise<string[]> {
    return newestFirst(this.events).slice(0, limit);
  }

  async getRecords(kind: RecordKind, ids: string[]): Promise<(string | null)[]> {
    return ids.map((id) => this.records.get(`${kind}:${id}`) ?? null);
  }

  async swapRecord(kind: RecordKind, id: string, expected: string | null, value: string): Promise<boolean> {
    const key = `${kind}:${id}`;
    if ((this.records.get(key) ?? null) !== expected) return false;
    this.records.set(key, value);
    return true;
  }

  async react(sessionId: string, pledgeId: string, device: string, on: boolean): Promise<ReactResult> {
    const doc = this.docs.get(sessionId);
    if (!doc) return 'missing';
    const raw = doc.get(fields.pledge(pledgeId));
    const pledge = on && raw ? withPledgeDefaults(JSON.parse(raw) as Pledge) : undefined;
    if (on && !(pledge && isPublic(pledge))) return 'not-shown';
    const held = pledge && doc.get(fields.device(device));
    if (pledge && held && authoredBy(pledge, decodeDeviceRef(JSON.parse(held)))) return 'own';
    let r = this.reactions.get(sessionId);
    if (!r) this.reactions.set(sessionId, (r = { v: 0, counts: new Map(), byDevice: new Map() }));
    const mine = r.byDevice.get(device) ?? new Set<string>();
    r.byDevice.set(device, mine);
    const changed = on !== mine.has(pledgeId);
    if (changed) {
      if (on) mine.add(pledgeId);
      else mine.delete(pledgeId);
      r.counts.set(pledgeId, (r.counts.get(pledgeId) ?? 0) + (on ? 1 : -1));
      r.v++;
    }
    return { count: r.counts.get(pledgeId) ?? 0, changed, v: r.v };
  }

  async reactionCounts(sessionId: string, pledgeIds?: string[]): Promise<ReactionFrame> {
    const r = this.reactions.get(sessionId);
    if (!r) return { v: 0, counts: Object.fromEntries((pledgeIds ?? []).map((id) => [id, 0])) };
    const ids = pledgeIds ?? [...r.counts.keys()];
    return { v: r.v, counts: Object.fromEntries(ids.map((id) => [id, r.counts.get(id) ?? 0])) };
  }

  async reactedBy(sessionId: string, device: string): Promise<string[]> {
    return [...(this.reactions.get(sessionId)?.byDevice.get(device) ?? [])];
  }

  async close(): Promise<void> {}
}

/** Newest first; ties broken by id, descending, as Redis orders equal scores in ZRANGE REV. */
function newestFirst(entries: { id: string; createdAt: number }[]): string[] {
  return [...entries].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)).map((e) => e.id);
}
