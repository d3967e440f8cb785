import { create } from 'zustand';
import type { ReactionAck, ReactionFrame } from '../../shared/protocol';

/**
 * Support counts of the pledges on the wall, and which of them this device supports. Counts come
 * in snapshots and frames, each read at a reaction version; frames from several server processes
 * may cross, so each pledge keeps the count of the highest version seen.
 */
interface ReactionState {
  counts: Record<string, number>;
  /** Pledge ids this device supports. */
  mine: Record<string, true>;
}

export const useReactions = create<ReactionState>()(() => ({ counts: {}, mine: {} }));

/** The version each pledge's count was read at. */
const versions = new Map<string, number>();

export function applyReactions(frame: ReactionFrame): void {
  const fresh: Record<string, number> = {};
  for (const [id, count] of Object.entries(frame.counts)) {
    const v = frame.versions?.[id] ?? frame.v;
    if ((versions.get(id) ?? -1) > v) continue;
    versions.set(id, v);
    fresh[id] = count;
  }
  if (Object.keys(fresh).length > 0) useReactions.setState((s) => ({ counts: { ...s.counts, ...fresh } }));
}

/** A snapshot's counts and, when it is the newest view of this device, the pledges it supports. */
export function applyReactionSnapshot(frame: ReactionFrame, reacted: string[] | null): void {
  applyReactions(frame);
  if (reacted) useReactions.setState({ mine: Object.fromEntries(reacted.map((id) => [id, true] as const)) });
}

/** This device's own tap, as its acknowledgement confirmed it. */
export function applyOwnReaction({ pledgeId, on, count, v }: ReactionAck): void {
  useReactions.setState((s) => {
    const mine = { ...s.mine };
    if (on) mine[pledgeId] = true;
    else delete mine[pledgeId];
    return { mine };
  });
  applyReactions({ v, counts: { [pledgeId]: count } });
}

export function resetReactions(): void {
  versions.clear();
  useReactions.setState({ counts: {}, mine: {} }, true);
}
