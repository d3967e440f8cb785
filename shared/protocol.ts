/**
 * The wire contract between server and clients: every Socket.IO event name and payload, both
 * directions. Payload types come from the zod schemas in ./schemas, never written twice.
 */
import type { z } from 'zod';
import type {
  claimPanelistSchema,
  countdownSchema,
  draftingSchema,
  followUpLinkSchema,
  openRoundSchema,
  PanelEntry,
  panelistTargetSchema,
  Pledge,
  PledgeContentInput,
  promptSchema,
  Round,
  SessionInfo,
} from './schemas';

export const PROTOCOL_VERSION = 1;

export const ERROR_CODES = [
  'invalid_payload',
  'unauthorized',
  'forbidden',
  'session_not_found',
  'panelist_not_found',
  'panelist_taken',
  'not_claimed',
  'round_not_open',
  'round_already_open',
  'round_not_running',
  'already_pledged',
  'pledge_not_found',
  'not_your_pledge',
  'pledge_id_taken',
  'unknown_theme',
  'visibility_locked',
  'event_not_found',
  'import_invalid',
  'session_code_taken',
  'rate_limited',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** Codes only the client produces (an acknowledgement that never came; no network). */
export const CLIENT_ERROR_CODES = ['timeout', 'network'] as const;

export interface AppError {
  code: ErrorCode;
  message: string;
}
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AppError };
export type AckFn<T extends object = object> = (result: Ack<T>) => void;

/** Who this connection is, as the server sees it. */
export interface Identity {
  role: 'moderator' | 'phone' | 'wall';
  /** Set for a phone that has claimed a panelist seat. */
  panelistId: string | null;
}

/**
 * Everything a client needs to render, sent once on connect (and on request); deltas follow.
 * Phones receive only their own pledge; moderators and walls receive all pledges.
 */
export interface SessionSnapshot {
  protocol: number;
  seq: number;
  session: SessionInfo;
  round: Round;
  panel: PanelEntry[];
  pledges: Pledge[];
  you: Identity;
  /** Server clock at send time, so clients can correct countdowns for clock skew. */
  serverNow: number;
}

export interface ClaimResult {
  deviceToken: string;
  panelistId: string;
}

export interface PledgeResult {
  pledge: Pledge;
  /** false when the same pledge id had already been stored: the retry changed nothing. */
  created: boolean;
  /**
   * The secret of the pledge's private follow-up link, handed out once: with the answer that
   * first stored the pledge. (A phone that missed it asks `pledge:follow-up` for a new one.)
   */
  followUpToken?: string;
}

type Payload<S extends z.ZodType> = z.input<S>;

export interface ClientToServerEvents {
  /** Ask for a fresh snapshot (after a reconnect that could not be recovered). */
  'session:sync': (ack: AckFn<{ snapshot: SessionSnapshot }>) => void;
  // phone
  'panelist:claim': (payload: Payload<typeof claimPanelistSchema>, ack: AckFn<ClaimResult>) => void;
  'pledge:drafting': (payload: Payload<typeof draftingSchema>, ack: AckFn) => void;
  'pledge:submit': (payload: PledgeContentInput, ack: AckFn<PledgeResult>) => void;
  'pledge:edit': (payload: PledgeContentInput, ack: AckFn<PledgeResult>) => void;
  /** A new follow-up link for the author's pledge; any earlier link stops working. */
  'pledge:follow-up': (payload: Payload<typeof followUpLinkSchema>, ack: AckFn<{ followUpToken: string }>) => void;
  // moderator
  'round:open': (payload: Payload<typeof openRoundSchema>, ack: AckFn<{ round: Round }>) => void;
  'round:close': (payload: Record<string, never>, ack: AckFn<{ round: Round }>) => void;
  'round:prompt': (payload: Payload<typeof promptSchema>, ack: AckFn<{ round: Round }>) => void;
  'round:countdown': (payload: Payload<typeof countdownSchema>, ack: AckFn<{ round: Round }>) => void;
  'panelist:nudge': (payload: Payload<typeof panelistTargetSchema>, ack: AckFn) => void;
  'panelist:release': (payload: Payload<typeof panelistTargetSchema>, ack: AckFn) => void;
}

export interface DeltaBatch {
  seqs: number[];
  round?: { seq: number; round: Round };
  panel?: { seq: number; entry: PanelEntry }[];
  pledges?: { seq: number; pledge: Pledge }[];
}

export interface ServerToClientEvents {
  'session:state': (snapshot: SessionSnapshot) => void;
  'round:updated': (delta: { seq: number; round: Round }) => void;
  'panel:updated': (delta: { seq: number; entry: PanelEntry }) => void;
  /**
   * A pledge created or edited. A new pledge also changes its author's panel status: that change
   * rides along as `entry`, so every commit reaches moderators and walls as exactly one event and
   * a hole in their sequence numbers always means a missed event.
   */
  'pledge:upserted': (delta: { seq: number; pledge: Pledge; entry?: PanelEntry }) => void;
  /**
   * Several deltas coalesced into one frame, sent to moderators and walls when a room is large or
   * busy. `seqs` lists every sequence number the batch covers; entities appear once, newest state.
   */
  'session:deltas': (batch: DeltaBatch) => void;
  /** Sent only to the nudged panelist's phone. */
  'panelist:nudged': (payload: { at: number }) => void;
  /** Sent to a phone whose seat the moderator released. */
  'panelist:released': (payload: { panelistId: string }) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
