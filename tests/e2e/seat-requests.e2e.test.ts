import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { phoneClient, setupSession, waitingPhone } from '../helpers/round';

/**
 * A phone asks for a panelist's seat; the console in a real browser shows beside the request
 * whether that phone is still connected, in words, live as it goes and comes back.
 */
describe('the console’s seat requests', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** What the console says of the request's phone, once it says `words`. */
  async function phoneShown(page: Page, requestId: string, words: string) {
    const badge = page.getByTestId(`request-phone-${requestId}`);
    await badge.getByText(words, { exact: true }).waitFor();
    return badge.getAttribute('data-connected');
  }

  test('says whether the asking phone is connected, and follows it', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    const errors: string[] = [];
    const page = await openPage(env.browser, s.created.links.moderator, errors, { width: 1280, height: 900 });
    await page.getByTestId('open-round').waitFor();

    const asking = await waitingPhone(env.server.url, s.created.sessionId, s.panelists[1]!.id);
    const id = asking.request.id;
    expect(await phoneShown(page, id, 'Phone connected')).toBe('true');
    // Screen readers hear it with the Admit button.
    const admit = page.getByTestId(`admit-${id}`);
    expect(await admit.evaluate((b) => b.getAttribute('aria-describedby')!.split(' ').map((d) => document.getElementById(d)!.textContent))).toEqual([
      'Phone connected',
    ]);

    asking.phone.close();
    expect(await phoneShown(page, id, 'Phone not connected')).toBe('false');
    await page.getByTestId('seat-requests').screenshot({ path: path.join(SHOTS, 'console-request-phone-gone.png'), animations: 'disabled' });

    // A console opened now says so too.
    const later = await openPage(env.browser, `${s.created.links.moderator.replace('#', '?lang=fr#')}`, errors, { width: 1280, height: 900 });
    expect(await phoneShown(later, id, 'Téléphone déconnecté')).toBe('false');

    // The same phone back: connected again on both.
    const back = phoneClient(env.server.url, s.created.sessionId, asking.deviceToken).phone;
    clients.push(back);
    await back.snapshot();
    expect(await phoneShown(page, id, 'Phone connected')).toBe('true');
    expect(await phoneShown(later, id, 'Téléphone connecté')).toBe('true');
    expect(errors).toEqual([]);
  }, 60_000);
});
