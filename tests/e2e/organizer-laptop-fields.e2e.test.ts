import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { LOCALES } from '../../client/i18n/locales';
import { AxeAudit, openIn } from '../helpers/axe';
import { browserAndServer, SHOTS } from '../helpers/browser';
import { ADMIN_TOKEN, createEvent, createSession, PANEL } from '../helpers/server';

/**
 * The organizer's forms on a laptop (1366×768 and 1280×720), on a real server and Chromium: the
 * date and time fields of a session (new-session and edit forms) and of an event (new-event and
 * edit forms) show their whole value, "AM" included, in English, French and Arabic; a session
 * code another session of the event has is refused in at most two lines next to the code field,
 * in each of the six languages, and the form passes axe with it; the event's programme fits its
 * card, every session's links in sight.
 */

const LAPTOPS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/**
 * Date and time inputs inside `scope` whose value the browser cuts: narrower than the input needs
 * for the whole of it (its width were it sized to its content), or reaching past its form.
 */
function cutDates(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const problems: string[] = [];
    const form = (root.closest('form') ?? root).getBoundingClientRect();
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="date"], input[type="datetime-local"]')) {
      const shown = input.getBoundingClientRect();
      const inline = input.style.width;
      input.style.width = 'max-content';
      const needed = input.getBoundingClientRect().width;
      input.style.width = inline;
      const name = input.labels?.[0]?.textContent ?? input.name;
      if (shown.width + 0.5 < needed) problems.push(`${name}: ${Math.round(shown.width)} px wide, needs ${Math.round(needed)}`);
      if (shown.left < form.left - 0.5 || shown.right > form.right + 0.5) problems.push(`${name}: reaches past its form`);
    }
    return problems;
  });
}

/** The lines a field's problem takes, and whether it starts below the field (not beside another). */
function problemShape(field: Locator): Promise<{ lines: number; below: boolean; text: string }> {
  return field.evaluate((input) => {
    const message = document.getElementById(input.getAttribute('aria-describedby') ?? '')!;
    const range = document.createRange();
    range.selectNodeContents(message);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    return { lines, below: message.getBoundingClientRect().top >= input.getBoundingClientRect().bottom - 0.5, text: message.textContent ?? '' };
  });
}

describe('the organizer’s forms on a laptop', () => {
  const env = browserAndServer();

  async function eventWithSessions(name: string) {
    const event = await createEvent(env.server.url, { name, startDate: '2025-06-23', endDate: '2025-06-27' });
    const session = await createSession(env.server.url, {
      ...PANEL,
      eventId: event.id,
      details: { room: 'Workshop Room 3', start: '2025-06-24T09:00', end: '2025-06-24T10:30', moderator: 'Paola Galvez' },
    });
    await createSession(env.server.url, { ...PANEL, code: 'OF #12', title: 'Open Forum on data', eventId: event.id });
    return { event, session };
  }

  /** The event's page in `lang`, signed in, with the session's edit form open. */
  async function editForm(lang: string, eventId: string, sessionId: string, errors: string[]) {
    const page = await openIn(env.browser, lang, `${env.server.url}/organizer/events/${eventId}`, errors, LAPTOPS[0]);
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token').press('Enter');
    await page.getByTestId('event-sessions').waitFor();
    await page.getByTestId(`edit-session-${sessionId}`).click();
    const form = page.getByTestId('session-edit-form');
    await form.waitFor();
    return { page, form };
  }

  test.each(['en', 'fr', 'ar'])('%s: every date and time field shows its whole value', async (lang) => {
    const { event, session } = await eventWithSessions(`IGF 2025 dates ${lang}`);
    const errors: string[] = [];
    const { page, form: edit } = await editForm(lang, event.id, session.sessionId, errors);
    try {
      await page.getByTestId('edit-event').click();
      const eventForm = page.getByTestId('event-edit-form');
      await eventForm.waitFor();
      const createForm = page.getByTestId('create-session-form');
      await createForm.getByTestId('session-start').fill('2025-06-25T14:30');
      for (const screen of LAPTOPS) {
        await page.setViewportSize(screen);
        expect({ screen, edit: await cutDates(edit), create: await cutDates(createForm), event: await cutDates(eventForm) }).toEqual({ screen, edit: [], create: [], event: [] });
        await edit.getByTestId('session-start').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, `organizer-dates-${lang}-${screen.width}.png`) });
      }

      // The organizers' front page: the new-event form.
      await page.goto(`${env.server.url}/organizer${lang === 'en' ? '' : `?lang=${lang}`}`);
      const newEvent = page.getByTestId('create-event-form');
      await newEvent.waitFor();
      for (const screen of LAPTOPS) {
        await page.setViewportSize(screen);
        expect({ screen, newEvent: await cutDates(newEvent) }).toEqual({ screen, newEvent: [] });
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  test.each([...LOCALES])('%s: a session code already taken is said in at most two lines below its field; the programme fits its card', async (lang) => {
    const { event, session } = await eventWithSessions(`IGF 2025 codes ${lang}`);
    const errors: string[] = [];
    const audit = new AxeAudit(lang);
    const { page, form } = await editForm(lang, event.id, session.sessionId, errors);
    try {
      const code = form.getByTestId('session-code');
      await code.fill('OF #12');
      await form.getByTestId('save-session').click();
      await form.locator('.error-message').waitFor();
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      for (const screen of LAPTOPS) {
        await page.setViewportSize(screen);
        const shape = await problemShape(code);
        expect({ screen, lines: shape.lines <= 2, below: shape.below, text: shape.text.length > 0 }).toEqual({ screen, lines: true, below: true, text: true });
        // The programme above fits its card: no link of a session cut at its edge (nothing to scroll sideways).
        const programme = await page.getByTestId('event-sessions').evaluate((table) => ({ table: Math.round(table.scrollWidth), room: table.parentElement!.clientWidth }));
        expect({ screen, fits: programme.table <= programme.room }).toEqual({ screen, fits: true });
        await code.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, `organizer-code-taken-${lang}-${screen.width}.png`) });
      }
      // From the top of the page: scrolled anywhere, axe counts a control half under the sticky header as too small.
      await page.evaluate(() => window.scrollTo(0, 0));
      await audit.check(page, 'session edit form, code taken');
      audit.assertClean();
      // The refused code is the only failed request (the browser logs its 409).
      expect(errors).toEqual([`${env.server.url}/organizer/events/${event.id} [${lang}]: Failed to load resource: the server responded with a status of 409 (Conflict)`]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
