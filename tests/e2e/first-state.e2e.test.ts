import { browserAndServer } from '../helpers/browser';
import { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * A page whose first snapshot never arrives (a frame lost between processes) asks for it again
 * instead of staying blank: the test removes the first `session:state` on its way to a real wall.
 */
describe('a page that never got its first state', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test('asks for it with session:sync and shows the session', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.send('round:open', {});
    const { phone } = await seatedPhone(env.server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    expect(await phone.send('pledge:submit', pledgeFor('We will open our spectrum data before the next IGF.'))).toMatchObject({ ok: true });

    const ctx = await env.browser.newContext({ viewport: { width: 1600, height: 900 } });
    let dropped = 0;
    const syncs: string[] = [];
    // The page connects WebSocket-first; each WebSocket frame is one Engine.IO packet.
    const isFirstState = (msg: string) => dropped === 0 && msg.startsWith('42') && msg.includes('"session:state"');
    await ctx.routeWebSocket(/socket\.io/, (ws) => {
      const upstream = ws.connectToServer();
      upstream.onMessage((msg) => {
        if (typeof msg === 'string' && isFirstState(msg)) return void dropped++;
        ws.send(msg);
      });
      ws.onMessage((msg) => {
        if (typeof msg === 'string' && msg.includes('"session:sync"')) syncs.push(msg);
        upstream.send(msg);
      });
    });
    const wall = await ctx.newPage();
    const started = Date.now();
    await wall.goto(created.links.wall);
    await wall.getByTestId('wall-pledge-list').filter({ hasText: 'spectrum data' }).waitFor({ timeout: 15_000 });
    expect(dropped).toBe(1);
    // The watchdog waits before it asks for the state again.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
    expect(syncs.length).toBeGreaterThanOrEqual(1);
    await wall.getByTestId('wall-join-code').filter({ hasText: created.joinCode }).waitFor();
    await ctx.close();
  }, 60_000);
});
