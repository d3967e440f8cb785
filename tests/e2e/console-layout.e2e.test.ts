import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../client/i18n/locales';
import { DEMO_SESSION } from '../../server/demo';
import { openIn } from '../helpers/axe';
import { browserAndServer, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { audiencePhone, pledgeFor, setupSession } from '../helpers/round';
import { createSession } from '../helpers/server';
import { brokenWords } from '../helpers/text-layout';

/**
 * The moderator console's layout in each of the six languages, on a real server and Chromium:
 * on a laptop's first screen (1366×768, 1280×720) the round's action shows whole without
 * scrolling; the counters keep their words inside their tiles and the countdown's "Time's up" on
 * one line, on a laptop and on a phone; on a phone (390×844) the console is no wider than the
 * screen and breaks no word (a panelist's name, organization or group) across two lines, and once
 * scrolled only the bar of what waits stays pinned (the header scrolls away), its button bringing
 * the queue into view below it. On a laptop, a pledge being rejected shows whole below the pinned
 * bar, and the other moderator's opening and closing the round moves neither focus nor page.
 * Screenshots in test-artifacts/console-layout-*.png.
 */

const LAPTOPS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
const PHONE = { width: 390, height: 844 };

/** Where the element shows in the window: whole, below the sticky header, and not covered by anything. */
function inFirstScreen(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.console__header')!.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { below: r.top >= header.bottom - 1, whole: r.top >= 0 && r.bottom <= innerHeight, seen: !!hit && (hit === el || el.contains(hit)) };
  });
}

/** Runs in the page: the round's counters whose words reach past their tile, and a countdown on more than one line. */
function counterProblems(): string[] {
  const problems: string[] = [];
  for (const tile of document.querySelectorAll<HTMLElement>('.round__stats .stat')) {
    const box = tile.getBoundingClientRect();
    const style = getComputedStyle(tile);
    const [start, end] = [box.left + parseFloat(style.paddingLeft) - 1, box.right - parseFloat(style.paddingRight) + 1];
    // Its text as shown (a screen reader's copy, clipped to nothing, is not).
    const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((r) => r.width > 0 && (r.left < start || r.right > end))) problems.push(`"${node.textContent}" reaches past its tile`);
    }
  }
  const value = document.querySelector('.round__stats .countdown__value');
  if (value) {
    const range = document.createRange();
    range.selectNodeContents(value);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    if (lines !== 1) problems.push(`the countdown "${value.textContent}" is on ${lines} lines`);
  }
  return problems;
}

