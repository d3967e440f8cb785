import { Client } from '../helpers/clients';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { createSession, PANEL, serverSuite, spawnServer, startServer } from '../helpers/server';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** One sample of a Prometheus text exposition: the value of `name` with exactly these labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    const wanted = Object.entries(labels);
    if (wanted.length === Object.keys(got).length && wanted.every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape(url: string, token: string | null = METRICS_TOKEN): Promise<string> {
  const res = await fetch(`${url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return res.text();
}

describe('/metrics', () => {
  const ctx = serverSuite({ app: { metricsToken: METRICS_TOKEN } });

  test('needs the metrics token when one is configured', async () => {
    const none = await fetch(`${ctx.server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await fetch(`${ctx.server.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789abcdeX' } });
    expect(wrong.status).toBe(401);
    expect(await scrape(ctx.server.url)).toContain('pledge_round_commands_in_flight 0');
  });

  test('after a round: sockets by role, rooms, commands by outcome and latency, pledges stored, taps, frames, process metrics', async () => {
    const url = ctx.server.url;
    const { created, moderator, panelists, wall } = await setupSession(ctx.server);
    ctx.clients.push(moderator);
    const walls = [wall(), wall()];
    ctx.clients.push(...walls);
    await Promise.all(walls.map((w) => w.snapshot()));
    await moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });

    const phones: Client[] = [];
    const pledges = [];
    for (const [i, p] of panelists.entries()) {
      const { phone } = await seatedPhone(url, created.sessionId, p.id);
      ctx.clients.push(phone);
      phones.push(phone);
      const payload = pledgeFor(`Metrics pledge number ${i + 1}, counted once.`);
      pledges.push((await phone.sendOk('pledge:submit', payload)).pledge as { id: string });
      // The first phone resends its pledge, as after a lost answer: answered ok, stored once.
      if (i === 0) expect(await phone.send('pledge:submit', payload)).toMatchObject({ ok: true, created: false });
    }
    expect(await phones[0]!.send('round:close', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await phones[1]!.send('pledge:submit', { text: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const viewer = await audiencePhone(url, created.sessionId, { presence: 'onsite', name: 'Viewer' });
    ctx.clients.push(viewer.phone);
    expect(await viewer.phone.send('reaction:set', { pledgeId: pledges[0]!.id, on: true })).toMatchObject({ ok: true });
    for (const w of walls) for (const p of pledges) await w.waitForDelta('pledge', (d) => d.pledge.id === p.id);

    const text = await scrape(url);
    // Connections and rooms on this process.
    expect(sample(text, 'pledge_round_sockets_connected', { role: 'moderator' })).toBe(1);
    expect(sample(text, 'pledge_round_sockets_connected', { role: 'wall' })).toBe(2);
    expect(sample(text, 'pledge_round_sockets_connected', { role: 'phone' })).toBe(4);
    expect(sample(text, 'pledge_round_sockets_connected', { role: 'forum' })).toBe(0);
    expect(sample(text, 'pledge_round_rooms', { kind: 'readers' })).toBe(1);
    expect(sample(text, 'pledge_round_rooms', { kind: 'moderators' })).toBe(1);
    expect(sample(text, 'pledge_round_rooms', { kind: 'participant' })).toBe(4);
    // Commands by name and outcome, and their latency.
    expect(sample(text, 'pledge_round_commands_total', { command: 'pledge:submit', outcome: 'ok' })).toBe(4);
    expect(sample(text, 'pledge_round_commands_total', { command: 'pledge:submit', outcome: 'invalid_payload' })).toBe(1);
    expect(sample(text, 'pledge_round_commands_total', { command: 'round:close', outcome: 'forbidden' })).toBe(1);
    expect(sample(text, 'pledge_round_commands_total', { command: 'round:open', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'pledge_round_command_duration_seconds_count', { command: 'pledge:submit' })).toBe(5);
    expect(sample(text, 'pledge_round_command_duration_seconds_bucket', { command: 'pledge:submit', le: '+Inf' })).toBe(5);
    expect(sample(text, 'pledge_round_command_duration_seconds_sum', { command: 'pledge:submit' })).toBeGreaterThan(0);
    expect(sample(text, 'pledge_round_commands_in_flight')).toBe(0);
    // Three pledges stored (the resend is not a fourth), one tap.
    expect(sample(text, 'pledge_round_pledges_stored_total')).toBe(3);
    expect(sample(text, 'pledge_round_reaction_taps_total', { support: 'on' })).toBe(1);
    // Frames to the readers reached both walls and the audience phone each time.
    const frames = sample(text, 'pledge_round_fanout_frames_total', { audience: 'readers' })!;
    expect(frames).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'pledge_round_fanout_deliveries_total', { audience: 'readers' })).toBeGreaterThanOrEqual(2 * frames);
    expect(sample(text, 'pledge_round_fanout_frames_total', { audience: 'moderators' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'pledge_round_fanout_frames_total', { audience: 'participant' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'pledge_round_store_errors_total', { kind: 'unavailable' })).toBe(0);
    expect(sample(text, 'pledge_round_ready')).toBe(1);
    // The process's own metrics.
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_start_time_seconds')).toBeGreaterThan(0);
    // Every metric is described once.
    const types = text.split('\n').filter((l) => l.startsWith('# TYPE '));
    expect(new Set(types).size).toBe(types.length);
  });

  test('a second app in the same process counts its own commands only; without a token /metrics is open', async () => {
    const other = await startServer({ store: 'memory' });
    try {
      const own = await scrape(other.url, null);
      expect(sample(own, 'pledge_round_commands_total', { command: 'pledge:submit', outcome: 'ok' })).toBeUndefined();
      expect(sample(own, 'pledge_round_pledges_stored_total')).toBe(0);
      expect(sample(own, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(sample(await scrape(ctx.server.url), 'pledge_round_pledges_stored_total')).toBe(3);
    } finally {
      await other.close();
    }
  });
});

describe('/metrics under start:cluster', () => {
  const prefix = freshPrefix();
  const clients: Client[] = [];
  let server: Awaited<ReturnType<typeof spawnServer>>;
  beforeAll(async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, WORKERS: '2', METRICS_TOKEN };
    server = await spawnServer(env, [], 'server/cluster.ts', 60_000);
  }, 70_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server?.stop();
    await dropPrefix(prefix);
  });

  test('whichever worker a scrape reaches, it answers for the whole cluster', async () => {
    const created = await createSession(server.url, PANEL);
    // Connections are handed to the workers in turn: both hold some of these walls.
    const walls = Array.from({ length: 6 }, () => new Client(server.url, { role: 'wall', sessionId: created.sessionId }));
    clients.push(...walls);
    await Promise.all(walls.map((w) => w.snapshot(0, 15_000)));
    for (let i = 0; i < 4; i++) {
      const text = await scrape(server.url);
      expect(sample(text, 'pledge_round_sockets_connected', { role: 'wall' })).toBe(6);
      expect(sample(text, 'pledge_round_ready')).toBe(1);
      expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    }
  }, 60_000);
});
