import { DEFAULT_THEME_LIST } from '../../shared/domain';
import type { AudienceMember, EventInfo, Panelist, Pledge, ProgressReport, Round, SeatRequest, SessionInfo } from '../../shared/schemas';

/**
 * What the store keeps about a session beyond its round and pledges. The moderator links' keys
 * live in fields of their own (`mk:onsite`, `mk:online`), so an organizer can open a console
 * again without replacing its link; sessions stored before that keep the digest of one key here.
 */
export interface SessionMeta extends SessionInfo {
  moderatorKeyHash?: string;
}

/** The session as it may leave the server: its meta without the old single moderator key's digest. */
export function sessionInfo(meta: SessionMeta): SessionInfo {
  const { moderatorKeyHash: _secret, ...session } = meta;
  return session;
}

const NO_DETAILS: SessionInfo['details'] = {
  start: null,
  end: null,
  room: '',
  format: '',
  moderator: '',
  onlineModerator: '',
  rapporteur: '',
  policyQuestions: [],
};

/**
 * A session stored before events, schedules, regional groups and policy questions existed reads
 * with their defaults: no event, the default themes, no schedule details, no policy questions.
 */
export function withMetaDefaults(meta: SessionMeta): SessionMeta {
  return {
    ...meta,
    eventId: meta.eventId ?? null,
    themes: meta.themes ?? DEFAULT_THEME_LIST.map((t) => ({ ...t })),
    details: { ...NO_DETAILS, ...meta.details, policyQuestions: meta.details?.policyQuestions ?? [] },
    panelists: meta.panelists.map((p) => ({ ...p, regionalGroup: p.regionalGroup ?? null })),
  };
}

/** The private side of a pledge's follow-up: its link's digest and its author's progress reports. */
export interface FollowUpRecord {
  pledgeId: string;
  sessionId: string;
  /** SHA-256 digest of the follow-up token; the token itself is never stored. */
  tokenHash: string;
  createdAt: number;
  reports: ProgressReport[];
}

export type { EventInfo };

/** A panelist seat claimed by one device. */
export interface Participant {
  panelistId: string;
  deviceTokenHash: string;
  claimedAt: number;
  drafting: boolean;
  pledgeId: string | null;
  /** When a moderator last nudged this seat's phone (NUDGE_REPEAT_MS keeps a second one back). */
  nudgedAt?: number;
}

/** An audience member: one device, in the room or online. */
export interface AudienceRecord extends AudienceMember {
  deviceTokenHash: string;
  pledgeId: string | null;
}

/** A code-joiner's request for a panelist seat; the device is known only by its token's digest. */
export interface SeatRequestRecord {
  id: string;
  panelistId: string;
  deviceTokenHash: string;
  state: SeatRequest['state'];
  at: number;
}

/** What a device token stands for in a session. Stored before audiences: a bare panelist id. */
export type DeviceRef = { kind: 'panelist' | 'audience' | 'request'; id: string };

export function decodeDeviceRef(value: unknown): DeviceRef | undefined {
  if (typeof value === 'string') return { kind: 'panelist', id: value };
  return value && typeof value === 'object' ? (value as DeviceRef) : undefined;
}

/** Whether the seat or audience membership a device holds is the one that made the pledge. */
export function authoredBy(pledge: Pledge, ref: DeviceRef | undefined): boolean {
  return !!ref && ref.kind === pledge.authorRole && ref.id === pledge.participantId;
}

/** A pledge stored before moderation and audiences reads as a visible panelist pledge by its author. */
export function withPledgeDefaults(pledge: Pledge): Pledge {
  const author = { role: 'author' } as const;
  return {
    ...pledge,
    authorRole: pledge.authorRole ?? 'panelist',
    presence: pledge.presence ?? null,
    status: pledge.status ?? 'visible',
    rejectReason: pledge.rejectReason ?? null,
    updatedBy: pledge.updatedBy ?? author,
    edits: pledge.edits.map((e) => ({ ...e, by: e.by ?? author })),
  };
}

/** A round stored before audiences: the panel pledges; audience pledges, once allowed, are moderated. */
export function withRoundDefaults(round: Round): Round {
  return {
    ...round,
    pledgers: round.pledgers ?? 'panel',
    moderation: round.moderation ?? 'audience',
    lastCallAt: round.lastCallAt ?? null,
    autoClose: round.autoClose ?? false,
  };
}

export type { Panelist, Pledge, Round };
