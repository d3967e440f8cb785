import type { Namespace, Socket } from 'socket.io';
import {
  FORUM_NAMESPACE,
  FORUM_PROTOCOL,
  forumHandshakeSchema,
  type ForumClientToServerEvents,
  type ForumServerToClientEvents,
  type ForumSnapshot,
} from '../../shared/forum';
import type { AppError } from '../../shared/protocol';
import { publicView } from '../domain/registry';
import { STORE_UNAVAILABLE } from '../http/errors';
import { slowDownMessage, type RateLimits } from '../limits';
import { describeError, type Logger } from '../log';
import { onWalls } from '../service/deltas';
import type { EventService } from '../service/event-service';
import { StoreUnavailableError } from '../store/types';
import { clientIp } from './connection';
import { handshakeError, handshakeFailed, holdUntilClosed, toThisSocket } from './handshake';
import { rooms } from './rooms';
import type { AppServer } from './types';

interface ForumSocketData {
  eventId: string;
  ip: string;
}
type ForumNamespace = Namespace<ForumClientToServerEvents, ForumServerToClientEvents, Record<string, never>, ForumSocketData>;
type ForumSocket = Socket<ForumClientToServerEvents, ForumServerToClientEvents, Record<string, never>, ForumSocketData>;

const noEvent: AppError = { code: 'event_not_found', message: 'This event does not exist.' };

/**
 * The forum wall of an event: every public, visible pledge of its sessions, read from the
 * sessions' documents (one decoded copy per session, reused while its seq is unchanged:
 * service/doc-cache.ts), each session with the seq its pledges were read at. Null: no such event.
 */
export async function forumSnapshot(events: EventService, eventId: string, now: number): Promise<ForumSnapshot | null> {
  const event = await events.get(eventId);
  if (!event) return null;
  const docs = await events.sessionDocs(eventId);
  return {
    protocol: FORUM_PROTOCOL,
    event: { id: event.id, name: event.name, startDate: event.startDate, endDate: event.endDate, themes: event.themes, languages: event.languages },
    sessions: docs.map(({ meta, seq }) => ({ id: meta.id, code: meta.code, title: meta.title, room: meta.details.room, start: meta.details.start, seq })),
    pledges: docs
      .flatMap((doc) => doc.pledges.filter(onWalls).map(publicView))
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1)),
    serverNow: now,
  };
}

export interface ForumOptions {
  limits: RateLimits;
  trustProxy: boolean;
  clock: () => number;
}

/**
 * The `/forum` namespace: a read-only wall per event. The handshake names the event (`auth:
 * { eventId }`), is rate-limited like a session wall's and refused for an event that does not
 * exist; the socket joins its event's room (`e:<eventId>:forum`, fed by realtime/rooms.ts with the
 * pledge deltas of every session of the event) and gets the whole state first — on every
 * connection, a recovered one too: the room does not see every commit of a session, so a client
 * cannot find a gap by seq, and asks for `forum:sync` again every FORUM_RESYNC_MS.
 */
export function attachForum(io: AppServer, events: EventService, log: Logger, options: ForumOptions): void {
  const nsp = io.of(FORUM_NAMESPACE) as unknown as ForumNamespace;

  nsp.use(async (socket, next) => {
    const ip = clientIp(socket.request, options.trustProxy);
    const parsed = forumHandshakeSchema.safeParse(socket.handshake.auth);
    // A forum wall has no credential: like a session wall, it is limited by its address only.
    const allowed = await options.limits.take('connect', { ip });
    if (!allowed.ok) return next(handshakeError({ code: 'rate_limited', message: slowDownMessage(allowed.retryAfterMs) }));
    if (!parsed.success) return next(handshakeError({ code: 'invalid_payload', message: 'Bad handshake.' }));
    if (!options.limits.hold(ip)) return next(handshakeError({ code: 'rate_limited', message: 'Too many connections from this address. Try again shortly.' }));
    try {
      if (!(await events.get(parsed.data.eventId))) {
        options.limits.release(ip);
        return next(handshakeError(noEvent));
      }
      socket.data.eventId = parsed.data.eventId;
      socket.data.ip = ip;
      holdUntilClosed(socket, options.limits, ip);
    } catch (err) {
      options.limits.release(ip);
      return handshakeFailed(log, 'forum handshake', err, next);
    }
    // Outside the try, as for session sockets (connection.ts).
    next();
  });

  const snapshotFor = async (socket: ForumSocket) => forumSnapshot(events, socket.data.eventId, options.clock());

  // One listener for every forum wall (Socket.IO calls it with the socket as `this`): a wall costs no closure of ours.
  async function onSync(this: ForumSocket, ack: unknown) {
    if (typeof ack !== 'function') return;
    const reply = ack as (r: unknown) => void;
    try {
      const allowed = await options.limits.take('sync', { ip: this.data.ip, device: `c:${this.id}` });
      if (!allowed.ok) return reply({ ok: false, error: { code: 'rate_limited', message: slowDownMessage(allowed.retryAfterMs) } });
      const snapshot = await snapshotFor(this);
      reply(snapshot ? { ok: true, snapshot } : { ok: false, error: noEvent });
    } catch (err) {
      if (err instanceof StoreUnavailableError) return reply({ ok: false, error: STORE_UNAVAILABLE });
      log.error('forum sync failed', { eventId: this.data.eventId, error: describeError(err) });
      reply({ ok: false, error: { code: 'internal', message: 'Server error.' } });
    }
  }

  nsp.on('connection', async (socket) => {
    const { eventId } = socket.data;
    socket.on('forum:sync', onSync);
    try {
      // Joined before the state is read, so a commit between the two is in the state or in a frame.
      await socket.join(rooms.forum(eventId));
      const snapshot = await snapshotFor(socket);
      if (snapshot) toThisSocket(socket).emit('forum:state', snapshot);
    } catch (err) {
      log.error('forum state failed', { eventId, error: describeError(err) });
    }
  });
}
