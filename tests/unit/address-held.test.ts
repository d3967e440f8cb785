import { createRateLimits } from '../../server/limits';

/**
 * An address its limit refused stays refused on this process until the refusal's wait is over,
 * answered at once without asking the limit's store again (what a socket command checks before
 * it reads anything: realtime/dispatch.ts).
 */
describe('an address held after a refusal', () => {
  afterEach(() => jest.useRealTimers());

  test('is refused at once until its wait is over, then asks the limit again', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const limits = createRateLimits({ rules: { sync: { perDevice: 100, perIp: 2, seconds: 10 } } });
    const ip = '203.0.113.7';
    expect(limits.addressHeld('sync', ip)).toEqual({ ok: true });
    expect(await limits.address('sync', ip)).toEqual({ ok: true });
    expect(await limits.address('sync', ip)).toEqual({ ok: true });
    const refused = await limits.address('sync', ip);
    expect(refused).toMatchObject({ ok: false });
    // Held: refused at once, with what is left of the wait; other kinds and addresses are not.
    jest.setSystemTime(1_004_000);
    const held = limits.addressHeld('sync', ip);
    expect(held.ok).toBe(false);
    expect(!held.ok && held.retryAfterMs).toBeLessThanOrEqual(6_000);
    expect(limits.addressHeld('pledge', ip)).toEqual({ ok: true });
    expect(limits.addressHeld('sync', '203.0.113.8')).toEqual({ ok: true });
    expect(await limits.take('sync', { ip, device: 'd-1' })).toMatchObject({ ok: false });
    // The wait over: the limit is asked again, and has room again.
    jest.setSystemTime(1_010_001);
    expect(limits.addressHeld('sync', ip)).toEqual({ ok: true });
    expect(await limits.address('sync', ip)).toEqual({ ok: true });
  });
});
