import type { Stage, WallOrder, WallView } from '../../shared/stage';
import type { ActivityAction } from '../../shared/domain';
import type { Result } from '../domain/result';
import * as stages from '../domain/stage';
import type { Pledge, SessionMeta } from '../domain/records';
import { fields } from '../store/fields';
import { decodeMeta, decodePledge, decodeStage, encode } from './codec';
import { onWalls } from './deltas';
import type { RoutedDelta } from './fanout';
import { notFound, type CommitPipeline, type Plan } from './pipeline';
import type { Principal } from './principal';

/** What the rule of a stage command reads besides the stage: the session's meta and, for the spotlight, a pledge. */
interface Read {
  meta: SessionMeta;
  pledge: Pledge | undefined;
}

/**
 * What moderators do to the stage: the walls' view and fill order, the spotlight, the speaking
 * order and the speaker called. Every change is one commit, delivered to walls, consoles and
 * phones as a `stage` delta, and a line in the activity log.
 */
export class StageCommands {
  constructor(
    private readonly pipeline: CommitPipeline,
    private readonly clock: () => number,
  ) {}

  setWall(principal: Principal, cmd: { view?: WallView; order?: WallOrder }) {
    return this.stageCommand(principal, null, (stage, _read, now) => stages.setWall(stage, cmd, now), (next) => ({
      action: 'wall',
      subject: '',
      detail: `${next.view} ${next.order}`,
    }));
  }

  spotlight(principal: Principal, pledgeId: string | null, rotateSeconds: number | null) {
    return this.stageCommand(
      principal,
      pledgeId,
      (stage, { pledge }, now) => stages.spotlight(stage, pledgeId, rotateSeconds, onWalls(pledge) ? pledge : undefined, now),
      (next, { pledge }) => ({
        action: 'spotlight',
        subject: next.spotlight ? (pledge?.name ?? '') : '',
        detail: next.spotlight ? (next.spotlight.rotateSeconds === null ? 'on' : `rotate ${next.spotlight.rotateSeconds}`) : 'off',
      }),
    );
  }

  order(principal: Principal, panelistIds: string[]) {
    return this.stageCommand(principal, null, (stage, { meta }, now) => stages.orderSpeakers(stage, panelistIds, meta.panelists, now), (next, { meta }) => ({
      action: 'speaking-order',
      subject: '',
      detail: next.speakingOrder.map((id) => meta.panelists.find((p) => p.id === id)?.name ?? '').join(', '),
    }));
  }

  call(principal: Principal, panelistId: string | null) {
    return this.stageCommand(principal, null, (stage, { meta }, now) => stages.callSpeaker(stage, panelistId, meta.panelists, now), (next, { meta }) => ({
      action: 'call',
      subject: next.speaker ? (meta.panelists.find((p) => p.id === next.speaker!.panelistId)?.name ?? '') : '',
    }));
  }

  private stageCommand(
    principal: Principal,
    pledgeId: string | null,
    rule: (stage: Stage, read: Read, now: number) => Result<Stage>,
    logged: (next: Stage, read: Read) => { action: ActivityAction; subject: string; detail?: string },
  ): Promise<Result<{ stage: Stage }>> {
    const names = [fields.stage, fields.meta, ...(pledgeId ? [fields.pledge(pledgeId)] : [])];
    return this.pipeline.mutate(principal, principal.sessionId, names, ([rawStage, rawMeta, rawPledge]) => {
      const meta = decodeMeta(rawMeta);
      if (!meta) return notFound;
      const now = this.clock();
      const stage = decodeStage(rawStage, meta.createdAt);
      const read = { meta, pledge: decodePledge(rawPledge) };
      const next = rule(stage, read, now);
      if (!next.ok) return next;
      if (next.value === stage) return { ok: true, value: { expect: [], writes: [], value: { stage } } };
      return {
        ok: true,
        value: {
          // A spotlit pledge must still be on the walls when the stage is written.
          expect: [
            { field: fields.stage, value: rawStage ?? null },
            ...(pledgeId && next.value.spotlight ? [{ field: fields.pledge(pledgeId), value: rawPledge ?? null }] : []),
          ],
          writes: [{ field: fields.stage, value: encode(next.value) }],
          value: { stage: next.value },
          deltas: [{ to: [{ kind: 'readers' }, { kind: 'moderators' }, { kind: 'phones' }], delta: { kind: 'stage', stage: next.value } }],
          activity: logged(next.value, read),
        },
      };
    });
  }
}

export type StageChange = Pick<Plan<unknown>, 'expect' | 'writes'> & { deltas: RoutedDelta[] };
export const noStageChange: StageChange = { expect: [], writes: [], deltas: [] };

/** The stage without its spotlight, as one more expectation, write and delta of a commit; nothing when none is on. */
export function spotlightCleared(rawStage: string | null | undefined, now: number): StageChange {
  return withoutSpotlight(rawStage, decodeStage(rawStage, now), now);
}

/**
 * The stage without its called speaker (the round closed: their turn is over, so no wall says
 * "Speaking now" any longer), as one more expectation, write and delta; nothing when none is called.
 */
export function speakerCleared(rawStage: string | null | undefined, now: number): StageChange {
  const stage = decodeStage(rawStage, now);
  return stage.speaker === null ? noStageChange : stageWritten(rawStage, { ...stage, speaker: null, updatedAt: now });
}

/** spotlightCleared, for a stage already decoded from `rawStage` (which the commit expects unchanged). */
function withoutSpotlight(rawStage: string | null | undefined, stage: Stage, now: number): StageChange {
  return stage.spotlight === null ? noStageChange : stageWritten(rawStage, { ...stage, spotlight: null, updatedAt: now });
}

/** The next stage written in place of `rawStage` (expected unchanged), and its delta to everyone. */
function stageWritten(rawStage: string | null | undefined, next: Stage): StageChange {
  return {
    expect: [{ field: fields.stage, value: rawStage ?? null }],
    writes: [{ field: fields.stage, value: encode(next) }],
    deltas: [{ to: [{ kind: 'readers' }, { kind: 'moderators' }, { kind: 'phones' }], delta: { kind: 'stage', stage: next } }],
  };
}

/**
 * A pledge that leaves the walls (hidden, rejected, back to pending, made record-only) leaves the
 * spotlight too, in the same commit: the stage's expectation, write and delta when it was spotlit.
 */
export function spotlightLeaves(rawStage: string | null | undefined, previous: Pledge | undefined, next: Pledge, now: number): StageChange {
  const stage = decodeStage(rawStage, now);
  if (stage.spotlight?.pledgeId !== next.id || !onWalls(previous) || onWalls(next)) return noStageChange;
  return withoutSpotlight(rawStage, stage, now);
}
