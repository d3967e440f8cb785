import type { Panelist, Pledge, Round } from '../../shared/schemas';

/** What the store keeps about a session beyond its round and pledges. */
export interface SessionMeta {
  id: string;
  code: string;
  title: string;
  joinCode: string;
  createdAt: number;
  panelists: Panelist[];
  /** SHA-256 digest of the moderator key; the key itself is never stored. */
  moderatorKeyHash: string;
}

/** A panelist seat claimed by one device. */
export interface Participant {
  panelistId: string;
  deviceTokenHash: string;
  claimedAt: number;
  drafting: boolean;
  pledgeId: string | null;
}

export type { Panelist, Pledge, Round };
