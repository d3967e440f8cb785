import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { isRtl, LOCALES } from '../../client/i18n/locales';
import { browserAndServer, newPage, openPage, SHOTS } from '../helpers/browser';
import { sessionInEvent } from '../helpers/record';
import { createSession, PANEL } from '../helpers/server';

/**
 * The interface in other languages on a real server, Redis and Chromium: the language picker
 * switches the open page in place (typed text, focus and socket stay) and the choice survives a
 * reload; a wall takes turns in its event's languages unless `?lang=` pins one; every language
 * present in client/i18n sets `<html lang dir>` (right to left for Arabic).
 */

const I18N = path.resolve('client/i18n');
/** The languages with a catalogue folder, in the order the picker lists them (LOCALES). */
const PRESENT = LOCALES.filter((l) => readdirSync(I18N).some((d) => d === l && statSync(path.join(I18N, d)).isDirectory()));

const htmlLang = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const waitLang = (page: Page, lang: string, timeout = 5000) =>
  page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout });

describe('languages', () => {
  const env = browserAndServer();
  const errors: string[] = [];
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));
  afterEach(() => {
    expect(errors).toEqual([]);
    errors.length = 0;
  });

  test('the phone switches to French in place, keeps what was typed, and stays French after a reload', async () => {
    const created = await createSession(env.server.url, PANEL);
    const page = await newPage(env.browser, 'phone', errors);
    const opened: string[] = [];
    page.on('websocket', (ws) => opened.push(ws.url()));
    await page.goto(created.links.join);
    await page.getByTestId('join-choice').getByText('How are you taking part?').waitFor();
    expect(await htmlLang(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByTestId('join-audience').click();
    await page.getByTestId('audience-name').fill('Amina Diallo');
    const socketsBefore = opened.length;

    const picker = page.getByTestId('language-picker');
    expect(await picker.evaluate((el: HTMLSelectElement) => [...el.options].map((o) => o.textContent))).toEqual(
      PRESENT.map((l) => ({ en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', zh: '中文', ru: 'Русский' })[l]),
    );
    await picker.selectOption('fr');
    await page.getByTestId('audience-join-form').getByRole('heading', { name: 'Rejoindre le public' }).waitFor();
    expect(await htmlLang(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.getByTestId('audience-name').inputValue()).toBe('Amina Diallo');
    await page.getByLabel('Votre nom (facultatif)').waitFor();
    expect(await page.getByTestId('connection-status').getAttribute('data-status')).toBe('online');
    expect(await page.getByTestId('connection-status').innerText()).toContain('Connecté');
    expect(opened.length).toBe(socketsBefore); // the same socket: no new connection
    await page.screenshot({ path: path.join(SHOTS, 'languages-phone-fr.png') });

    await page.reload();
    await page.getByTestId('join-choice').getByText('Comment participez-vous\u202f?').waitFor();
    expect(await htmlLang(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await picker.inputValue()).toBe('fr');
    await page.context().close();
  });

  test('the console switches to French in place, with 24-hour times, and stays French after a reload', async () => {
    const created = await createSession(env.server.url, PANEL);
    const page = await openPage(env.browser, created.links.moderator, errors, { width: 1366, height: 900 });
    await page.getByTestId('open-round').getByText('Open round').waitFor();
    await page.getByTestId('prompt-input').fill('What will you do before the next IGF?');
    await page.getByTestId('open-round').click();
    await page.getByTestId('mod-round-state').and(page.locator('[data-state="open"]')).waitFor();

    await page.getByTestId('language-picker').focus();
    await page.getByTestId('language-picker').selectOption('fr');
    await page.getByTestId('mod-round-state').getByText('Tour ouvert').waitFor();
    await page.getByRole('button', { name: 'Clore le tour' }).waitFor();
    expect(await page.getByTestId('prompt-input').inputValue()).toBe('What will you do before the next IGF?');
    expect(await page.getByTestId('language-picker').evaluate((el) => el === document.activeElement)).toBe(true);
    // The activity log's times: 24-hour, as everywhere ("14:32", never "02:32 PM").
    const time = await page.getByTestId('activity-log').locator('time').first().innerText();
    expect(time).toMatch(/^\d{2}:\d{2}$/);
    await page.screenshot({ path: path.join(SHOTS, 'languages-console-fr.png'), fullPage: true });

    await page.reload();
    await page.getByRole('button', { name: 'Clore le tour' }).waitFor();
    expect(await htmlLang(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await page.context().close();
  });

  test('a wall takes turns in its event’s languages; ?lang= pins one', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2025', languages: ['en', 'fr', 'pt-BR'] });
    sockets.push(room.moderator);
    const wallUrl = room.created.links.wall;
    const frame = { width: 1280, height: 720 };
    const wall = await openPage(env.browser, `${wallUrl}?langEvery=2`, errors, frame);
    await wall.getByTestId('wall').waitFor();
    // Both languages come round, and come round again (pt-BR has no catalogue: left out).
    const seen: string[] = [];
    for (const lang of ['fr', 'en', 'fr']) {
      await waitLang(wall, lang, 6000);
      seen.push(lang);
    }
    expect(seen).toEqual(['fr', 'en', 'fr']);
    await wall.getByText('Les engagements s’afficheront ici').waitFor();
    // The wall's choice is not remembered as this device's.
    expect(await wall.evaluate(() => localStorage.getItem('pledge-round.lang'))).toBeNull();
    await wall.context().close();

    const pinned = await openPage(env.browser, `${wallUrl}?lang=fr&langEvery=1`, errors, frame);
    await pinned.getByTestId('wall').waitFor();
    await waitLang(pinned, 'fr');
    await pinned.waitForTimeout(2500);
    expect(await htmlLang(pinned)).toEqual({ lang: 'fr', dir: 'ltr' });
    await pinned.getByText('Les engagements s’afficheront ici').waitFor();
    // Pinned for that screen only: the laptop behind the projector opens the console in its own language.
    expect(await pinned.evaluate(() => localStorage.getItem('pledge-round.lang'))).toBeNull();
    await pinned.goto(room.created.links.moderator);
    await pinned.getByTestId('open-round').waitFor();
    expect(await htmlLang(pinned)).toEqual({ lang: 'en', dir: 'ltr' });
    await pinned.context().close();

    // The forum wall follows the same languages, and is pinned the same way.
    const forum = await openPage(env.browser, `${env.server.url}/forum/${room.event.id}?lang=fr`, errors, frame);
    await forum.getByTestId('forum-wall').getByText('Mur du forum').waitFor();
    expect(await forum.evaluate(() => localStorage.getItem('pledge-round.lang'))).toBeNull();
    await forum.context().close();
  });

  test.each(PRESENT)('%s: ?lang= sets the page’s language and direction', async (locale) => {
    const page = await openPage(env.browser, `${env.server.url}/?lang=${locale}`, errors);
    await page.getByTestId('language-picker').waitFor();
    expect(await htmlLang(page)).toEqual({ lang: locale, dir: isRtl(locale) ? 'rtl' : 'ltr' });
    expect(await page.getByTestId('language-picker').inputValue()).toBe(locale);
    await page.context().close();
  });
});
