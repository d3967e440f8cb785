import path from 'node:path';
import type { Page } from 'playwright-core';
import { ar } from '../../client/i18n/ar';
import { zh } from '../../client/i18n/zh';
import type { Catalogue } from '../../client/i18n/en';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { inviteLink } from '../helpers/phone-page';
import { DEFAULT_PROMPT } from '../../shared/domain';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * The phone, the console and the wall in Arabic (right to left) and Chinese, on a real server,
 * Redis and Chromium, in an open round with a pledge on the wall: each page shows its language's
 * words (never a message key), `<html lang dir>` says so, and the screenshots are kept in
 * test-artifacts/ (languages-<page>-<lang>.png) for a reader of that language to look over. The
 * phone's empty pledge field runs in the page's direction, typed text in its own. The standard
 * question (a session without a prompt of its own) shows in each page's language.
 */

const LANGUAGES: [string, Catalogue, 'rtl' | 'ltr'][] = [
  ['ar', ar, 'rtl'],
  ['zh', zh, 'ltr'],
];
const PLEDGE = 'Publish open data on rural broadband coverage every quarter until the next IGF.';

/** A link with `?lang=` (before its fragment, which holds the credential). */
const inLanguage = (link: string, lang: string, extra: Record<string, string> = {}) => {
  const url = new URL(link);
  url.searchParams.set('lang', lang);
  for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
  return url.toString();
};

/** No message key (`mod.round.close`, `wall.empty.open`…) left untranslated on screen. */
async function expectNoKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text.match(/\b(?:app|conn|phone|mod|wall|stage|common|error|org|record|forum)\.[a-zA-Z]+(?:\.[a-zA-Z]+)*\b/g) ?? []).toEqual([]);
}

const htmlLang = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('screens in Arabic and Chinese', () => {
  const env = browserAndServer();
  const errors: string[] = [];
  afterEach(() => {
    expect(errors).toEqual([]);
    errors.length = 0;
  });

  test.each(LANGUAGES)('%s: phone, console and wall', async (lang, catalogue, dir) => {
    const s = await setupSession(env.server);
    await s.moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    const [first, second] = s.panelists;
    const { phone } = await seatedPhone(env.server.url, s.created.sessionId, first!.id);
    await phone.sendOk('pledge:submit', pledgeFor(PLEDGE));

    const phonePage = await openPage(env.browser, inLanguage(inviteLink(s.created, second!.id), lang), errors);
    await phonePage.getByTestId('pledge-text').waitFor();
    expect(await htmlLang(phonePage)).toEqual({ lang, dir });
    await phonePage.getByText(catalogue['phone.form.textLabel'], { exact: true }).first().waitFor();
    // The empty field (its placeholder) runs in the page's direction; typed text, in its own.
    const fieldDirection = () => phonePage.getByTestId('pledge-text').evaluate((el) => getComputedStyle(el).direction);
    expect(await fieldDirection()).toBe(dir);
    await phonePage.getByTestId('pledge-text').fill('We will open our data.');
    expect(await fieldDirection()).toBe('ltr');
    await phonePage.getByTestId('pledge-text').fill('');
    await expectNoKeys(phonePage);
    await phonePage.screenshot({ path: path.join(SHOTS, `languages-phone-${lang}.png`), fullPage: true });

    const consolePage = await openPage(env.browser, inLanguage(s.created.links.moderator, lang), errors, { width: 1366, height: 900 });
    await consolePage.getByRole('button', { name: catalogue['mod.round.close'] }).waitFor();
    await consolePage.getByText(PLEDGE).first().waitFor();
    expect(await htmlLang(consolePage)).toEqual({ lang, dir });
    await expectNoKeys(consolePage);
    await consolePage.screenshot({ path: path.join(SHOTS, `languages-console-${lang}.png`), fullPage: true });

    const wallPage = await openPage(env.browser, inLanguage(s.created.links.wall, lang, { view: 'grid' }), errors, { width: 1920, height: 1080 });
    await wallPage.getByText(PLEDGE).first().waitFor();
    expect(await htmlLang(wallPage)).toEqual({ lang, dir });
    // The pledge keeps its own language and direction inside the page's.
    expect(await wallPage.getByText(PLEDGE).first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await expectNoKeys(wallPage);
    await wallPage.screenshot({ path: path.join(SHOTS, `languages-wall-${lang}.png`) });

    for (const page of [phonePage, consolePage, wallPage]) await page.context().close();
    phone.close();
    s.moderator.close();
  });

  test.each(LANGUAGES)('%s: the standard question is asked in the page’s language, and stays standard', async (lang, catalogue) => {
    // A session made without a prompt of its own; the console opens the round as it shows it.
    const s = await setupSession(env.server);
    const consolePage = await openPage(env.browser, inLanguage(s.created.links.moderator, lang), errors, { width: 1366, height: 900 });
    expect(await consolePage.getByTestId('prompt-input').inputValue()).toBe(catalogue['round.defaultPrompt']);
    await consolePage.getByTestId('open-round').click();
    await consolePage.getByTestId('close-round').waitFor();
    expect((await s.moderator.snapshot()).round.prompt).toBe(DEFAULT_PROMPT);

    const phonePage = await openPage(env.browser, inLanguage(inviteLink(s.created, s.panelists[0]!.id), lang), errors);
    expect(await phonePage.getByTestId('prompt').innerText()).toBe(catalogue['round.defaultPrompt']);
    const wallPage = await openPage(env.browser, inLanguage(s.created.links.wall, lang, { view: 'grid' }), errors, { width: 1920, height: 1080 });
    await wallPage.locator('.wall__prompt').getByText(catalogue['round.defaultPrompt']).waitFor();
    for (const page of [phonePage, consolePage, wallPage]) await page.context().close();
    s.moderator.close();
  });
});
