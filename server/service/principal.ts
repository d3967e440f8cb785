import type { ModeratorSeat } from '../../shared/domain';
import type { Identity } from '../../shared/protocol';

/** Who is behind a connection, as established at the handshake. */
export interface Principal {
  sessionId: string;
  role: Identity['role'];
  /** A phone's device-token digest (phones only). */
  deviceTokenHash: string | null;
  /** What the phone holds: a panelist seat or an audience membership (or nothing yet). */
  seat: { kind: 'panelist' | 'audience'; id: string } | null;
  /**
   * A moderator's link: its seat and the digest of the key it presented. Not its name: an
   * organizer may rename the seat's moderator while the console is open (each command reads it).
   */
  moderator: { seat: ModeratorSeat; keyHash: string } | null;
  /**
   * Who supports pledges through this connection, once per pledge: the digest of the browser's
   * secret for the session, a phone's device token or an online viewer's wall token alike (a
   * browser presents the same one on both pages, client/store/wall.ts), so one browser counts
   * once whichever page it supports from; null for projector walls and consoles.
   */
  reactor: string | null;
}

export const panelistIdOf = (p: Principal): string | null => (p.seat?.kind === 'panelist' ? p.seat.id : null);
