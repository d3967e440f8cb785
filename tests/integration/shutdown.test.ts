import { decodeDoc } from '../../server/service/codec';
import type { OutboxState } from '../../client/outbox';
import { Client } from '../helpers/clients';
import { Failover } from '../helpers/failover';
import { outboxPhone, whenSaved, type OutboxPhone } from '../helpers/phones';
import { dropPrefix, freshPrefix, redisStore, testRedisUrl } from '../helpers/redis';
import { pledgeFor } from '../helpers/round';
import { createSession, spawnServer } from '../helpers/server';

const PHONES = 24;
const SHUTDOWN_TIMEOUT_MS = 5000;
/** A's Redis answers this late each way, so that each of its commands takes a few hundred ms. */
const STORE_LATENCY_MS = 40;
/**
 * When each phone sends: six before the stop, twelve just before it (in flight at SIGTERM), and six
 * during A's drain, counted from when A says it is shutting down (a busy machine may run A's
 * signal handler well after the signal was sent: a command A receives before it is not late).
 */
const EARLY = 6;
const BURST = 12;
const SEND_AT = (i: number) => (i < EARLY ? i * 50 : 400);
const DRAIN_SEND_AT = (i: number) => (i - EARLY - BURST) * 60;
const SIGTERM_AT = 500;
/** The phone page's own: a phone waits this long for an answer before it sends again. */
const PHONE_ACK_TIMEOUT_MS = 8000;

const PANEL_OF_MANY = {
  title: 'A close rush across a restart',
  code: 'WS #404',
  panelists: Array.from({ length: PHONES }, (_, i) => ({ name: `Panelist ${i + 1}`, organization: `Organization ${i + 1}`, stakeholderGroup: 'Civil Society' as const })),
};

/**
 * Server A is stopped (SIGTERM) in the middle of a close rush, with server B beside it on the same
 * Redis behind a balancer. A stops taking connections and commands, finishes the commands it had
 * started and answers them, sends their frames, and closes its connections so clients reconnect —
 * to B — and resend what was not answered. No acknowledged pledge is lost or stored twice, and A
 * exits cleanly within its deadline.
 */
