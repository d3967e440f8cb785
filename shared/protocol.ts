/**
 * The wire contract between server and clients: every Socket.IO event name and payload, both
 * directions. Payload types come from the zod schemas in ./schemas, never written twice.
 */
import type { z } from 'zod';
import type { ModeratorSeat } from './domain';
import type {
  ActivityEntry,
  approveAllSchema,
  approvePledgeSchema,
  AudienceCount,
  AudienceMember,
  claimPanelistSchema,
  countdownSchema,
  draftingSchema,
  fixPledgeSchema,
  followUpLinkSchema,
  joinAudienceSchema,
  openRoundSchema,
  PanelEntry,
  panelistTargetSchema,
  Pledge,
  PledgeContentInput,
  RequestPhones,
  pledgeTargetSchema,
  promptSchema,
  rejectPledgeSchema,
  Round,
  roundSettingsSchema,
  SeatRequest,
  seatRequestTargetSchema,
  SessionInfo,
} from './schemas';
import type {
  callSpeakerSchema,
  ReactionCounts,
  reactSchema,
  speakingOrderSchema,
  spotlightCommandSchema,
  Stage,
  stageWallSchema,
} from './stage';

export const PROTOCOL_VERSION = 2;

export const ERROR_CODES = [
  'invalid_payload',
  'unauthorized',
  'forbidden',
  'session_not_found',
  'panelist_not_found',
  'panelist_taken',
  'invite_invalid',
  'request_not_found',
  /** Admitting would release the seat's device for a phone that is no longer connected. */
  'request_device_gone',
  'not_claimed',
  /** A moderator's nudge or release of a seat no phone holds (any more). */
  'seat_free',
  /** A second nudge to the same panelist before NUDGE_REPEAT_MS has passed since the last one. */
  'nudge_too_soon',
  'audience_closed',
  'round_not_open',
  'round_already_open',
  'round_not_running',
  'already_pledged',
  'pledge_not_found',
  'not_your_pledge',
  /** Support for a pledge by its author's own device (from the phone page or the viewer's wall). */
  'own_pledge',
  'pledge_changed',
  'wrong_status',
  /** Progress reported on a pledge the moderators have not accepted (pending, hidden or rejected). */
  'not_in_record',
  'pledge_id_taken',
  'unknown_theme',
  'visibility_locked',
  'event_not_found',
  'import_invalid',
  'session_code_taken',
  'rate_limited',
  'conflict',
  /** The session store (Redis) cannot be reached right now: nothing was done; try again shortly. */
  'store_unavailable',
  /** An event name the server does not know (an outdated or foreign client). */
  'unknown_command',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** Codes only the client produces (an acknowledgement that never came; no network). */
export const CLIENT_ERROR_CODES = ['timeout', 'network'] as const;

export interface AppError {
  code: ErrorCode;
  message: string;
  /** The pledge as stored, when a change was based on an older version of it (`pledge_changed`). */
  current?: Pledge;
}
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AppError };
export type AckFn<T extends object = object> = (result: Ack<T>) => void;

/** Who this connection is, as the server sees it. */
export interface Identity {
  role: 'moderator' | 'phone' | 'wall';
  /**
   * Set for a phone holding a panelist seat, and for an online viewer's wall whose secret is that
   * phone's (the same browser: its own pledge is not offered for support).
   */
  panelistId: string | null;
  /** Set for a phone that joined the audience, and for an online viewer's wall whose secret is that phone's. */
  audience: AudienceMember | null;
  /** A phone's latest request to be admitted to a seat, while it has none. */
  request: SeatRequest | null;
  /** A moderator's seat (onsite or online); its moderator's name is in the session's details. */
  moderator: { seat: ModeratorSeat } | null;
  /** The pledges this device supports (audience phones and online viewers' walls; empty otherwise). */
  reacted: string[];
}

/**
 * Everything a client needs to render, sent once on connect (and on request); deltas follow.
 * Moderators see every pledge, the admission requests, the audience, the activity log and the
 * session's policy questions. Walls and the audience see visible public pledges. Panelists see
 * only their own pledge.
 */
