import type { ServerToClientEvents } from '../../shared/protocol';

/**
 * Who receives a server event. The realtime layer maps audiences to Socket.IO rooms, so the
 * service decides *who* hears something without knowing how sockets are grouped.
 */
export type Audience =
  /** Every connection of the session: moderators, phones, walls. */
  | { kind: 'session' }
  /** Those who may read pledges: moderators, walls, and the author's own phones. */
  | { kind: 'pledge-readers'; authorId: string }
  /** The moderators' consoles, and one panelist's phones (a record-only pledge goes nowhere else). */
  | { kind: 'moderators-and-author'; authorId: string }
  /** Every phone of the session (not moderators or walls). */
  | { kind: 'phones' }
  /** The phones holding one panelist's seat. */
  | { kind: 'panelist'; panelistId: string };

export interface Fanout {
  emit<E extends keyof ServerToClientEvents>(
    sessionId: string,
    audience: Audience,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void;
  /** Drops the room memberships of a released seat's phones. */
  releaseSeat(sessionId: string, panelistId: string): void;
}
