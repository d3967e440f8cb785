import type { AppError } from '../../shared/protocol';
import { handshakeSchema } from '../../shared/schemas';
import { mayRun } from '../domain/permissions';
import type { Logger } from '../log';
import { hashSecret } from '../security';
import type { SessionService } from '../service/session-service';
import { COMMANDS } from './commands';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './types';

const refuse = (code: AppError['code'], message: string) => ({ ok: false as const, error: { code, message } });

/** Binds the socket to its rooms from its principal (again after a seat is claimed). */
async function joinRooms(socket: AppSocket) {
  const { sessionId, role, panelistId } = socket.data.principal;
  const wanted = [rooms.all(sessionId)];
  if (role === 'moderator' || role === 'wall') wanted.push(rooms.readers(sessionId));
  if (panelistId) wanted.push(rooms.panelist(sessionId, panelistId));
  await socket.join(wanted);
}

async function sendSnapshot(socket: AppSocket, service: SessionService) {
  const snap = await service.snapshot(socket.data.principal);
  if (snap.ok) socket.emit('session:state', snap.value);
}

export function attachRealtime(io: AppServer, service: SessionService, log: Logger) {
  // Handshake: the credentials travel in `auth`, never in the URL, and are checked before the socket exists.
  io.use(async (socket, next) => {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(Object.assign(new Error('invalid_payload'), { data: refuse('invalid_payload', 'Bad handshake.').error }));
    try {
      const principal = await service.authenticate(parsed.data);
      if (!principal.ok) return next(Object.assign(new Error(principal.error.code), { data: principal.error }));
      socket.data.principal = principal.value;
      next();
    } catch (err) {
      log.error('handshake failed', { error: String(err) });
      next(Object.assign(new Error('internal'), { data: refuse('internal', 'Server error.').error }));
    }
  });

  io.on('connection', async (socket) => {
    registerCommands(socket, service, log);
    try {
      await joinRooms(socket);
      // The first message is the whole state; everything after it is a delta.
      await sendSnapshot(socket, service);
    } catch (err) {
      log.error('initial state failed', { error: String(err) });
    }
  });
}

function registerCommands(socket: AppSocket, service: SessionService, log: Logger) {
  for (const [event, cmd] of Object.entries(COMMANDS) as [keyof typeof COMMANDS, (typeof COMMANDS)[keyof typeof COMMANDS]][]) {
    socket.on(event, async (...args: unknown[]) => {
      const ack = args[args.length - 1];
      // Every command is acknowledged; one sent without a callback is malformed and dropped.
      if (typeof ack !== 'function') return;
      const reply = ack as (r: unknown) => void;
      const input = args.length > 1 ? args[0] : undefined;
      const principal = socket.data.principal;
      if (!mayRun(principal.role, event)) return reply(refuse('forbidden', 'Your role may not do this.'));
      const payload = cmd.schema.safeParse(input);
      if (!payload.success) {
        const issue = payload.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        return reply(refuse('invalid_payload', `${where}${issue?.message ?? 'invalid input'}`));
      }
      try {
        const result = await (cmd.run as (s: SessionService, p: typeof principal, x: unknown) => ReturnType<typeof cmd.run>)(
          service,
          principal,
          payload.data,
        );
        if (!result.ok) return reply(result);
        if (event === 'panelist:claim') await adoptSeat(socket, service, result.value as { deviceToken: string; panelistId: string });
        reply({ ok: true, ...result.value });
      } catch (err) {
        log.error('command failed', { event, sessionId: principal.sessionId, error: String(err) });
        reply(refuse('internal', 'The server could not complete this; please try again.'));
      }
    });
  }
}

/** After a claim the same connection acts for the seat; no reconnect needed. */
async function adoptSeat(socket: AppSocket, service: SessionService, claim: { deviceToken: string; panelistId: string }) {
  socket.data.principal = {
    ...socket.data.principal,
    panelistId: claim.panelistId,
    deviceTokenHash: hashSecret(claim.deviceToken),
  };
  await joinRooms(socket);
  await sendSnapshot(socket, service);
}
