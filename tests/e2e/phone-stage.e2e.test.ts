import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inLanguage } from '../helpers/axe';
import { browserAndServer } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink, joinAudience, submitPledge } from '../helpers/phone-page';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * The stage on phones at 360×640: a panelist called to speak while typing, the last call on
 * panelists' and audience phones, and the audience supporting a panelist's pledge once per device.
 * The moderator is a socket client; the phones are real pages.
 */
describe('the stage on phones', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** A small phone: 360×640, touch. Calls to navigator.vibrate are recorded in `window.vibrations`. */
  const smallPhone = async (browser: Browser, label: string, errors: string[]): Promise<Page> => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    await ctx.addInitScript(() => {
      const w = window as unknown as { vibrations: unknown[] };
      w.vibrations = [];
      Object.defineProperty(navigator, 'vibrate', { value: (p: unknown) => (w.vibrations.push(p), true), configurable: true });
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
    return page;
  };
  /** What the person sees (the viewport, not the whole page), once entrances have played. */
  const shot = async (page: Page, name: string) => {
    await page.evaluate(async () => {
      const entrances = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
      await Promise.all(entrances.map((a) => a.finished.catch(() => undefined)));
    });
    await page.screenshot({ path: path.join('/tmp', `phone-stage-${name}.png`) });
  };
  const vibrations = (page: Page) => page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length);
  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  /** Where the countdown's label and its time begin: the edge a line starts from (the right, in a right-to-left page). */
  const countdownStarts = (page: Page) =>
    page.getByTestId('countdown').evaluate((box) => {
      const rtl = getComputedStyle(box).direction === 'rtl';
      const start = (selector: string) => {
        const range = document.createRange();
        range.selectNodeContents(box.querySelector(selector)!);
        const r = range.getBoundingClientRect();
        return Math.round(rtl ? r.right : r.left);
      };
      return { label: start('.countdown__label'), time: start('.countdown__value') };
    });
  const expectAligned = async (page: Page) => {
    const { label, time } = await countdownStarts(page);
    expect(Math.abs(label - time)).toBeLessThanOrEqual(1);
  };

  test('a panelist typing is called to speak: "Your turn" over the form, the draft intact; it goes when the turn ends; then the last call', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    const [amina, kenji] = [panelists[0]!, panelists[1]!];
    expect(
      (await moderator.send('round:open', { prompt: 'What will you do before the next IGF?', countdownSeconds: 600, autoClose: true })).ok,
    ).toBe(true);
    const errors: string[] = [];

    const phone = await smallPhone(env.browser, 'panelist phone', errors);
    await phone.goto(inviteLink(created, amina.id));
    const box = phone.getByTestId('pledge-text');
    await box.click();
    const first = 'We will publish our rural connectivity maps';
    await box.pressSequentially(first);
    // The countdown closes the round by itself, and says so.
    expect(await phone.getByTestId('countdown').innerText()).toMatch(/closes in/i);
    await phone.getByTestId('auto-close-note').getByText('The round closes by itself when the countdown ends.').waitFor();
    // Its label and its time begin at the same edge, in English and in Arabic (right to left).
    await expectAligned(phone);
    const arabic = await smallPhone(env.browser, 'panelist phone in Arabic', errors);
    await arabic.goto(inLanguage(inviteLink(created, kenji.id), 'ar'));
    await arabic.getByTestId('countdown').waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAligned(arabic);
    await arabic.context().close();

    // Called to speak: the banner comes at the top, is announced, buzzes once; the draft stays, and typing goes on.
    expect((await moderator.send('stage:call', { panelistId: amina.id })).ok).toBe(true);
    const banner = phone.getByTestId('your-turn');
    await banner.waitFor();
    expect(await phone.getByRole('alert').filter({ has: banner }).innerText()).toContain('Your turn');
    expect(await banner.innerText()).toContain('The moderator has called on you: read out your pledge.');
    expect(await box.inputValue()).toBe(first);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await vibrations(phone)).toBe(1);
    await box.pressSequentially(' by June.');
    expect(await box.inputValue()).toBe(`${first} by June.`);
    const top = await banner.boundingBox();
    expect(top!.y).toBeLessThan(120);
    // The field being typed in is not left under the banner.
    expect((await box.boundingBox())!.y).toBeGreaterThanOrEqual(top!.y + top!.height);
    expect(await fitsWidth(phone)).toBe(true);
    await shot(phone, 'your-turn');

    // Still there when the page scrolls: it sits with the header.
    await phone.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect((await banner.boundingBox())!.y).toBeLessThan(120);
    await phone.evaluate(() => window.scrollTo(0, 0));

    // The turn ends: the banner goes, the draft stays.
    expect((await moderator.send('stage:call', { panelistId: null })).ok).toBe(true);
    await banner.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe(`${first} by June.`);

    // Called again, then the moderator calls someone else: it goes again.
    expect((await moderator.send('stage:call', { panelistId: amina.id })).ok).toBe(true);
    await banner.waitFor();
    expect((await moderator.send('stage:call', { panelistId: kenji.id })).ok).toBe(true);
    await banner.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe(`${first} by June.`);

    // The last call reaches the form, loud, with the countdown's rule.
    expect((await moderator.send('round:last-call', {})).ok).toBe(true);
    const lastCall = phone.getByTestId('last-call');
    await lastCall.waitFor();
    expect(await phone.getByRole('alert').filter({ has: lastCall }).innerText()).toContain('Last call: send your pledge now.');
    expect(await lastCall.innerText()).toContain('The round closes by itself when the countdown ends.');
    expect(await phone.getByTestId('auto-close-note').count()).toBe(0);
    expect(await box.inputValue()).toBe(`${first} by June.`);
    await shot(phone, 'last-call');

    // Once the pledge is in, the last call is one quiet line, no alarm.
    await submitPledge(phone, `${first} by June.`);
    const quiet = phone.getByTestId('last-call');
    await quiet.waitFor();
    expect(await quiet.getAttribute('data-quiet')).toBe('true');
    expect(await phone.getByRole('alert').filter({ has: quiet }).count()).toBe(0);

    // Under the saved pledge the countdown is aligned the same way.
    await expectAligned(phone);

    // Called on the confirmation screen too.
    expect((await moderator.send('stage:call', { panelistId: amina.id })).ok).toBe(true);
    await banner.waitFor();
    await phone.getByTestId('pledge-confirmation').waitFor();
    await shot(phone, 'your-turn-confirmation');
    expect(errors).toEqual([]);
  }, 90_000);

  test('the audience supports a panelist’s pledge once per device, live on every phone, remembered after a reload; and hears the last call', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    expect((await moderator.send('round:open', { prompt: 'What will you do before the next IGF?', pledgers: 'panel-and-audience' })).ok).toBe(true);
    const { phone: panel } = await seatedPhone(env.server.url, created.sessionId, panelists[0]!.id);
    clients.push(panel);
    const text = 'We will open our rural connectivity maps to every municipality.';
    const sent = await panel.send('pledge:submit', pledgeFor(text));
    expect(sent.ok).toBe(true);
    const pledgeId = (sent as unknown as { pledge: { id: string } }).pledge.id;
    const { phone: kenji } = await seatedPhone(env.server.url, created.sessionId, panelists[1]!.id);
    clients.push(kenji);
    expect((await kenji.send('pledge:submit', pledgeFor('We will fund two community networks in mountain villages by the next IGF.'))).ok).toBe(true);
    const errors: string[] = [];

    const first = await smallPhone(env.browser, 'audience phone 1', errors);
    await first.goto(created.links.join);
    await joinAudience(first, 'onsite', { name: 'María López' });
    const second = await smallPhone(env.browser, 'audience phone 2', errors);
    await second.goto(created.links.join);
    await joinAudience(second, 'online');

    const support = (page: Page) => page.getByTestId(`support-${pledgeId}`);
    const button = (page: Page) => page.getByTestId(`support-button-${pledgeId}`);
    const shows = (page: Page, count: number, pressed: boolean) =>
      page.locator(`[data-testid="support-${pledgeId}"][data-count="${count}"][data-pressed="${pressed}"]`).waitFor();
    await shows(first, 0, false);
    await shows(second, 0, false);
    expect(await button(first).getAttribute('aria-pressed')).toBe('false');
    expect(await button(first).getAttribute('aria-label')).toBe('Support the pledge of Amina Diallo');
    const size = await button(first).boundingBox();
    expect(size!.height).toBeGreaterThanOrEqual(44);
    expect(size!.width).toBeGreaterThanOrEqual(44);

    // The first phone supports it: pressed, one supporter; the second sees the count come live.
    await button(first).click();
    await shows(first, 1, true);
    expect(await button(first).getAttribute('aria-pressed')).toBe('true');
    expect(await button(first).innerText()).toBe('Supported');
    expect(await support(first).innerText()).toContain('1 supporter');
    await shows(second, 1, false);
    expect(await button(second).innerText()).toBe('Support');
    await support(first).scrollIntoViewIfNeeded();
    expect(await fitsWidth(first)).toBe(true);
    await shot(first, 'audience-support');

    // Undone: nobody supports it, on either phone.
    await button(first).click();
    await shows(first, 0, false);
    await shows(second, 0, false);

    // Supported again, then the page reloads: the server remembers this device's support.
    await button(first).click();
    await shows(first, 1, true);
    await shows(second, 1, false);
    await first.reload();
    await first.getByTestId('audience-phone').waitFor();
    await shows(first, 1, true);
    expect(await button(first).getAttribute('aria-pressed')).toBe('true');
    // Each device counts once, on its own.
    await button(second).click();
    await shows(second, 2, true);
    await shows(first, 2, true);

    // The last call: loud on the form of those who may still pledge.
    expect((await moderator.send('round:last-call', {})).ok).toBe(true);
    for (const page of [first, second]) {
      const call = page.getByTestId('last-call');
      await call.waitFor();
      expect(await call.innerText()).toContain('Last call: send your pledge now.');
      expect(await page.getByTestId('audience-round').innerText()).toContain('Last call');
    }
    await first.evaluate(() => window.scrollTo(0, 0));
    await shot(first, 'audience-last-call');
    await first.getByTestId('audience-pledges').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(first, 'audience-list');

    // The second phone's own (anonymous) pledge reaches the wall: others may support it; its author sees the count only.
    const own = 'I will mentor two young women entering network engineering this year.';
    await second.getByTestId('pledge-text').fill(own);
    await submitPledge(second, own);
    const queued = await moderator.waitForDelta('pledge', (d) => d.pledge.text === own);
    expect((await moderator.send('pledge:approve', { pledgeId: queued.pledge.id, basedOn: queued.pledge.updatedAt })).ok).toBe(true);
    const ownButton = first.getByTestId(`support-button-${queued.pledge.id}`);
    await ownButton.waitFor();
    expect(await ownButton.getAttribute('aria-label')).toBe('Support this anonymous pledge');
    await ownButton.click();
    await second.getByTestId(`support-count-${queued.pledge.id}`).filter({ hasText: '1 supporter' }).waitFor();
    expect(await second.getByTestId(`support-button-${queued.pledge.id}`).count()).toBe(0);

    // Tapping on and on: past the device's limit the phone says so in words, and shows what the server holds.
    const outcome = await button(second).evaluate(async (el) => {
      const idle = () =>
        new Promise<void>((resolve) => {
          const check = () => (el.getAttribute('aria-busy') ? setTimeout(check, 5) : resolve());
          setTimeout(check, 0);
        });
      for (let i = 0; i < 60; i++) {
        (el as HTMLButtonElement).click();
        await idle();
        const error = document.querySelector('[data-testid^="support-error-"]');
        if (error) return { error: error.textContent, pressed: el.getAttribute('aria-pressed') };
      }
      return null;
    });
    expect(outcome?.error).toBe('Too many taps: wait a moment, then try again.');
    const held = outcome!.pressed === 'true';
    await support(second).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(second, 'audience-support-error');
    await shows(second, held ? 2 : 1, held);
    await shows(first, held ? 2 : 1, true);
    expect(errors).toEqual([]);
  }, 90_000);
});
