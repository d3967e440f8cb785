import type { AppError, ClaimResult } from '../../shared/protocol';
import type { AudienceMember } from '../../shared/schemas';
import { mayRun } from '../domain/permissions';
import { STORE_UNAVAILABLE } from '../http/errors';
import { slowDownMessage, type LimitResult, type RateLimits } from '../limits';
import { describeError, warnOften, type Logger, type LogMeta } from '../log';
import type { CommandObserver } from '../ops/command-gate';
import type { Principal, SessionService } from '../service/session-service';
import { StoreUnavailableError } from '../store/types';
import { commandScope, gateWrites, LimitRefused, writesAllowed } from './command-scope';
import { COMMANDS } from './commands';
import type { AppSocket } from './types';

/**
 * Every command of every connection goes through one listener, `onEvent`, shared by all sockets
 * of the namespace (`socket.onAny(onEvent)`; Socket.IO calls it with the socket as `this`). A
 * connection costs no closure and no listener entry per command: thousands of walls that never
 * send one keep nothing of ours but `socket.data`.
 */
export interface Dispatch {
  service: SessionService;
  log: Logger;
  limits: RateLimits;
  /** Times and counts every command, and starts none once the server is shutting down (ops/command-gate.ts). */
  commands: CommandObserver;
  /** Binds the socket to its rooms again after it took a seat or joined the audience. */
  rejoin(socket: AppSocket): Promise<void>;
  sendSnapshot(socket: AppSocket): Promise<void>;
}

type CommandName = keyof typeof COMMANDS;
type Reply = (r: unknown) => void;

/** The dispatch of each Socket.IO server's main namespace. */
const dispatches = new WeakMap<object, Dispatch>();

export function setDispatch(namespace: object, dispatch: Dispatch): void {
  dispatches.set(namespace, dispatch);
}

export const refuse = (code: AppError['code'], message: string) => ({ ok: false as const, error: { code, message } });

/** What log lines about a connection carry: which connection, its session and role; never a credential. */
export const socketMeta = (socket: AppSocket): LogMeta => ({
  socketId: socket.id,
  sessionId: socket.data.principal.sessionId,
  role: socket.data.principal.role,
});

/** The device for rate limits: its credential's digest, from the handshake (or this connection, for a wall). */
const callerOf = (socket: AppSocket) => ({ ip: socket.data.ip, device: socket.data.device ?? `c:${socket.id}` });

/**
 * A new connection's first state, being read and sent: its commands wait for it, so a command sent
 * as soon as the socket connected (a phone's queued seat request) is answered after that state,
 * never before it (a state read before the command's commit, arriving after its answer, would
 * undo what the answer told the client).
 */
export const firstStates = new WeakMap<AppSocket, Promise<void>>();

export function onEvent(this: AppSocket, event: string, ...args: unknown[]): void {
  const dispatch = dispatches.get(this.nsp);
  const ack = args[args.length - 1];
  // Every command is acknowledged; one sent without a callback is malformed and dropped.
  if (!dispatch || typeof ack !== 'function') return;
  if (!Object.hasOwn(COMMANDS, event)) return unknownCommand(dispatch, this, ack as Reply);
  const name = event as CommandName;
  // Shutting down: not started; its client sends it again once reconnected to another server.
  const run = dispatch.commands.begin(name);
  if (!run) return;
  const reply: Reply = (r) => {
    run.answered(r);
    (ack as Reply)(r);
  };
  // What the command makes others hear goes out once it has been answered (see command-scope.ts).
  const first = firstStates.get(this);
  void commandScope(async () => {
    if (first) await first;
    return runCommand(dispatch, this, name, args, reply);
  }).finally(() => run.end());
}

/** An event the server does not know (an outdated or foreign client): answered, since the client waits. */
function unknownCommand(dispatch: Dispatch, socket: AppSocket, ack: Reply) {
  void dispatch.limits.take('sync', callerOf(socket)).then((allowed) =>
    ack(
      allowed.ok
        ? refuse('unknown_command', 'The server does not know this command. Reload the page.')
        : refuse('rate_limited', slowDownMessage(allowed.retryAfterMs)),
    ),
  );
}

async function runCommand<E extends CommandName>(dispatch: Dispatch, socket: AppSocket, event: E, args: unknown[], reply: Reply) {
  const { limits } = dispatch;
  const cmd = COMMANDS[event];
  const caller = callerOf(socket);
  let verdict: Promise<LimitResult> | null = null;
  const limited = (allowed: LimitResult) => (allowed.ok ? null : refuse('rate_limited', slowDownMessage(allowed.retryAfterMs)));
  try {
    // The device's own limit comes first, and an address this process saw refused stays refused
    // without a store call: a flood costs a counter increment and nothing else.
    const own = await limits.own(cmd.limit, caller.device);
    const held = own.ok ? limits.addressHeld(cmd.limit, caller.ip) : own;
    if (!held.ok) return reply(limited(held));
    // The address's limit (a store round trip) answers while the command reads; it writes nothing
    // before the verdict, and a refusal is what its caller hears (see command-scope.ts).
    verdict = limits.address(cmd.limit, caller.ip);
    gateWrites(verdict);
    const answer = await answerOf(dispatch, socket, event, args);
    reply(limited(await verdict) ?? answer);
  } catch (err) {
    // A command its limit refused hears that, whatever else went wrong.
    const refused = verdict && limited(await verdict);
    reply(refused ?? failure(dispatch, socket, event, err));
  }
}

/** What the command answers, once the rate limits let it through. */
async function answerOf<E extends CommandName>(dispatch: Dispatch, socket: AppSocket, event: E, args: unknown[]): Promise<unknown> {
  const cmd = COMMANDS[event];
  const principal = socket.data.principal;
  if (!mayRun(principal.role, event)) return refuse('forbidden', 'Your role may not do this.');
  const input = args.length > 1 ? args[0] : undefined;
  const payload = cmd.schema.safeParse(input);
  if (!payload.success) {
    const issue = payload.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return refuse('invalid_payload', `${where}${issue?.message ?? 'invalid input'}`);
  }
  const result = await (cmd.run as (s: SessionService, p: Principal, x: unknown) => ReturnType<typeof cmd.run>)(dispatch.service, principal, payload.data);
  dispatch.log.debug('command', { ...socketMeta(socket), event, ok: result.ok, ...(result.ok ? {} : { code: result.error.code }) });
  if (!result.ok) return result;
  // A claim that changed nothing wrote nothing: the connection takes the seat only once the limit let it through.
  await writesAllowed();
  await adopt(dispatch, socket, event, result.value);
  return { ok: true, ...result.value };
}

/** The answer to a command that threw: refused by its rate limit, the store unavailable, or a fault. */
function failure(dispatch: Dispatch, socket: AppSocket, event: string, err: unknown) {
  if (err instanceof LimitRefused) return refuse('rate_limited', slowDownMessage(err.retryAfterMs));
  if (err instanceof StoreUnavailableError) {
    warnOften(dispatch.log, 'store unavailable', { ...socketMeta(socket), event, error: describeError(err) });
    return { ok: false, error: STORE_UNAVAILABLE };
  }
  dispatch.log.error('command failed', { ...socketMeta(socket), event, error: describeError(err) });
  return refuse('internal', 'The server could not complete this; please try again.');
}

/** After taking a seat or joining the audience, the same connection acts for it; no reconnect needed. */
async function adopt(dispatch: Dispatch, socket: AppSocket, event: string, value: object) {
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
  await dispatch.rejoin(socket);
  await dispatch.sendSnapshot(socket);
}
