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
    const strip = (payload: string) => {
      // Engine.IO long-polling joins packets with a record separator; a WebSocket frame is one packet.
      const packets = payload.split('\x1e');
      const kept = packets.filter((p) => {
        if (dropped === 0 && p.startsWith('42') && p.includes('"session:state"')) {
          dropped++;
          return false;
        }
        return true;
      });
      return kept.length === packets.length ? payload : kept.join('\x1e');
    };
    await ctx.route(/\/socket\.io\/.*transport=polling/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (route.request().method() !== 'GET') return route.fulfill({ response, body });
      const stripped = strip(body);
      // An emptied poll must still be a valid answer: a no-op packet.
      await route.fulfill({ response, body: stripped === '' ? '6' : stripped });
    });
    await ctx.routeWebSocket(/socket\.io/, (ws) => {
      const upstream = ws.connectToServer();
      upstream.onMessage((msg) => {
        if (typeof msg === 'string') {
          const kept = strip(msg);
          if (kept !== msg) return;
        }
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
    // Over polling the sync request is not seen by the WebSocket route; the watchdog's delay is.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3500);
    await wall.getByTestId('wall-join-code').filter({ hasText: created.joinCode }).waitFor();
    await ctx.close();
  }, 60_000);
});
