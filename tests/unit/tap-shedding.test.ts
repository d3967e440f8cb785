import { Reactions } from '../../server/service/reactions';
import { silentFanout } from '../../server/service/fanout';
import type { Principal } from '../../server/service/principal';
import { MemoryStore } from '../../server/store/memory';
import type { SessionStore } from '../../server/store/types';

/**
 * Taps beyond what the process is working on are refused at once (`rate_limited`), never queued:
 * a flood of taps cannot build a queue in front of the pledges. The store is the real embedded
 * one, with its answers held back until the test lets them go.
 */
describe('tap shedding', () => {
  test('past the in-flight cap a tap is refused at once; once answers come back, taps are taken again', async () => {
    const store = new MemoryStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: SessionStore = Object.assign(Object.create(store) as SessionStore, {
      react: async (...args: Parameters<SessionStore['react']>) => {
        await gate;
        return store.react(...args);
      },
    });
    const reactions = new Reactions(held, silentFanout, 3);
    const viewer = (n: number): Principal => ({ sessionId: 's1', role: 'wall', deviceTokenHash: null, seat: null, moderator: null, reactor: `v:${n}` });
    const pledgeId = '11111111-1111-4111-8111-111111111111';
    const first = [1, 2, 3].map((n) => reactions.set(viewer(n), pledgeId, true));
    // The fourth is answered before any of the first three.
    await expect(reactions.set(viewer(4), pledgeId, true)).resolves.toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    release();
    // No such session in the store: each of the three was still carried out and answered.
    await expect(Promise.all(first)).resolves.toEqual(Array(3).fill(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'session_not_found' }) })));
    await expect(reactions.set(viewer(5), pledgeId, true)).resolves.toMatchObject({ ok: false, error: { code: 'session_not_found' } });
  });
});
