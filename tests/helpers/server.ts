import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createApp, type App } from '../../server/app';
import { createRateLimits } from '../../server/limits';
import { createLogger } from '../../server/log';
import { redisStreamsAdapter } from '../../server/realtime/adapter';
import { RedisStore } from '../../server/store/redis';
import { MemoryStore } from '../../server/store/memory';
import type { SessionStore } from '../../server/store/types';
import type { CreatedSession, SessionAccess } from '../../shared/http';
import type { CreateEventInput, CreateSessionInput, EventInfo } from '../../shared/schemas';
import { dropPrefix, freshPrefix, redisStore, testRedisUrl } from './redis';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestServer {
  url: string;
  app: App;
  store: SessionStore;
  prefix: string;
  close(): Promise<void>;
}

/** A real server on a random port, in this process, on real Redis (default) or the memory store. */
export async function startServer(
  opts: {
    store?: 'redis' | 'memory';
    prefix?: string;
    clientDir?: string;
    publicUrl?: string;
    redisUrl?: string;
    limitRules?: NonNullable<Parameters<typeof createRateLimits>[0]>['rules'];
    /** Sockets one address may hold open (default: server/limits.ts). */
    openPerIp?: number;
    app?: Partial<Parameters<typeof createApp>[1]>;
    /** The service's clock (default Date.now), e.g. to move a test months ahead. */
    clock?: () => number;
  } = {},
): Promise<TestServer> {
  const prefix = opts.prefix ?? freshPrefix();
  const store = opts.store === 'memory' ? new MemoryStore() : await redisStore(prefix, opts.redisUrl);
  const limits = createRateLimits({ ...(store instanceof RedisStore ? { redis: store.client, prefix } : {}), rules: opts.limitRules, openPerIp: opts.openPerIp });
  const bridge = store instanceof RedisStore ? await redisStreamsAdapter(opts.redisUrl ?? testRedisUrl(), prefix) : null;
  const app = createApp(
    { store, log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), ...(opts.clock ? { clock: opts.clock } : {}) },
    { adminToken: ADMIN_TOKEN, clientDir: opts.clientDir, limits, publicUrl: opts.publicUrl, adapter: bridge?.adapter, ...opts.app },
  );
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://localhost:${port}`,
    app,
    store,
    prefix,
    async close() {
      await app.close();
      await bridge?.close();
      await store.close();
    },
  };
}

/** The key in a moderator link (`…/s/:sessionId/moderate#key=…`). */
export const keyOf = (link: string) => new URL(link).hash.replace('#key=', '');
/** The token in a personal invite link (`…/i/:sessionId/:panelistId#invite=…`). */
export const inviteTokenOf = (link: string) => new URL(link).hash.replace('#invite=', '');

export type TestSession = CreatedSession & {
  /** The onsite moderator's key. */
  moderatorKey: string;
  onlineModeratorKey: string;
  /** Invite token per panelist id. */
  invites: Record<string, string>;
};

export async function createSession(url: string, body: CreateSessionInput): Promise<TestSession> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { ok: boolean } & CreatedSession;
  if (res.status !== 201 || !json.ok) throw new Error(`create session failed: ${res.status} ${JSON.stringify(json)}`);
  return {
    ...json,
    moderatorKey: keyOf(json.links.moderator),
    onlineModeratorKey: keyOf(json.links.onlineModerator),
    invites: Object.fromEntries(json.links.invites.map((i) => [i.panelistId, inviteTokenOf(i.link)])),
  };
}

/** A panelist's current invite token, from the organizer's links of the session (GET /api/sessions/:id/links). */
export async function inviteFor(url: string, sessionId: string, panelistId: string, adminToken = ADMIN_TOKEN): Promise<string> {
  const res = await fetch(`${url}/api/sessions/${sessionId}/links`, { headers: { authorization: `Bearer ${adminToken}` } });
  const json = (await res.json()) as { ok: boolean } & SessionAccess;
  const link = json.ok ? json.links.invites.find((i) => i.panelistId === panelistId)?.link : undefined;
  if (!link) throw new Error(`no invite for ${panelistId}: ${res.status} ${JSON.stringify(json)}`);
  return inviteTokenOf(link);
}

