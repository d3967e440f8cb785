/**
 * The forum wall's wire contract: one wall per event, on the venue's main screens, showing the
 * public pledges of every session of the event live. It is a Socket.IO namespace of its own
 * (`/forum`), read-only, with its own events; its deltas are the sessions' pledge deltas, tagged
 * with their session.
 */
import { z } from 'zod';
import type { AckFn, SessionDelta } from './protocol';
import { eventSchema, idSchema, type Pledge } from './schemas';

/**
 * The client imports this file's types only (its zod schemas stay out of the page's bundle), so
 * values it needs are restated there with these constants' literal types, checked by the compiler.
 */
export const FORUM_NAMESPACE = '/forum';
export const FORUM_PROTOCOL = 1;

/** Socket.IO's client adds these to `auth` when it tries to recover a dropped connection. */
const recovery = { pid: z.string().max(64).optional(), offset: z.string().max(64).optional() };

/** The forum namespace's handshake `auth`: which event's wall (no credential: it is public). */
export const forumHandshakeSchema = z.strictObject({ eventId: idSchema, ...recovery });
export type ForumHandshake = z.infer<typeof forumHandshakeSchema>;

/** What the forum wall shows of its event; its interface alternates between the event's languages. */
export const forumEventSchema = eventSchema.pick({ id: true, name: true, startDate: true, endDate: true, themes: true, languages: true });
export type ForumEvent = z.infer<typeof forumEventSchema>;

/** One session of the event, with the seq its pledges in the snapshot were read at. */
export const forumSessionSchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  room: z.string(),
  start: z.string().nullable(),
  seq: z.number().int().min(0),
});
export type ForumSession = z.infer<typeof forumSessionSchema>;

/** The whole forum wall: sent on connect (and on every reconnect) and answered to `forum:sync`. */
export interface ForumSnapshot {
  protocol: number;
  event: ForumEvent;
  /** The event's sessions in programme order. */
  sessions: ForumSession[];
  /** Every public, visible pledge of the event, in its public view (no history); newest first. */
  pledges: Pledge[];
  serverNow: number;
}

/**
 * A pledge shown, changed or taken off the walls in one of the event's sessions, or a session an
 * organizer changed (its code, title, room or start as the wall labels its pledges). `seq` is
 * that session's commit: comparable only between deltas (and snapshots) of the same session.
 */
export type ForumDelta = Extract<SessionDelta, { kind: 'pledge' | 'pledge-removed' | 'session' }> & { sessionId: string };

/** What the forum room receives: the pledge deltas of every session, gathered like a session wall's frames. */
export interface ForumFrame {
  deltas: ForumDelta[];
}

export interface ForumServerToClientEvents {
  'forum:state': (snapshot: ForumSnapshot) => void;
  'forum:deltas': (frame: ForumFrame) => void;
}

export interface ForumClientToServerEvents {
  /**
   * The whole state again. The forum room sees only the commits that change a public pledge, of
   * many sessions, so a wall cannot tell a missed frame from a commit it was never meant to see:
   * it asks every few minutes while open (client/store/forum.ts), and when a delta names a
   * session it does not know. Every (re)connection gets the state unasked.
   */
  'forum:sync': (ack: AckFn<{ snapshot: ForumSnapshot }>) => void;
}
