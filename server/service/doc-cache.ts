import { fields } from '../store/fields';
import type { SessionStore } from '../store/types';
import { decodeDoc, type SessionDoc } from './codec';

/**
 * Serves full-state reads (snapshots for joining and reconnecting clients) from one decoded copy
 * per session while nothing changed. Every commit bumps the session's `seq`, so a copy is reused
 * only after a cheap check that the stored `seq` is still the copy's; concurrent loads of the same
 * session share one read. After a deploy, thousands of walls reconnecting cost a handful of
 * `HGETALL`s instead of one each.
 */
export class DocCache {
  private readonly docs = new Map<string, SessionDoc>();
  private readonly inflight = new Map<string, Promise<SessionDoc | null>>();

  constructor(
    private readonly store: SessionStore,
    private readonly maxSessions = 200,
  ) {}

  async load(sessionId: string): Promise<SessionDoc | null> {
    const cached = this.docs.get(sessionId);
    const seqNow = await this.store.getFields(sessionId, [fields.seq]);
    if (!seqNow) return null;
    const seq = Number(seqNow[0]);
    if (cached && cached.seq === seq) return cached;
    const pending = this.inflight.get(sessionId);
    if (pending) {
      const doc = await pending;
      if (doc && doc.seq >= seq) return doc;
    }
    return this.read(sessionId);
  }

  private read(sessionId: string): Promise<SessionDoc | null> {
    const promise = this.store.getAll(sessionId).then((all) => {
      if (!all) return null;
      const doc = decodeDoc(all);
      const held = this.docs.get(sessionId);
      if (!held || held.seq <= doc.seq) {
        this.docs.delete(sessionId); // re-insert: the Map's order is the eviction order
        this.docs.set(sessionId, doc);
        if (this.docs.size > this.maxSessions) this.docs.delete(this.docs.keys().next().value!);
      }
      return doc;
    });
    this.inflight.set(sessionId, promise);
    const clear = () => {
      if (this.inflight.get(sessionId) === promise) this.inflight.delete(sessionId);
    };
    promise.then(clear, clear);
    return promise;
  }
}