export const PANEL: CreateSessionInput = {
  title: 'Commitments to Action',
  code: 'WS #215',
  panelists: [
    { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' },
    { name: 'Kenji Watanabe', organization: 'MIC Japan', stakeholderGroup: 'Government' },
    { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community' },
  ],
};

/** An authenticated JSON request to the organizer API; answers status and body. */
export async function adminApi<T = Record<string, unknown>>(
  url: string,
  path: string,
  init: { method?: string; body?: unknown; raw?: string; contentType?: string; token?: string | null } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? ADMIN_TOKEN}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.raw !== undefined) headers['content-type'] = init.contentType ?? 'text/csv';
  const res = await fetch(url + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (CSV exports): the text itself
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

/** Creates an event through the API; answers its info. */
export async function createEvent(url: string, body: CreateEventInput): Promise<EventInfo> {
  const res = await adminApi<{ ok: boolean; event: EventInfo }>(url, '/api/events', { body });
  if (res.status !== 201) throw new Error(`create event failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.event;
}

/** The real server as its own OS process (`server/index.ts`), for restart and kill tests. */
export async function spawnServer(env: Record<string, string>, args: string[] = [], entry = 'server/index.ts', startMs = 20_000): Promise<{ url: string; port: number; child: ChildProcess; output: () => string; waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>; stop(signal?: NodeJS.Signals): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(entry), ...args], {
    cwd: path.resolve('.'),
    env: { ...withoutRedisUrl(process.env), PORT: '0', ADMIN_TOKEN, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    // A server that never came up must not outlive the test (its pipes would keep jest running).
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, startMs);
    const check = () => {
      const m = /listening on port (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return {
    url: `http://localhost:${port}`,
    port,
    child,
    output: () => out,
    async waitForOutput(pattern, timeoutMs = 10000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (Date.now() > deadline) throw new Error(`server never printed ${pattern}:\n${out}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return out;
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
}

/** The suite's own REDIS_URL must not leak into a server that is meant to run on the memory store. */
function withoutRedisUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { REDIS_URL: _drop, ...rest } = env;
  return rest;
}

/**
 * For a describe block: one real server on real Redis for all its tests, and a list of client
 * connections to close after them. Read `.server` inside tests.
 */
export function serverSuite(opts: Parameters<typeof startServer>[0] = {}): { server: TestServer; clients: { close(): void }[] } {
  const ctx = { clients: [] as { close(): void }[] } as { server: TestServer; clients: { close(): void }[] };
  beforeAll(async () => {
    ctx.server = await startServer(opts);
  });
  afterAll(async () => {
    ctx.clients.forEach((c) => c.close());
    await ctx.server?.close();
    if (ctx.server) await dropPrefix(ctx.server.prefix);
  });
  return ctx;
}

/**
 * Two server processes sharing one Redis and one clock the test moves (round timers, a nudge's
 * repeat time): `passTo(at, ms)` moves the clock to `ms` past `at`, never back.
 */
export function serversSharingClock() {
  let offset = 0;
  const clock = () => Date.now() + offset;
  const suite = serverSuite({ clock });
  const ctx = {
    suite,
    clock,
    /** The second process, started once the first is up. */
    other: undefined as unknown as TestServer,
    track: <T extends { close(): void }>(c: T) => (suite.clients.push(c), c),
    passTo: (at: number, ms = 0) => (offset += Math.max(0, at + ms - clock())),
  };
  beforeAll(async () => {
    ctx.other = await startServer({ prefix: suite.server.prefix, clock });
  });
  afterAll(() => ctx.other?.close());
  return ctx;
}
