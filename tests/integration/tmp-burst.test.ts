import { Client } from '../helpers/clients';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { createSession, PANEL, spawnServer } from '../helpers/server';

test('burst', async () => {
  const prefix = freshPrefix();
  const server = await spawnServer({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, WORKERS: '2', LIMITS_SCALE: '100', DIAG_STALL_MS: process.env.DIAG_STALL_MS ?? '' }, [], process.env.ENTRY ?? 'server/cluster.ts');
  const all: Client[] = [];
  try {
    const created = await createSession(server.url, PANEL);
    let lost = 0;
    for (let round = 0; round < 5; round++) {
      const walls = Array.from({ length: 40 }, () => new Client(server.url, { role: 'wall', sessionId: created.sessionId }));
      all.push(...walls);
      const res = await Promise.allSettled(walls.map((w) => w.snapshot(0, 8000)));
      lost += res.filter((r) => r.status === 'rejected').length;
      walls.forEach((w) => w.close());
    }
    const polls = Array.from({ length: 30 }, () => new Client(server.url, { role: 'wall', sessionId: created.sessionId }, { transports: ['polling'] }));
    all.push(...polls);
    const pr = await Promise.allSettled(polls.map((w) => w.snapshot(0, 15000)));
    lost += pr.filter((r) => r.status === 'rejected').length;
    console.log('POLL connect errors', polls.flatMap((p) => p.diag.filter((d) => /connect_error|disconnect/.test(d))).join('\n'));
    console.log('LOST', lost);
    expect(lost).toBe(0);
  } finally {
    all.forEach((c) => c.close());
    await server.stop();
    await dropPrefix(prefix);
  }
}, 120_000);
