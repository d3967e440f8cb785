import path from 'node:path';
import { browserAndServer, newPage, pageErrors, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { chooseCapacityIfAsked, inviteLink } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * The saved pledge's words (its heading, where it stands with the moderators, its follow-up link)
 * are not on the way to the form: the phone fetches them once the form shows. A phone that could
 * not get them says its pledge is saved and that the rest could not be loaded (never bare message
 * keys), and shows the
 * saved pledge once the connection is back and they come (a phone without the app shell, whose
 * copy would answer otherwise). Real server, Redis and Chromium, at 360×640.
 */

const WORDS = /\/assets\/phone-saved-[^/]*\.js$/;
const TEXT = 'We will open our exchange point to every community network in the region by June.';

describe('the saved pledge’s words', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test('refused, the saved screen says it could not load them; back online, it shows the saved pledge', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    // No app shell: its copy would answer for the refused file (as it does on a phone that has it).
    const page = await newPage(env.browser, 'phone 360x640', errors, 'short-phone', { serviceWorkers: 'block' });
    await page.route(WORDS, (route) => route.abort());
    const refused = page.waitForEvent('requestfailed', { predicate: (r) => WORDS.test(r.url()), timeout: 10_000 });
    await page.goto(inviteLink(created, panelists[0]!.id));
    await page.getByTestId('pledge-text').fill(TEXT);
    await chooseCapacityIfAsked(page);
    // Fetched ahead, in the first idle moment once the form shows: refused here.
    await refused;
    await page.getByTestId('pledge-submit').click();
    await page.getByTestId('pledge-confirm').click();

    const waiting = page.getByTestId('pledge-saved-loading');
    await waiting.getByText('This page could not be loaded. Check your connection and reload.').waitFor();
    // That it is saved is said all the same.
    expect(await waiting.getByRole('heading', { level: 1 }).innerText()).toBe('Your pledge is saved');
    expect(await page.locator('body').innerText()).not.toMatch(/phone\.(confirm|status|followUp)\./);
    await page.screenshot({ path: path.join(SHOTS, 'phone-saved-words-refused.png') });

    // The connection drops and comes back: the words are asked for again, and come.
    await page.unroute(WORDS);
    await page.context().setOffline(true);
    await page.getByTestId('pledge-saved-loading').waitFor();
    await page.waitForFunction(() => document.body.innerText.includes('Connection lost'));
    await page.context().setOffline(false);
    const confirmation = page.getByTestId('pledge-confirmation').filter({ hasText: TEXT });
    await confirmation.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Your pledge is saved');
    await page.getByTestId('follow-up-link').waitFor();
    expect(await waiting.count()).toBe(0);
    // The refused fetches are the page's only errors.
    errors.splice(0, errors.length, ...errors.filter((e) => !/net::ERR_FAILED|net::ERR_INTERNET_DISCONNECTED|phone-saved/.test(e)));
  }, 60_000);
});
