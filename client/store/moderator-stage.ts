/**
 * What the console sends to direct the walls: their view and fill order, the spotlight (with its
 * neighbours and rotation), the panel's speaking order and the speaker called. The stage itself
 * comes through the session store; an acknowledgement's copy is kept here while it is newer
 * (acks carry no seq), so the console moves on without waiting for the broadcast.
 */
import { create } from 'zustand';
import type { Panelist, Pledge } from '../../shared/schemas';
import { speakingOrder, type Stage, type WallOrder, type WallView } from '../../shared/stage';
import { emitWithAck } from '../socket';
import { run, useModerator } from './moderator-state';
import { useSession } from './session';

interface StageDrafts {
  /** The stage from the latest acknowledgement; shown while newer than the session's. */
  acked: Stage | null;
  /** The speaking order moved here and not yet acknowledged; null follows the stage. */
  order: string[] | null;
  /** Rotation chosen while nothing is spotlit, used by the next spotlight. */
  rotate: number | null;
  /** The walls' view and order chosen here and not yet confirmed; null follows the stage. */
  wall: WallChoice | null;
}

export interface WallChoice {
  view: WallView;
  order: WallOrder;
}

const initialDrafts: StageDrafts = { acked: null, order: null, rotate: null, wall: null };

export const useStageDrafts = create<StageDrafts>()(() => initialDrafts);

export function resetStageDrafts(): void {
  clearTimeout(wallTimer);
  useStageDrafts.setState(initialDrafts, true);
}

/** Rotation choices of the spotlight card, in seconds (null: stays until moved). */
export const ROTATE_CHOICES = [null, 10, 20, 30, 60] as const;

/** The newer of the broadcast stage and the last acknowledged one. */
export function newerStage(session: Stage | null, acked: Stage | null): Stage | null {
  if (!acked) return session;
  if (!session) return acked;
  return acked.updatedAt > session.updatedAt ? acked : session;
}

export function useStage(): Stage | null {
  const session = useSession((s) => s.stage);
  const acked = useStageDrafts((s) => s.acked);
  return newerStage(session, acked);
}

function currentStage(): Stage | null {
  return newerStage(useSession.getState().stage, useStageDrafts.getState().acked);
}

/** The neighbours of a pledge in the sequence, wrapping at the ends; with none, the first and the last. */
export function neighbours(sequence: readonly Pledge[], current: Pledge | null): { previous: Pledge | null; next: Pledge | null } {
  const n = sequence.length;
  if (n === 0) return { previous: null, next: null };
  const i = current ? sequence.findIndex((p) => p.id === current.id) : -1;
  if (i < 0) return { previous: sequence[n - 1]!, next: sequence[0]! };
  if (n === 1) return { previous: null, next: null };
  return { previous: sequence[(i - 1 + n) % n]!, next: sequence[(i + 1) % n]! };
}

function takeStage(res: { ok: true; stage: Stage } | { ok: false } | null): void {
  if (res?.ok) useStageDrafts.setState((s) => ({ acked: newerStage(s.acked, res.stage) }));
}

/** The rotation the card shows: the spotlight's own, else the one chosen for the next. */
export function shownRotation(stage: Stage | null, chosen: number | null): number | null {
  return stage?.spotlight ? stage.spotlight.rotateSeconds : chosen;
}

/**
 * Puts a pledge in the spotlight, keeping the rotation shown. Next and previous name the
 * neighbour, never a step, so two consoles pressing "next" at once land on one pledge.
 */
export async function spotlightPledge(pledgeId: string, key: 'spotlight' | `spotlight:${string}` = 'spotlight'): Promise<void> {
  const rotateSeconds = shownRotation(currentStage(), useStageDrafts.getState().rotate);
  takeStage(await run(key, (s) => emitWithAck(s, 'stage:spotlight', { pledgeId, rotateSeconds })));
}

export async function clearSpotlight(): Promise<void> {
  takeStage(await run('spotlight', (s) => emitWithAck(s, 'stage:spotlight', { pledgeId: null, rotateSeconds: null })));
}

/** A new rotation applies to the pledge on the walls now (from now on), or to the next spotlight. */
export async function chooseRotation(rotateSeconds: number | null, onWallsNow: Pledge | null): Promise<void> {
  useStageDrafts.setState({ rotate: rotateSeconds });
  if (!onWallsNow || !currentStage()?.spotlight) return;
  takeStage(await run('spotlight', (s) => emitWithAck(s, 'stage:spotlight', { pledgeId: onWallsNow.id, rotateSeconds })));
}

/** The view and order the walls card shows: its unconfirmed choice, else the stage's. */
export function shownWall(stage: Stage | null, draft: WallChoice | null): WallChoice {
  return draft ?? { view: stage?.view ?? 'auto', order: stage?.order ?? 'time' };
}

/**
 * A choice applies to every wall following the console; a moderator stepping through the views
 * with the arrow keys switches the walls only where they stop.
 */
const WALL_SETTLE_MS = 400;
let wallTimer: ReturnType<typeof setTimeout> | undefined;

export function chooseWall(change: Partial<WallChoice>): void {
  const next = { ...shownWall(currentStage(), useStageDrafts.getState().wall), ...change };
  useStageDrafts.setState({ wall: next });
  clearTimeout(wallTimer);
  wallTimer = setTimeout(() => void sendWall(next), WALL_SETTLE_MS);
}

async function sendWall(choice: WallChoice): Promise<void> {
  takeStage(await run('wall', (s) => emitWithAck(s, 'stage:wall', choice)));
  // A newer choice made meanwhile stays until it is sent too; a refused one goes back to the stage's.
  const draft = useStageDrafts.getState().wall;
  if (draft?.view === choice.view && draft.order === choice.order) useStageDrafts.setState({ wall: null });
}

/** The speaking order shown: the one being sent, else the stage's rule (shared/stage.ts). */
export function shownOrder(stage: Stage | null, draft: string[] | null, panel: readonly Panelist[]): string[] {
  if (draft && draft.length === panel.length && panel.every((p) => draft.includes(p.id))) return draft;
  return speakingOrder(stage ?? { speakingOrder: [] }, [...panel]);
}

/** Moves one panelist to `to` (0-based) and sends the whole list; shown at once, undone if refused. */
export async function movePanelist(order: readonly string[], panelistId: string, to: number): Promise<boolean> {
  const from = order.indexOf(panelistId);
  if (from < 0 || to < 0 || to >= order.length || from === to || useModerator.getState().pending.order) return false;
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, panelistId);
  useStageDrafts.setState({ order: next });
  const res = await run('order', (s) => emitWithAck(s, 'stage:order', { panelistIds: next }));
  takeStage(res);
  useStageDrafts.setState({ order: null });
  return !!res?.ok;
}

/** Calls a panelist to speak (null ends the turn). */
export async function callSpeaker(panelistId: string | null, key: 'call' | `call:${string}` = 'call'): Promise<void> {
  takeStage(await run(key, (s) => emitWithAck(s, 'stage:call', { panelistId })));
}

/** Who "Call next" calls: the one after the current speaker in speaking order, the first when nobody speaks. */
export function nextSpeaker(order: readonly string[], speaker: string | null): string | null {
  if (speaker === null) return order[0] ?? null;
  const i = order.indexOf(speaker);
  return i < 0 ? (order[0] ?? null) : (order[i + 1] ?? null);
}
