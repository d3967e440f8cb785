import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, pageErrors, newPage, openPage, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { audiencePhone, pledgeFor } from '../helpers/round';

/**
 * A wall speaks one language at a time, its own (its event's languages, in turns), whatever this
 * browser chose elsewhere: every word on a card — a pledge's supporters too — is in the language
 * the rest of the wall shows, on a real server, Redis and Chromium.
 */

const FRAME = { width: 1366, height: 768 };

/** What a card shows in words: its text and what the stylesheet draws (::before, ::after). */
function cardWords(page: Page, pledgeId: string): Promise<string> {
  return page.evaluate((id) => {
    const card = document.querySelector<HTMLElement>(`[data-testid="wall-pledge-list"] [data-testid="pledge-${id}"]`);
    if (!card) return '';
    const drawn = [card, ...card.querySelectorAll('*')].flatMap((el) =>
      ['::before', '::after'].map((pseudo) => /^"(.*)"$/.exec(getComputedStyle(el, pseudo).content)?.[1] ?? ''),
    );
    return [card.innerText, ...drawn].filter(Boolean).join(' ').replace(/\s+/g, ' ');
  }, pledgeId);
}

/** Waits until the page is in `lang` and the card shows `words`; on a timeout, says what it showed instead. */
async function expectCardIn(page: Page, lang: string, pledgeId: string, words: string, timeout = 6000): Promise<void> {
  try {
    await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout });
    await page.waitForFunction(
      ({ id, want, l }) => {
        if (document.documentElement.lang !== l) return false;
        const card = document.querySelector<HTMLElement>(`[data-testid="wall-pledge-list"] [data-testid="pledge-${id}"]`);
        if (!card) return false;
        const drawn = [card, ...card.querySelectorAll('*')].map((el) => getComputedStyle(el, '::after').content).join(' ');
        return `${card.innerText} ${drawn}`.includes(want);
      },
      { id: pledgeId, want: words, l: lang },
      { timeout: 3000 },
    );
  } catch {
    throw new Error(`wall in ${await page.evaluate(() => document.documentElement.lang)}: the card shows "${await cardWords(page, pledgeId)}", not "${words}"`);
  }
}

describe('the wall’s language', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  /** A session of an event in `languages`, round open, one panelist's pledge with one supporter. */
  async function supportedPledge(languages: string[]) {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026', languages });
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const pledge = pledgeFor('We will connect forty rural schools to community networks before the next IGF.');
    await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[0]!.id, pledge, sockets);
    const fan = await audiencePhone(env.server.url, room.created.sessionId, { presence: 'online' });
    sockets.push(fan.phone);
    await fan.phone.sendOk('reaction:set', { pledgeId: pledge.id, on: true });
    return { wallUrl: room.created.links.wall, pledgeId: pledge.id };
  }

  test.each(['fr', 'ar'])('an English-only event’s wall, in a browser that chose %s elsewhere, counts supporters in English', async (saved) => {
    const { wallUrl, pledgeId } = await supportedPledge(['en']);
    const page = await newPage(env.browser, `saved ${saved}`, errors, FRAME);
    // The language chosen on another page of this browser (`?lang=` remembers it, as the picker does).
    await page.goto(`${new URL(wallUrl).origin}/?lang=${saved}`);
    await page.waitForFunction((l) => document.documentElement.lang === l && localStorage.getItem('pledge-round.lang') === l, saved);
    await page.goto(wallUrl);
    await page.getByTestId('wall-pledge-list').locator(`[data-testid="pledge-${pledgeId}"]`).waitFor();
    await expectCardIn(page, 'en', pledgeId, '1 supporter');
    // Still English a moment later, every word of the card.
    await page.waitForTimeout(1000);
    const words = await cardWords(page, pledgeId);
    expect(words).toContain('1 supporter');
    expect(words).not.toMatch(/soutien|مؤيد/);
    await page.screenshot({ path: path.join(SHOTS, `wall-language-saved-${saved}.png`) });
    await page.context().close();
  }, 30_000);

  test('a wall taking turns in English and French counts supporters in the language it shows', async () => {
    const { wallUrl, pledgeId } = await supportedPledge(['en', 'fr']);
    const page = await openPage(env.browser, `${wallUrl}?langEvery=2`, errors, FRAME);
    await page.getByTestId('wall-pledge-list').locator(`[data-testid="pledge-${pledgeId}"]`).waitFor();
    for (const [lang, words] of [['fr', '1 soutien'], ['en', '1 supporter'], ['fr', '1 soutien']] as const) await expectCardIn(page, lang, pledgeId, words);
    await page.context().close();
  }, 30_000);
});
