import type { ServerToClientEvents, SessionDelta } from '../../shared/protocol';

/** A delta before the store gave its commit a sequence number. */
export type DeltaBody = SessionDelta extends infer D ? (D extends SessionDelta ? Omit<D, 'seq'> : never) : never;

/**
 * Who receives a delta. The realtime layer maps audiences to Socket.IO rooms, so the service
 * decides *who* hears something without knowing how sockets are grouped.
 */
export type Audience =
  /** Walls and audience devices: the public view (visible public pledges, round, panel, counts). */
  | { kind: 'readers' }
  /** The moderators' consoles: everything. */
  | { kind: 'moderators' }
  /** Every panelist-side phone (seated or not): the round and the panel. */
  | { kind: 'phones' }
  /** The phones of one panelist seat or one audience member: their own pledge. */
  | { kind: 'participant'; participantId: string }
  /** The forum walls of the session's event: its public pledge deltas only (shared/forum.ts). */
  | { kind: 'event'; eventId: string };

export interface RoutedDelta {
  to: Audience[];
  delta: DeltaBody;
}

/** Events for one device or seat, outside the sequence of commits. */
export type NoticeTarget = { kind: 'participant'; participantId: string } | { kind: 'device'; deviceTokenHash: string };
export type NoticeEvent = Exclude<keyof ServerToClientEvents, 'session:state' | 'session:deltas' | 'session:seq'>;

export interface Fanout {
  /**
   * One commit's deltas. Readers and moderators hear of every commit (its seq), even one with
   * nothing for them, so a hole in their sequence always means a missed frame.
   */
  publish(sessionId: string, seq: number, deltas: RoutedDelta[]): void;
  notify<E extends NoticeEvent>(sessionId: string, to: NoticeTarget, event: E, ...args: Parameters<ServerToClientEvents[E]>): void;
  /** Takes the phones of a seat (or one device) out of the seat's room: they no longer hold it. */
  leaveSeat(sessionId: string, from: NoticeTarget, participantId: string): void;
  /** Disconnects every console opened with a moderator link that has just been replaced. */
  disconnectModerators(sessionId: string, seat: 'onsite' | 'online'): void;
  /** Whether a device (or a seat's phones) has a connection open now, on any process (true when that cannot be told). */
  connected(sessionId: string, to: NoticeTarget): Promise<boolean>;
  /** A pledge's support count changed: walls and consoles get its count in a later frame (batched). */
  reacted(sessionId: string, pledgeId: string): void;
}

/** A fanout that delivers nothing (scripts that write sessions without a server). */
export const silentFanout: Fanout = {
  publish: () => undefined,
  notify: () => undefined,
  leaveSeat: () => undefined,
  disconnectModerators: () => undefined,
  connected: () => Promise.resolve(true),
  reacted: () => undefined,
};
