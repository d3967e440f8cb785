import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent } from '../helpers/record';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * The organizer's pages follow the rounds a moderator opens, closes and reopens elsewhere, with no
 * click on Refresh (they fetched the states once, and showed "Closed" after a reopening), and the
 * refresh leaves an organizer typing in a form alone: the text and the focus stay. The event's
 * programme in French and the sessions list in English, at 1366×768, on a real server, Redis and
 * Chromium.
 */

const LAPTOP = { width: 1366, height: 768 };

/** The round's state as a row of the programme shows it. */
const rowState = (page: Page, sessionId: string) => page.getByTestId(`event-session-${sessionId}`).locator('.round-pill');

describe('the organizer’s pages follow the rounds', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('the programme shows a round closed, then reopened, while the organizer types', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026 Test' });
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const { sessionId } = room.created;
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${room.event.id}?lang=fr#token=${ADMIN_TOKEN}`, errors, LAPTOP);
    await rowState(page, sessionId).filter({ hasText: 'Ouvert' }).waitFor();

    // The organizer starts typing a new session's title.
    const title = page.getByTestId('create-session-form').getByLabel(/Titre/).first();
    await title.click();
    await title.pressSequentially('Atelier sur les données');

    await room.moderator.sendOk('round:close', {});
    await rowState(page, sessionId).filter({ hasText: 'Clos' }).waitFor({ timeout: 15_000 });
    await room.moderator.sendOk('round:open', {});
    await rowState(page, sessionId).filter({ hasText: 'Ouvert' }).waitFor({ timeout: 15_000 });

    // What was typed, and where, is untouched.
    expect(await title.inputValue()).toBe('Atelier sur les données');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' ouvertes');
    expect(await title.inputValue()).toBe('Atelier sur les données ouvertes');
    await page.screenshot({ path: path.join(SHOTS, 'organizer-refresh-fr.png') });
    await page.context().close();
  }, 60_000);

  test('the sessions list on the organizer’s first page follows them too', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026 Test' });
    sockets.push(room.moderator);
    const page = await openPage(env.browser, `${env.server.url}/organizer?lang=en#token=${ADMIN_TOKEN}`, errors, LAPTOP);
    const row = page.getByTestId(`session-${room.created.sessionId}`);
    await row.filter({ hasText: 'Round not open yet' }).waitFor();
    await room.moderator.sendOk('round:open', {});
    await row.filter({ hasText: 'Round open' }).waitFor({ timeout: 15_000 });
    await page.context().close();
  }, 40_000);
});
