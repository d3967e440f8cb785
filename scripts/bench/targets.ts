/**
 * The two things the benchmark measures, behind one interface: the product (server/index.ts as its
 * own process(es), on a throwaway Redis) and the bare Socket.IO baseline (bare-server.ts). Each
 * gives the load generator its URLs, its server pids, a session for the walls, phones that write
 * pledge versions and time their acknowledgements, the protocol its audience taps with, and the
 * true support counts (what the store holds) to check the walls' against.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { ReactionFrame, SessionSnapshot } from '../../shared/protocol';
import { freePort } from '../lib/redis-process';
import { bareForumFrame, bareFrame, barePledge, panelistInputs } from './fixtures';
import { now } from './messages';
import { spawnNode, waitForHttp, type NodeProcess } from './procs';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

/** One panelist's phone: writes a version of its pledge and reports when it was emitted. */
export interface RushPhone {
  pledgeId: string;
  /** Emits the version; resolves after the server's acknowledgement. */
  write(kind: 'submit' | 'edit', text: string): Promise<{ emittedAt: number; ackMs: number }>;
}

export interface Session {
  sessionId: string;
  phones: RushPhone[];
  /** The server's support counts now: the product's store (a moderator's `session:sync`), the bare server's `counts`. */
  truth(): Promise<ReactionFrame>;
  close(): void;
}

export interface Target {
  label: string;
  urls: string[];
  serverPids: number[];
  /** Other processes serving the target (Redis), whose CPU is reported separately. */
  auxPids: number[];
  /** How audience devices join and tap (scripts/bench/tapper-worker.ts). */
  audience: 'product' | 'bare';
  /** Server output so far (for the error message when something fails). */
  output(): string;
  /** A session with an open round and `pledges` seated phones. */
  prepare(pledges: number): Promise<Session>;
  stop(): Promise<void>;
}

function connect(url: string, auth: object): { socket: Socket; connected: Promise<void>; state: Promise<SessionSnapshot> } {
  const socket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false, timeout: 30_000 });
  // Listeners first: the snapshot can arrive in the same tick as the connection.
  const state = new Promise<SessionSnapshot>((resolve) => socket.once('session:state', resolve));
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(new Error(`connecting to ${url} failed: ${err.message}`)));
  });
  return { socket, connected, state };
}

function emit<T = { ok: boolean }>(socket: Socket, event: string, payload: unknown, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    socket.timeout(timeoutMs).emit(event, payload, (err: Error | null, res: T) => (err ? reject(new Error(`${event}: ${err.message}`)) : resolve(res)));
  });
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

// ---------------------------------------------------------------- the product

export async function startProduct(opts: { redisUrl: string; redisPid: number; processes: number }): Promise<Target> {
  const prefix = `bench:${randomUUID().slice(0, 8)}:`;
  const procs: NodeProcess[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < opts.processes; i++) {
      const port = await freePort();
      const proc = spawnNode('server/index.ts', {
        PORT: String(port),
        HOST: '127.0.0.1',
        REDIS_URL: opts.redisUrl,
        REDIS_PREFIX: prefix,
        ADMIN_TOKEN,
        LOG_LEVEL: 'warn',
        LIMITS_SCALE: '10000',
      });
      procs.push(proc);
      urls.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(procs.map((p, i) => waitForHttp(p, `${urls[i]}/healthz`)));
  } catch (err) {
    await Promise.all(procs.map((p) => p.stop()));
    throw err;
  }
  return {
    label: `Pledge Round (${opts.processes} proc${opts.processes > 1 ? 's' : ''})`,
    urls,
    serverPids: procs.map((p) => p.pid),
    auxPids: [opts.redisPid],
    audience: 'product',
    output: () => procs.map((p) => p.output()).join('\n'),
    async stop() {
      await Promise.all(procs.map((p) => p.stop()));
    },
    prepare: (pledges) =>
      openProductSession(urls, { title: 'Fan-out benchmark: commitments to action', code: 'WS #215', panelists: panelistInputs(pledges) }),
  };
}

/**
 * Creates a session over the admin API (`body`: createSessionSchema's input, with an `eventId` for
 * a session of an event), opens its round from a moderator socket on the first URL, and seats a
 * phone per panelist (spread over the URLs like the walls) with its panelist's invite link.
 */
