import path from 'node:path';
import type { Page } from 'playwright-core';
import { inLanguage } from '../helpers/axe';
import { browserAndServer, newPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { chooseCapacityIfAsked, confirmPledge, inviteLink, submitPledge } from '../helpers/phone-page';
import { PANEL_OF_FOUR, setupSession } from '../helpers/round';

/**
 * The end of the round on a panelist's phone, at 360×640 and 390×844, in English and Arabic. When
 * the countdown runs out and the round stays open, the form and the check before sending say the
 * pledge can still be sent (a bare "Time's up" beside a working form made panelists give up). A
 * panelist whose pledge is saved sees the moderator's last call at the top of the screen, without
 * scrolling, and hears it once; once a countdown that leaves the round open has run out, the
 * saved pledge's screen says it can still be edited, and a round the countdown closed says it
 * closed. Real server, Redis and Chromium.
 */

const PHONES = [
  { lang: 'en', screen: 'short-phone' },
  { lang: 'en', screen: 'phone' },
  { lang: 'ar', screen: 'short-phone' },
  { lang: 'ar', screen: 'phone' },
] as const satisfies readonly { lang: string; screen: Screen }[];

const WORDS = {
  en: { stillEditable: 'Time’s up · you can still edit your pledge while the round is open', closed: 'Round closed', stillOpen: 'Time’s up · you can still send your pledge now', call: 'Last call', lastCall: 'Last call: the round closes soon.', announced: 'Last call for pledges.' },
  ar: { stillEditable: 'انتهى الوقت · لا يزال بإمكانك تعديل تعهدك ما دامت الجولة مفتوحة', closed: 'أُغلقت الجولة', stillOpen: 'انتهى الوقت · لا يزال بإمكانك إرسال تعهدك الآن', call: 'النداء الأخير', lastCall: 'النداء الأخير: تُغلق الجولة قريبًا.', announced: 'النداء الأخير لتقديم التعهدات.' },
} as const;

const TEXT = 'We will connect forty rural schools to community networks before the next IGF.';

/** What the person sees (the viewport, not the whole page), once entrances have played. */
async function shot(page: Page, name: string) {
  await page.evaluate(async () => {
    const entrances = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.all(entrances.map((a) => a.finished.catch(() => undefined)));
  });
  await page.screenshot({ path: path.join(SHOTS, `phone-time-up-${name}.png`) });
}

/** Whether the element is on screen as the page is, below the sticky header and above the screen's bottom edge. */
const inView = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.querySelector('.phone__top')!.getBoundingClientRect().bottom;
    return box.height > 0 && box.top >= top && box.bottom <= window.innerHeight;
  });

describe('the end of the round on a panelist’s phone', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** Four panelists' phones (PHONES), each on its form. */
  async function phones(created: Parameters<typeof inviteLink>[0], panelists: { id: string }[]) {
    const pages: { lang: 'en' | 'ar'; name: string; page: Page }[] = [];
    for (const [i, { lang, screen }] of PHONES.entries()) {
      const name = `${lang}-${screen === 'phone' ? '390x844' : '360x640'}`;
      const page = await newPage(env.browser, `phone ${name}`, errors, screen);
      await page.goto(inLanguage(inviteLink(created, panelists[i]!.id), lang));
      await page.getByTestId('pledge-text').waitFor();
      pages.push({ lang, name, page });
    }
    return pages;
  }

  test('after a countdown that leaves the round open, the form and the check before sending say the pledge can still be sent', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, PANEL_OF_FOUR);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    const pages = await phones(created, panelists);
    // One phone is at the check before sending when the time runs out.
    const checking = pages[0]!.page;
    await checking.getByTestId('pledge-text').fill(TEXT);
    await chooseCapacityIfAsked(checking);
    await checking.getByTestId('pledge-submit').click();
    await checking.getByTestId('pledge-preview').waitFor();

    await moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose: false });
    for (const { lang, name, page } of pages) {
      const over = page.locator('[data-testid="countdown"].countdown--over');
      await over.waitFor({ timeout: 20_000 });
      expect(await over.locator('.countdown__value').innerText()).toBe(WORDS[lang].stillOpen);
      // Said to a screen reader the same way.
      expect(await over.getByRole('status').textContent()).toBe(WORDS[lang].stillOpen);
      expect(await inView(page, 'countdown')).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(page, `${page === checking ? 'check' : 'form'}-${name}`);
    }

    // And it can: the pledge at the check is sent, and so is one from a form.
    await confirmPledge(checking, TEXT);
    const arabic = pages[3]!.page;
    await arabic.getByTestId('pledge-text').fill(TEXT);
    await submitPledge(arabic, TEXT);
  }, 90_000);

  test('a panelist whose pledge is saved sees the last call at the top of the screen, and hears it once', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, PANEL_OF_FOUR);
    clients.push(moderator);
    // A countdown that closes the round: its note is on the saved screen too.
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?', countdownSeconds: 900, autoClose: true });
    const pages = await phones(created, panelists);
    for (const { page } of pages) {
      await page.getByTestId('pledge-text').fill(TEXT);
      await submitPledge(page, TEXT);
    }

    await moderator.sendOk('round:last-call', {});
    for (const { lang, name, page } of pages) {
      const note = page.getByTestId('last-call');
      await note.waitFor();
      expect(await note.innerText()).toContain(WORDS[lang].lastCall);
      // Seen as the screen is, without scrolling.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await inView(page, 'last-call')).toBe(true);
      // Heard once: the phone's polite announcer says it; the note itself is no live region.
      await page.getByTestId('wall-announcer').filter({ hasText: WORDS[lang].announced }).waitFor();
      const live = await page.evaluate(
        (call) => [...document.querySelectorAll('[role="alert"], [role="status"], [aria-live]')].map((el) => el.textContent ?? '').filter((text) => text.includes(call)),
        WORDS[lang].call,
      );
      expect(live).toEqual([WORDS[lang].announced]);
      expect(await note.evaluate((el) => el.closest('[role="alert"], [role="status"], [aria-live]'))).toBeNull();
      await shot(page, `last-call-${name}`);
    }
  }, 90_000);

  test('after a countdown that leaves the round open, a saved pledge’s screen says it can still be edited; one that closes the round says it closed', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, PANEL_OF_FOUR);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    const pages = await phones(created, panelists);
    for (const { page } of pages) {
      await page.getByTestId('pledge-text').fill(TEXT);
      await submitPledge(page, TEXT);
    }

    await moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose: false });
    for (const { lang, name, page } of pages) {
      const over = page.locator('[data-testid="pledge-confirmation"] [data-testid="countdown"].countdown--over');
      await over.waitFor({ timeout: 20_000 });
      expect(await over.locator('.countdown__value').innerText()).toBe(WORDS[lang].stillEditable);
      expect(await over.getByRole('status').textContent()).toBe(WORDS[lang].stillEditable);
      expect(await inView(page, 'countdown')).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // And it can be edited: the button is there, working.
      expect(await page.getByTestId('pledge-edit').isEnabled()).toBe(true);
      await shot(page, `saved-${name}`);
    }

    // A countdown that closes the round: once it ends, the screen says the round closed.
    await moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose: true });
    for (const { lang, page } of pages) {
      const closed = page.getByTestId('round-closed');
      await closed.waitFor({ timeout: 20_000 });
      expect(await closed.getByRole('heading', { level: 1 }).innerText()).toBe(WORDS[lang].closed);
      expect(await page.getByText(WORDS[lang].stillEditable).count()).toBe(0);
    }
  }, 90_000);
});
