import path from 'node:path';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent } from '../helpers/record';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * The organizer's sign-in is kept per tab (session storage), so: the report opens from the
 * organizer's pages in the same tab, signed in; a bookmarked report asks for the admin token on
 * the page itself and opens with it; and every page that asks says why it asks and what to paste,
 * under the event's name (not "the event"). English, French and Arabic at 1366×768, on a real
 * server, Redis and Chromium. The token never appears in an address.
 */

const LAPTOP = { width: 1366, height: 768 };
const WHY = {
  en: 'For safety it is kept only in the tab where you paste it',
  fr: 'Par sécurité, il n’est conservé que dans l’onglet où vous le collez',
  ar: 'حفاظًا على الأمان لا يُحفظ إلا في علامة التبويب التي تلصقه فيها',
};

describe('signing in as the organizer, tab by tab', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));
  let room: Awaited<ReturnType<typeof sessionInEvent>>;
  beforeAll(async () => {
    room = await sessionInEvent(env.server, { name: 'IGF 2026 Test' });
    sockets.push(room.moderator);
  });

  test.each(['en', 'fr', 'ar'] as const)('the event page in %s, opened without signing in, names the event and says why it asks', async (lang) => {
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${room.event.id}?lang=${lang}`, errors, LAPTOP);
    await page.getByTestId('token-form').filter({ hasText: WHY[lang] }).waitFor();
    await page.locator('.console__title', { hasText: 'IGF 2026 Test' }).waitFor();
    expect(await page.getByTestId('token-form').innerText()).toContain('#token=');
    await page.screenshot({ path: path.join(SHOTS, `organizer-sign-in-event-${lang}.png`) });
    // Signed in, the event's page itself.
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token').press('Enter');
    await page.getByTestId('event-summary').waitFor();
    expect(page.url()).not.toContain(ADMIN_TOKEN);
    await page.context().close();
  }, 30_000);

  test.each(['en', 'fr', 'ar'] as const)('a bookmarked report in %s asks for the admin token on the page and opens with it', async (lang) => {
    const reportUrl = `${env.server.url}/s/${room.created.sessionId}/report?lang=${lang}`;
    // The browser logs the refused requests (the page has no credential, then a wrong one): the
    // page's other errors still count.
    const seen: string[] = [];
    const page = await openPage(env.browser, reportUrl, seen, LAPTOP);
    const form = page.getByTestId('token-form');
    await form.filter({ hasText: WHY[lang] }).waitFor();
    await page.getByTestId('report-error').waitFor();
    await page.screenshot({ path: path.join(SHOTS, `organizer-sign-in-report-${lang}.png`) });
    // A wrong token: still asked, nothing kept.
    await page.getByTestId('admin-token').fill('not-the-admin-token-at-all');
    await page.getByTestId('admin-token').press('Enter');
    await page.getByTestId('report-error').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('pledge-round:admin'))).toBeNull();
    await form.waitFor();
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token').press('Enter');
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('token-form').count()).toBe(0);
    expect(page.url()).toBe(reportUrl);
    // Kept for this tab, as the organizer pages keep it: they open signed in.
    await page.goto(`${env.server.url}/organizer/events/${room.event.id}`);
    await page.getByTestId('event-summary').waitFor();
    await page.context().close();
    expect(seen.filter((e) => !e.includes('401 (Unauthorized)'))).toEqual([]);
  }, 30_000);

  test('“Report” on the event’s programme opens the report in the same tab, signed in', async () => {
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${room.event.id}?lang=fr#token=${ADMIN_TOKEN}`, errors, LAPTOP);
    const link = page.getByTestId(`event-session-${room.created.sessionId}`).getByTestId('report-link');
    await link.click();
    await page.getByTestId('report').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/s/${room.created.sessionId}/report`);
    expect(page.context().pages()).toHaveLength(1);
    await page.screenshot({ path: path.join(SHOTS, 'organizer-sign-in-report-opened-fr.png') });
    await page.goBack();
    await page.getByTestId('event-summary').waitFor();
    await page.context().close();
  }, 30_000);
});
