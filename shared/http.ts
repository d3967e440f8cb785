/** Response bodies of the HTTP API under /api. Request bodies are the zod schemas in ./schemas. */
import type { Light, ProgressStatus } from './domain';
import type { ImportProblem } from './import-problems';
import type { AppError } from './protocol';
import type { ActivityEntry, Actor, EventInfo, Panelist, Pledge, ProgressReport, Round, RoundState, SessionInfo } from './schemas';
import type { WallView } from './stage';

export type HttpResult<T extends object> = ({ ok: true } & T) | { ok: false; error: AppError };

/**
 * The HTTP layer's own refusals, in the same shape as every API error: an address the API does not
 * have (404 `not_found`) or a method it does not take there (405 `method_not_allowed`, with
 * `Allow`). No socket command and no page's call meets them, so they are not among ERROR_CODES.
 */
export interface RouteError {
  ok: false;
  error: { code: 'not_found' | 'method_not_allowed'; message: string };
}

/** A panelist's personal invite link: opening it seats that phone at once. */
export interface InviteLink {
  panelistId: string;
  name: string;
  link: string;
}

export interface SessionLinks {
  /** The onsite moderator's console. */
  moderator: string;
  onlineModerator: string;
  join: string;
  wall: string;
  invites: InviteLink[];
}

/**
 * GET /api/sessions/:id/links (bearer ADMIN_TOKEN): every link of a session, to hand out again
 * without replacing any. A moderator link is null for a session stored before its key was kept.
 */
export interface SessionAccess {
  links: Omit<SessionLinks, 'moderator' | 'onlineModerator'> & { moderator: string | null; onlineModerator: string | null };
  /** The languages of the session's event, which its wall takes turns in (empty outside an event). */
  languages: string[];
}

/** POST /api/sessions (bearer ADMIN_TOKEN): the new session with every link. */
export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  links: SessionLinks;
  /** The languages of the session's event, which its wall takes turns in (empty outside an event). */
  languages: string[];
}

/** GET /api/sessions (bearer ADMIN_TOKEN). */
export interface SessionListItem {
  sessionId: string;
  code: string;
  title: string;
  joinCode: string;
  createdAt: number;
  roundState: RoundState;
  panelists: number;
  /** Pledges in the record (shared/domain `inRecord`). */
  pledges: number;
  eventId: string | null;
  start: string | null;
  room: string;
  /** Every schedule detail, policy questions included (what the organizer's edit form starts from). */
  details: SessionInfo['details'];
  links: Pick<SessionLinks, 'join' | 'wall'> & { report: string };
}

/**
 * POST /api/sessions/:id/moderator-key { seat } (bearer ADMIN_TOKEN): a new link for the onsite
 * (default) or online moderator; consoles open with the old one are disconnected at once.
 */
export interface RotatedKey {
  seat: 'onsite' | 'online';
  link: string;
}

/** PATCH /api/sessions/:id (bearer ADMIN_TOKEN, body `updateSessionSchema`): the session as it now is. */
export interface UpdatedSession {
  session: SessionListItem;
}

/** GET /api/join/:code — public: resolves a join code typed on the landing page. */
export interface JoinLookup {
  sessionId: string;
  /** The session's programme code, e.g. "WS #215" (not the join code). */
  sessionCode: string;
  title: string;
  panelists: Panelist[];
}

/** POST /api/events (bearer ADMIN_TOKEN) answers `{ event }`; GET /api/events lists them. */
export interface EventListItem extends EventInfo {
  sessions: number;
  /** Pledges in the record (shared/domain `inRecord`). */
  pledges: number;
}

/** GET /api/events/:id (bearer ADMIN_TOKEN). */
export interface EventDetail {
  event: EventInfo;
  sessions: SessionListItem[];
  links: { registry: string };
}

/** One problem the schedule import found: the file's line, a code with its parameters (./import-problems.ts). */
export type { ImportProblem };

/** A session a schedule import creates (or would, in a dry run), in the file's order. */
export interface PlannedSession {
  code: string;
  title: string;
  speakers: number;
  policyQuestions: string[];
}