describe('graceful shutdown', () => {
  const prefix = freshPrefix();
  const cleanup: (() => Promise<unknown> | unknown)[] = [];
  afterAll(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
    await dropPrefix(prefix);
  });

  test('SIGTERM during a close rush: every pledge saved exactly once, through the other server; A exits 0 in time', async () => {
    const redisUrl = new URL(testRedisUrl());
    const slowRedis = new Failover([Number(redisUrl.port)], { latencyMs: STORE_LATENCY_MS });
    await slowRedis.start();
    cleanup.push(() => slowRedis.close());
    const env = { REDIS_PREFIX: prefix, SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) };
    const [a, b] = await Promise.all([
      spawnServer({ ...env, REDIS_URL: `redis://127.0.0.1:${slowRedis.port}` }, [], 'server/index.ts', 40_000),
      spawnServer({ ...env, REDIS_URL: redisUrl.href }, [], 'server/index.ts', 40_000),
    ]);
    cleanup.push(() => a.stop(), () => b.stop());
    const balancer = new Failover([a.port, b.port]);
    await balancer.start();
    cleanup.push(() => balancer.close());

    const created = await createSession(balancer.url, PANEL_OF_MANY);
    const sessionId = created.sessionId;
    const moderator = new Client(balancer.url, { role: 'moderator', sessionId, key: created.moderatorKey });
    // A wall on B hears A's commits through Redis: it misses none if A sent its frames before closing.
    const wallOnB = new Client(b.url, { role: 'wall', sessionId });
    cleanup.push(() => moderator.close(), () => wallOnB.close());
    const state = await moderator.snapshot(0, 10_000);
    await wallOnB.snapshot(0, 10_000);
    await moderator.sendOk('round:open', {});

    const phones: OutboxPhone[] = [];
    for (let i = 0; i < PHONES; i += 6) {
      const batch = state.session.panelists.slice(i, i + 6).map((p) => outboxPhone(balancer.url, sessionId, p.id, { ackTimeoutMs: PHONE_ACK_TIMEOUT_MS }));
      phones.push(...(await Promise.all(batch)));
    }
    cleanup.push(() => phones.forEach((p) => (p.outbox.stop(), p.phone.close())));
    expect(balancer.routed.every((server) => server === 0)).toBe(true);

    // The rush (see SEND_AT); A gets SIGTERM while the burst's commands are in flight.
    const savedAt: number[] = [];
    const sent = phones.map((p, i) => {
      const payload = pledgeFor(`Close rush pledge of panelist ${i + 1}: we will keep our promise.`);
      p.outbox.subscribe((s: OutboxState) => {
        if (s.status === 'saved' && savedAt[i] === undefined) savedAt[i] = Date.now();
      });
      if (i < EARLY + BURST) setTimeout(() => p.outbox.enqueue('pledge:submit', payload), SEND_AT(i));
      return payload;
    });
    await new Promise((r) => setTimeout(r, SIGTERM_AT));
    const exited = new Promise<number | null>((resolve) => a.child.once('exit', (code) => resolve(code)));
    const stopAt = Date.now();
    a.child.kill('SIGTERM');
    await a.waitForOutput(/shutting down: no new connections or commands/, SHUTDOWN_TIMEOUT_MS);
    for (let i = EARLY + BURST; i < PHONES; i++) setTimeout(() => phones[i]!.outbox.enqueue('pledge:submit', sent[i]!), DRAIN_SEND_AT(i));
    const code = await exited;
    const stoppedAt = Date.now();

    // A exited cleanly, within its deadline, having finished the commands running at SIGTERM.
    expect(code).toBe(0);
    expect(stoppedAt - stopAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    const logged = a.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.find((l) => l.msg === 'shutting down: no new connections or commands')?.inFlight).toBeGreaterThan(0);
    expect(logged.some((l) => l.msg === 'commands in flight finished')).toBe(true);
    expect(logged.some((l) => l.msg === 'shutdown deadline reached with commands still running')).toBe(false);

    // Every phone's pledge is saved. Those A had started were answered by A before it exited; those
    // sent while A was draining were not started there, and were saved on B after the reconnect.
    await Promise.all(phones.map((p) => whenSaved(p, 30_000)));
    for (let i = 0; i < EARLY + BURST; i++) expect(savedAt[i]).toBeLessThan(stoppedAt);
    for (let i = EARLY + BURST; i < PHONES; i++) expect(savedAt[i]).toBeGreaterThan(stopAt);
    expect(balancer.routed).toContain(1);
    const onB = /^pledge_round_pledges_stored_total (\S+)$/m.exec(await (await fetch(`${b.url}/metrics`)).text())?.[1];
    expect(Number(onB)).toBe(PHONES - EARLY - BURST);

    // In the store: each acknowledged pledge exactly once, with the text its phone sent.
    const store = await redisStore(prefix);
    try {
      const pledges = decodeDoc((await store.getAll(sessionId))!).pledges;
      expect(pledges).toHaveLength(PHONES);
      expect(new Set(pledges.map((p) => p.id)).size).toBe(PHONES);
      for (const [i, p] of phones.entries()) {
        const stored = pledges.filter((s) => s.participantId === p.panelistId);
        expect(stored.map((s) => ({ id: s.id, text: s.text }))).toEqual([{ id: sent[i]!.id, text: sent[i]!.text }]);
        expect(p.outbox.state.saved?.id).toBe(sent[i]!.id);
      }
    } finally {
      await store.close();
    }

    // A sent its last frames before closing: the wall on B heard every pledge.
    for (const payload of sent) await wallOnB.waitForDelta('pledge', (d) => d.pledge.id === payload.id, 10_000);
    // The moderator's console reconnected to B and works there.
    expect(await moderator.send('round:prompt', { prompt: 'Last call for pledges, on the other server.' })).toMatchObject({ ok: true });
  }, 120_000);
});
