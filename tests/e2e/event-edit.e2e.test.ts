import path from 'node:path';
import type { Page } from 'playwright-core';
import type { EventDetail } from '../../shared/http';
import type { EventInfo } from '../../shared/schemas';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * "Edit details" on an organizer's event page, in a real browser against a real server: the
 * summary turns into a form, a save changes the event everywhere on the page and on the server,
 * and a bad date range (caught here or by the server) changes nothing.
 */
describe('editing an event’s details', () => {
  const env = browserAndServer();

  const admin = async <T,>(route: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const res = await fetch(`${env.server.url}${route}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    expect(res.ok).toBe(true);
    return (await res.json()) as T;
  };
  const eventOf = async (id: string) => (await admin<{ ok: true } & EventDetail>(`/api/events/${id}`)).event;

  /** The accessible name of the focused element's label, or its text for a button. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | HTMLButtonElement | null;
      if (!el) return '';
      return el.labels?.[0]?.textContent ?? el.textContent ?? '';
    });

  test('name and months change on the page and the server; an end before the start changes nothing', async () => {
    const created = await admin<{ event: EventInfo }>('/api/events', {
      method: 'POST',
      body: { name: 'EuroDIG 2025', startDate: '2025-05-12', endDate: '2025-05-14', languages: ['en'], silentAfterMonths: 3 },
    });
    const id = created.event.id;
    const errors: string[] = [];
    const page = await newPage(env.browser, 'organizer', errors, { width: 1280, height: 900 });

    try {
      await page.goto(`${env.server.url}/organizer/events/${id}`);
      await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
      await page.getByRole('button', { name: 'Continue' }).click();
      const summary = page.getByTestId('event-summary');
      await summary.getByText('3 months without a report').waitFor();

      // ---- open: the focus goes to the name, the themes are explained as fixed ----
      await page.getByTestId('edit-event').click();
      const form = page.getByTestId('event-edit-form');
      await form.waitFor();
      expect(await focused(page)).toBe('Event name');
      expect(await form.getByLabel('Event name').inputValue()).toBe('EuroDIG 2025');
      expect(await form.getByLabel('First day').inputValue()).toBe('2025-05-12');
      expect(await form.getByLabel('Languages').inputValue()).toBe('en');
      await form.getByText('Themes cannot be changed once the event exists').waitFor();
      expect(await form.getByTestId('event-themes').locator('li').count()).toBe(created.event.themes.length);

      // ---- Escape cancels: nothing changes, the focus is back on the button ----
      await form.getByLabel('Event name').fill('Not kept');
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('Edit details');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('EuroDIG 2025');

      // ---- save a new name, languages and months ----
      await page.getByTestId('edit-event').click();
      await form.getByLabel('Event name').fill('EuroDIG 2025 Strasbourg');
      await form.getByLabel('Languages').fill('en, fr');
      await form.getByLabel('Months without a report before a pledge counts as silent').fill('6');
      await summary.screenshot({ path: path.join(SHOTS, 'event-edit-form.png') });
      await form.getByTestId('save-event').click();

      await page.getByTestId('event-edit-status').getByText('Event details saved.').waitFor();
      expect(await focused(page)).toBe('Edit details');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('EuroDIG 2025 Strasbourg');
      expect(await summary.getByRole('heading', { level: 2 }).innerText()).toBe('EuroDIG 2025 Strasbourg');
      expect(await page.locator('.crumbs [aria-current="page"]').innerText()).toBe('EuroDIG 2025 Strasbourg');
      expect(await page.title()).toContain('EuroDIG 2025 Strasbourg');
      expect(await page.getByTestId('event-silent-after').innerText()).toBe('6 months without a report');
      expect(await page.getByTestId('event-languages').innerText()).toBe('English (en), French (fr)');
      await page.screenshot({ path: path.join(SHOTS, 'event-edit-saved.png'), fullPage: true });
      // In Arabic the list is joined as Arabic joins it, never with a Latin comma.
      await page.getByLabel('Language').selectOption('ar');
      await page.locator('html[lang="ar"]').waitFor();
      expect(await page.getByTestId('event-languages').innerText()).toBe('الإنجليزية (en) والفرنسية (fr)');
      await page.getByLabel('اللغة').selectOption('en');
      await page.locator('html[lang="en"]').waitFor();

      const saved = await eventOf(id);
      expect(saved).toMatchObject({
        name: 'EuroDIG 2025 Strasbourg',
        startDate: '2025-05-12',
        endDate: '2025-05-14',
        languages: ['en', 'fr'],
        silentAfterMonths: 6,
      });
      expect(saved.themes).toEqual(created.event.themes);

      // ---- an end before the start: the form says so and nothing is sent ----
      await page.getByTestId('edit-event').click();
      await form.getByLabel('Last day').fill('2025-05-01');
      await form.getByLabel('Months without a report before a pledge counts as silent').fill('9');
      await form.getByTestId('save-event').click();
      await form.getByRole('alert').getByText('The last day cannot be before the first day.').waitFor();
      await summary.screenshot({ path: path.join(SHOTS, 'event-edit-error.png') });
      expect(await eventOf(id)).toEqual(saved);

      // ---- the same refused by the server: the first day moved meanwhile elsewhere ----
      await admin(`/api/events/${id}`, { method: 'PATCH', body: { startDate: '2025-05-20', endDate: '2025-05-22' } });
      await form.getByLabel('Last day').fill('2025-05-15');
      await form.getByLabel('Months without a report before a pledge counts as silent').fill('6');
      await form.getByTestId('save-event').click();
      await form.locator('[data-error-code="invalid_payload"]').waitFor();
      await form.getByText('endDate: the event must end on or after its first day').waitFor();
      const moved = await eventOf(id);
      expect(moved).toMatchObject({ startDate: '2025-05-20', endDate: '2025-05-22', silentAfterMonths: 6 });

      // ---- Cancel closes the form; the page still shows what it showed ----
      await form.getByRole('button', { name: 'Cancel' }).click();
      await form.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('Edit details');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('EuroDIG 2025 Strasbourg');
      await summary.getByText(/May 20\s*–\s*22, 2025/).waitFor();
      // The server's refusal (400) is logged by Chromium as a failed resource: expected, not a page error.
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
