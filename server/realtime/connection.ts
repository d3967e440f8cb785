import type { IncomingMessage } from 'node:http';
import { handshakeSchema, type Handshake } from '../../shared/schemas';
import { slowDownMessage, type RateLimits } from '../limits';
import { describeError, type Logger } from '../log';
import type { CommandObserver } from '../ops/command-gate';
import { hashSecret } from '../security';
import { handshakeError, handshakeFailed, holdUntilClosed, toThisSocket } from './handshake';
import type { Principal, SessionService } from '../service/session-service';
import { firstStates, onEvent, setDispatch, socketMeta } from './dispatch';
import { watchRequestPhones } from './request-phones';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './types';

export interface RealtimeOptions {
  limits: RateLimits;
  /** The shard room a reader joins (see rooms.ts). */
  readerShardOf: (sessionId: string, socketId: string) => string;
  /** Takes the client address from X-Forwarded-For (last hop) when behind a trusted proxy. */
  trustProxy: boolean;
  /** Times and counts every command, and starts none once the server is shutting down (ops/command-gate.ts). */
  commands: CommandObserver;
}

export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** The rooms a connection belongs in, from its principal (see rooms.ts). */
function roomsOf(principal: Principal, shard: string): string[] {
  const { sessionId, role, seat, deviceTokenHash, moderator } = principal;
  switch (role) {
    case 'wall':
      return [rooms.readers(sessionId), shard];
    case 'moderator':
      return [rooms.moderators(sessionId), rooms.moderatorSeat(sessionId, moderator!.seat)];
    case 'phone': {
      const own = deviceTokenHash ? [rooms.device(sessionId, deviceTokenHash)] : [];
      if (seat?.kind === 'audience') return [...own, rooms.readers(sessionId), shard, rooms.participant(sessionId, seat.id)];
      if (seat?.kind === 'panelist') return [...own, rooms.phones(sessionId), rooms.participant(sessionId, seat.id)];
      return [...own, rooms.phones(sessionId)];
    }
    default: {
      const never: never = role;
      throw new Error(`unknown role ${String(never)}`);
    }
  }
}

/** Binds the socket to its rooms (again after it took a seat or joined the audience). */
async function joinRooms(socket: AppSocket, readerShardOf: RealtimeOptions['readerShardOf']) {
  const principal = socket.data.principal;
  const wanted = roomsOf(principal, readerShardOf(principal.sessionId, socket.id));
  for (const room of socket.rooms) if (room !== socket.id && !wanted.includes(room)) void socket.leave(room);
  await socket.join(wanted);
}

/**
 * Where a socket's own messages go. A reader's (a wall, an audience member: there may be
 * thousands) stay on this process (see toThisSocket); a phone's or a console's go through the
 * adapter like any broadcast, kept for its recovery should it drop right after.
 */
function ownMessages(socket: AppSocket): Pick<AppSocket, 'emit'> {
  const { role, seat } = socket.data.principal;
  return role === 'wall' || seat?.kind === 'audience' ? toThisSocket(socket) : socket;
}

async function sendSnapshot(socket: AppSocket, service: SessionService) {
  const snap = await service.reader.snapshot(socket.data.principal);
  if (snap.ok) ownMessages(socket).emit('session:state', snap.value);
}

