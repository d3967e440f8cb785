import type { Panelist, Pledge } from '../../shared/schemas';
import { speakingOrder, type Stage, type WallOrder, type WallView } from '../../shared/stage';
import { fail, ok, type Result } from './result';

/**
 * The stage's rules: (stage, command, now) -> the next stage, or the same object when nothing
 * changes (then nothing is written or logged).
 */

export function setWall(stage: Stage, cmd: { view?: WallView; order?: WallOrder }, now: number): Result<Stage> {
  const view = cmd.view ?? stage.view;
  const order = cmd.order ?? stage.order;
  if (view === stage.view && order === stage.order) return ok(stage);
  return ok({ ...stage, view, order, updatedAt: now });
}

/**
 * Puts a pledge in the spotlight, or clears it (null). Only a pledge the walls show can be
 * spotlit; choosing the pledge already there with the same rotation changes nothing, so two
 * moderators pressing "next" at once land on one pledge, once.
 */
export function spotlight(stage: Stage, pledgeId: string | null, rotateSeconds: number | null, shown: Pledge | undefined, now: number): Result<Stage> {
  if (pledgeId === null) return stage.spotlight === null ? ok(stage) : ok({ ...stage, spotlight: null, updatedAt: now });
  if (!shown) return fail('pledge_not_found', 'Only a pledge shown on the wall can be spotlit.');
  const current = stage.spotlight;
  if (current?.pledgeId === pledgeId && current.rotateSeconds === rotateSeconds) return ok(stage);
  return ok({ ...stage, spotlight: { pledgeId, rotateSeconds, since: now }, updatedAt: now });
}

/** The speaking order: every panelist of the session, each once. */
export function orderSpeakers(stage: Stage, panelistIds: string[], panel: Panelist[], now: number): Result<Stage> {
  const known = new Set(panel.map((p) => p.id));
  const unique = new Set(panelistIds);
  if (unique.size !== panelistIds.length || unique.size !== known.size || panelistIds.some((id) => !known.has(id))) {
    return fail('invalid_payload', 'List every panelist of the session once, in speaking order.');
  }
  if (panelistIds.join('\n') === speakingOrder(stage, panel).join('\n')) return ok(stage);
  return ok({ ...stage, speakingOrder: panelistIds, updatedAt: now });
}

/** Calls a panelist to speak (null: nobody). Calling the one already called changes nothing. */
export function callSpeaker(stage: Stage, panelistId: string | null, panel: Panelist[], now: number): Result<Stage> {
  if (panelistId !== null && !panel.some((p) => p.id === panelistId)) return fail('panelist_not_found', 'No such panelist in this session.');
  if ((stage.speaker?.panelistId ?? null) === panelistId) return ok(stage);
  return ok({ ...stage, speaker: panelistId === null ? null : { panelistId, at: now }, updatedAt: now });
}
