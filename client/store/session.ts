import { create } from 'zustand';
import { DEFAULT_THEME_LIST, type Theme } from '../../shared/domain';
import type { Identity, SessionDelta, SessionSnapshot } from '../../shared/protocol';
import type { ActivityEntry, AudienceCount, AudienceMember, PanelEntry, Pledge, Round, SeatRequest, SessionInfo } from '../../shared/schemas';
import type { Stage } from '../../shared/stage';
import { applyReactionSnapshot, resetReactions } from './reactions';

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
  /** What the walls show: view, spotlight, speaking order, speaker called. */
  stage: Stage | null;
  /** Live status per panelist id. */
  /** Each panelist's seat (status, and whether a phone holds it), by panelist id. */
  panel: Record<string, PanelEntry>;
  /** Newest first. */
  pledges: Pledge[];
  /** How many follow in the room and online. */
  audience: AudienceCount;
  /** Moderators only: requests to be admitted to a seat (every state), audience members, the activity log (oldest first). */
  requests: SeatRequest[];
  audienceMembers: AudienceMember[];
  activity: ActivityEntry[];
  you: Identity | null;
  /** seq of the newest snapshot applied (-1 before the first): everything at or below it is in it. */
  baseSeq: number;
  /** Highest seq applied, from a snapshot or a delta (-1 before any): the handshake's `lastSeq`. */
  lastSeq: number;
  /** serverNow - Date.now() when the snapshot arrived; corrects countdowns for clock skew. */
  clockSkew: number;
  /** Walls and consoles: the event's languages, which the wall's interface alternates between. */
  languages: string[];
}

const initial: SessionState = {
  session: null,
  round: null,
  stage: null,
  panel: {},
  pledges: [],
  audience: { onsite: 0, online: 0 },
  requests: [],
  audienceMembers: [],
  activity: [],
  you: null,
  baseSeq: -1,
  lastSeq: -1,
  clockSkew: 0,
  languages: [],
};

export const useSession = create<SessionState>()(() => initial);

// Bookkeeping that nothing renders, so it lives outside the store.
let roundSeq = -1;
let stageSeq = -1;
const panelSeq = new Map<string, number>();
const pledgeSeq = new Map<string, number>();
/**
 * Pledges dropped by a `pledge-removed`, at that seq. An audience device hears of its own pledge
 * twice per commit, with one seq: in full as its author and in the public view, which drops it
 * while it is off the wall. The author's full copy wins, in whichever order the two arrive.
 */
const removedAt = new Map<string, number>();
const requestSeq = new Map<string, number>();
/** Audience members who joined after the snapshot we hold, by the seq they joined at. */
const joinedSeq = new Map<string, { seq: number; presence: AudienceMember['presence'] }>();
const activitySeen = new Set<string>();
/** seq of the snapshot `session` and `you` were taken from. */
let identitySeq = -1;
/** seq of the last `session` delta (an organizer changed the session), -1 for none. */
let sessionSeq = -1;
/** The current round / these pledges came from an ack (no seq) and are newer than any delta so far. */
let roundFromAck = false;
const pledgesFromAck = new Set<string>();

export function resetSession(): void {
  roundSeq = -1;
  stageSeq = -1;
  panelSeq.clear();
  pledgeSeq.clear();
  removedAt.clear();
  requestSeq.clear();
  joinedSeq.clear();
  activitySeen.clear();
  identitySeq = -1;
  sessionSeq = -1;
  roundFromAck = false;
  pledgesFromAck.clear();
  resetReactions();
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

  const stage = floor(stageSeq) <= S ? (snapshot.stage ?? null) : s.stage;

  // Panel: entries updated after S stay; the rest come from the snapshot.
  const panel: Record<string, PanelEntry> = {};
  for (const [id, entry] of Object.entries(s.panel)) if (floor(panelSeq.get(id)) > S) panel[id] = entry;
  for (const e of snapshot.panel) if (floor(panelSeq.get(e.panelistId)) <= S) panel[e.panelistId] = e;

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

  // Requests: the same rule.
  const requests = new Map<string, SeatRequest>();
  for (const r of s.requests) if (floor(requestSeq.get(r.id)) > S) requests.set(r.id, r);
  for (const r of snapshot.requests) if (floor(requestSeq.get(r.id)) <= S) requests.set(r.id, r);

  // The audience: the snapshot's count, plus those who joined after it.
  const audience = { ...snapshot.audience };
  const members = new Map(snapshot.audienceMembers.map((m) => [m.id, m]));
  for (const m of s.audienceMembers) if ((joinedSeq.get(m.id)?.seq ?? -1) > S) members.set(m.id, m);
  for (const [id, j] of joinedSeq) {
    if (j.seq > S) audience[j.presence]++;
    else joinedSeq.delete(id);
  }

  // The activity log only grows: merge by id.
  const activity = mergeActivity(s.activity, snapshot.activity);

  const takeIdentity = S >= identitySeq || !s.session;
  if (takeIdentity) identitySeq = S;
  const baseSeq = Math.max(s.baseSeq, S);
  // Per-entity seqs at or below the new base say nothing the base does not.
  if (roundSeq <= baseSeq) roundSeq = -1;
  if (stageSeq <= baseSeq) stageSeq = -1;
  for (const m of [panelSeq, pledgeSeq, requestSeq, removedAt]) for (const [id, seq] of m) if (seq <= baseSeq) m.delete(id);

  // A state cached by an older version of the page has no reactions.
  if (snapshot.reactions) applyReactionSnapshot(snapshot.reactions, takeIdentity ? (snapshot.you.reacted ?? []) : null);

  useSession.setState({
    session: (takeIdentity && sessionSeq <= S) || !s.session ? snapshot.session : s.session,
    you: takeIdentity ? snapshot.you : s.you,
    round,
    stage,
    panel,
    pledges: [...byId.values()].sort(newestFirst),
    audience,
    requests: [...requests.values()].sort((a, b) => a.at - b.at),
    audienceMembers: [...members.values()],
    activity,
    baseSeq,
    lastSeq: Math.max(s.lastSeq, S),
    clockSkew: snapshot.serverNow - Date.now(),
    // A state cached by an older version of the page has no languages.
    languages: snapshot.languages ?? [],
  });
}

