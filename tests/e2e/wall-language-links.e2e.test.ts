import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeFindings, describeFindings } from '../helpers/axe';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent } from '../helpers/record';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * Where a wall's link is handed out (the console's Share card, the organizer's session links, the
 * event's forum wall), the page says what the wall does with its event's languages and offers a
 * link per language that keeps the wall in it: the French one stays French while a wall without
 * it takes turns, the Arabic one is right to left; on a real server, Redis and Chromium.
 */

const LAPTOP = { width: 1366, height: 768 };
const EVENT = { name: 'IGF 2026', languages: ['en', 'fr', 'ar', 'pt-BR'] };
const TURNS = 'The wall takes turns in the event’s languages: English, Français, العربية (every 20 s).';
const LEFT = 'No translation of the interface, so not shown in: português (Brasil).';

const htmlLang = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const waitLang = (page: Page, lang: string, timeout = 5000) => page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout });

/** Keeps, in the page, every language `<html lang>` changes to from now on (read with `langChanges`). */
function watchLang(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { langChanges: string[] }).langChanges = seen;
    new MutationObserver(() => seen.push(document.documentElement.lang)).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  });
}
const langChanges = (page: Page) => page.evaluate(() => (window as unknown as { langChanges: string[] }).langChanges);

/** Waits until a wall taking turns every second has shown each of `langs`, in order, from now on. */
async function goesThrough(page: Page, langs: string[]): Promise<void> {
  for (const lang of langs) await waitLang(page, lang);
}

/** The pinned links of a list (opened first): language -> address. */
async function pinnedLinks(page: Page, testId: string): Promise<Record<string, string>> {
  const list = page.getByTestId(`${testId}-pins`);
  await list.locator('summary').click();
  const links: Record<string, string> = {};
  for (const lang of ['en', 'fr', 'ar', 'es', 'ru', 'zh']) {
    const field = list.getByTestId(`${testId}-pin-${lang}`);
    if (await field.count()) links[lang] = await field.locator('input').inputValue();
  }
  return links;
}

/** axe's serious findings on the elements of the wall links' region (`.wall-links`, the forum wall's link, or `region`), as lines; '' for none. */
async function regionFindings(page: Page, label: string, region = '.wall-links, .event-summary__forum'): Promise<string> {
  const inRegion = async (target: string) =>
    page.evaluate(([selector, within]) => !!document.querySelector(selector!)?.closest(within!), [target.split(' — ')[0]!, region]);
  const mine = [];
  for (const finding of await axeFindings(page, label)) {
    const targets = [];
    for (const target of finding.targets) if (await inRegion(target)) targets.push(target);
    if (targets.length) mine.push({ ...finding, targets });
  }
  return describeFindings(mine);
}

