import path from 'node:path';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * A panelist's phone loaded again while it cannot reach the server shows the round from what it
 * kept: its countdown is the time really left (not the time left when that state was kept), and
 * its header says the phone is offline, not that it is connecting. The page's clock is Playwright's
 * (`clock.fastForward`), so two minutes pass offline without the test waiting for them. Real
 * server, Redis and Chromium.
 */
describe('a phone loaded again without a connection', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** The countdown's value in seconds (mm:ss), once it shows one. */
  const secondsLeft = (text: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(text.trim());
    if (!m) throw new Error(`not a countdown value: ${text}`);
    return Number(m[1]) * 60 + Number(m[2]);
  };

  test('shows the time really left and says it is offline', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    await moderator.sendOk('round:countdown', { countdownSeconds: 600, autoClose: false });

    const errors: string[] = []; // refused requests are expected here: not asserted
    const phone = await newPage(env.browser, 'phone', errors);
    const ctx = phone.context();
    await ctx.clock.install();
    await phone.goto(inviteLink(created, panelists[0]!.id));
    await phone.getByTestId('pledge-text').waitFor();
    const value = phone.getByTestId('countdown').locator('.countdown__value');
    await value.waitFor();
    expect(secondsLeft(await value.innerText())).toBeGreaterThan(590);

    // The connection is gone (every Socket.IO request from now on refused); two minutes pass; the
    // page loads again.
    await ctx.route('**/socket.io/**', (route) => route.abort());
    await ctx.routeWebSocket(/socket\.io/, (ws) => ws.close());
    await ctx.clock.fastForward('02:00');
    await phone.reload();
    await phone.getByTestId('pledge-text').waitFor();
    await phone.locator('[data-testid="connection-status"][data-status="offline"]').waitFor();
    await value.waitFor();
    const left = secondsLeft(await value.innerText());
    // 600 s less the two minutes and what the test itself took (seconds, not minutes).
    expect(left).toBeLessThanOrEqual(480);
    expect(left).toBeGreaterThan(420);
    await phone.screenshot({ path: path.join(SHOTS, 'phone-reload-offline-countdown.png') });
  }, 60_000);
});
