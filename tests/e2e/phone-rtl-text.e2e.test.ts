import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../client/i18n/locales';
import { inLanguage } from '../helpers/axe';
import { browserAndServer, newPage, pageErrors, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink } from '../helpers/phone-page';
import { PANEL_OF_FOUR, setupSession } from '../helpers/round';

/**
 * Text of one direction inside a page of the other, on a panelist's phone: the pledge's character
 * counter reads "116 / 600" in Arabic too (the page's right-to-left order used to turn it into
 * "600 / 116"), and a prompt in Arabic on a phone in English spans the card instead of a narrow
 * column beside the countdown. Real server, Redis and Chromium, at 360×640 and 390×844.
 */

const ARABIC_PROMPT = 'ما الذي ستفعله قبل منتدى حوكمة الإنترنت القادم لربط المدارس الريفية؟';

/** The counter's numbers as they are drawn: the first character of the count and the last of the limit, from left to right. */
const counterOrder = (page: Page) =>
  page.getByTestId('pledge-counter').evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const at = (node: Text, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    const first = nodes[0]!;
    const last = nodes.at(-1)!;
    return { text: el.textContent ?? '', countLeftOfLimit: at(first, 0) < at(last, last.length - 1) };
  });

describe('text of the other direction on the phone', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test('the character counter reads count, then limit, left to right, in Arabic and in every other language', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.sendOk('round:open', {});
    const page = await newPage(env.browser, 'phone', errors, 'short-phone');
    await page.goto(inLanguage(inviteLink(created, panelists[0]!.id), 'ar'));
    const box = page.getByTestId('pledge-text');
    await box.waitFor();
    await page.getByTestId('pledge-counter').screenshot({ path: path.join(SHOTS, 'phone-counter-ar-empty.png') });
    expect((await counterOrder(page)).countLeftOfLimit).toBe(true);
    const text = 'We will connect forty rural schools to community networks before the next IGF, with local partners.';
    await box.fill(`${text} ${'x'.repeat(116 - text.length - 1)}`);
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(116);
    for (const lang of ['ar', ...LOCALES.filter((l) => l !== 'ar')]) {
      if (lang !== 'ar') {
        await page.getByTestId('language-picker').selectOption(lang);
        await page.locator(`html[lang="${lang}"]`).waitFor();
      }
      if (lang === 'ar') await page.getByTestId('pledge-counter').screenshot({ path: path.join(SHOTS, 'phone-counter-ar.png') });
      const { text: shown, countLeftOfLimit } = await counterOrder(page);
      // Whatever the digits (Latin, or Arabic-Indic), the count comes first in the text and on screen.
      expect(shown.replace(/\s/g, '')).toBe(`${new Intl.NumberFormat(lang).format(116)}/${new Intl.NumberFormat(lang).format(600)}`);
      expect([lang, countLeftOfLimit]).toEqual([lang, true]);
    }
  }, 60_000);

  test('an Arabic prompt on a phone in English spans the card, beside no countdown squeezing it', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, PANEL_OF_FOUR);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: ARABIC_PROMPT, countdownSeconds: 600 });
    // Each phone its own panelist's.
    const seats = panelists.values();
    for (const screen of ['short-phone', 'phone'] as const) {
      for (const lang of ['en', 'ar'] as const) {
        const page = await newPage(env.browser, `${screen} ${lang}`, errors, screen);
        await page.goto(inLanguage(inviteLink(created, seats.next().value!.id), lang));
        const prompt = page.getByTestId('prompt');
        await prompt.waitFor();
        await page.getByTestId('countdown').waitFor();
        const seen = await prompt.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const lines = [...range.getClientRects()];
          const card = el.closest('section')!;
          const style = getComputedStyle(card);
          const inner = card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          // Every line but the last is full: as wide as there is room for.
          const full = lines.sort((a, b) => a.top - b.top).slice(0, -1);
          return { direction: getComputedStyle(el).direction, lines: lines.length, narrowest: Math.min(...full.map((r) => r.width)), inner };
        });
        expect(seen.direction).toBe('rtl');
        expect(seen.lines).toBeGreaterThanOrEqual(2);
        // Its lines take most of the card's width, none of them squeezed beside the countdown.
        expect(seen.narrowest).toBeGreaterThanOrEqual(0.8 * seen.inner);
        await page.screenshot({ path: path.join(SHOTS, `phone-arabic-prompt-${lang}-${screen === 'phone' ? '390x844' : '360x640'}.png`) });
        await page.context().close();
      }
    }
  }, 60_000);
});
