import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../client/i18n/locales';
import { DEMO_SESSION } from '../../server/demo';
import { browserAndServer, newPage, openPage, SHOTS } from '../helpers/browser';
import { inviteLink, openDetails, startPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';
import { brokenWords } from '../helpers/text-layout';

/**
 * Every phone screen on the narrowest phone the page supports (360 × 740): nothing wider than
 * the screen (no sideways scrolling), and every control a finger can hit: at least 44 × 44 px,
 * a radio button or checkbox counted with its label (a tap on the label ticks it); no list of
 * choices that would show the one chosen cut. The header shows a session's title whole, no word
 * broken, in every language.
 */

/** Runs in the page: what on the screen breaks the rules, one line each. */
function screenProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) problems.push(`the page is ${root.scrollWidth} px wide`);
  const name = (el: Element) => {
    const id = el.getAttribute('data-testid');
    const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''} "${words}"`;
  };
  const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="button"]');
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || getComputedStyle(el).visibility === 'hidden') continue;
    if (r.right > window.innerWidth + 0.5) problems.push(`${name(el)} reaches past the screen's edge`);
    let box = { width: r.width, height: r.height };
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.labels?.[0]) {
      const l = el.labels[0].getBoundingClientRect();
      box = { width: Math.max(r.right, l.right) - Math.min(r.left, l.left), height: Math.max(r.bottom, l.bottom) - Math.min(r.top, l.top) };
    }
    if (box.width < 43.5 || box.height < 43.5) problems.push(`${name(el)} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    // A closed <select> shows its choice on one line: whichever option is wider would be cut.
    if (el instanceof HTMLSelectElement) {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const option of el.options) {
        if (ctx.measureText(option.text).width > room) problems.push(`${name(el)}: "${option.text}" would show cut`);
      }
    }
  }
  return problems;
}

describe('the phone at 360 px', () => {
  const env = browserAndServer();

  test('join, pick a name, the seat and its request, the audience, the form with its details and the SDG picker, the date question, the preview and the confirmation all fit, with tap targets of 44 px', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    const problems: string[] = [];
    const check = async (page: Page, screen: string) => {
      await page.waitForTimeout(350); // entrance animations end
      problems.push(...(await page.evaluate(screenProblems)).map((p) => `${screen}: ${p}`));
      await page.screenshot({ path: path.join(SHOTS, `phone-360-${screen.replace(/\W+/g, '-')}.png`), fullPage: true });
    };
    try {
      // By the join code: the two ways in, the panel's names, the seat to confirm.
      const join = await openPage(env.browser, created.links.join, errors, 'small-phone');
      await join.getByTestId('join-choice').waitFor();
      await check(join, 'join choice');
      await join.getByTestId('join-panel').click();
      await join.getByTestId(`pick-${panelists[2]!.id}`).waitFor();
      await check(join, 'pick name');
      await join.getByTestId(`pick-${panelists[2]!.id}`).click();
      await join.getByTestId('seat-confirm').waitFor();
      await check(join, 'confirm seat');
      await join.getByTestId('seat-ask').click();
      await join.getByTestId('seat-waiting').waitFor();
      await check(join, 'waiting for the moderator');

      // The audience: its form, then its phone.
      const audience = await openPage(env.browser, created.links.join, errors, 'small-phone');
      await audience.getByTestId('join-audience').click();
      await audience.getByTestId('audience-join-form').waitFor();
      await check(audience, 'audience form');
      await audience.getByTestId('audience-presence-onsite').check();
      await audience.getByTestId('audience-join').click();
      await audience.getByTestId('audience-phone').waitFor();
      await check(audience, 'audience before the round');

      // A panelist by invite, before the round opens; then another on the form, its details with the SDG picker's results.
      const early = await newPage(env.browser, 'early panelist', errors, 'small-phone');
      await early.goto(inviteLink(created, panelists[1]!.id));
      await early.getByTestId('waiting').waitFor();
      await check(early, 'waiting for the round');
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const phone = await newPage(env.browser, 'panelist phone', errors, 'small-phone');
      await phone.goto(inviteLink(created, panelists[0]!.id));
      const text = 'We will map rural connectivity gaps with local governments and publish the data openly.';
      await startPledge(phone, text);
      await check(phone, 'form');
      await openDetails(phone);
      await phone.getByLabel('Find an SDG target by code or words').fill('internet access');
      await phone.locator('[data-testid^="sdg-option-"]').first().waitFor();
      await phone.getByRole('button', { name: 'Add a deliverable' }).click();
      await phone.getByLabel('Deliverable 1', { exact: true }).fill('Connectivity map, first release');
      await phone.getByLabel('Due date of deliverable 1').fill('2020-01-31');
      await phone.getByRole('button', { name: 'Add a partner' }).click();
      await phone.getByLabel('Partner 1', { exact: true }).fill('Association for Progressive Communications');
      await phone.getByLabel('By a date', { exact: true }).check();
      await phone.getByLabel('Date', { exact: true }).fill('2099-06-30');
      await check(phone, 'details');

      // The question about the date already passed, the preview, the confirmation.
      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('past-date-check').waitFor();
      await check(phone, 'past date');
      await phone.getByTestId('past-date-keep').click();
      await phone.getByTestId('pledge-preview').waitFor();
      await check(phone, 'preview');
      await phone.getByTestId('pledge-confirm').click();
      await phone.getByTestId('pledge-confirmation').waitFor();
      await check(phone, 'confirmation');

      // The audience's phone with a pledge to support.
      await audience.getByTestId('audience-pledge-list').filter({ hasText: text }).waitFor();
      await check(audience, 'audience phone');

      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 120_000);

  test.each([...LOCALES])('%s: the header shows the session’s title whole, breaking no word', async (lang) => {
    // The demo session's title, beside the connection and the language picker.
    const { created, moderator, panelists } = await setupSession(env.server, DEMO_SESSION);
    try {
      const errors: string[] = [];
      const link = new URL(inviteLink(created, panelists[0]!.id));
      link.searchParams.set('lang', lang);
      const page = await openPage(env.browser, link.toString(), errors, 'small-phone');
      await page.getByTestId('waiting').waitFor();
      await page.locator('.phone__header').screenshot({ path: path.join(SHOTS, `phone-360-header-${lang}.png`) });
      const title = await page.locator('.phone__title').evaluate((el) => ({ text: el.textContent, cut: el.scrollHeight > el.clientHeight + 1 }));
      expect(title).toEqual({ text: DEMO_SESSION.title, cut: false });
      expect(await brokenWords(page, '.phone__header')).toEqual([]);
      await page.context().close();
      expect(errors).toEqual([]);
    } finally {
      // Left open, the console's connection would outlive the server and reconnect forever.
      moderator.close();
    }
  });
});