/**
 * POST /api/events/:id/import (bearer ADMIN_TOKEN, body text/csv; `?dryRun=1` checks only).
 * A file with any bad row imports nothing: the answer is `import_invalid` with every problem.
 */
export type ImportResponse =
  | { ok: true; dryRun: boolean; sessions: PlannedSession[]; created: CreatedSession[] }
  | { ok: false; error: AppError; problems?: ImportProblem[] };

/** A pledge as the public registry shows it: public fields plus its follow-up status. */
export interface PublicPledge {
  id: string;
  session: { id: string; code: string; title: string };
  eventId: string | null;
  /** Empty for an audience member who gave no name. */
  name: string;
  authorRole: Pledge['authorRole'];
  presence: Pledge['presence'];
  organization: string;
  capacity: Pledge['capacity'];
  stakeholderGroup: Pledge['stakeholderGroup'];
  regionalGroup: Pledge['regionalGroup'];
  text: string;
  themes: string[];
  sdgTargets: string[];
  timeframe: Pledge['timeframe'];
  deliverables: Pledge['deliverables'];
  partners: string[];
  createdAt: number;
  updatedAt: number;
  status: ProgressStatus;
  light: Light;
  lastReportAt: number | null;
  /** Progress reports, oldest first: every one on the pledge's page, the latest only in registry lists. */
  reports: ProgressReport[];
}

/** GET /api/events/:id/registry — public; query filters in `registryQuerySchema`. */
export interface RegistryResponse {
  event: EventInfo;
  /** Public pledges matching the filters, newest first. */
  pledges: PublicPledge[];
  /** Public pledges of the event before filtering. */
  total: number;
}

/** GET /api/pledges/:id — public page of one public pledge. */
export interface PublicPledgeResponse {
  event: EventInfo | null;
  pledge: PublicPledge;
}

/** GET /api/follow-up/:pledgeId (bearer follow-up token): the author's own view, record-only included. */
export interface FollowUpView {
  pledge: Pledge;
  session: { id: string; code: string; title: string };
  event: EventInfo | null;
  reports: ProgressReport[];
  status: ProgressStatus;
  light: Light;
  /** Public page of the pledge; null for a record-only pledge, or one outside the record. */
  publicUrl: string | null;
}

/** A count per key, e.g. pledges per stakeholder group. Keys with no pledge are listed with 0. */
export type Counts = { key: string; count: number }[];

/** GET /api/events/:id/dashboard (bearer ADMIN_TOKEN). */
export interface Dashboard {
  event: EventInfo;
  now: number;
  /** Pledges in the record (shared/domain `inRecord`); every count below but `outside` is over them. */
  total: number;
  recordOnly: number;
  /** Public pledges not in the record, by moderation status: pending, hidden, rejected (listed even at 0). */
  outside: Counts;
  /**
   * Record-only pledges the moderators kept out of the record, by moderation status: pending
   * (edited by their author since, back with the moderators), hidden, rejected (listed even at 0).
   */
  recordOnlyOutside: Counts;
  byStatus: Counts;
  byLight: Counts;
  byStakeholderGroup: Counts;
  byRegionalGroup: Counts;
  byTheme: Counts;
  /** SDG goals "1".."17" (a pledge counts once per goal it touches). */
  bySdgGoal: Counts;
  /** Pledges to chase: silent first (longest silence first), then late. */
  chase: {
    pledgeId: string;
    name: string;
    organization: string;
    session: { id: string; code: string; title: string };
    visibility: Pledge['visibility'];
    light: Light;
    status: ProgressStatus;
    lastReportAt: number | null;
    silentSince: number;
  }[];
}

/**
 * A question the round was opened with or changed to, in the session's record: when, by whom (null:
 * not in the activity log, as for a round never opened) and the pledges first submitted while it
 * was the round's question.
 */
export interface AskedPrompt {
  text: string;
  at: number;
  by: Actor | null;
  pledgeIds: string[];
}

