import { io } from 'socket.io-client';
import { Client } from '../helpers/clients';
import { dropPrefix } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession, waitingPhone } from '../helpers/round';
import { ADMIN_TOKEN, spawnServer, startServer, type TestServer } from '../helpers/server';
import { testRedisUrl, freshPrefix } from '../helpers/redis';

/** Opens a WebSocket as a browser on `origin` would, and says whether the server let it in. */
function connectsFrom(url: string, sessionId: string, origin?: string, transport: 'websocket' | 'polling' = 'websocket'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = io(url, {
      auth: { role: 'wall', sessionId },
      transports: [transport],
      reconnection: false,
      forceNew: true,
      ...(origin ? { extraHeaders: { origin } } : {}),
    });
    socket.on('connect', () => {
      socket.disconnect();
      resolve(true);
    });
    socket.on('connect_error', () => {
      socket.disconnect();
      resolve(false);
    });
  });
}

describe('security boundaries', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) {
      await s.close();
      await dropPrefix(s.prefix);
    }
  });

  test('with PUBLIC_URL set, only its origin may open a socket (cross-site WebSocket hijacking)', async () => {
    const server = await startServer({ publicUrl: 'https://pledge.example.org' });
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    moderator.close();
    for (const transport of ['websocket', 'polling'] as const) {
      expect(await connectsFrom(server.url, created.sessionId, 'https://pledge.example.org', transport)).toBe(true);
      expect(await connectsFrom(server.url, created.sessionId, 'https://evil.example.com', transport)).toBe(false);
      expect(await connectsFrom(server.url, created.sessionId, 'http://pledge.example.org', transport)).toBe(false);
      expect(await connectsFrom(server.url, created.sessionId, 'null', transport)).toBe(false);
      // Non-browser clients send no Origin; the attack needs a browser, which always sends one.
      expect(await connectsFrom(server.url, created.sessionId, undefined, transport)).toBe(true);
    }
  });

  test('without PUBLIC_URL, the origin must name the host the page was served from', async () => {
    const server = await startServer();
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    moderator.close();
    expect(await connectsFrom(server.url, created.sessionId, server.url)).toBe(true);
    expect(await connectsFrom(server.url, created.sessionId, 'http://evil.localhost:1234')).toBe(false);
  });

  test('strict Content-Security-Policy, no CORS, no framework banner', async () => {
    const server = await startServer();
    servers.push(server);
    const res = await fetch(`${server.url}/api/join/ABCDEF`, { headers: { origin: 'https://evil.example.com' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const preflight = await fetch(`${server.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('secrets never reach the logs, even at debug level', async () => {
    const prefix = freshPrefix();
    const server = await spawnServer({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, LOG_LEVEL: 'debug' });
    const clients: Client[] = [];
    try {
      const { created, moderator, panelists } = await setupSession(server);
      clients.push(moderator);
      await moderator.send('round:open', {});
      const seat = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
      clients.push(seat.phone);
      await seat.phone.send('pledge:submit', pledgeFor('A pledge made while the logs are watched.'));
      const rotated = await (
        await fetch(`${server.url}/api/sessions/${created.sessionId}/moderator-key`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).json();
      // Wrong credentials are logged no more than right ones.
      const bad = new Client(server.url, { role: 'moderator', sessionId: created.sessionId, key: 'WrongKeyWrongKeyWrong1' });
      clients.push(bad);
      // A code-joiner's request, the online moderator's link and the invites are secrets too.
      const waiting = await waitingPhone(server.url, created.sessionId, panelists[1]!.id);
      clients.push(waiting.phone);
      const online = new Client(server.url, { role: 'moderator', sessionId: created.sessionId, key: created.onlineModeratorKey });
      clients.push(online);
      await online.snapshot();
      const invites = await (await fetch(`${server.url}/api/sessions/${created.sessionId}/links`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
      expect(invites.links.invites).toHaveLength(3);
      const reinvited = await online.send('panelist:reinvite', { panelistId: panelists[2]!.id });
      expect(reinvited.ok).toBe(true);
      await (await fetch(`${server.url}/api/sessions/${created.sessionId}/invites.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
      const secrets = [ADMIN_TOKEN, created.moderatorKey, created.onlineModeratorKey, seat.deviceToken, waiting.deviceToken, new URL(rotated.link).hash.slice(5), 'WrongKeyWrongKeyWrong1'];
      secrets.push(...Object.values(created.invites), reinvited.ok ? (reinvited.invite.token as string) : 'missing');
      await new Promise((r) => setTimeout(r, 300));
      const out = server.output();
      expect(out).toMatch(/"level":"debug".*"msg":"command"/); // the debug log was on and saw the commands
      for (const secret of secrets) {
        expect(out).not.toContain(secret);
      }
    } finally {
      clients.forEach((c) => c.close());
      await server.stop();
      await dropPrefix(prefix);
    }
  });
});
