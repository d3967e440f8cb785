import path from 'node:path';
import type { Page } from 'playwright-core';
import { inLanguage } from '../helpers/axe';
import { browserAndServer, newPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink, startPledge } from '../helpers/phone-page';
import { PANEL_OF_FOUR, setupSession } from '../helpers/round';

/**
 * A panelist scrolled down to Submit when the moderator calls the last call sees the banner where
 * they are (in the block that stays at the top), and it covers neither Submit nor the text being
 * typed. 360×640 and 390×844, English and Arabic. Real server, Redis and Chromium.
 */

const PHONES = [
  { lang: 'en', screen: 'short-phone', call: 'Last call: send your pledge now.' },
  { lang: 'en', screen: 'phone', call: 'Last call: send your pledge now.' },
  { lang: 'ar', screen: 'short-phone', call: 'النداء الأخير' },
  { lang: 'ar', screen: 'phone', call: 'النداء الأخير' },
] as const satisfies readonly { lang: string; screen: Screen; call: string }[];

/** Where an element is on the screen, and whether its middle is itself there (nothing on top of it). */
const place = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 12));
    return { top: box.top, bottom: box.bottom, height: box.height, uncovered: !!hit && el.contains(hit), viewport: window.innerHeight };
  });

describe('the last call reaches a panelist scrolled down the form', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test('scrolled to Submit, the banner is in view and Submit and the text are not covered', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, PANEL_OF_FOUR);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    const pages: { page: Page; name: string; call: string }[] = [];
    for (const [i, { lang, screen, call }] of PHONES.entries()) {
      const name = `${lang}-${screen === 'phone' ? '390x844' : '360x640'}`;
      const page = await newPage(env.browser, `phone ${name}`, errors, screen);
      await page.goto(inLanguage(inviteLink(created, panelists[i]!.id), lang));
      await startPledge(page, 'We will connect forty rural schools to community networks.');
      // Down at Submit: the page's end, as far as it scrolls.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.getByTestId('pledge-submit').evaluate((el) => el.scrollIntoView({ block: 'end' }));
      pages.push({ page, name, call });
    }
    // The short screen has to scroll to reach Submit: the banner at the form's top is out of sight.
    expect(await pages[0]!.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await moderator.sendOk('round:last-call', {});
    for (const { page, name, call } of pages) {
      const banner = page.getByTestId('last-call');
      await banner.waitFor();
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      expect(await banner.innerText()).toContain(call);
      const seen = await place(page, 'last-call');
      expect(seen.height).toBeGreaterThan(0);
      expect(seen.top).toBeGreaterThanOrEqual(0);
      expect(seen.bottom).toBeLessThanOrEqual(seen.viewport);
      expect(seen.uncovered).toBe(true);
      const submit = await place(page, 'pledge-submit');
      expect(submit.uncovered).toBe(true);
      expect(submit.top).toBeGreaterThanOrEqual(seen.bottom);
      expect(submit.bottom).toBeLessThanOrEqual(submit.viewport);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, `phone-last-call-scrolled-${name}.png`) });

      // Back up to the text, typing: the banner stays in view above it, not over it.
      await page.getByTestId('pledge-text').click();
      await page.keyboard.type(' Soon.');
      const text = await place(page, 'pledge-text');
      expect(text.uncovered).toBe(true);
      expect(text.top).toBeGreaterThanOrEqual((await place(page, 'last-call')).bottom);
      expect((await place(page, 'last-call')).top).toBeGreaterThanOrEqual(0);
    }
    expect(errors).toEqual([]);
  }, 90_000);
});
