import { create } from 'zustand';
import { DEFAULT_THEME_LIST, type Theme } from '../../shared/domain';
import type { Identity, SessionSnapshot } from '../../shared/protocol';
import type { PanelEntry, PanelistStatus, Pledge, Round, SessionInfo } from '../../shared/schemas';

/**
 * What the server told us about the session: a snapshot, patched by deltas. Written only by the
 * socket listeners in ./live (outside React) and by acks.
 *
 * Ordering rules (several server processes, recovery replays and reconnects can deliver deltas
 * twice, late or out of order):
 * - every entity (the round, each panelist, each pledge) remembers the seq it was last updated at;
 *   a delta at or below it is ignored;
 * - a snapshot at seq S is the truth for every entity as of S: it replaces what we hold unless a
 *   delta newer than S already updated that entity. A snapshot at or above `lastSeq` therefore
 *   replaces everything; an older one cannot roll anything back.
 * - acks carry no seq: their copy is kept only while it is newer (by `updatedAt`) than what the
 *   deltas and snapshots say, until one of them catches up.
 */
interface SessionState {
  session: SessionInfo | null;
  round: Round | null;
  /** Live status per panelist id. */
  panel: Record<string, PanelistStatus>;
  /** Newest first. */
  pledges: Pledge[];
  you: Identity | null;
  /** seq of the newest snapshot applied (-1 before the first): everything at or below it is in it. */
  baseSeq: number;
  /** Highest seq applied, from a snapshot or a delta (-1 before any): the handshake's `lastSeq`. */
  lastSeq: number;
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
  lastSeq: -1,
  clockSkew: 0,
};

export const useSession = create<SessionState>()(() => initial);

// Bookkeeping that nothing renders, so it lives outside the store.
let roundSeq = -1;
const panelSeq = new Map<string, number>();
const pledgeSeq = new Map<string, number>();
/** seq of the snapshot `session` and `you` were taken from. */
let identitySeq = -1;
/** The current round / these pledges came from an ack (no seq) and are newer than any delta so far. */
let roundFromAck = false;
const pledgesFromAck = new Set<string>();

export function resetSession(): void {
  roundSeq = -1;
  panelSeq.clear();
  pledgeSeq.clear();
  identitySeq = -1;
  roundFromAck = false;
  pledgesFromAck.clear();
  useSession.setState(initial, true);
}

const newestFirst = (a: Pledge, b: Pledge) => b.createdAt - a.createdAt || a.id.localeCompare(b.id);

/** The seq an entity is known at: its own last delta, or the snapshot that contained it. */
function floor(entitySeq: number | undefined): number {
  return Math.max(entitySeq ?? -1, useSession.getState().baseSeq);
}

export function applySnapshot(snapshot: SessionSnapshot): void {
  const S = snapshot.seq;
  const s = useSession.getState();

  // Round: the snapshot's, unless a newer delta (or a newer ack) already gave us a later one.
  let round = s.round;
  if (floor(roundSeq) <= S) {
    if (!(roundFromAck && s.round && s.round.updatedAt > snapshot.round.updatedAt)) {
      round = snapshot.round;
      roundFromAck = false;
    }
  }

  // Panel: entries updated after S stay; the rest come from the snapshot.
  const panel: Record<string, PanelistStatus> = {};
  for (const [id, status] of Object.entries(s.panel)) if (floor(panelSeq.get(id)) > S) panel[id] = status;
  for (const e of snapshot.panel) if (floor(panelSeq.get(e.panelistId)) <= S) panel[e.panelistId] = e.status;

  // Pledges: the same, and a copy from an ack survives while the snapshot does not have it yet.
  const byId = new Map<string, Pledge>();
  for (const p of s.pledges) {
    if (floor(pledgeSeq.get(p.id)) > S || pledgesFromAck.has(p.id)) byId.set(p.id, p);
  }
  for (const p of snapshot.pledges) {
    if (floor(pledgeSeq.get(p.id)) > S) continue;
    const mine = byId.get(p.id);
    if (mine && pledgesFromAck.has(p.id) && mine.updatedAt > p.updatedAt) continue;
    pledgesFromAck.delete(p.id);
    byId.set(p.id, p);
  }

  const takeIdentity = S >= identitySeq || !s.session;
  if (takeIdentity) identitySeq = S;
  const baseSeq = Math.max(s.baseSeq, S);
  // Per-entity seqs at or below the new base say nothing the base does not.
  if (roundSeq <= baseSeq) roundSeq = -1;
  for (const m of [panelSeq, pledgeSeq]) for (const [id, seq] of m) if (seq <= baseSeq) m.delete(id);

  useSession.setState({
    session: takeIdentity ? snapshot.session : s.session,
    you: takeIdentity ? snapshot.you : s.you,
    round,
    panel,
    pledges: [...byId.values()].sort(newestFirst),
    baseSeq,
    lastSeq: Math.max(s.lastSeq, S),
    clockSkew: snapshot.serverNow - Date.now(),
  });
}

