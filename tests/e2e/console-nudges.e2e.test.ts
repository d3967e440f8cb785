import type { Page } from 'playwright-core';
import { inLanguage } from '../helpers/axe';
import { browserAndServer, openPage } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { seatedPhone } from '../helpers/round';
import { createSession, PANEL } from '../helpers/server';

/**
 * Two consoles at 1366x768: each nudged panelist's row says when they were last nudged, on both
 * consoles and after a reload, and its Nudge button waits out the time before a repeat.
 */
describe('the console shows each nudge on its panelist', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  const note = (page: Page, id: string) => page.getByTestId(`nudged-${id}`).filter({ hasText: /^Nudged \d+ s ago$/ });
  const waiting = (page: Page, id: string) => page.getByTestId(`nudge-${id}`).filter({ hasText: /^Nudge · \d+ s$/ }).and(page.locator(':disabled'));

  test('both consoles show every nudged row, a reload keeps them, and the button is not available again at once', async () => {
    const created = await createSession(env.server.url, { ...PANEL, details: { moderator: 'Nnenna Nwakanma', onlineModerator: 'Paola Galvez' } });
    const errors: string[] = [];
    const laptop = { width: 1366, height: 768 };
    const a = await openPage(env.browser, created.links.moderator, errors, laptop);
    const b = await openPage(env.browser, created.links.onlineModerator, errors, laptop);
    const seated = await Promise.all(
      [0, 1].map(async (i) => {
        const panelistId = (await a.getByTestId('panel-list').locator('li').nth(i).getAttribute('data-order-id'))!;
        const { phone } = await seatedPhone(env.server.url, created.sessionId, panelistId);
        clients.push(phone);
        return { panelistId, phone };
      }),
    );
    const [amina, kenji] = seated.map((s) => s.panelistId) as [string, string];
    for (const page of [a, b]) for (const id of [amina, kenji]) await page.locator(`[data-testid="panel-row-${id}"][data-seated]`).waitFor();

    // A nudges Amina: her row says so on both consoles; neither offers to nudge her again yet.
    await a.getByTestId(`nudge-${amina}`).click();
    await seated[0]!.phone.waitFor('panelist:nudged');
    for (const page of [a, b]) {
      await note(page, amina).waitFor();
      await waiting(page, amina).waitFor();
      expect(await page.getByTestId(`nudge-${amina}`).getAttribute('aria-label')).toMatch(/^Nudge again in \d+ s: /);
    }
    // B nudges Kenji: both rows keep their note (not only the last one nudged).
    await b.getByTestId(`nudge-${kenji}`).click();
    for (const page of [a, b]) {
      await note(page, kenji).waitFor();
      await note(page, amina).waitFor();
      await waiting(page, kenji).waitFor();
    }
    await a.screenshot({ path: '/tmp/console-nudges-1366.png', animations: 'disabled' });

    // A reloaded console still shows both, from the session it is sent.
    await b.reload();
    for (const id of [amina, kenji]) {
      await note(b, id).waitFor();
      await waiting(b, id).waitFor();
    }
    // In Arabic, right to left: the same rows, in its words.
    const arabic = await openPage(env.browser, inLanguage(created.links.moderator, 'ar'), errors, laptop);
    await arabic.getByTestId(`nudged-${amina}`).filter({ hasText: /^ذُكِّر قبل \d+ ث$/ }).waitFor();
    await arabic.getByTestId(`nudge-${amina}`).filter({ hasText: /^تذكير · \d+ ث$/ }).and(arabic.locator(':disabled')).waitFor();
    await arabic.screenshot({ path: '/tmp/console-nudges-ar-1366.png', animations: 'disabled' });
    expect(seated[0]!.phone.events('panelist:nudged')).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