describe('wall links in one language', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  /** A session of the event, its console open on a laptop. */
  async function consoleInEvent() {
    const room = await sessionInEvent(env.server, EVENT);
    sockets.push(room.moderator);
    const moderator = await openPage(env.browser, room.created.links.moderator, errors, LAPTOP);
    return { room, wallUrl: room.created.links.wall, moderator };
  }

  test('the console says the wall takes turns in the event’s languages, and its French link keeps the wall in French', async () => {
    const { wallUrl, moderator } = await consoleInEvent();
    const says = moderator.getByTestId('mod-wall-languages-says');
    await says.getByText(TURNS, { exact: false }).waitFor();
    expect(await says.innerText()).toBe(`${TURNS} ${LEFT}`);
    await moderator.getByTestId('mod-wall-link').scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: path.join(SHOTS, 'wall-language-links-console.png') });

    const links = await pinnedLinks(moderator, 'mod-wall-languages');
    // One link per event language the interface has, each the wall's address with `?lang=`.
    expect(links).toEqual({ en: `${wallUrl}?lang=en`, fr: `${wallUrl}?lang=fr`, ar: `${wallUrl}?lang=ar` });
    await moderator.getByTestId('mod-wall-languages-pin-ar').scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: path.join(SHOTS, 'wall-language-links-console-open.png') });
    expect(await regionFindings(moderator, 'console, wall links in one language open')).toBe('');
    // In Arabic, the console says it in Arabic, right to left.
    await moderator.getByTestId('language-picker').selectOption('ar');
    await says.getByText('تتناوب شاشة العرض بين لغات الفعالية', { exact: false }).waitFor();
    await moderator.getByTestId('mod-wall-languages-pin-ar').scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: path.join(SHOTS, 'wall-language-links-console-ar.png') });
    await moderator.context().close();

    // Side by side: the wall's own address takes turns (every second here), the French link does not.
    const turning = await openPage(env.browser, `${wallUrl}?langEvery=1`, errors, LAPTOP);
    const french = await openPage(env.browser, `${links.fr}&langEvery=1`, errors, LAPTOP);
    await waitLang(french, 'fr');
    await french.getByText('Les engagements s’afficheront ici').waitFor();
    await watchLang(french);
    await goesThrough(turning, ['ar', 'en', 'fr', 'ar']);
    expect(await langChanges(french)).toEqual([]);
    expect(await htmlLang(french)).toEqual({ lang: 'fr', dir: 'ltr' });
    await french.getByText('Les engagements s’afficheront ici').waitFor();
    await turning.context().close();
    await french.context().close();

    const arabic = await openPage(env.browser, `${links.ar}&langEvery=1`, errors, LAPTOP);
    await waitLang(arabic, 'ar');
    expect(await htmlLang(arabic)).toEqual({ lang: 'ar', dir: 'rtl' });
    await arabic.getByTestId('wall').waitFor();
    await arabic.screenshot({ path: path.join(SHOTS, 'wall-language-links-wall-ar.png') });
    await arabic.context().close();
  }, 60_000);

  test('the stage panel’s one-view links say the same, and can all be kept in one language', async () => {
    const { room, wallUrl, moderator } = await consoleInEvent();
    const links = moderator.getByTestId('wall-links');
    await links.locator('summary').click();
    expect(await links.getByTestId('wall-links-languages-says').innerText()).toBe(`${TURNS} ${LEFT}`);
    const link = (testId: string) => links.getByTestId(testId).locator('input').inputValue();
    expect(await link('wall-link-ticker')).toBe(`${wallUrl}?view=ticker`);
    // One language for every link: the event's languages the interface has, each in its own name.
    const menu = links.getByTestId('wall-links-language');
    expect(await menu.locator('option').allInnerTexts()).toEqual(['No: as said above', 'English', 'Français', 'العربية']);
    await menu.selectOption('fr');
    expect(await link('wall-link-ticker')).toBe(`${wallUrl}?view=ticker&lang=fr`);
    expect(await link('wall-link-embed')).toBe(`${env.server.url}/embed/${room.created.sessionId}?lang=fr`);
    expect(await link('wall-link-spotlight')).toBe(`${wallUrl}?view=spotlight&lang=fr`);
    // The end of each link, where they differ, shows.
    expect(await links.getByTestId('wall-link-ticker').locator('input').evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1)).toBe(true);
    await links.getByTestId('wall-link-ticker').scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: path.join(SHOTS, 'wall-language-links-stage.png') });
    expect(await regionFindings(moderator, 'console, one-view links in French', '[data-testid="wall-links"]')).toBe('');
    // In Arabic, right to left, the same.
    await moderator.getByTestId('language-picker').selectOption('ar');
    await links.getByTestId('wall-links-languages-says').getByText('تتناوب شاشة العرض بين لغات الفعالية', { exact: false }).waitFor();
    await links.getByTestId('wall-link-ticker').scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: path.join(SHOTS, 'wall-language-links-stage-ar.png') });
    expect(await regionFindings(moderator, 'console in Arabic, one-view links', '[data-testid="wall-links"]')).toBe('');
    await moderator.context().close();

    // Side by side: the plain ticker takes turns (every second here), the French one does not.
    const turning = await openPage(env.browser, `${wallUrl}?view=ticker&langEvery=1`, errors, LAPTOP);
    const french = await openPage(env.browser, `${wallUrl}?view=ticker&lang=fr&langEvery=1`, errors, LAPTOP);
    await waitLang(french, 'fr');
    await watchLang(french);
    await goesThrough(turning, ['ar', 'en', 'fr', 'ar']);
    expect(await langChanges(french)).toEqual([]);
    await turning.context().close();
    await french.context().close();
  }, 60_000);

  test('an event in one language: the console says the wall shows in it, with no list of links', async () => {
    const room = await sessionInEvent(env.server, { name: 'Forum francophone', languages: ['fr'] });
    sockets.push(room.moderator);
    const moderator = await openPage(env.browser, room.created.links.moderator, errors, LAPTOP);
    await moderator.getByTestId('mod-wall-languages-says').getByText('The wall shows in the event’s language: Français.').waitFor();
    expect(await moderator.getByTestId('mod-wall-languages-pins').count()).toBe(0);
    // The one-view links say it too, with no choice of language.
    await moderator.getByTestId('wall-links').locator('summary').click();
    expect(await moderator.getByTestId('wall-links-languages-says').innerText()).toBe('The wall shows in the event’s language: Français.');
    expect(await moderator.getByTestId('wall-links-language').count()).toBe(0);
    await moderator.context().close();
  });

  test('the organizer’s session links and forum wall say the same, and the forum wall’s Arabic link stays in Arabic', async () => {
    const room = await sessionInEvent(env.server, EVENT);
    sockets.push(room.moderator);
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${room.event.id}#token=${ADMIN_TOKEN}`, errors, LAPTOP);
    const forumSays = page.getByTestId('forum-languages-says');
    await forumSays.waitFor();
    expect(await forumSays.innerText()).toBe(`${TURNS.replace('The wall', 'The forum wall')} ${LEFT}`);
    const forumUrl = `${env.server.url}/forum/${room.event.id}`;
    expect(await page.getByTestId('forum-link').locator('input').inputValue()).toBe(forumUrl);
    const forumLinks = await pinnedLinks(page, 'forum-languages');
    expect(forumLinks).toEqual({ en: `${forumUrl}?lang=en`, fr: `${forumUrl}?lang=fr`, ar: `${forumUrl}?lang=ar` });
    await page.screenshot({ path: path.join(SHOTS, 'wall-language-links-event.png') });

    await page.getByTestId(`links-${room.created.sessionId}`).click();
    const card = page.getByTestId('session-access');
    const says = card.getByTestId('access-wall-languages-says');
    await says.waitFor();
    expect(await says.innerText()).toBe(`${TURNS} ${LEFT}`);
    const links = await pinnedLinks(page, 'access-wall-languages');
    const wallUrl = room.created.links.wall;
    expect(links).toEqual({ en: `${wallUrl}?lang=en`, fr: `${wallUrl}?lang=fr`, ar: `${wallUrl}?lang=ar` });
    await card.getByTestId('access-wall-languages-pin-ar').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'wall-language-links-organizer.png') });
    expect(await regionFindings(page, 'organizer, wall links in one language open')).toBe('');
    await page.context().close();

    // The forum wall: its own address takes turns, its Arabic link stays Arabic, right to left.
    const turning = await openPage(env.browser, `${forumUrl}?langEvery=1`, errors, LAPTOP);
    const arabic = await openPage(env.browser, `${forumLinks.ar}&langEvery=1`, errors, LAPTOP);
    await waitLang(arabic, 'ar');
    await arabic.getByTestId('forum-wall').getByText('شاشة المنتدى').first().waitFor();
    await watchLang(arabic);
    await goesThrough(turning, ['fr', 'ar', 'en', 'fr']);
    expect(await langChanges(arabic)).toEqual([]);
    expect(await htmlLang(arabic)).toEqual({ lang: 'ar', dir: 'rtl' });
    await turning.context().close();
    await arabic.context().close();
  }, 60_000);
});