export interface SessionSnapshot {
  protocol: number;
  seq: number;
  session: SessionInfo;
  round: Round;
  panel: PanelEntry[];
  pledges: Pledge[];
  audience: AudienceCount;
  /** Moderators only (empty for everyone else). */
  requests: SeatRequest[];
  audienceMembers: AudienceMember[];
  activity: ActivityEntry[];
  /** What the walls show (view, spotlight, speaking order, speaker called). */
  stage: Stage;
  /**
   * Walls and consoles: the languages of the session's event, which a wall's interface alternates
   * between (client/i18n; the console says so beside its wall links). Empty for phones and for a
   * session outside any event.
   */
  languages: string[];
  /** Support counts of the pledges this client sees. */
  reactions: ReactionFrame;
  you: Identity;
  /** Server clock at send time, so clients can correct countdowns for clock skew. */
  serverNow: number;
}

/**
 * One change to a session, as readers apply it. Every commit to the store carries a sequence
 * number (`seq`) and is delivered as zero or more deltas with that seq; each reader's frames list
 * every seq they cover (`DeltaBatch.seqs`), so a reader notices any commit it missed. Clients
 * apply deltas in one `switch` with an exhaustiveness check: a new kind fails to compile until
 * every client handles it.
 */
export type SessionDelta = { seq: number } & (
  | { kind: 'round'; round: Round }
  | { kind: 'panel'; entry: PanelEntry }
  /** A pledge created, edited or moderated, in the form this reader may see. */
  | { kind: 'pledge'; pledge: Pledge }
  /** A pledge this reader may no longer show (hidden, or back to pending). */
  | { kind: 'pledge-removed'; pledgeId: string }
  | { kind: 'request'; request: SeatRequest }
  /** Someone joined the audience (walls get no name or organization): counts go up by one. */
  | { kind: 'audience'; member: AudienceMember }
  | { kind: 'activity'; entry: ActivityEntry }
  | { kind: 'stage'; stage: Stage }
  /**
   * An organizer changed the session's title, code or schedule details: the whole session as this
   * reader may see it (walls and phones without the policy questions, as in their snapshot).
   */
  | { kind: 'session'; session: SessionInfo }
);
export type DeltaKind = SessionDelta['kind'];

/**
 * What a reader receives: the deltas of one or more commits. `seqs` lists every commit the frame
 * covers, including commits with nothing for this reader; each entity appears once, newest state.
 */
export interface DeltaBatch {
  seqs: number[];
  deltas: SessionDelta[];
  /**
   * Support counts changed since the previous frame. Reactions are not commits: they carry no seq
   * and ride in frames, a bounded number per second whatever the tap rate.
   */
  reactions?: ReactionFrame;
}

/**
 * Absolute support counts, read at the session's reaction version `v` (it grows with every tap)
 * unless `versions` names an earlier one. Frames from several processes may cross: a client keeps, per pledge, the count of the
 * highest version it has seen.
 */
export interface ReactionFrame {
  v: number;
  counts: ReactionCounts;
  /** Counts read at an earlier version than `v` (frames gather counts read at several): their version. */
  versions?: Record<string, number>;
}

/** The answer to a tap: whether this device now supports the pledge, its count, at version `v`. */
export interface ReactionAck {
  pledgeId: string;
  on: boolean;
  count: number;
  v: number;
}

export type ClaimResult = { state: 'seated'; panelistId: string } | { state: 'waiting'; request: SeatRequest };

export interface PledgeResult {
  pledge: Pledge;
  /** false when the same pledge id had already been stored (a retry, or an edit). */
  created: boolean;
}

/** A panelist's personal invite: the token of the link that seats them at once. */
export interface PanelInvite {
  panelistId: string;
  token: string;
}

type Payload<S extends z.ZodType> = z.input<S>;

type Cmd<S extends z.ZodType, R extends object = object> = (payload: Payload<S>, ack: AckFn<R>) => void;
type RoundAck = { round: Round };
type StageAck = { stage: Stage };