/** A public pledge as the report lists it: with how many viewers support it. */
export type ReportPledge = Pledge & { supporters: number };

/** GET /api/sessions/:id/report (bearer moderator key or ADMIN_TOKEN): the rapporteur's report. */
export interface SessionReport {
  session: SessionInfo;
  event: EventInfo | null;
  round: Round;
  /** Every question the round was asked with, oldest first; `pledgeIds` among the public pledges listed. */
  prompts: AskedPrompt[];
  /** Public pledges grouped by stakeholder group (groups in the standard order, empty ones left out). */
  groups: { stakeholderGroup: Pledge['stakeholderGroup']; pledges: ReportPledge[] }[];
  publicCount: number;
  /** Support from the audience, over the public pledges. */
  totalSupporters: number;
  /** Record-only pledges in the record. */
  recordOnlyCount: number;
  /** Public pledges the moderators have not shown (pending, hidden or rejected). */
  withheldCount: number;
  /** Record-only pledges the moderators kept out of the record (pending after an edit, hidden or rejected). */
  recordOnlyWithheldCount: number;
  /** Who did what in the session (moderators and organizers), oldest first. */
  activity: ActivityEntry[];
  /** Every stakeholder group, in the standard order, listed even at 0 (as `byTheme` lists every theme of the session). */
  byStakeholderGroup: Counts;
  byTheme: Counts;
  bySdgTarget: Counts;
  bySdgGoal: Counts;
  generatedAt: number;
}

/** GET /healthz */
export interface Health {
  ok: true;
  store: 'redis' | 'memory';
}

/**
 * GET /readyz: 200 `{ ready: true }` while this server can serve (its store answers), 503 with the
 * reason while it cannot or while it is shutting down. /healthz only says the process is alive.
 */
export type Readiness = { ready: true } | { ready: false; reason: 'store_unavailable' | 'shutting_down' };

/**
 * Page routes served by the single-page client.
 * Moderator keys travel in the URL fragment (#key=…), which browsers never send to the server,
 * so they cannot end up in access logs.
 */
export const routes = {
  landing: () => '/',
  join: (joinCode: string) => `/j/${joinCode}`,
  wall: (sessionId: string) => `/s/${sessionId}/wall`,
  /** A wall that keeps one view whatever the console chooses (`ticker`: a stream's overlay). */
  wallView: (sessionId: string, view: WallView) => `/s/${sessionId}/wall?view=${view}`,
  /** An online viewer's wall: it follows the console and may support pledges. */
  viewerWall: (sessionId: string) => `/s/${sessionId}/wall?viewer=1`,
  /** The read-only view for an event website's iframe (framed only by EMBED_ANCESTORS); `viewer`: with support buttons. */
  embed: (sessionId: string, viewer = false) => `/embed/${sessionId}${viewer ? '?viewer=1' : ''}`,
  moderator: (sessionId: string, key: string) => `/s/${sessionId}/moderate#key=${key}`,
  /** A panelist's personal invite; the token stays in the fragment. */
  invite: (sessionId: string, panelistId: string, token: string) => `/i/${sessionId}/${panelistId}#invite=${token}`,
  organizer: () => '/organizer',
  organizerEvent: (eventId: string) => `/organizer/events/${eventId}`,
  dashboard: (eventId: string) => `/organizer/events/${eventId}/dashboard`,
  /** The rapporteur's report; the moderator key (or the organizer's token) opens it. */
  report: (sessionId: string, key?: string) => `/s/${sessionId}/report${key ? `#key=${key}` : ''}`,
  registry: (eventId: string) => `/e/${eventId}`,
  /** The event's forum wall, for the venue's main screens: every session's pledges, live. */
  forum: (eventId: string) => `/forum/${eventId}`,
  publicPledge: (pledgeId: string) => `/p/${pledgeId}`,
  /** The author's private follow-up page; the token stays in the fragment. */
  followUp: (pledgeId: string, token: string) => `/f/${pledgeId}#token=${token}`,
  qr: (sessionId: string) => `/api/sessions/${sessionId}/qr.svg`,
} as const;
