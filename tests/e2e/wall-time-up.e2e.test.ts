import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

/**
 * When the countdown runs out and the round does not close itself, the walls say one thing: the
 * badge turns to "Time's up · last pledges still coming in" and the countdown leaves the screen
 * (it used to read "Time's up" beside "Pledges are open"). When the countdown closes the round,
 * the walls end on "Round closed". English, French and Arabic walls, at 1920×1080 and 1366×768,
 * the grid, the spotlight and the holding screen, on a real server, Redis and Chromium.
 */

const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

const WORDS = {
  en: { timeUp: 'Time’s up · last pledges still coming in', open: 'Pledges are open', alone: 'Time’s up' },
  fr: { timeUp: 'Temps écoulé · derniers engagements en cours', open: 'Les engagements sont ouverts', alone: 'Temps écoulé' },
  ar: { timeUp: 'انتهى الوقت · آخر التعهدات ما زالت تصل', open: 'باب التعهدات مفتوح', alone: 'انتهى الوقت' },
} as const;
type Lang = keyof typeof WORDS;

/** What the wall's header says: the round's badge and any countdown in sight. */
const header = (page: Page) =>
  page.evaluate(() => ({
    state: document.querySelector('[data-testid="round-state"]')?.textContent ?? '',
    countdowns: [...document.querySelectorAll('[data-testid="countdown"]')].map((c) => c.textContent ?? ''),
  }));

describe('the walls when the countdown runs out', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  /**
   * A session of an event in `lang`, its round open, and one pledge unless `empty`. Its 10 s
   * countdown starts with `countdown()`, once its walls show the open round: walls that take
   * longer than the countdown to load (a busy machine) would otherwise never see it run.
   */
  async function room(lang: Lang, autoClose: boolean, empty = false) {
    const r = await sessionInEvent(env.server, { name: 'IGF 2026', languages: [lang] });
    sockets.push(r.moderator);
    await r.moderator.sendOk('round:open', {});
    const pledge = pledgeFor('We will connect forty rural schools to community networks before the next IGF.');
    if (!empty) await submitFromPhone(env.server.url, r.created.sessionId, r.panelists[0]!.id, pledge, sockets);
    const countdown = () => r.moderator.sendOk('round:countdown', { countdownSeconds: 10, autoClose });
    return { ...r, pledgeId: pledge.id, countdown };
  }

  test('a round that stays open: one message, "Time’s up · last pledges still coming in", in English, French and Arabic', async () => {
    const rooms = await Promise.all((['en', 'fr', 'ar'] as const).map(async (lang) => ({ lang, r: await room(lang, false) })));
    const holding = await room('en', false, true);
    const walls: { lang: Lang; name: string; page: Page }[] = [];
    for (const { lang, r } of rooms) {
      walls.push({ lang, name: `${lang}-1366-grid`, page: await openPage(env.browser, r.created.links.wall, errors, LAPTOP) });
      walls.push({ lang, name: `${lang}-1920-spotlight`, page: await openPage(env.browser, r.created.links.wall, errors, PROJECTOR) });
      await r.moderator.sendOk('stage:spotlight', { pledgeId: r.pledgeId, rotateSeconds: null });
    }
    walls.push({ lang: 'en', name: 'en-1920-holding', page: await openPage(env.browser, holding.created.links.wall, errors, PROJECTOR) });

    for (const { lang, page } of walls) await page.getByTestId('round-state').filter({ hasText: WORDS[lang].open }).waitFor();
    await Promise.all([...rooms.map(({ r }) => r.countdown()), holding.countdown()]);
    for (const { lang, page } of walls) {
      // While it runs, the countdown is there beside the open badge.
      await page.getByTestId('countdown').waitFor();
      expect(await header(page)).toEqual({ state: WORDS[lang].open, countdowns: [expect.any(String)] });
    }
    for (const { lang, name, page } of walls) {
      await page.getByTestId('round-state').filter({ hasText: WORDS[lang].timeUp }).waitFor({ timeout: 15_000 });
      await page.waitForTimeout(600);
      const seen = await header(page);
      expect(seen).toEqual({ state: WORDS[lang].timeUp, countdowns: [] });
      // Nowhere on the page does "Pledges are open" stand beside "Time's up".
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toContain(WORDS[lang].open);
      expect(text.split(WORDS[lang].alone)).toHaveLength(2);
      expect(await page.getByTestId('round-state').getAttribute('data-state')).toBe('open');
      await page.screenshot({ path: path.join(SHOTS, `wall-time-up-${name}.png`) });
    }
    await Promise.all(walls.map((w) => w.page.context().close()));
  }, 90_000);

  test('a round the countdown closes ends on "Round closed", without the open badge beside "Time’s up"', async () => {
    const r = await room('en', true);
    const page = await openPage(env.browser, r.created.links.wall, errors, PROJECTOR);
    await page.getByTestId('round-state').filter({ hasText: WORDS.en.open }).waitFor();
    await r.countdown();
    await page.getByTestId('countdown').waitFor();
    await page.getByTestId('round-state').filter({ hasText: 'Round closed' }).waitFor({ timeout: 15_000 });
    expect((await header(page)).countdowns).toEqual([]);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(WORDS.en.open);
    await page.context().close();
  }, 40_000);
});
