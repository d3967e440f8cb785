import { create } from 'zustand';
import type { Identity, SessionSnapshot } from '../../shared/protocol';
import type { PanelEntry, PanelistStatus, Pledge, Round, SessionInfo } from '../../shared/schemas';

/**
 * What the server told us about the session: replaced wholesale by every snapshot, then patched by
 * deltas. Written only by the socket listeners in ./live (outside React) and by acks.
 */
interface SessionState {
  session: SessionInfo | null;
  round: Round | null;
  /** Live status per panelist id. */
  panel: Record<string, PanelistStatus>;
  /** Newest first. */
  pledges: Pledge[];
  you: Identity | null;
  /** seq of the last snapshot: deltas at or below it are already included in it. */
  baseSeq: number;
  /** serverNow - Date.now() when the snapshot arrived; corrects countdowns for clock skew. */
  clockSkew: number;
}

const initial: SessionState = {
  session: null,
  round: null,
  panel: {},
  pledges: [],
  you: null,
  baseSeq: -1,
  clockSkew: 0,
};

export const useSession = create<SessionState>()(() => initial);

export function resetSession(): void {
  useSession.setState(initial, true);
}

const newestFirst = (a: Pledge, b: Pledge) => b.createdAt - a.createdAt || a.id.localeCompare(b.id);

export function applySnapshot(snapshot: SessionSnapshot): void {
  useSession.setState({
    session: snapshot.session,
    round: snapshot.round,
    panel: Object.fromEntries(snapshot.panel.map((e) => [e.panelistId, e.status])),
    pledges: [...snapshot.pledges].sort(newestFirst),
    you: snapshot.you,
    baseSeq: snapshot.seq,
    clockSkew: snapshot.serverNow - Date.now(),
  });
}

/** A delta is stale when the snapshot we hold already contains it. */
const isStale = (seq: number) => seq <= useSession.getState().baseSeq;

export function applyRound(seq: number, round: Round): void {
  if (isStale(seq)) return;
  const current = useSession.getState().round;
  if (current && current.updatedAt > round.updatedAt) return;
  useSession.setState({ round });
}

export function applyPanelEntry(seq: number, entry: PanelEntry): void {
  if (isStale(seq)) return;
  useSession.setState((s) => ({ panel: { ...s.panel, [entry.panelistId]: entry.status } }));
}

/** Insert or replace by id; an older copy (e.g. a late ack) never overwrites a newer one. */
export function upsertPledge(pledge: Pledge): void {
  useSession.setState((s) => {
    const existing = s.pledges.find((p) => p.id === pledge.id);
    if (existing && existing.updatedAt > pledge.updatedAt) return s;
    const others = s.pledges.filter((p) => p.id !== pledge.id);
    return { pledges: [...others, pledge].sort(newestFirst) };
  });
}

export function applyPledge(seq: number, pledge: Pledge): void {
  if (isStale(seq)) return;
  upsertPledge(pledge);
}

/** Server time now, as well as we know it. */
export function serverNow(): number {
  return Date.now() + useSession.getState().clockSkew;
}
