import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { openRoundOnPhone, startPledge } from '../helpers/phone-page';

/**
 * The moderator nudges a panelist and calls them to speak: the phone shows one banner, "your
 * turn", with the nudge's words under the call, not two banners saying nearly the same thing.
 * Once the turn ends, the nudge (still standing) shows on its own again.
 */

const NUDGE = 'The moderator is waiting for your pledge.';

/** The visible texts of the page's alerts that hold anything. */
function alerts(page: Page): Promise<string[]> {
  return page.getByRole('alert').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()).filter(Boolean));
}

/** How many times the page's visible text says the nudge. */
function nudgesShown(page: Page): Promise<number> {
  return page.evaluate((nudge) => document.body.innerText.split(nudge).length - 1, NUDGE);
}

describe('a nudge and "your turn" on the phone', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('nudged, then called: one banner says both; the turn over, the nudge shows again', async () => {
    const { moderator, amina, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await startPledge(phone, 'We will train two hundred librarians');
      await moderator.sendOk('panelist:nudge', { panelistId: amina.id });
      await phone.getByTestId('nudge-banner').waitFor();
      expect(await alerts(phone)).toEqual([expect.stringContaining(NUDGE)]);

      await moderator.sendOk('stage:call', { panelistId: amina.id });
      await phone.getByTestId('your-turn').waitFor();
      await phone.getByTestId('nudge-banner').waitFor({ state: 'detached' });
      const said = await alerts(phone);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('Your turn');
      expect(said[0]).toContain('The moderator has called on you: read out your pledge.');
      expect(said[0]).toContain(NUDGE);
      expect(await nudgesShown(phone)).toBe(1);
      await phone.screenshot({ path: path.join(SHOTS, 'phone-nudge-and-turn.png') });

      // The turn over: the nudge still stands, in its own banner, not said a third time.
      await moderator.sendOk('stage:call', { panelistId: null });
      await phone.getByTestId('your-turn').waitFor({ state: 'detached' });
      await phone.getByTestId('nudge-banner').waitFor();
      expect(await nudgesShown(phone)).toBe(1);
      expect(await alerts(phone)).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('called, then nudged: the nudge joins the call’s banner, read out with it', async () => {
    const { moderator, amina, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await moderator.sendOk('stage:call', { panelistId: amina.id });
      await phone.getByTestId('your-turn').waitFor();
      await moderator.sendOk('panelist:nudge', { panelistId: amina.id });
      await phone.getByTestId('your-turn-nudge').waitFor();
      expect(await phone.getByTestId('nudge-banner').count()).toBe(0);
      // The call's live region, read out whole (aria-atomic), holds the nudge's words.
      const region = phone.locator('.your-turn-region');
      expect(await region.getAttribute('aria-atomic')).toBe('true');
      expect(await region.innerText()).toContain(NUDGE);
      expect(await nudgesShown(phone)).toBe(1);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
