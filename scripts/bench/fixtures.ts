/**
 * What the close rush writes: realistic panelists, pledge texts (every version unique, so a wall
 * can tell them apart by pledge id + text), and for the bare baseline the same pledge objects and
 * snapshot the product would send, so both servers push payloads of the same size.
 */
import { DEFAULT_PROMPT, DEFAULT_THEME_LIST, pledgeDetailDefaults } from '../../shared/domain';
import type { PanelEntry, Pledge, SessionInfo } from '../../shared/schemas';
import { FORUM_PROTOCOL, type ForumFrame, type ForumSnapshot } from '../../shared/forum';
import { PROTOCOL_VERSION, type DeltaBatch, type SessionSnapshot } from '../../shared/protocol';
import { initialStage } from '../../shared/stage';

const ORGS = ['West Africa ICT Alliance', 'Digital Rights Watch', 'Open Knowledge Network', 'Youth IGF Coalition', 'Community Networks Fund'];

export function panelistInputs(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `Panelist ${String(i + 1).padStart(2, '0')} Bench`,
    organization: ORGS[i % ORGS.length]!,
    stakeholderGroup: 'Civil Society' as const,
  }));
}

/**
 * About 220 characters, like a real one-sentence commitment; plain ASCII so cleaning keeps it as is.
 * `revision` numbers the edits (1: the close rush's edit; 2, 3: the taps phase's), each text unique.
 */
export function pledgeText(panelist: number, version: 'submit' | 'edit', revision = 1): string {
  const base =
    `Panelist ${panelist + 1}: we commit to publish our community network's open data register, train forty municipal ` +
    `staff in digital inclusion and report progress at the next IGF`;
  if (version === 'submit') return `${base}.`;
  return `${base}, with a public quarterly progress report (${revision === 1 ? 'revised' : `revision ${revision}`}).`;
}

/**
 * A bare-baseline pledge object of the product's shape and size as its walls get it (a panelist's,
 * shown at once as the product's default round does; the public view, so no edit history).
 */
export function barePledge(args: {
  id: string;
  sessionId: string;
  panelist: { id: string; name: string; organization: string };
  text: string;
  createdAt: number;
}): Pledge {
  const now = Date.now();
  return {
    id: args.id,
    sessionId: args.sessionId,
    participantId: args.panelist.id,
    authorRole: 'panelist',
    presence: null,
    name: args.panelist.name,
    organization: args.panelist.organization,
    stakeholderGroup: 'Civil Society',
    capacity: 'individual',
    text: args.text,
    ...pledgeDetailDefaults(),
    createdAt: args.createdAt,
    updatedAt: now,
    updatedBy: { role: 'author' },
    // Walls get the public view of a pledge (server/domain/registry.ts publicView): no edit history.
    edits: [],
    status: 'visible',
    rejectReason: null,
  };
}

/**
 * The frame the product's walls get for one pledge version (a commit of its own): the pledge
 * and, for a first submit, its author's new panel status, under the commit's seq.
 */
export function bareFrame(seq: number, pledge: Pledge, submitted: boolean): DeltaBatch {
  return {
    seqs: [seq],
    deltas: [
      { seq, kind: 'pledge', pledge },
      ...(submitted ? [{ seq, kind: 'panel' as const, entry: { panelistId: pledge.participantId, status: 'submitted' as const, seated: true } }] : []),
    ],
  };
}

/** The frame the product's forum walls get for one pledge version: the pledge delta, tagged with its session. */
export function bareForumFrame(seq: number, pledge: Pledge): ForumFrame {
  return { deltas: [{ kind: 'pledge', pledge, seq, sessionId: pledge.sessionId }] };
}

/** The snapshot the bare server sends each forum wall on connect: the product's shape, `sessions` sessions, no pledges. */
export function bareForumSnapshot(eventId: string, sessions: number): ForumSnapshot {
  return {
    protocol: FORUM_PROTOCOL,
    event: { id: eventId, name: 'Forum benchmark', startDate: null, endDate: null, themes: DEFAULT_THEME_LIST.map((t) => ({ ...t })), languages: ['en'] },
    sessions: Array.from({ length: sessions }, (_, k) => ({ id: `bare-session-${k + 1}`, code: `WS #${k + 1}`, title: 'Fan-out benchmark: commitments to action', room: '', start: null, seq: 1 })),
    pledges: [],
    serverNow: Date.now(),
  };
}

/** The snapshot the bare server sends each wall on connect: the product's shape, an open round, no pledges. */
export function bareSnapshot(sessionId: string, panelists: number): SessionSnapshot {
  const now = Date.now();
  const session: SessionInfo = {
    id: sessionId,
    code: 'WS #215',
    title: 'Fan-out benchmark: commitments to action',
    joinCode: 'BENCH2',
    createdAt: now,
    panelists: panelistInputs(panelists).map((p, i) => ({ id: `bare-panelist-${i}`, regionalGroup: null, ...p })),
    eventId: null,
    themes: DEFAULT_THEME_LIST.map((t) => ({ ...t })),
    details: { start: null, end: null, room: '', format: '', moderator: '', onlineModerator: '', rapporteur: '', policyQuestions: [] },
  };
  const panel: PanelEntry[] = session.panelists.map((p) => ({ panelistId: p.id, status: 'joined', seated: true }));
  return {
    protocol: PROTOCOL_VERSION,
    seq: 1,
    session,
    round: { state: 'open', prompt: DEFAULT_PROMPT, countdownEndsAt: null, openedAt: now, closedAt: null, updatedAt: now, pledgers: 'panel-and-audience', moderation: 'audience', lastCallAt: null, autoClose: false },
    stage: initialStage(now),
    languages: [],
    reactions: { v: 0, counts: {} },
    panel,
    pledges: [],
    audience: { onsite: 0, online: 0 },
    requests: [],
    audienceMembers: [],
    activity: [],
    you: { role: 'wall', panelistId: null, audience: null, request: null, moderator: null, reacted: [] },
    serverNow: now,
  };
}
