import { LIMIT_RULES } from '../../server/limits';
import type { Ack } from '../../shared/protocol';
import { dropPrefix } from '../helpers/redis';
import { phoneClient, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { startServer, type TestServer } from '../helpers/server';

describe('flood', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
    await dropPrefix(server.prefix);
  });

  test('one socket sending 1,000 submits per second is limited while another phone still pledges', async () => {
    const { created, moderator, panelists, wall } = await setupSession(server);
    await moderator.send('round:open', {});
    const flooder = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    const honest = await seatedPhone(server.url, created.sessionId, panelists[1]!.id);
    const watcher = wall();
    await watcher.snapshot();

    const replies: Ack[] = [];
    const socket = flooder.phone.socket as unknown as { emit: (e: string, p: unknown, cb: (r: Ack) => void) => void };
    let sent = 0;
    const flood = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        for (let i = 0; i < 100; i++, sent++) socket.emit('pledge:submit', pledgeFor(`Flood pledge number ${sent}.`), (r) => replies.push(r));
        if (sent >= 2000) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
    });

    // Mid-flood, the honest phone submits and is answered.
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    const ack = await honest.phone.send('pledge:submit', pledgeFor('An honest pledge during a flood.'));
    const waited = Date.now() - started;
    // What had been answered of the flood when the honest pledge was.
    const floodAnsweredFirst = replies.length;
    expect(ack).toMatchObject({ ok: true, created: true });
    await watcher.waitForDelta('pledge', (d) => d.pledge.text === 'An honest pledge during a flood.');
    await flood;
    await new Promise((r) => setTimeout(r, 500));

    const limited = replies.filter((r) => !r.ok && r.error.code === 'rate_limited');
    const passed = replies.length - limited.length;
    expect(passed).toBeLessThanOrEqual(LIMIT_RULES.pledge.perDevice!);
    expect(limited.length).toBeGreaterThan(1900);
    const first = limited[0]!;
    expect(!first.ok && first.error.message).toMatch(/^Slow down: too many attempts\. Try again in \d+ s\.$/);
    // The flooder got at most one pledge in; everything else was refused.
    const snap = await watcher.send('session:sync');
    const pledges = snap.ok ? (snap.snapshot as { pledges: { participantId: string }[] }).pledges : [];
    expect(pledges.filter((p) => p.participantId === panelists[0]!.id)).toHaveLength(1);
    // The honest pledge was not stuck behind the flood: it was answered while the flood still was.
    expect(floodAnsweredFirst).toBeLessThan(replies.length);
    // The limit is the device's, not the connection's: a second connection of the flooding phone gets no fresh budget.
    const second = phoneClient(server.url, created.sessionId, flooder.deviceToken).phone;
    await second.snapshot();
    expect(await second.send('pledge:submit', pledgeFor('A fresh connection of the flooding phone.'))).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    second.close();
    console.log(`flood: ${replies.length} replies, ${passed} let through, honest pledge acknowledged in ${waited} ms`);
    for (const c of [moderator, flooder.phone, honest.phone, watcher]) c.close();
  }, 30_000);
});