export async function openProductSession(urls: string[], body: object): Promise<Session> {
  const res = await fetch(`${urls[0]}/api/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const created = (await res.json()) as { ok: boolean; sessionId: string; links: { moderator: string; invites: { panelistId: string; link: string }[] } };
  if (!res.ok || !created.ok) throw new Error(`POST /api/sessions failed: ${res.status} ${JSON.stringify(created)}`);
  const sessionId = created.sessionId;
  const key = new URL(created.links.moderator).hash.replace('#key=', '');
  const sockets: Socket[] = [];
  const close = () => sockets.forEach((s) => s.disconnect());
  try {
    const mod = connect(urls[0]!, { role: 'moderator', sessionId, key });
    sockets.push(mod.socket);
    await mod.connected;
    const snapshot = await withTimeout(mod.state, 30_000, 'moderator session:state');
    const opened = await emit(mod.socket, 'round:open', {});
    if (!opened.ok) throw new Error(`round:open refused: ${JSON.stringify(opened)}`);
    // Phones are spread over the processes like the walls; each opens its panelist's invite link.
    const invites = new Map(created.links.invites.map((i) => [i.panelistId, new URL(i.link).hash.replace('#invite=', '')]));
    const phones = await Promise.all(
      snapshot.session.panelists.map(async (panelist, i): Promise<RushPhone> => {
        const deviceToken = randomBytes(16).toString('base64url');
        const phone = connect(urls[i % urls.length]!, { role: 'phone', sessionId, deviceToken });
        sockets.push(phone.socket);
        await phone.connected;
        const claim = await emit<{ ok: boolean; state?: string }>(phone.socket, 'panelist:claim', { panelistId: panelist.id, invite: invites.get(panelist.id) });
        if (!claim.ok || claim.state !== 'seated') throw new Error(`panelist:claim refused: ${JSON.stringify(claim)}`);
        const pledgeId = randomUUID();
        // Each edit is based on the version the previous answer stored, as a phone's is.
        let basedOn: number | null = null;
        return {
          pledgeId,
          async write(kind, text) {
            const emittedAt = now();
            const ack = await emit<{ ok: boolean; pledge?: { updatedAt: number } }>(phone.socket, kind === 'submit' ? 'pledge:submit' : 'pledge:edit', {
              id: pledgeId,
              basedOn: kind === 'submit' ? null : basedOn,
              text,
              capacity: 'individual',
            });
            const ackMs = now() - emittedAt;
            if (!ack.ok) throw new Error(`pledge:${kind} refused: ${JSON.stringify(ack)}`);
            basedOn = ack.pledge?.updatedAt ?? null;
            return { emittedAt, ackMs };
          },
        };
      }),
    );
    const truth = async () => {
      const res = (await mod.socket.timeout(30_000).emitWithAck('session:sync')) as { ok: boolean; snapshot?: SessionSnapshot };
      if (!res.ok || !res.snapshot) throw new Error(`session:sync refused: ${JSON.stringify(res)}`);
      return res.snapshot.reactions;
    };
    return { sessionId, phones, truth, close };
  } catch (err) {
    close();
    throw err;
  }
}

// ---------------------------------------------------------------- the bare baseline

/**
 * The bare server. With `forumSessions` (the forum scenario) its walls join rooms — a session wall
 * its session's, a forum wall (`/forum`) its event's — and its forum snapshot lists that many sessions.
 */
export async function startBare(options: { forumSessions?: number } = {}): Promise<Target> {
  const port = await freePort();
  const rooms: Record<string, string> = options.forumSessions ? { BARE_ROOMS: '1', BARE_FORUM_SESSIONS: String(options.forumSessions) } : {};
  const proc = spawnNode('scripts/bench/bare-server.ts', { PORT: String(port), ...rooms });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(proc, `${url}/healthz`);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  return {
    label: 'bare Socket.IO (1 proc)',
    urls: [url],
    serverPids: [proc.pid],
    auxPids: [],
    audience: 'bare',
    output: () => proc.output(),
    stop: () => proc.stop(),
    prepare: (pledges) => openBareSession(url, 'bare-session', pledges),
  };
}

/**
 * P phones of a bare session. Each version goes to the server as the frame the product's walls get
 * for it (fixtures.ts): with an `eventId` as `forum-pledge`, together with the frame the product's
 * forum walls get (the server emits each to its room), otherwise as `pledge` (emitted to everyone).
 */
export async function openBareSession(url: string, sessionId: string, pledges: number, eventId: string | null = null): Promise<Session> {
  const sockets: Socket[] = [];
  const close = () => sockets.forEach((s) => s.disconnect());
  let seq = 1;
  try {
    const panelists = panelistInputs(pledges).map((p, i) => ({ id: `bare-panelist-${i}`, ...p }));
    const phones = await Promise.all(
      panelists.map(async (panelist): Promise<RushPhone> => {
        const phone = connect(url, { role: 'phone', sessionId });
        sockets.push(phone.socket);
        await phone.connected;
        const pledgeId = randomUUID();
        let createdAt: number | undefined;
        return {
          pledgeId,
          async write(kind, text) {
            createdAt ??= Date.now();
            const pledge = barePledge({ id: pledgeId, sessionId, panelist, text, createdAt });
            const batch = bareFrame(++seq, pledge, kind === 'submit');
            const event = eventId ? 'forum-pledge' : 'pledge';
            const payload = eventId ? { sessionId, eventId, batch, forum: bareForumFrame(seq, pledge) } : batch;
            const emittedAt = now();
            const ack = await emit<{ ok: boolean }>(phone.socket, event, payload);
            const ackMs = now() - emittedAt;
            if (!ack.ok) throw new Error(`bare ${event} refused: ${JSON.stringify(ack)}`);
            return { emittedAt, ackMs };
          },
        };
      }),
    );
    const control = connect(url, { role: 'control', sessionId });
    sockets.push(control.socket);
    await control.connected;
    const truth = async () => {
      const { ok, ...frame } = (await control.socket.timeout(30_000).emitWithAck('counts')) as { ok: boolean } & ReactionFrame;
      if (!ok) throw new Error('bare counts refused');
      return frame;
    };
    return { sessionId, phones, truth, close };
  } catch (err) {
    close();
    throw err;
  }
}
