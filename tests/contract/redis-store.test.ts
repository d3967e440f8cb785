import { createClient } from 'redis';
import { dropPrefix, freshPrefix, redisStore, testRedisUrl } from '../helpers/redis';
import { storeContract } from './store-contract';

const prefixes: string[] = [];
afterAll(async () => {
  for (const p of prefixes) await dropPrefix(p);
});

storeContract('redis', async () => {
  const prefix = freshPrefix();
  prefixes.push(prefix);
  return redisStore(prefix);
});

test('keys are namespaced under the configured prefix', async () => {
  const prefix = freshPrefix();
  prefixes.push(prefix);
  const store = await redisStore(prefix);
  await store.createSession({ sessionId: 'sess-pfx1', joinCode: 'PQRSTU', createdAt: 1, fields: { meta: '{}' } });
  const client = createClient({ url: testRedisUrl() });
  await client.connect();
  const keys: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*` })) keys.push(...batch);
  expect(keys.sort()).toEqual([`${prefix}joincode:PQRSTU`, `${prefix}session:{sess-pfx1}`, `${prefix}sessions`]);
  await client.close();
  await store.close();
});
