import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_SESSION } from '../../server/demo';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { openDetails, openRoundOnPhone, startPledge } from '../helpers/phone-page';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { settled } from '../helpers/wall-measure';

/**
 * SDG target codes read as they are written in a right-to-left language, on a real server, Redis
 * and Chromium: in Arabic, target 9.c shows "9.c" (its 9 left of its c), never "c.9" — on the
 * projector's cards, the report's chips and its table of targets, the registry and the pledge page.
 */

const CODES = ['9.c', '5.b', '17.6'];

/** The codes, among those on the page inside `selector`, laid out backwards (last character left of the first). */
function reversedCodes(page: Page, selector: string, codes: string[]): Promise<{ found: number; reversed: string[] }> {
  return page.evaluate(
    ({ selector, codes }) => {
      const reversed: string[] = [];
      let found = 0;
      const charBox = (node: Text, i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const code of codes) {
            const at = node.data.indexOf(code);
            if (at < 0) continue;
            found++;
            const first = charBox(node, at);
            const last = charBox(node, at + code.length - 1);
            if (last.left < first.left) reversed.push(`${el.textContent?.trim()} (${code})`);
          }
        }
      }
      return { found, reversed };
    },
    { selector, codes },
  );
}

describe('SDG target codes in a right-to-left language', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let links = { wall: '', report: '', registry: '', pledge: '' };
  beforeAll(async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026' }, DEMO_SESSION);
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const pledge = { ...pledgeFor('We will connect every rural school in the region to broadband by 2027.'), sdgTargets: CODES };
    await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[0]!.id, pledge, sockets);
    const url = env.server.url;
    links = {
      wall: `${room.created.links.wall}?lang=ar`,
      report: `${url}/s/${room.created.sessionId}/report?lang=ar#key=${room.created.moderatorKey}`,
      registry: `${url}/e/${room.event.id}?lang=ar`,
      pledge: `${url}/p/${pledge.id}?lang=ar`,
    };
  }, 30_000);

  test('the phone’s SDG picker: the matching targets and the chosen ones', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    sockets.push(moderator);
    await phone.getByTestId('language-picker').selectOption('ar');
    await phone.locator('html[dir="rtl"]').waitFor();
    await startPledge(phone, 'سنربط كل مدرسة ريفية في المنطقة بالإنترنت العريض النطاق.');
    await openDetails(phone);
    const search = phone.getByTestId('sdg-search');
    for (const code of CODES) {
      await search.fill(code);
      await phone.getByTestId(`sdg-option-${code}`).click();
      await phone.getByTestId(`sdg-chip-${code}`).waitFor();
    }
    // The last code typed again: its match shows in the results under the chosen ones.
    await search.fill('9.c');
    await phone.getByTestId('sdg-option-9.c').waitFor();
    await phone.evaluate(() => document.fonts.ready);
    await phone.locator('.sdg-picker').screenshot({ path: path.join(SHOTS, 'rtl-codes-phone-picker.png') });
    const { found, reversed } = await reversedCodes(phone, '.chip__code, .sdg-option__code', CODES);
    expect(found).toBe(4);
    expect(reversed).toEqual([]);
    // What is typed in the search, and the targets' English texts, in their own direction.
    expect(await search.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await phone.locator('.sdg-option__text').first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await phone.context().close();
  }, 60_000);

  test.each<[string, keyof typeof links, string, string, number]>([
    ['the wall’s cards', 'wall', '[data-testid="wall-pledge-list"] .pledge-card__tag--sdg', 'wall', 3],
    ['the report’s chips and table of targets', 'report', '.sdg-chip, [data-testid="count-target"] td', 'report', 6],
    ['the registry’s cards', 'registry', '.sdg-chip', 'registry', 3],
    ['the pledge page’s list of targets', 'pledge', '.sdg-list__head', 'pledge', 3],
  ])('%s', async (_label, link, selector, shot, expected) => {
    const page = await openPage(env.browser, links[link], errors, { width: 1366, height: 768 });
    await page.locator(selector).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (link === 'wall') await settled(page);
    await page.screenshot({ path: path.join(SHOTS, `rtl-codes-${shot}.png`), fullPage: link !== 'wall' });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const { found, reversed } = await reversedCodes(page, selector, CODES);
    expect(found).toBe(expected);
    expect(reversed).toEqual([]);
    await page.context().close();
  });
});
