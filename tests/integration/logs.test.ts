import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp, type App } from '../../server/app';
import { createRateLimits } from '../../server/limits';
import { createLogger } from '../../server/log';
import { redisStreamsAdapter } from '../../server/realtime/adapter';
import { hashSecret } from '../../server/security';
import type { RedisStore } from '../../server/store/redis';
import { Client, newDeviceToken, refusedHandshake } from '../helpers/clients';
import { dropPrefix, freshPrefix, redisStore, testRedisUrl } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession, waitingPhone } from '../helpers/round';
import { ADMIN_TOKEN, keyOf } from '../helpers/server';

const METRICS_TOKEN = 'metrics-token-for-the-log-test-0123';

/** Every line the logger writes, as written. */
class Captured extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    this.lines.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.lines.join('');
  }
}

/**
 * The logs at their most talkative (trace): JSON lines with the request's or the connection's
 * context, and not one credential of the many that travel through a round — admin token,
 * moderator keys (old and new), invite tokens, device tokens, follow-up tokens, a viewer's token,
 * the metrics token — in headers, handshakes, payloads, wrong guesses and mistaken query strings.
 */
describe('logs', () => {
  const prefix = freshPrefix();
  const captured = new Captured();
  const clients: Client[] = [];
  let store: RedisStore;
  let app: App;
  let bridge: Awaited<ReturnType<typeof redisStreamsAdapter>>;
  let url = '';

  beforeAll(async () => {
    store = await redisStore(prefix);
    bridge = await redisStreamsAdapter(testRedisUrl(), prefix);
    app = createApp(
      { store, log: createLogger('trace', { destination: captured }) },
      { adminToken: ADMIN_TOKEN, limits: createRateLimits({ redis: store.client, prefix }), adapter: bridge.adapter, metricsToken: METRICS_TOKEN },
    );
    url = `http://localhost:${await app.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await app?.close();
    await bridge?.close();
    await store?.close();
    await dropPrefix(prefix);
  });

  const call = (path: string, token?: string, init: RequestInit = {}) =>
    fetch(url + path, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) } });

  test('no credential reaches a log line at any level; every line is JSON with its context', async () => {
    const secrets: string[] = [ADMIN_TOKEN, METRICS_TOKEN];
    // Organizer: the session with its links, a new moderator link, the invites, a wrong token.
    const { created, moderator, panelists } = await setupSession({ url });
    clients.push(moderator);
    secrets.push(created.moderatorKey, created.onlineModeratorKey, ...Object.values(created.invites));
    const sessionId = created.sessionId;
    expect((await call(`/api/sessions/${sessionId}/links`, ADMIN_TOKEN)).status).toBe(200);
    const rotated = (await (await call(`/api/sessions/${sessionId}/moderator-key`, ADMIN_TOKEN, { method: 'POST', body: JSON.stringify({ seat: 'online' }) })).json()) as { link: string };
    secrets.push(keyOf(rotated.link));
    expect((await call(`/api/sessions/${sessionId}/invites.csv`, ADMIN_TOKEN)).status).toBe(200);
    const wrongAdmin = 'WrongAdminTokenWrongAdminToken1';
    secrets.push(wrongAdmin);
    expect((await call('/api/sessions', wrongAdmin)).status).toBe(401);

    // Moderators: consoles by key, a wrong key, the report by key, and a key pasted into a query string.
    await moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
    const online = new Client(url, { role: 'moderator', sessionId, key: keyOf(rotated.link) });
    clients.push(online);
    await online.snapshot();
    const wrongKey = 'WrongModeratorKeyWrongKey1';
    secrets.push(wrongKey);
    expect((await refusedHandshake(url, { role: 'moderator', sessionId, key: wrongKey })).data).toMatchObject({ code: 'unauthorized' });
    expect((await call(`/api/sessions/${sessionId}/report`, created.moderatorKey)).status).toBe(200);
    expect((await call(`/api/sessions/${sessionId}/report?key=${created.moderatorKey}#key=${created.moderatorKey}`)).status).toBe(401);
    expect((await call(`/api/nowhere?token=${ADMIN_TOKEN}`)).status).toBe(404);

    // Panelists: an invite, a wrong invite, a request without one; pledges with follow-up tokens.
    const seat = await seatedPhone(url, sessionId, panelists[0]!.id);
    clients.push(seat.phone);
    const waiting = await waitingPhone(url, sessionId, panelists[1]!.id);
    clients.push(waiting.phone);
    const wrongInvite = 'WrongInviteTokenWrongInvite1';
    const guesser = new Client(url, { role: 'phone', sessionId, deviceToken: newDeviceToken() });
    clients.push(guesser);
    await guesser.snapshot();
    expect((await guesser.send('panelist:claim', { panelistId: panelists[2]!.id, invite: wrongInvite })).ok).toBe(false);
    secrets.push(wrongInvite, seat.deviceToken, waiting.deviceToken, seat.invite);
    const followUpToken = newDeviceToken();
    const pledgeId = randomUUID();
    // A payload the schema refuses, carrying a token, is logged no more than a good one.
    expect(await seat.phone.send('pledge:submit', { ...pledgeFor('short', { id: pledgeId }), followUpToken })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    await seat.phone.sendOk('pledge:submit', { ...pledgeFor('We will publish our logs without a single secret in them.', { id: pledgeId }), followUpToken });
    expect((await call(`/api/follow-up/${pledgeId}`, followUpToken)).status).toBe(200);
    expect((await call(`/api/follow-up/${pledgeId}/reports`, followUpToken, { method: 'POST', body: JSON.stringify({ status: 'in_progress', note: 'Started.' }) })).status).toBe(201);
    const newFollowUp = newDeviceToken();
    await seat.phone.sendOk('pledge:follow-up', { pledgeId, followUpToken: newFollowUp });
    secrets.push(followUpToken, newFollowUp);

    // The audience and an online viewer's wall, which supports a pledge with its viewer token.
    const viewerToken = newDeviceToken();
    const viewer = new Client(url, { role: 'wall', sessionId, viewerToken });
    clients.push(viewer);
    await viewer.snapshot();
    await viewer.sendOk('reaction:set', { pledgeId, on: true });
    secrets.push(viewerToken);
    // Operators: the metrics with their token.
    expect((await call('/metrics', METRICS_TOKEN)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));

    // Nothing secret, nor the digest a device is known by, anywhere in the output.
    const out = captured.text;
    for (const secret of secrets) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain(hashSecret(secret));
    }
    // Every line is one JSON object with a level, a time and a message.
    const lines = captured.lines.map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    // Requests: id, method, path without its query, status, duration.
    const requests = lines.filter((l) => l.req);
    const report = requests.filter((l) => l.req.path === `/api/sessions/${sessionId}/report`);
    expect(report.map((l) => l.res.status).sort()).toEqual([200, 401]);
    for (const l of requests) {
      expect(l.req).toEqual({ id: expect.any(String), method: expect.any(String), path: expect.stringMatching(/^\/[^?#]*$/) });
      expect(l).toMatchObject({ res: { status: expect.any(Number) }, responseTime: expect.any(Number) });
    }
    expect(requests.find((l) => l.req.path === '/metrics')?.level).toBe('debug');
    expect(requests.find((l) => l.req.path === '/api/nowhere')?.level).toBe('info');
    // Connections: their socket, session and role on every line about them.
    const connected = lines.filter((l) => l.msg === 'connected');
    expect(new Set(connected.map((l) => l.role))).toEqual(new Set(['moderator', 'phone', 'wall']));
    for (const l of connected) expect(l).toMatchObject({ level: 'debug', socketId: expect.any(String), sessionId });
    const commands = lines.filter((l) => l.msg === 'command');
    expect(commands.find((l) => l.event === 'pledge:submit' && l.ok)).toMatchObject({ role: 'phone', sessionId, socketId: expect.any(String) });
    expect(commands.find((l) => l.event === 'panelist:claim' && !l.ok)).toMatchObject({ code: 'invite_invalid' });
  });

  test('redaction holds for whatever a caller passes, in JSON and in pretty lines', () => {
    for (const pretty of [false, true]) {
      const out = new Captured();
      const log = createLogger('trace', { pretty, destination: out });
      const secret = newDeviceToken();
      const child = log.child({ socketId: 'abc', auth: { deviceToken: secret } });
      child.trace('handshake', { token: secret, key: secret, invite: secret, body: { followUpToken: secret, adminToken: secret } });
      child.debug('request', { url: `/s/x/moderate?key=${secret}#key=${secret}`, headers: { authorization: `Bearer ${secret}`, cookie: secret } });
      log.info('info', { secret, moderatorKey: secret, viewerToken: secret });
      log.warn('warn', { path: `/api/x?token=${secret}` });
      log.error('error', { link: `/i/s/p#invite=${secret}` });
      const text = out.text;
      for (const msg of ['handshake', 'request', 'info', 'warn', 'error']) expect(text).toContain(msg);
      expect(text).not.toContain(secret);
      if (!pretty) {
        expect(out.lines.map((l) => JSON.parse(l).level)).toEqual(['trace', 'debug', 'info', 'warn', 'error']);
        expect(JSON.parse(out.lines[1]!).url).toBe('/s/x/moderate');
      } else {
        expect(() => JSON.parse(out.lines[0]!)).toThrow();
      }
    }
  });
});
