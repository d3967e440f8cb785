import type { Actor, Pledge } from '../../shared/schemas';
import { moderate, type ModerationAction } from '../domain/moderation';
import { fail, type Result } from '../domain/result';
import { fields } from '../store/fields';
import type { Expectation, Write } from '../store/types';
import { decodeMeta, decodePledge, encode } from './codec';
import { pledgeDeltas } from './deltas';
import type { RoutedDelta } from './fanout';
import type { CommitPipeline } from './pipeline';
import type { Principal } from './principal';
import type { RegistryCache } from './registry-cache';
import { spotlightLeaves } from './stage-commands';

/** Who the activity log names for a pledge: its author, or "anonymous" (''). */
const authorOf = (p: Pledge) => p.name;

/**
 * A hidden or shown-again pledge's log line says whether it is public or record-only: hiding one
 * takes it off the walls, the other out of the record.
 */
const visibilityOf = (p: Pledge) => p.visibility;

/**
 * The moderation queue: approve, reject with a reason, hide, show again, fix a typo, approve all.
 * Walls hear of a pledge only while it is visible and public; every change reaches the
 * moderators and the pledge's author at once.
 */
export class ModerationCommands {
  constructor(
    private readonly pipeline: CommitPipeline,
    private readonly clock: () => number,
    private readonly registry?: RegistryCache,
  ) {}

  approve(principal: Principal, pledgeId: string, basedOn: number) {
    return this.apply(principal, pledgeId, { kind: 'approve', basedOn }, 'approve');
  }

  reject(principal: Principal, pledgeId: string, reason: string) {
    return this.apply(principal, pledgeId, { kind: 'reject', reason }, 'reject', () => reason);
  }

  hide(principal: Principal, pledgeId: string) {
    return this.apply(principal, pledgeId, { kind: 'hide' }, 'hide', visibilityOf);
  }

  unhide(principal: Principal, pledgeId: string) {
    return this.apply(principal, pledgeId, { kind: 'unhide' }, 'unhide', visibilityOf);
  }

  /** The fix's version is written by the moderator as the session names them when it commits. */
  fix(principal: Principal, pledgeId: string, text: string, basedOn: number) {
    return this.apply(principal, pledgeId, (by) => (by.role === 'moderator' ? { kind: 'fix', text, basedOn, by } : null), 'edit');
  }

  private apply(
    principal: Principal,
    pledgeId: string,
    action: ModerationAction | ((actor: Actor) => ModerationAction | null),
    logged: 'approve' | 'reject' | 'hide' | 'unhide' | 'edit',
    detail: (pledge: Pledge) => string = () => '',
  ): Promise<Result<{ pledge: Pledge }>> {
    return this.pipeline.mutate(principal, principal.sessionId, [fields.pledge(pledgeId), fields.meta, fields.stage], ([raw, rawMeta, rawStage], actor) => {
      const chosen = typeof action === 'function' ? action(actor) : action;
      if (!chosen) return fail('forbidden', 'Only a moderator can do this.');
      const previous = decodePledge(raw);
      const next = moderate(previous, chosen, this.clock());
      if (!next.ok) {
        // The moderator's copy was stale: answer with the stored pledge so the console shows it.
        return next.error.code === 'pledge_changed' && previous ? { ...next, error: { ...next.error, current: previous } } : next;
      }
      if (next.value === previous) return { ok: true, value: { expect: [], writes: [], value: { pledge: previous } } };
      const eventId = decodeMeta(rawMeta)?.eventId ?? null;
      const spotlight = spotlightLeaves(rawStage, previous, next.value, this.clock());
      return {
        ok: true,
        value: {
          expect: [{ field: fields.pledge(pledgeId), value: raw ?? null }, ...spotlight.expect],
          writes: [{ field: fields.pledge(pledgeId), value: encode(next.value) }, ...spotlight.writes],
          value: { pledge: next.value },
          deltas: [...pledgeDeltas(previous, next.value, eventId), ...spotlight.deltas],
          activity: { action: logged, subject: authorOf(next.value), detail: detail(next.value) },
          after: () => this.registry?.forget(eventId),
        },
      };
    });
  }

  /**
   * Shows every pledge the moderator saw waiting, each only in the version they saw: one changed
   * since (or already moderated by the other console) is left as it is and counted as skipped.
   */
  async approveAll(principal: Principal, seen: { pledgeId: string; basedOn: number }[]): Promise<Result<{ approved: number; skipped: number }>> {
    const ids = [...new Set(seen.map((p) => p.pledgeId))];
    const basedOn = new Map(seen.map((p) => [p.pledgeId, p.basedOn]));
    return this.pipeline.mutate(principal, principal.sessionId, [fields.meta, ...ids.map(fields.pledge)], ([rawMeta, ...raw]) => {
      const eventId = decodeMeta(rawMeta)?.eventId ?? null;
      const expect: Expectation[] = [];
      const writes: Write[] = [];
      const deltas: RoutedDelta[] = [];
      const names: string[] = [];
      raw.forEach((r, i) => {
        const previous = decodePledge(r);
        const next = moderate(previous, { kind: 'approve', basedOn: basedOn.get(ids[i]!)! }, this.clock());
        if (!previous || !next.ok) return;
        expect.push({ field: fields.pledge(ids[i]!), value: r });
        writes.push({ field: fields.pledge(ids[i]!), value: encode(next.value) });
        deltas.push(...pledgeDeltas(previous, next.value, eventId));
        names.push(authorOf(next.value) || '—');
      });
      return {
        ok: true,
        value: {
          expect,
          writes,
          value: { approved: writes.length, skipped: ids.length - writes.length },
          deltas,
          activity: writes.length ? { action: 'approve-all', subject: names.join(', '), detail: String(writes.length) } : undefined,
          after: () => this.registry?.forget(eventId),
        },
      };
    });
  }
}