function mergeActivity(held: ActivityEntry[], incoming: ActivityEntry[]): ActivityEntry[] {
  const fresh = incoming.filter((e) => !activitySeen.has(e.id));
  for (const e of fresh) activitySeen.add(e.id);
  if (fresh.length === 0) return held;
  return [...held, ...fresh].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/**
 * Applies one delta; false when it was a duplicate or older than what we hold. The `switch` names
 * every kind of delta: a new kind in the protocol fails to compile here until it is handled.
 */
export function applyDelta(delta: SessionDelta): boolean {
  const { seq } = delta;
  const bump = (s: SessionState) => Math.max(s.lastSeq, seq);
  switch (delta.kind) {
    case 'round': {
      if (seq <= floor(roundSeq)) return false;
      roundSeq = seq;
      const s = useSession.getState();
      const keepAck = roundFromAck && s.round !== null && s.round.updatedAt > delta.round.updatedAt;
      if (!keepAck) roundFromAck = false;
      useSession.setState({ round: keepAck ? s.round : delta.round, lastSeq: bump(s) });
      return true;
    }
    case 'panel': {
      const { entry } = delta;
      if (seq <= floor(panelSeq.get(entry.panelistId))) return false;
      panelSeq.set(entry.panelistId, seq);
      useSession.setState((s) => ({ panel: { ...s.panel, [entry.panelistId]: entry }, lastSeq: bump(s) }));
      return true;
    }
    case 'pledge':
    case 'pledge-removed': {
      const id = delta.kind === 'pledge' ? delta.pledge.id : delta.pledgeId;
      const fullAfterRemoval = delta.kind === 'pledge' && removedAt.get(id) === seq;
      if (seq <= floor(pledgeSeq.get(id)) && !fullAfterRemoval) return false;
      pledgeSeq.set(id, seq);
      if (delta.kind === 'pledge-removed') removedAt.set(id, seq);
      else removedAt.delete(id);
      useSession.setState((s) => {
        const others = s.pledges.filter((p) => p.id !== id);
        if (delta.kind === 'pledge-removed') {
          pledgesFromAck.delete(id);
          return { pledges: others, lastSeq: bump(s) };
        }
        const existing = s.pledges.find((p) => p.id === id);
        const keepAck = existing !== undefined && pledgesFromAck.has(id) && existing.updatedAt > delta.pledge.updatedAt;
        if (keepAck) return { lastSeq: bump(s) };
        pledgesFromAck.delete(id);
        return { pledges: [...others, delta.pledge].sort(newestFirst), lastSeq: bump(s) };
      });
      return true;
    }
    case 'request': {
      const { request } = delta;
      if (seq <= floor(requestSeq.get(request.id))) return false;
      requestSeq.set(request.id, seq);
      useSession.setState((s) => ({
        requests: [...s.requests.filter((r) => r.id !== request.id), request].sort((a, b) => a.at - b.at),
        lastSeq: bump(s),
      }));
      return true;
    }
    case 'audience': {
      const { member } = delta;
      if (seq <= useSession.getState().baseSeq || joinedSeq.has(member.id)) return false;
      joinedSeq.set(member.id, { seq, presence: member.presence });
      useSession.setState((s) => ({
        audience: { ...s.audience, [member.presence]: s.audience[member.presence] + 1 },
        audienceMembers: member.name || member.organization || s.you?.role === 'moderator' ? [...s.audienceMembers, member] : s.audienceMembers,
        lastSeq: bump(s),
      }));
      return true;
    }
    case 'stage': {
      if (seq <= floor(stageSeq)) return false;
      stageSeq = seq;
      useSession.setState((s) => ({ stage: delta.stage, lastSeq: bump(s) }));
      return true;
    }
    case 'session': {
      if (seq <= Math.max(sessionSeq, identitySeq)) return false;
      sessionSeq = seq;
      useSession.setState((s) => ({ session: delta.session, lastSeq: bump(s) }));
      return true;
    }
    case 'activity': {
      if (activitySeen.has(delta.entry.id)) return false;
      useSession.setState((s) => ({ activity: mergeActivity(s.activity, [delta.entry]), lastSeq: bump(s) }));
      return true;
    }
    default: {
      const never: never = delta;
      throw new Error(`unknown delta ${JSON.stringify(never)}`);
    }
  }
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
