import { DEFAULT_THEME_LIST } from '../../shared/domain';
import type { EventInfo, Panelist, Pledge, ProgressReport, Round, SessionInfo } from '../../shared/schemas';

/** What the store keeps about a session beyond its round and pledges. */
export interface SessionMeta extends SessionInfo {
  /** SHA-256 digest of the moderator key; the key itself is never stored. */
  moderatorKeyHash: string;
}

/**
 * A session stored before events, schedules and regional groups existed reads with their
 * defaults: no event, the default themes, no schedule details.
 */
export function withMetaDefaults(meta: SessionMeta): SessionMeta {
  return {
    ...meta,
    eventId: meta.eventId ?? null,
    themes: meta.themes ?? DEFAULT_THEME_LIST.map((t) => ({ ...t })),
    details: meta.details ?? { start: null, end: null, room: '', format: '', moderator: '', onlineModerator: '', rapporteur: '' },
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
}

export type { Panelist, Pledge, Round };
