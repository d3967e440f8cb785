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
   * Who supports pledges through this connection, once per pledge: a phone's device digest, or
   * an online viewer's wall (`v:` and its viewer token's digest); null for projector walls and consoles.
   */
  reactor: string | null;
}

export const panelistIdOf = (p: Principal): string | null => (p.seat?.kind === 'panelist' ? p.seat.id : null);

/** The reactor key of an online viewer's wall page. */
export const viewerReactor = (tokenHash: string) => `v:${tokenHash}`;