export interface ClientToServerEvents {
  /** Ask for a fresh snapshot (after a reconnect that could not be recovered). */
  'session:sync': (ack: AckFn<{ snapshot: SessionSnapshot }>) => void;
  /**
   * Whether the connection still carries anything: answered at once, and touches nothing. A phone
   * or console asks when its link has been quiet (or the page wakes up); no answer and not a word
   * means the link died without a close, and the page opens a fresh connection.
   */
  'conn:check': (ack: AckFn<object>) => void;
  // phone
  'panelist:claim': Cmd<typeof claimPanelistSchema, ClaimResult>;
  /** Takes back this phone's pending request for a seat. */
  'seat:withdraw': Cmd<typeof panelistTargetSchema>;
  'audience:join': Cmd<typeof joinAudienceSchema, { member: AudienceMember }>;
  'pledge:drafting': Cmd<typeof draftingSchema>;
  'pledge:submit': (payload: PledgeContentInput, ack: AckFn<PledgeResult>) => void;
  'pledge:edit': (payload: PledgeContentInput, ack: AckFn<PledgeResult>) => void;
  /**
   * A new follow-up link for the author's pledge, for a phone that lost its own (a new device):
   * any earlier link stops working. The answer carries the link's secret.
   */
  'pledge:follow-up': Cmd<typeof followUpLinkSchema, { followUpToken: string }>;
  // moderator: the round
  'round:open': Cmd<typeof openRoundSchema, RoundAck>;
  'round:close': (payload: Record<string, never>, ack: AckFn<RoundAck>) => void;
  'round:prompt': Cmd<typeof promptSchema, RoundAck>;
  'round:countdown': Cmd<typeof countdownSchema, RoundAck>;
  'round:settings': Cmd<typeof roundSettingsSchema, RoundAck>;
  /** Announces the last call on every phone and wall. */
  'round:last-call': (payload: Record<string, never>, ack: AckFn<RoundAck>) => void;
  // moderator: the stage
  'stage:wall': Cmd<typeof stageWallSchema, StageAck>;
  'stage:spotlight': Cmd<typeof spotlightCommandSchema, StageAck>;
  'stage:order': Cmd<typeof speakingOrderSchema, StageAck>;
  'stage:call': Cmd<typeof callSpeakerSchema, StageAck>;
  // audience phones and online viewers' walls
  'reaction:set': Cmd<typeof reactSchema, ReactionAck>;
  // moderator: the panel
  'panelist:nudge': Cmd<typeof panelistTargetSchema>;
  'panelist:release': Cmd<typeof panelistTargetSchema>;
  /** Every panelist's invite token, for the console's invite links. */
  'panel:invites': (payload: Record<string, never>, ack: AckFn<{ invites: PanelInvite[] }>) => void;
  /** A new invite link for one panelist; the old one stops working. */
  'panelist:reinvite': Cmd<typeof panelistTargetSchema, { invite: PanelInvite }>;
  'seat:admit': Cmd<typeof seatRequestTargetSchema>;
  'seat:refuse': Cmd<typeof seatRequestTargetSchema>;
  // moderator: the queue
  'pledge:approve': Cmd<typeof approvePledgeSchema, { pledge: Pledge }>;
  /** Approves the listed pledges still waiting in the version listed; the others are left as they are. */
  'pledge:approve-all': Cmd<typeof approveAllSchema, { approved: number; skipped: number }>;
  'pledge:reject': Cmd<typeof rejectPledgeSchema, { pledge: Pledge }>;
  'pledge:hide': Cmd<typeof pledgeTargetSchema, { pledge: Pledge }>;
  'pledge:unhide': Cmd<typeof pledgeTargetSchema, { pledge: Pledge }>;
  'pledge:fix': Cmd<typeof fixPledgeSchema, { pledge: Pledge }>;
}

/** Why a phone lost its seat: the moderator released it, or admitted another device to it. */
export type ReleaseReason = 'released' | 'moved';

export interface ServerToClientEvents {
  'session:state': (snapshot: SessionSnapshot) => void;
  /** Every change to the session, for every kind of client (see SessionDelta). */
  'session:deltas': (batch: DeltaBatch) => void;
  /**
   * The store's current seq, told to a connection Socket.IO recovered once it is back in its
   * rooms: a client behind it missed a commit during the recovery and asks for `session:sync`.
   */
  'session:seq': (payload: { seq: number }) => void;
  /** Sent only to the nudged panelist's phone. */
  'panelist:nudged': (payload: { at: number }) => void;
  /** This device lost its seat: the moderator released it, or gave it to another device (`moved`). */
  'panelist:released': (payload: { panelistId: string; reason: ReleaseReason }) => void;
  /** Sent to a phone a moderator admitted to a seat (it claims again to take it) or refused. */
  'seat:answered': (payload: { request: SeatRequest }) => void;
  /** Moderators only: whether the phones that asked for seats are connected (see RequestPhones). */
  'request:phones': (payload: RequestPhones) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
