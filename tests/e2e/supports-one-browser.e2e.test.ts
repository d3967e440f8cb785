import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAndServer } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { joinAudience } from '../helpers/phone-page';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * The tester's path: an online attendee supports a pledge on the phone page, then opens the
 * online viewer's wall in the same browser: the pledge shows as supported there, and supporting
 * it again does not count the same person twice. And the other way round: the viewer's wall
 * first, then joining by phone in that browser. Real pages in Chromium; the moderator, the
 * panelists and another attendee are socket clients.
 */
describe('one browser counts once, phone page or viewer wall', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all(contexts.map((c) => c.close()));
  });

  const browserContext = async (browser: Browser) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    contexts.push(ctx);
    return ctx;
  };
  const watchErrors = (page: Page, label: string, errors: string[]) => {
    page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
    return page;
  };
  /** Waits until the page shows this pledge's support with this count and pressed state. */
  const shows = (page: Page, pledgeId: string, count: number, pressed: boolean) =>
    page.locator(`[data-testid="support-${pledgeId}"][data-count="${count}"][data-pressed="${pressed}"]`).waitFor();

  async function session() {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?', pledgers: 'panel-and-audience' });
    const ids: string[] = [];
    for (const [i, text] of ['We will open our rural connectivity maps to every municipality.', 'We will fund two community networks in mountain villages.'].entries()) {
      const { phone } = await seatedPhone(env.server.url, created.sessionId, panelists[i]!.id);
      clients.push(phone);
      ids.push(((await phone.sendOk('pledge:submit', pledgeFor(text))).pledge as { id: string }).id);
    }
    // Someone else, on a phone of their own, supports both: one supporter each so far.
    const other = await audiencePhone(env.server.url, created.sessionId, { presence: 'online' });
    clients.push(other.phone);
    for (const pledgeId of ids) await other.phone.sendOk('reaction:set', { pledgeId, on: true });
    const counts = async () => (await env.server.store.reactionCounts(created.sessionId)).counts;
    return { created, ids: ids as [string, string], counts, viewerWall: `${env.server.url}/s/${created.sessionId}/wall?viewer=1` };
  }

  test('phone page first, then the viewer wall in the same browser: shown as supported, still two supporters for two people', async () => {
    const s = await session();
    const [id] = s.ids;
    const errors: string[] = [];
    const ctx = await browserContext(env.browser);
    const phone = watchErrors(await ctx.newPage(), 'phone', errors);
    await phone.goto(s.created.links.join);
    await joinAudience(phone, 'online');
    await shows(phone, id, 1, false);
    await phone.getByTestId(`support-button-${id}`).click();
    await shows(phone, id, 2, true);

    const wall = watchErrors(await ctx.newPage(), 'viewer wall', errors);
    await wall.goto(s.viewerWall);
    await shows(wall, id, 2, true);
    expect(await wall.getByTestId(`support-button-${id}`).getAttribute('aria-pressed')).toBe('true');
    await wall.screenshot({ path: '/tmp/supports-viewer-wall-after-phone.png' });
    // Taken back on the wall and given again there: the same person, counted once.
    await wall.getByTestId(`support-button-${id}`).click();
    await shows(wall, id, 1, false);
    // The phone page open beside it hears the count; what this browser supports it reads with its next state.
    await phone.locator(`[data-testid="support-${id}"][data-count="1"]`).waitFor();
    await wall.getByTestId(`support-button-${id}`).click();
    await shows(wall, id, 2, true);
    expect(await s.counts()).toMatchObject({ [id]: 2 });
    await phone.reload();
    await shows(phone, id, 2, true);
    expect(errors).toEqual([]);
  }, 60_000);

  test('viewer wall first, then joining by phone in the same browser: the phone shows the support, and it stays one', async () => {
    const s = await session();
    const [, id] = s.ids;
    const errors: string[] = [];
    const ctx = await browserContext(env.browser);
    const wall = watchErrors(await ctx.newPage(), 'viewer wall', errors);
    await wall.goto(s.viewerWall);
    await shows(wall, id, 1, false);
    await wall.getByTestId(`support-button-${id}`).click();
    await shows(wall, id, 2, true);

    const phone = watchErrors(await ctx.newPage(), 'phone', errors);
    await phone.goto(s.created.links.join);
    await joinAudience(phone, 'onsite');
    await shows(phone, id, 2, true);
    expect(await phone.getByTestId(`support-button-${id}`).getAttribute('aria-pressed')).toBe('true');
    await phone.getByTestId(`support-${id}`).scrollIntoViewIfNeeded();
    await phone.screenshot({ path: '/tmp/supports-phone-after-viewer-wall.png' });
    expect(await s.counts()).toMatchObject({ [id]: 2 });
    expect(errors).toEqual([]);
  }, 60_000);
});