/** Applies a round delta; false when it was a duplicate or older than what we hold. */
export function applyRound(seq: number, round: Round): boolean {
  if (seq <= floor(roundSeq)) return false;
  roundSeq = seq;
  const s = useSession.getState();
  const keepAck = roundFromAck && s.round !== null && s.round.updatedAt > round.updatedAt;
  if (!keepAck) roundFromAck = false;
  useSession.setState({ round: keepAck ? s.round : round, lastSeq: Math.max(s.lastSeq, seq) });
  return true;
}

export function applyPanelEntry(seq: number, entry: PanelEntry): boolean {
  if (seq <= floor(panelSeq.get(entry.panelistId))) return false;
  panelSeq.set(entry.panelistId, seq);
  useSession.setState((s) => ({ panel: { ...s.panel, [entry.panelistId]: entry.status }, lastSeq: Math.max(s.lastSeq, seq) }));
  return true;
}

export function applyPledge(seq: number, pledge: Pledge): boolean {
  if (seq <= floor(pledgeSeq.get(pledge.id))) return false;
  pledgeSeq.set(pledge.id, seq);
  useSession.setState((s) => {
    const existing = s.pledges.find((p) => p.id === pledge.id);
    const keepAck = existing !== undefined && pledgesFromAck.has(pledge.id) && existing.updatedAt > pledge.updatedAt;
    if (!keepAck) pledgesFromAck.delete(pledge.id);
    const lastSeq = Math.max(s.lastSeq, seq);
    if (keepAck) return { lastSeq };
    return { pledges: [...s.pledges.filter((p) => p.id !== pledge.id), pledge].sort(newestFirst), lastSeq };
  });
  return true;
}

/** A pledge from an ack (no seq): insert or replace by id; an older copy never overwrites a newer one. */
export function upsertPledge(pledge: Pledge): void {
  useSession.setState((s) => {
    const existing = s.pledges.find((p) => p.id === pledge.id);
    if (existing && existing.updatedAt >= pledge.updatedAt) return s;
    pledgesFromAck.add(pledge.id);
    return { pledges: [...s.pledges.filter((p) => p.id !== pledge.id), pledge].sort(newestFirst) };
  });
}

/** A round from an ack (no seq): applied when newer than the one we hold. */
export function applyRoundFromAck(round: Round): void {
  const current = useSession.getState().round;
  if (current && current.updatedAt >= round.updatedAt) return;
  roundFromAck = true;
  useSession.setState({ round });
}

/** Forgets the pledges we hold (a phone whose seat was released); a fresh snapshot follows. */
export function clearPledges(): void {
  pledgesFromAck.clear();
  useSession.setState((s) => ({ pledges: [], you: s.you ? { ...s.you, panelistId: null } : s.you }));
}

/** Server time now, as well as we know it. */
export function serverNow(): number {
  return Date.now() + useSession.getState().clockSkew;
}

/**
 * The themes pledges of this session may carry (its event's list), for labels and the phone's
 * checkboxes. A state cached by an older version of the page has none: the default list stands in.
 */
export function sessionThemes(session: SessionInfo | null | undefined): readonly Theme[] {
  return Array.isArray(session?.themes) ? session.themes : DEFAULT_THEME_LIST;
}

export function useThemes(): readonly Theme[] {
  return useSession((s) => sessionThemes(s.session));
}
