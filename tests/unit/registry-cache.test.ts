import { RegistryCache, type RegistryEntry } from '../../server/service/registry-cache';
import type { PublicPledge } from '../../shared/http';

const list = (n: number) => ({ pledges: Array.from({ length: n }, (_, i) => ({ id: `p${i}` }) as PublicPledge), body: '', gzipped: Buffer.alloc(0) }) as RegistryEntry;

describe('registry cache', () => {
  test('computes once per TTL, shares a computation in flight, and forgets on a change', async () => {
    let now = 1_000;
    const cache = new RegistryCache(() => now, 10_000);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 5));
      return list(computed);
    };
    const [a, b] = await Promise.all([cache.get('e1', compute), cache.get('e1', compute)]);
    expect(computed).toBe(1);
    expect(a).toBe(b);
    now += 9_999;
    expect((await cache.get('e1', compute)).pledges).toHaveLength(1);
    now += 1;
    expect((await cache.get('e1', compute)).pledges).toHaveLength(2);
    cache.forget('e1');
    expect((await cache.get('e1', compute)).pledges).toHaveLength(3);
    // Other events are separate; a clock that went back does not keep a stale entry forever.
    expect((await cache.get('e2', compute)).pledges).toHaveLength(4);
    now -= 60_000;
    expect((await cache.get('e2', compute)).pledges).toHaveLength(5);
  });

  test('a failed computation is not kept', async () => {
    const cache = new RegistryCache(() => 0, 10_000);
    await expect(cache.get('e1', () => Promise.reject(new Error('redis down')))).rejects.toThrow('redis down');
    expect((await cache.get('e1', async () => list(2))).pledges).toHaveLength(2);
  });
});
