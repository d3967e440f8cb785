import { chooseCapacityIfAsked } from '../helpers/phone-page';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserServerAndNetwork, SHOTS } from '../helpers/browser';
import { setupSession } from '../helpers/round';
import { createSession, PANEL } from '../helpers/server';

/**
 * The phone on bad Wi-Fi, in a real browser: its network is cut between the phone and the
 * server (a TCP relay the test controls), and the page must tell the truth about the pledge.
 */
describe('the phone without a network', () => {
  const env = browserServerAndNetwork();

  const status = (page: Page) => page.getByTestId('send-status');
  async function expectState(page: Page, state: string, text?: RegExp) {
    await page.locator(`[data-testid="send-status"][data-state="${state}"]`).first().waitFor({ timeout: 15_000 });
    if (text) expect(await status(page).first().innerText()).toMatch(text);
  }

  test('offline, then back: "offline — will send", then "saved at"; a closed round holds it until reopened', async () => {
    const { server, browser, net } = env;
    const created = await createSession(server.url, PANEL);
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phone = await ctx.newPage();
    const moderator = await (await browser.newContext()).newPage();
    await moderator.goto(created.links.moderator);
    await moderator.getByTestId('open-round').click();

    // The panelist's invite link; the phone reaches the server only through the relay.
    const invite = new URL(created.links.invites[0]!.link);
    await phone.goto(`${net.url}${invite.pathname}${invite.hash}`);
    await phone.getByTestId('pledge-text').waitFor();

    // Wi-Fi drops; the panelist submits anyway.
    await net.cut();
    await phone.locator('[data-testid="connection-status"][data-status="offline"]').waitFor({ timeout: 15_000 });
    const text = 'We will fund ten community networks in rural districts by next year.';
    await phone.getByTestId('pledge-text').fill(text);
    await chooseCapacityIfAsked(phone);
    await phone.getByTestId('pledge-submit').click();
    await phone.getByTestId('pledge-confirm').click();
    await expectState(phone, 'offline', /Offline/);
    expect(await phone.getByTestId('pledge-text').getAttribute('readonly')).not.toBeNull();
    await phone.screenshot({ path: path.join(SHOTS, 'phone-offline.png'), fullPage: true });

    // The page loaded again while the real-time channel is still unreachable keeps the unsent
    // pledge: the page loads, but every Socket.IO request (WebSocket and long-polling) is refused.
    // The page is left while the network is still down and opened again once the refusal is in
    // place: WebSocket routes apply from a page's next load, and a page still open when the network
    // came back could reconnect first and send the pledge (as it should), before the reload.
    const address = phone.url();
    await phone.goto('about:blank');
    await ctx.route('**/socket.io/**', (route) => route.abort());
    await ctx.routeWebSocket(/socket\.io/, (ws) => ws.close());
    await net.restore();
    await phone.goto(address);
    await expectState(phone, 'offline');
    await phone.screenshot({ path: path.join(SHOTS, 'phone-reload-offline.png'), fullPage: true });
    expect(await phone.getByTestId('pledge-text').inputValue()).toBe(text);

    // Back online: it is sent by itself and the phone says when it was saved.
    await ctx.unrouteAll();
    await ctx.routeWebSocket(/socket\.io/, (ws) => ws.connectToServer());
    await expectState(phone, 'saved', /^Saved at \d{2}:\d{2}$/);
    await phone.getByTestId('pledge-confirmation').filter({ hasText: text }).waitFor();
    await phone.screenshot({ path: path.join(SHOTS, 'phone-saved-after-offline.png'), fullPage: true });
    expect(await phone.evaluate((k) => localStorage.getItem(k), `pledge-round:outbox:${created.sessionId}`)).toBeNull();

    // An edit typed offline while the moderator closes the round is held, then sent on reopen.
    await phone.getByTestId('pledge-edit').click();
    await net.cut();
    const edited = 'We will fund twelve community networks in rural districts by next year.';
    await phone.getByTestId('pledge-text').fill(edited);
    await phone.getByTestId('pledge-submit').click();
    await phone.getByTestId('pledge-confirm').click();
    await expectState(phone, 'offline');
    await moderator.getByTestId('close-round').click();
    await moderator.getByTestId('close-round-confirm').click();
    await net.restore();
    await expectState(phone, 'held', /kept on this phone/);
    await phone.screenshot({ path: path.join(SHOTS, 'phone-held.png'), fullPage: true });
    await moderator.getByTestId('open-round').click();
    await expectState(phone, 'saved');
    await moderator.getByTestId('mod-pledge-list').filter({ hasText: 'twelve community networks' }).waitFor();
  }, 90_000);

  test('a link gone dead without a word: the phone, woken up, finds out by itself (not by the pings), reconnects and shows the round that opened meanwhile', async () => {
    const { server, browser, net } = env;
    const s = await setupSession(server);
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    // Engine.IO's pings, on connections opened from now on, would notice a dead link only long
    // after this test's own timeout: a page that says so at all found out by its own check.
    const engine = server.app.io.engine.opts;
    const pings = { pingInterval: engine.pingInterval, pingTimeout: engine.pingTimeout };
    Object.assign(engine, { pingInterval: 10 * 60_000, pingTimeout: 10 * 60_000 });
    try {
      const phone = await ctx.newPage();
      const invite = new URL(s.created.links.invites[0]!.link);
      await phone.goto(`${net.url}${invite.pathname}${invite.hash}`);
      await phone.getByTestId('waiting').waitFor();
      await phone.locator('[data-testid="connection-status"][data-status="online"]').waitFor();

      // The phone sleeps in a pocket; its link dies without a close; the round opens meanwhile.
      net.silence();
      await s.moderator.sendOk('round:open', {});
      await phone.waitForTimeout(2100); // a page shown again after a moment, not a flicker
      // "Connection lost" shows only until the fresh connection opens (Socket.IO's first retry comes
      // after 0.25–0.75 s), shorter than Playwright's 500 ms polling: the page itself watches its header.
      const saidOffline = phone.evaluate(
        () =>
          new Promise<true>((resolve) => {
            const status = () => document.querySelector<HTMLElement>('[data-testid="connection-status"]')?.dataset.status;
            new MutationObserver((_, observer) => {
              if (status() !== 'offline') return;
              observer.disconnect();
              resolve(true);
            }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: true });
          }),
      );
      // The panelist takes the phone out: the page is shown again (and the browser says it is online).
      await phone.evaluate(() => window.dispatchEvent(new Event('online')));
      // Its check (conn:check, unanswered) finds the link dead: no "Connected" on a dead link.
      expect(await saidOffline).toBe(true);
      // A fresh connection brings the open round.
      await phone.getByTestId('pledge-text').waitFor({ timeout: 10_000 });
      await phone.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
    } finally {
      Object.assign(engine, pings);
      s.moderator.close();
      await ctx.close();
    }
  }, 60_000);
});
