import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { chooseCapacityIfAsked, confirmPledge, openDetails, openRoundOnPhone } from '../helpers/phone-page';

/**
 * What a first-time tester found on the phone's check before sending and on the saved pledge: the
 * standard themes read in the page's language on the form's checkboxes; the check step opens at the
 * page's top and keeps the round's countdown in view; the saved pledge shows the same card and record
 * fields as the preview (its stakeholder group among them) and its countdown in the same spot, at the
 * top, covering nothing; confirming an edit says it saves it.
 */
describe('the check before sending and the saved pledge', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const PHONE = { width: 390, height: 844 };
  const SMALL_PHONE = { width: 360, height: 640 };

  /** Where the round's countdown shows in the window, rounded to the pixel. */
  /** Where the countdown is once the screen has come in (a screen rises 6 px as it shows: measured after). */
  const countdownBox = (page: Page) =>
    page.getByTestId('countdown').evaluate(async (el) => {
      await Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)));
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), left: Math.round(r.left), right: Math.round(r.right) };
    });

  /** Runs in the page: what of the saved pledge's screen the countdown covers (a line of text, a box with a background or a border, a button). */
  const underCountdown = (page: Page) =>
    page.getByTestId('pledge-confirmation').evaluate((screen) => {
      const countdown = screen.querySelector('[data-testid="countdown"]')!;
      const c = countdown.getBoundingClientRect();
      const meets = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
      const under: string[] = [];
      const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (countdown.contains(parent) || parent.closest('.visually-hidden') || !node.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((r) => meets(r))) under.push(`text "${node.textContent!.trim().slice(0, 40)}"`);
      }
      for (const el of screen.querySelectorAll<HTMLElement>('*')) {
        if (countdown.contains(el) || el.closest('.visually-hidden')) continue;
        const style = getComputedStyle(el);
        const drawn = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.backgroundImage !== 'none' || parseFloat(style.borderTopWidth) > 0 || el.matches('button, a, input');
        if (drawn && meets(el.getBoundingClientRect())) under.push(`${el.tagName.toLowerCase()}.${el.className}`);
      }
      return under;
    });

  test('themes in French, the countdown and the top of the preview, the saved card as previewed with the countdown in the same spot, an edit saves', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await moderator.sendOk('round:countdown', { countdownSeconds: 300 });
      const text = 'The West Africa ICT Alliance will publish its members’ connectivity data under an open licence.';
      await phone.getByTestId('pledge-text').fill(text);
      await chooseCapacityIfAsked(phone, 'organization');
      await openDetails(phone);

      // The standard themes in the page's language.
      await phone.getByTestId('language-picker').selectOption('fr');
      await phone.locator('html[lang="fr"]').waitFor();
      expect(await phone.getByTestId('pledge-theme-data').evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe('Données');
      await phone.getByTestId('language-picker').selectOption('en');
      await phone.locator('html[lang="en"]').waitFor();

      // Submit from the bottom of the form: the preview opens at the top, the countdown in view.
      await phone.getByTestId('pledge-submit').scrollIntoViewIfNeeded();
      expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await phone.getByTestId('pledge-submit').click();
      const preview = phone.getByTestId('pledge-preview');
      await preview.waitFor();
      await phone.waitForFunction(() => document.activeElement?.id === 'preview-title');
      expect(await phone.evaluate(() => window.scrollY)).toBe(0);
      expect(await preview.locator('.countdown--phone').isVisible()).toBe(true);
      expect(await phone.getByTestId('pledge-confirm').innerText()).toBe('Confirm and submit');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-check-preview.png') });
      const previewCard = await preview.locator('.pledge-card').innerText();
      expect(previewCard).toContain('Civil Society');
      const countdownInPreview = await countdownBox(phone);

      // The saved pledge: the same card and record fields as the preview.
      const saved = await confirmPledge(phone, text);
      expect(await saved.locator('.pledge-card').innerText()).toContain('Civil Society');
      expect(await saved.getByTestId('preview-record').innerText()).toContain('On behalf of West Africa ICT Alliance');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-check-saved.png'), fullPage: true });

      // Its countdown where the form's and the preview's is: at the top, in the same spot; nothing under it, on a 390 and a 360 px phone.
      await phone.evaluate(() => window.scrollTo(0, 0));
      expect(await countdownBox(phone)).toEqual(countdownInPreview);
      for (const size of [PHONE, SMALL_PHONE]) {
        await phone.setViewportSize(size);
        await phone.evaluate(() => window.scrollTo(0, 0));
        await phone.screenshot({ path: path.join(SHOTS, `phone-check-saved-top-${size.width}x${size.height}.png`) });
        expect({ size, under: await underCountdown(phone) }).toEqual({ size, under: [] });
      }
      // Right to left, on the small phone: at the top, at the line's end (the left).
      await phone.getByTestId('language-picker').selectOption('ar');
      await phone.locator('html[lang="ar"]').waitFor();
      await phone.screenshot({ path: path.join(SHOTS, 'phone-check-saved-top-ar-360x640.png') });
      expect(await underCountdown(phone)).toEqual([]);
      const rtl = await countdownBox(phone);
      expect(rtl.left).toBeLessThan(SMALL_PHONE.width - rtl.right);
      expect(rtl.top).toBe(countdownInPreview.top);
      await phone.getByTestId('language-picker').selectOption('en');
      await phone.locator('html[lang="en"]').waitFor();
      await phone.setViewportSize(PHONE);

      // An edit's confirmation says it saves the change.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').fill(`${text} Twice a year.`);
      await phone.getByTestId('pledge-submit').click();
      await preview.waitFor();
      expect(await phone.getByTestId('pledge-confirm').innerText()).toBe('Confirm and save changes');
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