describe('the console’s layout in every language', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  /** A round opened with a ten-second countdown, ended by the time the tests look at it. */
  let timesUp: Awaited<ReturnType<typeof setupSession>>;
  beforeAll(async () => {
    timesUp = await setupSession(env.server, DEMO_SESSION);
    sockets.push(timesUp.moderator);
    await timesUp.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', countdownSeconds: 10 });
  });

  test.each([...LOCALES])('%s: "Open round" shows whole on a laptop’s first screen', async (lang) => {
    const errors: string[] = [];
    // The demo session (`npm start -- --demo`): a title and a moderator's name that take the header to two lines.
    const created = await createSession(env.server.url, DEMO_SESSION);
    for (const size of LAPTOPS) {
      const page = await openIn(env.browser, lang, created.links.moderator, errors, size);
      await page.getByTestId('open-round').waitFor();
      await page.screenshot({ path: path.join(SHOTS, `console-layout-${lang}-${size.width}x${size.height}.png`) });
      const screen = `${size.width}×${size.height}`;
      expect({ screen, ...(await inFirstScreen(page, 'open-round')) }).toEqual({ screen, below: true, whole: true, seen: true });
      // Who of the panel has joined starts on the same first screen, beside the round's controls.
      await page.getByTestId('panel-list').waitFor();
      const firstRow = (await page.locator('[data-testid^="panel-row-"]').first().getAttribute('data-testid'))!;
      expect({ screen, ...(await inFirstScreen(page, firstRow)) }).toEqual({ screen, below: true, whole: true, seen: true });
      await page.context().close();
    }
    expect(errors).toEqual([]);
  });

  test.each([...LOCALES])('%s: every counter’s words stay in its tile, and "Time’s up" on one line', async (lang) => {
    const errors: string[] = [];
    const page = await openIn(env.browser, lang, timesUp.created.links.moderator, errors, LAPTOPS[0]);
    await page.locator('.round__stats .countdown--over').waitFor({ timeout: 15_000 });
    const problems: string[] = [];
    for (const size of [...LAPTOPS, PHONE]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: path.join(SHOTS, `console-layout-times-up-${lang}-${size.width}x${size.height}.png`) });
      problems.push(...(await page.evaluate(counterProblems)).map((p) => `${size.width}×${size.height}: ${p}`));
    }
    expect(problems).toEqual([]);
    await page.context().close();
    expect(errors).toEqual([]);
  }, 30_000);

  test('on a phone, scrolled down, only the bar of what waits stays on top, and it leads to the queue', async () => {
    const errors: string[] = [];
    const member = await audiencePhone(env.server.url, timesUp.created.sessionId, { presence: 'onsite', name: 'Ines' });
    sockets.push(member.phone);
    await member.phone.sendOk('pledge:submit', pledgeFor('I will host a community network clinic every month.', { capacity: 'individual' }));
    const page = await openIn(env.browser, 'en', timesUp.created.links.moderator, errors, 'phone');
    await page.getByTestId('attention-queue').waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: path.join(SHOTS, 'console-layout-phone-scrolled.png') });
    const pinned = await page.evaluate(() => {
      const shown = (selector: string) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
      };
      return { scrolled: scrollY > 0, header: shown('.console__header'), bar: document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect().top };
    });
    // The header is out of sight; the bar sits at the top of the screen.
    expect(pinned).toEqual({ scrolled: true, header: 0, bar: expect.any(Number) });
    expect(pinned.bar).toBeLessThan(20);
    await page.getByTestId('attention-queue').click();
    const shown = await page.evaluate(() => ({
      barBottom: document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect().bottom,
      headingTop: document.getElementById('mod-queue-heading')!.getBoundingClientRect().top,
    }));
    expect(shown.headingTop).toBeGreaterThanOrEqual(shown.barBottom);
    // Just below the bar, not a header's height further down.
    expect(shown.headingTop - shown.barBottom).toBeLessThan(40);
    await page.context().close();
    expect(errors).toEqual([]);
  });

  test('on a laptop, rejecting a pledge the pinned bar half hides brings it into view below the bar', async () => {
    const errors: string[] = [];
    const member = await audiencePhone(env.server.url, timesUp.created.sessionId, { presence: 'online', name: 'Sara' });
    sockets.push(member.phone);
    const pledge = await member.phone.sendOk('pledge:submit', pledgeFor('I will translate our community guides into Hausa and Yoruba.', { capacity: 'individual' }));
    const id = (pledge.pledge as { id: string }).id;
    const page = await openIn(env.browser, 'en', timesUp.created.links.moderator, errors, LAPTOPS[0]);
    const item = page.getByTestId(`mod-pledge-${id}`);
    await item.waitFor();
    await page.getByTestId('mod-attention').waitFor();
    // Scrolled so the pledge's author line is under the bar (its buttons still in sight).
    await item.evaluate((el) => {
      const bar = document.querySelector('[data-testid="mod-attention"]')!;
      window.scrollBy(0, el.getBoundingClientRect().top - parseFloat(getComputedStyle(bar).top) - 10);
    });
    const geometry = () =>
      item.evaluate((el) => ({
        itemTop: el.getBoundingClientRect().top,
        barBottom: document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect().bottom,
      }));
    const before = await geometry();
    expect(before.itemTop).toBeLessThan(before.barBottom);
    await page.getByTestId(`reject-${id}`).click();
    await page.getByTestId(`reject-reason-${id}`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'console-layout-reject.png') });
    const after = await geometry();
    expect(after.itemTop).toBeGreaterThanOrEqual(after.barBottom);
    // The reason's field is in view and has the focus.
    expect(await page.getByTestId(`reject-reason-${id}`).evaluate((el) => el === document.activeElement && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await page.context().close();
    expect(errors).toEqual([]);
  });

  test('the other moderator opening and closing the round moves neither the focus nor the page', async () => {
    const errors: string[] = [];
    const other = await setupSession(env.server, DEMO_SESSION);
    sockets.push(other.moderator);
    const page = await openIn(env.browser, 'en', other.created.links.moderator, errors, LAPTOPS[0]);
    await page.getByTestId('open-round').waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // Still down the page (the round's button far above, out of sight), nothing focused.
    const where = (button: string) =>
      page.getByTestId(button).evaluate((el) => ({ buttonAbove: el.getBoundingClientRect().bottom < 0, focused: document.activeElement?.tagName }));
    expect(await where('open-round')).toEqual({ buttonAbove: true, focused: 'BODY' });
    await other.moderator.sendOk('round:open', {});
    await page.getByTestId('close-round').waitFor();
    expect(await where('close-round')).toEqual({ buttonAbove: true, focused: 'BODY' });
    await other.moderator.sendOk('round:close', {});
    await page.getByTestId('open-round').waitFor();
    expect(await where('open-round')).toEqual({ buttonAbove: true, focused: 'BODY' });
    await page.context().close();
    expect(errors).toEqual([]);
  });

  test.each([...LOCALES])('%s: on a phone the console is no wider than the screen and breaks no word', async (lang) => {
    const errors: string[] = [];
    const page = await openIn(env.browser, lang, timesUp.created.links.moderator, errors, 'phone');
    await page.getByTestId('panel-list').waitFor();
    await page.getByTestId('mod-join-link').waitFor();
    await page.screenshot({ path: path.join(SHOTS, `console-layout-phone-${lang}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await brokenWords(page, '.console')).toEqual([]);
    await page.context().close();
    expect(errors).toEqual([]);
  });
});
