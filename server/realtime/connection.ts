import type { IncomingMessage } from 'node:http';
import type { AppError } from '../../shared/protocol';
import { handshakeSchema } from '../../shared/schemas';
import { mayRun } from '../domain/permissions';
import { slowDownMessage, type RateLimits } from '../limits';
import type { Logger } from '../log';
import { hashSecret } from '../security';
import type { SessionService } from '../service/session-service';
import { COMMANDS } from './commands';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './types';

const refuse = (code: AppError['code'], message: string) => ({ ok: false as const, error: { code, message } });
const handshakeError = (error: AppError) => Object.assign(new Error(error.code), { data: error });

export interface RealtimeOptions {
  limits: RateLimits;
  /** The shard room a reader joins (see rooms.ts). */
  readerShardOf: (sessionId: string, socketId: string) => string;
  /** Takes the client address from X-Forwarded-For (last hop) when behind a trusted proxy. */
  trustProxy: boolean;
}

export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Binds the socket to its rooms from its principal (again after a seat is claimed). */
async function joinRooms(socket: AppSocket, readerShardOf: RealtimeOptions['readerShardOf']) {
  const { sessionId, role, panelistId } = socket.data.principal;
  const wanted = role === 'phone' ? [rooms.phones(sessionId)] : [rooms.readers(sessionId), readerShardOf(sessionId, socket.id)];
  if (role === 'moderator') wanted.push(rooms.moderators(sessionId));
  if (panelistId) wanted.push(rooms.panelist(sessionId, panelistId));
  await socket.join(wanted);
}

async function sendSnapshot(socket: AppSocket, service: SessionService) {
  const snap = await service.snapshot(socket.data.principal);
  if (snap.ok) socket.emit('session:state', snap.value);
}

export function attachRealtime(io: AppServer, service: SessionService, log: Logger, options: RealtimeOptions) {
  // Handshake: the credentials travel in `auth`, never in the URL, and are checked before the socket exists.
  io.use(async (socket, next) => {
    const ip = clientIp(socket.request, options.trustProxy);
    const allowed = await options.limits.take('connect', ip);
    if (!allowed.ok) return next(handshakeError({ code: 'rate_limited', message: slowDownMessage(allowed.retryAfterMs) }));
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(handshakeError({ code: 'invalid_payload', message: 'Bad handshake.' }));
    try {
      const principal = await service.authenticate(parsed.data);
      if (!principal.ok) return next(handshakeError(principal.error));
      socket.data.principal = principal.value;
      socket.data.ip = ip;
      socket.data.lastSeq = parsed.data.lastSeq ?? null;
      next();
    } catch (err) {
      log.error('handshake failed', { error: String(err) });
      next(handshakeError({ code: 'internal', message: 'Server error.' }));
    }
  });

  io.on('connection', async (socket) => {
    registerCommands(socket, service, log, options);
    const { sessionId, role } = socket.data.principal;
    log.debug('connected', { sessionId, role, recovered: socket.recovered });
    // Recovered connections got the packets they missed replayed, and kept their rooms; the
    // reader shard is per process, so one recovered on another process takes this one's.
    if (socket.recovered) {
      const own = options.readerShardOf(sessionId, socket.id);
      for (const room of socket.rooms) if (room.includes(':r:') && room !== own) void socket.leave(room);
      if (role !== 'phone') void socket.join(own);
      return;
    }
    try {
      await joinRooms(socket, options.readerShardOf);
      // The first message is the whole state, unless the client shows it is already up to date.
      const lastSeq = socket.data.lastSeq;
      if (lastSeq !== null && lastSeq === (await service.currentSeq(sessionId))) return;
      await sendSnapshot(socket, service);
    } catch (err) {
      log.error('initial state failed', { error: String(err) });
    }
  });
}

function registerCommands(socket: AppSocket, service: SessionService, log: Logger, options: RealtimeOptions) {
  const { limits } = options;
  for (const [event, cmd] of Object.entries(COMMANDS) as [keyof typeof COMMANDS, (typeof COMMANDS)[keyof typeof COMMANDS]][]) {
    socket.on(event, async (...args: unknown[]) => {
      const ack = args[args.length - 1];
      // Every command is acknowledged; one sent without a callback is malformed and dropped.
      if (typeof ack !== 'function') return;
      const reply = ack as (r: unknown) => void;
      const principal = socket.data.principal;
      try {
        // Limits come first, so a flood costs a counter increment and nothing else.
        const allowed = await limits.take(cmd.limit, socket.data.ip, socket.id);
        if (!allowed.ok) return reply(refuse('rate_limited', slowDownMessage(allowed.retryAfterMs)));
        if (!mayRun(principal.role, event)) return reply(refuse('forbidden', 'Your role may not do this.'));
        const input = args.length > 1 ? args[0] : undefined;
        const payload = cmd.schema.safeParse(input);
        if (!payload.success) {
          const issue = payload.error.issues[0];
          const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
          return reply(refuse('invalid_payload', `${where}${issue?.message ?? 'invalid input'}`));
        }
        const result = await (cmd.run as (s: SessionService, p: typeof principal, x: unknown) => ReturnType<typeof cmd.run>)(
          service,
          principal,
          payload.data,
        );
        log.debug('command', { event, sessionId: principal.sessionId, role: principal.role, ok: result.ok });
        if (!result.ok) return reply(result);
        if (event === 'panelist:claim') await adoptSeat(socket, service, options, result.value as { deviceToken: string; panelistId: string });
        reply({ ok: true, ...result.value });
      } catch (err) {
        log.error('command failed', { event, sessionId: principal.sessionId, error: String(err) });
        reply(refuse('internal', 'The server could not complete this; please try again.'));
      }
    });
  }
}

/** After a claim the same connection acts for the seat; no reconnect needed. */
async function adoptSeat(
  socket: AppSocket,
  service: SessionService,
  options: RealtimeOptions,
  claim: { deviceToken: string; panelistId: string },
) {
  socket.data.principal = {
    ...socket.data.principal,
    panelistId: claim.panelistId,
    deviceTokenHash: hashSecret(claim.deviceToken),
  };
  await joinRooms(socket, options.readerShardOf);
  await sendSnapshot(socket, service);
}
