import type { Pledge, RoundState } from '../shared/schemas';
import { speakingOrder, type Stage, type WallView } from '../shared/stage';

/**
 * What the walls show and in which order, worked out alike by every wall and by the consoles
 * (which show what the walls show and step the spotlight through the same order).
 */

/** A view a wall actually shows: `auto` resolved. */
export type ShownView = Exclude<WallView, 'auto'>;

/**
 * The view to show: the address's, else the console's (`stage.view`). `auto` follows the round:
 * the holding screen until the first pledge shows (draft, or open with none yet: the room sees the
 * QR code large while it joins), the grid once pledges are there (or the round closed without
 * any), the spotlight while the stage spotlights a pledge this wall shows. A spotlight on a pledge
 * this wall does not show (hidden since) is the grid.
 */
export function resolveView(asked: WallView | null, stage: Stage | null, round: RoundState, shown: number, spotlit: boolean): ShownView {
  const view = asked ?? stage?.view ?? 'auto';
  if (view === 'spotlight') return spotlit ? 'spotlight' : 'grid';
  if (view !== 'auto') return view;
  if (spotlit) return 'spotlight';
  return shown === 0 && round !== 'closed' ? 'holding' : 'grid';
}

const byArrival = (a: Pledge, b: Pledge) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);
const newestFirst = (a: Pledge, b: Pledge) => byArrival(b, a);

type Order = Pick<Stage, 'order' | 'speakingOrder'> | null;

/** Each pledge's place in speaking order: panelists by their turn, then everyone else. */
function turns(stage: Pick<Stage, 'speakingOrder'>, panel: readonly { id: string }[]): (p: Pledge) => number {
  const turn = new Map(speakingOrder(stage, [...panel]).map((id, i) => [id, i]));
  return (p) => (p.authorRole === 'panelist' ? (turn.get(p.participantId) ?? turn.size) : turn.size + 1);
}

/**
 * The grid's order: newest first; in speaking order (`stage.order` 'speakers'), the panel's
 * pledges by their author's turn, then the audience's, newest first among them.
 */
export function gridOrder(shown: readonly Pledge[], stage: Order, panel: readonly { id: string }[]): Pledge[] {
  if (stage?.order !== 'speakers') return [...shown].sort(newestFirst);
  const rank = turns(stage, panel);
  return [...shown].sort((a, b) => rank(a) - rank(b) || newestFirst(a, b));
}

/**
 * The order the spotlight steps through (next, previous, rotation), as the consoles step through
 * it: as the pledges arrived (oldest first: "next" is the one that came after) or, in speaking
 * order, the panel's by their turn and then the audience's as they arrived.
 */
export function spotlightOrder(shown: readonly Pledge[], stage: Order, panel: readonly { id: string }[]): Pledge[] {
  if (stage?.order !== 'speakers') return [...shown].sort(byArrival);
  const rank = turns(stage, panel);
  return [...shown].sort((a, b) => rank(a) - rank(b) || byArrival(a, b));
}

export interface Spotlit {
  pledge: Pledge;
  /** 0-based place in the spotlight's order, and its length. */
  index: number;
  total: number;
  /** While it rotates: when this pledge came on (server time) and how long it stays. */
  turn: { from: number; ms: number } | null;
}

/**
 * The pledge in the spotlight at `now` (server time): the one spotlit, moved on one place every
 * `rotateSeconds` from `since`. Every wall works it out alike from the stage and the clock, so all
 * show the same pledge at the same moment without a timer on the server. null when nothing is
 * spotlit or this wall does not show the pledge.
 */
export function spotlitAt(stage: Stage | null, sequence: readonly Pledge[], now: number): Spotlit | null {
  const spot = stage?.spotlight;
  if (!spot) return null;
  const start = sequence.findIndex((p) => p.id === spot.pledgeId);
  if (start < 0) return null;
  const total = sequence.length;
  if (!spot.rotateSeconds) return { pledge: sequence[start]!, index: start, total, turn: null };
  const ms = spot.rotateSeconds * 1000;
  const steps = Math.max(0, Math.floor((now - spot.since) / ms));
  const index = (start + steps) % total;
  return { pledge: sequence[index]!, index, total, turn: { from: spot.since + steps * ms, ms } };
}
