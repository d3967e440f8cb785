import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SessionListItem } from '../../shared/http';
import { arOrganizer } from '../../client/i18n/ar/organizer';
import { enOrganizer } from '../../client/i18n/en/organizer';
import { openIn } from '../helpers/axe';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { adminApi, ADMIN_TOKEN, createEvent } from '../helpers/server';

/**
 * The quick "New session" form of /organizer, for an organizer who has events, on a real server
 * and Chromium: the session's event is chosen, never assumed (a session left out of its event is
 * missing from the event's forum wall and report). Sent without a choice, the form says so at the
 * field, which takes the focus, and nothing is created.
 */

const LAPTOP = { width: 1366, height: 768 };
const WORDS = { en: enOrganizer, ar: arOrganizer };

const sessions = async (url: string) => (await adminApi<{ sessions: SessionListItem[] }>(url, '/api/sessions')).body.sessions;

/** Fills the quick form with a one-panelist session. */
async function fillSession(page: Page, title: string, code: string) {
  await page.getByTestId('session-title').fill(title);
  await page.getByTestId('session-code').fill(code);
  await page.getByTestId('panelist-name-1').fill('Amina Diallo');
  await page.getByTestId('panelist-group-1').selectOption('Civil Society');
}

describe('the quick session form with events', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test.each(['en', 'ar'] as const)('the event is chosen, never assumed (%s)', async (lang) => {
    const event = await createEvent(env.server.url, { name: `IGF 2026 ${lang}`, languages: ['en', 'fr'] });
    const before = (await sessions(env.server.url)).length;
    const page = await openIn(env.browser, lang, `${env.server.url}/organizer#token=${ADMIN_TOKEN}`, errors, LAPTOP);
    const picker = page.getByTestId('session-event');
    await picker.waitFor();
    expect(await picker.inputValue()).toBe('');
    expect(await picker.locator('option:checked').innerText()).toBe(WORDS[lang]['org.create.choose']);

    await fillSession(page, 'Digital Public Infrastructure', `WS #1${lang}`);
    await page.getByTestId('create-session').click();
    const problem = page.getByRole('alert').getByText(WORDS[lang]['org.create.needEvent']);
    await problem.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('session-event');
    expect(await picker.getAttribute('aria-invalid')).toBe('true');
    expect(await picker.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    expect(await page.getByTestId('created-links').count()).toBe(0);
    expect((await sessions(env.server.url)).length).toBe(before);
    await page.screenshot({ path: path.join(SHOTS, `organizer-quick-event-${lang}.png`) });

    // Chosen: the problem goes, the session is created in the event, and the next one starts in it too.
    await picker.selectOption(event.id);
    await problem.waitFor({ state: 'detached' });
    expect(await picker.getAttribute('aria-invalid')).toBeNull();
    await page.getByTestId('create-session').click();
    await page.getByTestId('created-links').waitFor();
    expect((await sessions(env.server.url)).find((s) => s.code === `WS #1${lang}`)?.eventId).toBe(event.id);
    expect(await picker.inputValue()).toBe(event.id);

    // "No event" is a choice of its own.
    await fillSession(page, 'Open Forum on Spectrum', `OF #2${lang}`);
    await picker.selectOption({ label: WORDS[lang]['org.create.noEvent'] });
    await page.getByTestId('create-session').click();
    await page.getByTestId('session-list').locator('li', { hasText: `OF #2${lang}` }).waitFor();
    expect((await sessions(env.server.url)).find((s) => s.code === `OF #2${lang}`)?.eventId).toBeNull();
  }, 60_000);

  test('while the events are still loading, the event is chosen too', async () => {
    const event = await createEvent(env.server.url, { name: 'WSIS+20 review', languages: ['en'] });
    const before = (await sessions(env.server.url)).length;
    const page = await openIn(env.browser, 'en', 'about:blank', errors, LAPTOP);
    // The events' list does not come (a slow network): the form cannot know there are events.
    const held: (() => void)[] = [];
    await page.route('**/api/events', (route) => void (route.request().method() === 'GET' ? held.push(() => void route.continue()) : route.continue()));
    await page.goto(`${env.server.url}/organizer#token=${ADMIN_TOKEN}`);
    await fillSession(page, 'Cybersecurity Capacity', 'WS #3');
    await page.getByTestId('create-session').click();
    await page.getByRole('alert').getByText(enOrganizer['org.create.needEvent']).waitFor();
    expect((await sessions(env.server.url)).length).toBe(before);
    // Once they come, the event can be chosen.
    held.splice(0).forEach((go) => go());
    await page.getByTestId('session-event').selectOption(event.id);
    await page.getByTestId('create-session').click();
    await page.getByTestId('created-links').waitFor();
    expect((await sessions(env.server.url)).find((s) => s.code === 'WS #3')?.eventId).toBe(event.id);
  }, 60_000);
});
