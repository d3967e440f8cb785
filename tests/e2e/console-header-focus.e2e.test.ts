import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_SESSION } from '../../server/demo';
import { openIn } from '../helpers/axe';
import { browserAndServer, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { audiencePhone, panelPledges, pledgeFor, setupSession } from '../helpers/round';
import { ADMIN_TOKEN, createEvent, createSession } from '../helpers/server';

/**
 * The moderator console on a laptop (1366×768), on a real server and Chromium: tabbing through
 * the whole console, forwards and then backwards, every control that takes the focus shows below
 * the sticky header (and the bar of what waits, when it shows): at its centre the page has the
 * control itself, never the header over it. In English and Arabic, with the bar and without it;
 * and on an organizer's event page, under the same header.
 */

const LAPTOP = { width: 1366, height: 768 };

/** Runs in the page: the focused control, and what covers its centre when something else does. */
function focusedCovered(): { control: string; covered: string | null; scrollY: number } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const control = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  // The header's own controls are on top by design.
  if (el.closest('.console__header')) return { control, covered: null, scrollY };
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  // A control drawn by its label (a radio chip) is hit through its label.
  const mine = !!hit && (hit === el || el.contains(hit) || !!el.closest('label')?.contains(hit));
  const pinned = hit?.closest('.console__header, .console-attention');
  return { control, covered: mine ? null : pinned ? pinned.className : `${hit?.tagName ?? 'nothing'}.${hit?.className ?? ''}`, scrollY };
}

/** Tabs through the console (then back with Shift+Tab); every focused control that something covers. */
async function coveredWhileTabbing(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  let steps = 0;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press(key);
      steps++;
      const seen = await page.evaluate(focusedCovered);
      if (!seen) break;
      if (seen.covered) {
        problems.push(`${label}, ${key} #${i} at scrollY ${Math.round(seen.scrollY)}: ${seen.control} under ${seen.covered}`);
        await page.screenshot({ path: path.join(SHOTS, `console-header-focus-covered-${label.replace(/\W+/g, '-')}.png`) });
      }
    }
  }
  expect(steps).toBeGreaterThan(40);
  return problems;
}

describe('the console’s sticky header never covers the focused control', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test.each(['en', 'ar'])('%s: tabbing through the console, without and with the bar of what waits', async (lang) => {
    const errors: string[] = [];
    const s = await setupSession(env.server, DEMO_SESSION);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
    const panel = await panelPledges(
      env.server.url,
      s.created.sessionId,
      s.panelists.slice(0, 2).map((p, i) => [p.id, i === 0 ? 'We will publish our community network maps as open data.' : 'Our ministry will consult civil society on the new AI guidelines.'] as const),
    );
    sockets.push(...panel.phones);
    const page = await openIn(env.browser, lang, s.created.links.moderator, errors, LAPTOP);
    try {
      await page.getByTestId('panel-list').waitFor();
      await page.getByTestId(`mod-pledge-${panel.pledges[0]!.id}`).waitFor();
      // The one-view links open (more to tab through, lower down).
      await page.getByTestId('wall-links').locator('summary').click();
      const problems = await coveredWhileTabbing(page, `${lang} header`);

      // A pledge waiting: the bar of what waits sticks below the header.
      const member = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite', name: 'Ines' });
      sockets.push(member.phone);
      await member.phone.sendOk('pledge:submit', pledgeFor('I will host a community network clinic every month.', { capacity: 'individual' }));
      await page.getByTestId('attention-queue').waitFor();
      problems.push(...(await coveredWhileTabbing(page, `${lang} header and bar`)));
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 90_000);

  test('an organizer’s event page: tabbing through it, no control takes the focus under the header', async () => {
    const errors: string[] = [];
    const event = await createEvent(env.server.url, { name: 'IGF 2025 keyboard', startDate: '2025-06-23', endDate: '2025-06-27' });
    for (const code of ['WS #215', 'OF #12', 'LN #3']) await createSession(env.server.url, { ...DEMO_SESSION, code, eventId: event.id });
    const page = await openIn(env.browser, 'en', `${env.server.url}/organizer/events/${event.id}`, errors, LAPTOP);
    try {
      await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
      await page.getByTestId('admin-token').press('Enter');
      await page.getByTestId('event-sessions').waitFor();
      expect(await coveredWhileTabbing(page, 'organizer event page')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
