import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { openRoundOnPhone, startPledge, submitPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * Where the focus lands after each step a panelist takes on the phone. The button tapped leaves
 * the screen with its step, so the page must put the focus somewhere: on what the next step is
 * about, where a screen reader reads on and the keyboard goes on from. Left on the page's body, a
 * screen reader starts again from the top of the page.
 */

/** The focused element: its test id, else its id, else its tag and first words. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.dataset.testid ?? (el.id || `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
  });
}

describe('the phone keeps the focus on the step at hand', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('back from the preview, the saved pledge, editing it and cancelling the edit each leave the focus on their own screen', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await startPledge(phone, 'We will publish our community network maps as open data before the next IGF.');

      // The preview takes the focus on its heading; "Back to edit" returns it to the text.
      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('pledge-preview').waitFor();
      expect(await focused(phone)).toBe('preview-title');
      await phone.getByTestId('pledge-back').click();
      await phone.getByTestId('pledge-text').waitFor();
      expect(await focused(phone)).toBe('pledge-text');

      // Confirmed and saved: the confirmation's heading says so.
      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('pledge-confirm').click();
      await phone.getByTestId('pledge-confirmation').waitFor();
      await expectFocus(phone, 'confirm-title');

      // "Edit": the text, ready to change.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').waitFor();
      expect(await focused(phone)).toBe('pledge-text');

      // "Cancel": back on the saved pledge's heading.
      await phone.getByRole('button', { name: 'Cancel', exact: true }).click();
      await phone.getByTestId('pledge-confirmation').waitFor();
      expect(await focused(phone)).toBe('confirm-title');

      // Edited and saved: the confirmation's heading again.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').fill('We will publish our community network maps as open data within six months.');
      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('pledge-confirm').click();
      await phone.getByTestId('pledge-confirmation').filter({ hasText: 'within six months' }).waitFor();
      await expectFocus(phone, 'confirm-title');
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('the saved pledge’s heading is read once, as it takes the focus: no live region says it too; a moderator’s decision later is said', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      const text = 'We will open our school computer labs to the neighbourhood on weekends.';
      await startPledge(phone, text);
      await submitPledge(phone, text);
      await expectFocus(phone, 'confirm-title');
      const heading = (await phone.locator('#confirm-title').textContent())!;
      expect(heading).toBe('Your pledge is saved');
      expect(await liveRegionsSaying(phone, heading)).toEqual([]);

      // Taken off the wall while the screen stays: the new heading is said, once.
      const saved = await moderator.waitForDelta('pledge', (d) => d.pledge.text === text);
      await moderator.sendOk('pledge:hide', { pledgeId: saved.pledge.id });
      await phone.locator('#confirm-title', { hasText: 'Taken off the wall' }).waitFor();
      expect(await liveRegionsSaying(phone, 'Taken off the wall')).toHaveLength(1);
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('asking for a seat by the join code: waiting for the moderator, then refused, each screen takes the focus on its heading', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    try {
      const phone = await openPage(env.browser, created.links.join, errors);
      await phone.getByTestId('join-panel').click();
      await phone.getByTestId(`pick-${panelists[1]!.id}`).click();
      await phone.getByTestId('seat-ask').click();
      await phone.getByTestId('seat-waiting').waitFor();
      await expectFocus(phone, 'seat-waiting-title');
      expect(await liveRegionsSaying(phone, (await phone.locator('#seat-waiting-title').textContent())!)).toEqual([]);

      const asked = await moderator.waitForDelta('request', (d) => d.request.panelistId === panelists[1]!.id && d.request.state === 'pending');
      await moderator.sendOk('seat:refuse', { requestId: asked.request.id });
      await phone.getByTestId('seat-refused').waitFor();
      await expectFocus(phone, 'seat-refused-title');
      expect(await liveRegionsSaying(phone, (await phone.locator('#seat-refused-title').textContent())!)).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('let in by the moderator, the phone puts the focus on the pledge form’s question, not the page', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    try {
      await moderator.sendOk('round:open', {});
      const phone = await openPage(env.browser, created.links.join, errors);
      await phone.getByTestId('join-panel').click();
      await phone.getByTestId(`pick-${panelists[1]!.id}`).click();
      await phone.getByTestId('seat-ask').click();
      await expectFocus(phone, 'seat-waiting-title');

      const asked = await moderator.waitForDelta('request', (d) => d.request.panelistId === panelists[1]!.id && d.request.state === 'pending');
      await moderator.sendOk('seat:admit', { requestId: asked.request.id });
      await phone.getByTestId('pledge-text').waitFor();
      await expectFocus(phone, 'prompt');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-admitted-focus.png') });
      // The question is read first, then the field: the next Tab stop is on the form.
      expect(await phone.getByTestId('prompt').evaluate((el) => el.tagName)).toBe('H1');
    } finally {
      moderator.close();
    }
  }, 60_000);
});

/**
 * The live regions (what a screen reader reads out as it changes: aria-live, or the roles that
 * imply it) whose text holds `words`, each as its role and text.
 */
function liveRegionsSaying(page: Page, words: string): Promise<string[]> {
  return page.evaluate((words) => {
    const live = '[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"], [role="log"]';
    return [...document.querySelectorAll<HTMLElement>(live)]
      .filter((el) => (el.textContent ?? '').includes(words))
      .map((el) => `${el.getAttribute('role') ?? el.getAttribute('aria-live')}: ${(el.textContent ?? '').trim()}`);
  }, words);
}

/** The focus reaches `id` (a screen that follows an acknowledgement may take a moment). */
async function expectFocus(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => (document.activeElement as HTMLElement | null)?.id === want || (document.activeElement as HTMLElement | null)?.dataset.testid === want, id, { timeout: 5000 }).catch(() => undefined);
  expect(await focused(page)).toBe(id);
}