export function attachRealtime(io: AppServer, service: SessionService, log: Logger, options: RealtimeOptions) {
  // Socket.IO replays a recovered connection's missed packets before any of our code runs (even
  // before `connection`), so a connection whose credentials were revoked while it was away (a
  // replaced moderator link, a released seat) is not recovered at all: it reconnects through the
  // handshake below, as a new connection, and proves its credentials again.
  const adapter = io.of('/').adapter;
  const restore = adapter.restoreSession.bind(adapter);
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset);
    const principal = (session?.data as { principal?: Principal } | undefined)?.principal;
    if (principal && !(await service.reader.stillValid(principal))) return null as unknown as typeof session;
    return session;
  };

  // Handshake: the credentials travel in `auth`, never in the URL, and are checked before the socket exists.
  io.use(async (socket, next) => {
    const ip = clientIp(socket.request, options.trustProxy);
    // Parsed first, so a device is limited by its own credential before its address is (a venue
    // NAT is not an attacker); all of it before the store is read.
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    const device = parsed.success ? deviceOf(parsed.data) : undefined;
    const allowed = await options.limits.take('connect', { ip, device });
    if (!allowed.ok) return next(handshakeError({ code: 'rate_limited', message: slowDownMessage(allowed.retryAfterMs) }));
    if (!parsed.success) return next(handshakeError({ code: 'invalid_payload', message: 'Bad handshake.' }));
    if (!options.limits.hold(ip)) return next(handshakeError({ code: 'rate_limited', message: 'Too many connections from this address. Try again shortly.' }));
    try {
      const principal = await service.reader.authenticate(parsed.data);
      if (!principal.ok) {
        options.limits.release(ip);
        return next(handshakeError(principal.error));
      }
      socket.data.principal = principal.value;
      socket.data.ip = ip;
      socket.data.device = device ?? `c:${socket.id}`;
      socket.data.lastSeq = parsed.data.lastSeq ?? null;
      holdUntilClosed(socket, options.limits, ip);
    } catch (err) {
      options.limits.release(ip);
      return handshakeFailed(log, 'handshake', err, next);
    }
    // Outside the try: whatever runs after this middleware is not this handshake's failure (its
    // hold now goes back with the socket, not here).
    next();
  });

  setDispatch(io.of('/'), {
    service,
    log,
    limits: options.limits,
    commands: options.commands,
    rejoin: (socket) => joinRooms(socket, options.readerShardOf),
    sendSnapshot: (socket) => sendSnapshot(socket, service),
  });

  io.on('connection', async (socket) => {
    // One listener shared by every socket runs its commands (dispatch.ts).
    socket.onAny(onEvent);
    const { sessionId } = socket.data.principal;
    log.debug('connected', { ...socketMeta(socket), recovered: socket.recovered });
    // Recovered connections got the packets they missed replayed, and kept their rooms; the
    // reader shard is per process, so one recovered on another process takes this one's.
    if (socket.recovered) {
      // The credentials are checked again (a moderator link may have been replaced meanwhile).
      const parsed = handshakeSchema.safeParse(socket.handshake.auth);
      const again = parsed.success ? await service.reader.authenticate(parsed.data) : null;
      if (!again?.ok) return void socket.disconnect(true);
      socket.data.principal = again.value;
      await joinRooms(socket, options.readerShardOf);
      watchRequestPhones(io, service, log, socket);
      // A commit that landed after the replay was read but before the rooms were joined reached
      // neither: the client learns the store's seq now and catches up if it is behind.
      const seq = await service.reader.currentSeq(sessionId);
      if (seq !== null) ownMessages(socket).emit('session:seq', { seq });
      return;
    }
    const first = (async () => {
      try {
        await joinRooms(socket, options.readerShardOf);
        // The first message is the whole state, unless the client shows it is already up to date.
        const lastSeq = socket.data.lastSeq;
        if (lastSeq === null || lastSeq !== (await service.reader.currentSeq(sessionId))) await sendSnapshot(socket, service);
        // After the snapshot: a console learns of the requests before it is told of their phones.
        watchRequestPhones(io, service, log, socket);
      } catch (err) {
        log.error('initial state failed', { ...socketMeta(socket), error: describeError(err) });
      }
    })();
    // The socket's commands wait for it (dispatch.ts).
    firstStates.set(socket, first);
    await first;
  });
}

/** A device as the limits know it: a digest of its credential (a projector's wall has none). */
function deviceOf(auth: Handshake): string | undefined {
  if (auth.role === 'phone') return `d:${hashSecret(auth.deviceToken)}`;
  if (auth.role === 'moderator') return `m:${hashSecret(auth.key)}`;
  return auth.viewerToken ? `v:${hashSecret(auth.viewerToken)}` : undefined;
}
