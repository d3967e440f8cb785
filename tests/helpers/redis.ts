import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { RedisStore } from '../../server/store/redis';

export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run the tests through jest (global setup starts Redis).');
  return url;
}

/** A key prefix of its own per test, so tests never see each other's data in a shared Redis. */
export const freshPrefix = () => `test:${randomUUID()}:`;

export async function redisStore(prefix = freshPrefix(), url = testRedisUrl()) {
  return RedisStore.connect(url, { prefix });
}

/** Deletes every key under a prefix (for runs pointed at an external Redis). */
export async function dropPrefix(prefix: string, url = testRedisUrl()) {
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length) await client.del(keys);
  }
  await client.close();
}

/**
 * Every stored key and value under a prefix: to prove a refused command changed nothing.
 * Rate-limit counters (`<prefix>rl:`) and the adapter's keys (`<prefix>sio:`) are left out.
 */
export async function dumpPrefix(prefix: string, url = testRedisUrl()): Promise<Record<string, unknown>> {
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  const out: Record<string, unknown> = {};
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    for (const key of keys) {
      // Rate-limit counters and the Socket.IO adapter's stream and sessions are not data.
      if (key.startsWith(`${prefix}rl:`) || key.startsWith(`${prefix}sio:`)) continue;
      const type = await client.type(key);
      out[key] =
        type === 'hash'
          ? { ...(await client.hGetAll(key)) }
          : type === 'zset'
            ? await client.zRange(key, 0, -1)
            : type === 'set'
              ? (await client.sMembers(key)).sort()
              : await client.get(key);
    }
  }
  await client.close();
  return out;
}
