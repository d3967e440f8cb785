import type { Page } from 'playwright-core';
import { browserAndServer, newPage, pageErrors } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink, joinAudience, startPledge, submitPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * Once the round closes, the phones' polite live region no longer holds what it said about the
 * open round ("Last call for pledges."): a screen reader reading the page, or the region, after
 * the close must not find the call as current. A panelist's phone whose pledge is saved, and an
 * audience phone. Real server, Redis and Chromium.
 */

const SAID = 'Last call for pledges.';

/** The text of every node in the page's live regions. */
const liveText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].map((el) => el.textContent ?? ''));

describe('the phones’ live region after the round closes', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test('the last call said while the round was open is gone from it once the round is closed', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    const panelist = await newPage(env.browser, 'panelist', errors, 'phone');
    await panelist.goto(inviteLink(created, panelists[0]!.id));
    const text = 'Our ministry will consult civil society on the new AI guidelines.';
    await startPledge(panelist, text);
    await submitPledge(panelist, text);
    const audience = await newPage(env.browser, 'audience', errors, 'short-phone');
    await audience.goto(created.links.join);
    await joinAudience(audience, 'onsite');
    await audience.getByTestId('audience-round').and(audience.locator('[data-state="open"]')).waitFor();

    await moderator.sendOk('round:last-call', {});
    for (const page of [panelist, audience]) await page.getByTestId('wall-announcer').filter({ hasText: SAID }).waitFor({ state: 'attached' });

    await moderator.sendOk('round:close', {});
    for (const page of [panelist, audience]) {
    }
    await panelist.getByTestId('round-closed').waitFor();
    await audience.getByTestId('audience-round').waitFor({ state: 'detached' });
    for (const page of [panelist, audience]) {
      const live = await liveText(page);
      expect(live.filter((t) => t.includes('Last call'))).toEqual([]);
      expect(await page.getByTestId('wall-announcer').textContent()).not.toContain(SAID);
    }
  }, 60_000);
});
