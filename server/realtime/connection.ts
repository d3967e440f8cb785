import type { IncomingMessage } from 'node:http';
import type { AppError, ClaimResult } from '../../shared/protocol';
import type { AudienceMember } from '../../shared/schemas';
import { handshakeSchema, type Handshake } from '../../shared/schemas';
import { mayRun } from '../domain/permissions';
import { STORE_UNAVAILABLE } from '../http/errors';
import { slowDownMessage, type RateLimits } from '../limits';
import { describeError, warnOften, type Logger } from '../log';
import { hashSecret } from '../security';
import { StoreUnavailableError } from '../store/types';
import { commandScope } from './after-ack';
import { handshakeError, handshakeFailed, holdUntilClosed } from './handshake';
import type { Principal, SessionService } from '../service/session-service';
import { COMMANDS } from './commands';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './types';

const refuse = (code: AppError['code'], message: string) => ({ ok: false as const, error: { code, message } });

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

async function sendSnapshot(socket: AppSocket, service: SessionService) {
  const snap = await service.reader.snapshot(socket.data.principal);
  if (snap.ok) socket.emit('session:state', snap.value);
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
    const release = options.limits.hold(ip);
    if (!release) return next(handshakeError({ code: 'rate_limited', message: 'Too many connections from this address. Try again shortly.' }));
    try {
      const principal = await service.reader.authenticate(parsed.data);
      if (!principal.ok) {
        release();
        return next(handshakeError(principal.error));
      }
      socket.data.principal = principal.value;
      socket.data.ip = ip;
      socket.data.device = device ?? `c:${socket.id}`;
      socket.data.lastSeq = parsed.data.lastSeq ?? null;
      holdUntilClosed(socket, release);
      next();
    } catch (err) {
      release();
      handshakeFailed(log, 'handshake', err, next);
    }
  });

  io.on('connection', async (socket) => {
    registerCommands(socket, service, log, options);
    const { sessionId, role } = socket.data.principal;
    log.debug('connected', { sessionId, role, recovered: socket.recovered });
    // Recovered connections got the packets they missed replayed, and kept their rooms; the
    // reader shard is per process, so one recovered on another process takes this one's.
    if (socket.recovered) {
      // The credentials are checked again (a moderator link may have been replaced meanwhile).
      const parsed = handshakeSchema.safeParse(socket.handshake.auth);
      const again = parsed.success ? await service.reader.authenticate(parsed.data) : null;
      if (!again?.ok) return void socket.disconnect(true);
      socket.data.principal = again.value;
      await joinRooms(socket, options.readerShardOf);
      // A commit that landed after the replay was read but before the rooms were joined reached
      // neither: the client learns the store's seq now and catches up if it is behind.
      const seq = await service.reader.currentSeq(sessionId);
      if (seq !== null) socket.emit('session:seq', { seq });
      return;
    }
    try {
      await joinRooms(socket, options.readerShardOf);
      // The first message is the whole state, unless the client shows it is already up to date.
      const lastSeq = socket.data.lastSeq;
      if (lastSeq !== null && lastSeq === (await service.reader.currentSeq(sessionId))) return;
      await sendSnapshot(socket, service);
    } catch (err) {
      log.error('initial state failed', { error: String(err) });
    }
  });
}

function registerCommands(socket: AppSocket, service: SessionService, log: Logger, options: RealtimeOptions) {
  const { limits } = options;
  // The device: its credential's digest, from the handshake (or this connection, for a wall).
  const caller = () => ({ ip: socket.data.ip, device: socket.data.device ?? `c:${socket.id}` });
  for (const [event, cmd] of Object.entries(COMMANDS) as [keyof typeof COMMANDS, (typeof COMMANDS)[keyof typeof COMMANDS]][]) {
    socket.on(event, async (...args: unknown[]) => {
      const ack = args[args.length - 1];
      // Every command is acknowledged; one sent without a callback is malformed and dropped.
      if (typeof ack !== 'function') return;
      // What the command makes others hear goes out once it has been answered (see after-ack.ts).
      await commandScope(() => runCommand(event, cmd, args, ack as (r: unknown) => void));
    });
  }

  async function runCommand<E extends keyof typeof COMMANDS>(event: E, cmd: (typeof COMMANDS)[E], args: unknown[], reply: (r: unknown) => void) {
    const principal = socket.data.principal;
    try {
      // Limits come first, so a flood costs a counter increment and nothing else.
      const allowed = await limits.take(cmd.limit, caller());
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
      await adopt(socket, service, options, event, result.value);
      reply({ ok: true, ...result.value });
    } catch (err) {
      if (err instanceof StoreUnavailableError) {
        warnOften(log, 'store unavailable', { event, sessionId: principal.sessionId, error: describeError(err) });
        return reply({ ok: false, error: STORE_UNAVAILABLE });
      }
      log.error('command failed', { event, sessionId: principal.sessionId, error: describeError(err) });
      reply(refuse('internal', 'The server could not complete this; please try again.'));
    }
  }

  // An event the server does not know (an outdated or foreign client): answered when the client
  // waits for an answer, ignored otherwise.
  socket.onAny((event: string, ...args: unknown[]) => {
    if (Object.hasOwn(COMMANDS, event)) return;
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return;
    void limits.take('sync', caller()).then((allowed) =>
      (ack as (r: unknown) => void)(
        allowed.ok
          ? refuse('unknown_command', 'The server does not know this command. Reload the page.')
          : refuse('rate_limited', slowDownMessage(allowed.retryAfterMs)),
      ),
    );
  });
}

/** A device as the limits know it: a digest of its credential (a projector's wall has none). */
function deviceOf(auth: Handshake): string | undefined {
  if (auth.role === 'phone') return `d:${hashSecret(auth.deviceToken)}`;
  if (auth.role === 'moderator') return `m:${hashSecret(auth.key)}`;
  return auth.viewerToken ? `v:${hashSecret(auth.viewerToken)}` : undefined;
}

/** After taking a seat or joining the audience, the same connection acts for it; no reconnect needed. */
async function adopt(socket: AppSocket, service: SessionService, options: RealtimeOptions, event: string, value: object) {
  let seat: Principal['seat'] = null;
  if (event === 'panelist:claim') {
    const claim = value as ClaimResult;
    if (claim.state === 'seated') seat = { kind: 'panelist', id: claim.panelistId };
  } else if (event === 'audience:join') {
    seat = { kind: 'audience', id: (value as { member: AudienceMember }).member.id };
  }
  if (!seat) return;
  const held = socket.data.principal.seat;
  if (held?.kind === seat.kind && held.id === seat.id) return;
  socket.data.principal = { ...socket.data.principal, seat };
  await joinRooms(socket, options.readerShardOf);
  await sendSnapshot(socket, service);
}
