import type { Browser } from 'playwright-core';
import { ensureClientBuilt, launchBrowser } from '../helpers/browser';
import { Client } from '../helpers/clients';
import { dropPrefix } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { startServer, type TestServer } from '../helpers/server';


/**
 * A wall that misses a message catches up from its sequence numbers, not by luck: the test drops
 * one pledge frame on the way to a real wall page, and the next delta reveals the hole.
 */
describe('a wall that missed an event', () => {
  let server: TestServer;
  let browser: Browser;
  const clients: Client[] = [];

  beforeAll(async () => {
    const clientDir = ensureClientBuilt();
    server = await startServer({ clientDir });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await browser?.close();
    await server?.close();
    if (server) await dropPrefix(server.prefix);
  });

  test('catches up after a dropped pledge frame', async () => {
    const { created, moderator, panelists } = await setupSession(server);
    clients.push(moderator);
    await moderator.send('round:open', {});
    const a = await seatedPhone(server.url, created.sessionId, panelists[0]!.id);
    const b = await seatedPhone(server.url, created.sessionId, panelists[1]!.id);
    clients.push(a.phone, b.phone);

    const ctx = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    let dropped = 0;
    let open = false;
    const syncs: string[] = [];
    // Server messages on the WebSocket (the page connects WebSocket-first) pass through this route.
    await ctx.routeWebSocket(/socket\.io/, (ws) => {
      const upstream = ws.connectToServer();
      upstream.onMessage((msg) => {
        if (typeof msg === 'string' && msg.startsWith('0{')) open = true; // engine.io's handshake on this WebSocket
        if (typeof msg === 'string' && msg.includes('"session:deltas"') && msg.includes('LOST ON THE WAY') && dropped === 0) {
          dropped++;
          return;
        }
        ws.send(msg);
      });
      ws.onMessage((msg) => {
        if (typeof msg === 'string' && msg.includes('"session:sync"')) syncs.push(msg);
        upstream.send(msg);
      });
    });
    const wall = await ctx.newPage();
    await wall.goto(created.links.wall);
    await wall.getByTestId('wall-join-code').waitFor();
    await wall.waitForFunction(() => document.querySelector('[data-testid="round-state"]')?.getAttribute('data-state') === 'open');
    expect(open).toBe(true);

    expect(await a.phone.send('pledge:submit', pledgeFor('LOST ON THE WAY: we will publish our audit.'))).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(dropped).toBe(1);
    expect(await wall.getByTestId('wall-pledge-list').innerText()).not.toContain('LOST ON THE WAY');

    // The next delta carries a seq past the hole: the wall asks for the state and shows both.
    expect(await b.phone.send('pledge:submit', pledgeFor('We will train fifty new moderators.'))).toMatchObject({ ok: true });
    await wall.getByTestId('wall-pledge-list').filter({ hasText: 'LOST ON THE WAY' }).waitFor({ timeout: 5000 });
    await wall.getByTestId('wall-pledge-list').filter({ hasText: 'fifty new moderators' }).waitFor();
    expect(syncs.length).toBeGreaterThanOrEqual(1);
    await wall.getByTestId('wall-counter').filter({ hasText: '2' }).waitFor();
  }, 60_000);
});
