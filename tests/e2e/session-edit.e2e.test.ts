import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CreatedSession } from '../../shared/http';
import type { EventInfo } from '../../shared/schemas';
import { AxeAudit, openIn } from '../helpers/axe';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { ADMIN_TOKEN, PANEL } from '../helpers/server';

const LAPTOP = { width: 1366, height: 768 };

/**
 * "Edit" on a session of an organizer's event page, in a real browser against a real server: the
 * form opens filled with the session as it is, a save changes it on the page and at once on the
 * session's open wall and the open console, whose heading names the moderator as renamed (no
 * reload), Escape and Cancel change nothing, a code another session has is
 * refused at its field. In Arabic the form is laid out right to left and passes axe.
 */
describe('editing a session on the event page', () => {
  const env = browserAndServer();

  const admin = async <T,>(route: string, body: unknown): Promise<T> => {
    const res = await fetch(`${env.server.url}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.ok).toBe(true);
    return (await res.json()) as T;
  };

  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | HTMLButtonElement | null;
      return el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    });

  async function eventWithSessions(name: string) {
    const { event } = await admin<{ event: EventInfo }>('/api/events', { name });
    const session = await admin<CreatedSession>('/api/sessions', {
      ...PANEL,
      eventId: event.id,
      details: { room: 'Workshop Room 3', start: '2025-06-24T09:00', end: '2025-06-24T10:00', moderator: 'Paola Galvez' },
    });
    await admin<CreatedSession>('/api/sessions', { ...PANEL, code: 'OF #12', title: 'Open Forum on data', eventId: event.id });
    return { event, session };
  }

  async function signIn(page: Page, eventId: string, lang?: string) {
    await page.goto(`${env.server.url}/organizer/events/${eventId}${lang ? `?lang=${lang}` : ''}`);
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token').press('Enter');
    await page.getByTestId('event-sessions').waitFor();
  }

  test('title and room change on the page and on the open wall, without a reload; Escape cancels; a taken code is refused at its field', async () => {
    const { event, session } = await eventWithSessions('IGF 2025 edits');
    const errors: string[] = [];
    const wall = await newPage(env.browser, 'wall', errors, { width: 1920, height: 1080 });
    await wall.goto(session.links.wall);
    await wall.locator('.wall__title').getByText('Commitments to Action').waitFor();
    const wallLoads: string[] = [];
    wall.on('framenavigated', (f) => f === wall.mainFrame() && wallLoads.push(f.url()));
    const consolePage = await newPage(env.browser, 'console', errors, LAPTOP);
    await consolePage.goto(session.links.moderator);
    const identity = consolePage.getByTestId('mod-identity');
    await identity.getByText('Onsite moderator — Paola Galvez').waitFor();
    const consoleLoads: string[] = [];
    consolePage.on('framenavigated', (f) => f === consolePage.mainFrame() && consoleLoads.push(f.url()));

    const page = await newPage(env.browser, 'organizer', errors, LAPTOP);
    try {
      await signIn(page, event.id);
      const row = page.getByTestId(`event-session-${session.sessionId}`);
      const edit = page.getByTestId(`edit-session-${session.sessionId}`);
      expect(await edit.getAttribute('aria-label')).toBe('Edit WS #215 Commitments to Action');

      // ---- open: filled with the session as it is; the focus is on its title ----
      await edit.click();
      const form = page.getByTestId('session-edit-form');
      await form.waitFor();
      expect(await edit.getAttribute('aria-expanded')).toBe('true');
      expect(await focused(page)).toBe('Title');
      expect(await form.getByTestId('session-title').inputValue()).toBe('Commitments to Action');
      expect(await form.getByTestId('session-code').inputValue()).toBe('WS #215');
      expect(await form.getByTestId('session-room').inputValue()).toBe('Workshop Room 3');
      expect(await form.getByTestId('session-start').inputValue()).toBe('2025-06-24T09:00');
      expect(await form.getByTestId('session-moderator').inputValue()).toBe('Paola Galvez');

      // ---- Escape cancels: nothing changes, the focus is back on the Edit button ----
      await form.getByTestId('session-title').fill('Not kept');
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('Edit WS #215 Commitments to Action');
      expect(await row.innerText()).toContain('Commitments to Action');

      // ---- a code the other session has: refused at the code field, nothing changes ----
      await edit.click();
      await form.getByTestId('session-code').fill('OF #12');
      await form.getByTestId('save-session').click();
      const codeField = form.getByTestId('session-code');
      await form.getByText('This event already has a session with this code.').waitFor();
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(await focused(page)).toBe('Session code');
      await page.screenshot({ path: path.join(SHOTS, 'session-edit-code-taken.png') });

      // ---- a new title, room and moderator: saved, shown in the list, on the wall and the console at once ----
      await codeField.fill('WS #215');
      await form.getByTestId('session-title').fill('Commitments to Action: from Riyadh to Oslo');
      await form.getByTestId('session-room').fill('Plenary Hall');
      await form.getByTestId('session-moderator').fill('Nnenna Nwakanma');
      await page.getByTestId('session-edit').screenshot({ path: path.join(SHOTS, 'session-edit-form.png') });
      await page.screenshot({ path: path.join(SHOTS, 'session-edit-laptop.png') });
      await form.getByTestId('save-session').click();
      await page.getByTestId('session-edit-status').getByText('Saved: WS #215 Commitments to Action: from Riyadh to Oslo.', { exact: false }).waitFor();
      await form.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('Edit WS #215 Commitments to Action: from Riyadh to Oslo');
      expect(await row.innerText()).toContain('Plenary Hall');
      await page.screenshot({ path: path.join(SHOTS, 'session-edit-saved.png') });

      await wall.locator('.wall__title').getByText('Commitments to Action: from Riyadh to Oslo').waitFor();
      expect(wallLoads).toEqual([]);
      expect(await wall.title()).toContain('Commitments to Action: from Riyadh to Oslo');
      await identity.getByText('Onsite moderator — Nnenna Nwakanma').waitFor();
      await consolePage.locator('.console__title').getByText('Commitments to Action: from Riyadh to Oslo').waitFor();
      expect(consoleLoads).toEqual([]);
      expect(await consolePage.title()).toContain('Onsite moderator — Nnenna Nwakanma');
      await consolePage.screenshot({ path: path.join(SHOTS, 'session-edit-console.png') });
      // The refused code is the only failed request (the browser logs its 409).
      expect(errors).toEqual(['organizer: Failed to load resource: the server responded with a status of 409 (Conflict)']);
    } finally {
      await page.close();
      await wall.close();
      await consolePage.close();
    }
  }, 60_000);

  test('in Arabic the form is laid out right to left and passes axe', async () => {
    const { event, session } = await eventWithSessions('IGF 2025 بالعربية');
    const errors: string[] = [];
    const audit = new AxeAudit('ar');
    const page = await openIn(env.browser, 'ar', `${env.server.url}/organizer/events/${event.id}`, errors, LAPTOP);
    try {
      await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
      await page.getByTestId('admin-token').press('Enter');
      await page.getByTestId('event-sessions').waitFor();
      await page.getByTestId(`edit-session-${session.sessionId}`).click();
      const form = page.getByTestId('session-edit-form');
      await form.waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await form.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      // Right to left: the title field starts at the right, the code field to its left.
      const title = (await form.getByTestId('session-title').boundingBox())!;
      const code = (await form.getByTestId('session-code').boundingBox())!;
      expect(code.x + code.width).toBeLessThanOrEqual(title.x + 1);
      await page.getByTestId('session-edit').screenshot({ path: path.join(SHOTS, 'session-edit-form-ar.png') });
      // From the top of the page: scrolled anywhere, axe counts a control half under the sticky header as too small.
      const fromTop = () => page.evaluate(() => window.scrollTo(0, 0));
      await fromTop();
      await audit.check(page, 'session edit form');
      // A field in error too.
      await form.getByTestId('session-title').fill('');
      await form.getByTestId('save-session').click();
      await form.getByText('اكتب عنوانًا للجلسة.').waitFor();
      await fromTop();
      await audit.check(page, 'session edit form, title missing');
      audit.assertClean();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90_000);
});
