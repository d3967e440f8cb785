import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ClaimResult } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { openIn } from '../helpers/axe';
import { HEARD_MS } from '../../client/components/live-text';
import { browserAndServer, newPage, openPage, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { audiencePhone, phoneClient, pledgeFor, seatedPhone, setupSession, waitingPhone } from '../helpers/round';

/**
 * What the moderator's console tells a moderator in a hurry, in a real browser on a real server:
 * what a panelist's invite link does when the seat is held, which confirmation is the latest (and
 * that it goes), what the pledge counts count, and that the bar of what waits hides nothing.
 */
describe('the console’s guidance', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));
  const LAPTOP = { width: 1366, height: 768 };
  const PHONE = { width: 360, height: 640 };
  /** The consoles a check opens: English at a laptop and a phone, Arabic at a projector. */
  const CONSOLE_SCREENS = [
    ['en', LAPTOP],
    ['ar', { width: 1920, height: 1080 }],
    ['en', PHONE],
  ] as const;

  test('the invite link’s help says a held seat makes a new phone wait for a moderator, as it does', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    const [held, free] = [s.panelists[0]!, s.panelists[1]!];
    const first = await seatedPhone(env.server.url, s.created.sessionId, held.id);
    clients.push(first.phone);
    const errors: string[] = [];
    const page = await openPage(env.browser, s.created.links.moderator, errors, LAPTOP);
    for (const p of [held, free]) await page.getByTestId(`invite-toggle-${p.id}`).click();
    const heldHelp = page.getByTestId(`invite-help-${held.id}`);
    await heldHelp.getByText('asks you to let that phone in', { exact: false }).waitFor();
    expect(await heldHelp.textContent()).not.toContain('at once');
    expect(await page.getByTestId(`invite-help-${free.id}`).textContent()).toBe(
      'While no phone holds this seat, opening this link on a phone takes it at once. Send it to Kenji Watanabe only.',
    );
    await page.getByTestId(`invite-${held.id}`).screenshot({ path: path.join(SHOTS, 'console-invite-held-en.png') });

    // As it says: the same link opened on a second phone waits to be let in.
    const second = phoneClient(env.server.url, s.created.sessionId).phone;
    clients.push(second);
    await second.snapshot();
    const claim = (await second.sendOk('panelist:claim', { panelistId: held.id, invite: first.invite })) as unknown as ClaimResult;
    expect(claim.state).toBe('waiting');

    // In Arabic too, right to left.
    const ar = await openIn(env.browser, 'ar', s.created.links.moderator, errors, PHONE);
    await ar.getByTestId(`invite-toggle-${held.id}`).click();
    const arHelp = ar.getByTestId(`invite-help-${held.id}`);
    await arHelp.getByText('يشغل هاتفٌ هذا المقعد الآن', { exact: false }).waitFor();
    expect(await arHelp.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await ar.getByTestId(`invite-${held.id}`).screenshot({ path: path.join(SHOTS, 'console-invite-held-ar-360.png') });
    expect(errors).toEqual([]);
  }, 60_000);

  test('a seat released after its pledge: the console says no phone holds it and its invite link takes it at once; a phone’s name list does not call it taken', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    const [amina, kenji] = [s.panelists[0]!, s.panelists[1]!];
    await s.moderator.sendOk('round:open', {});
    const first = await seatedPhone(env.server.url, s.created.sessionId, amina.id);
    clients.push(first.phone);
    await first.phone.sendOk('pledge:submit', pledgeFor('We will publish our spectrum data every quarter.'));
    const k = await seatedPhone(env.server.url, s.created.sessionId, kenji.id);
    clients.push(k.phone);
    const errors: string[] = [];
    const page = await openPage(env.browser, s.created.links.moderator, errors, LAPTOP);
    const row = page.getByTestId(`panel-row-${amina.id}`);
    await page.locator(`[data-testid="panel-row-${amina.id}"][data-status="submitted"][data-seated]`).waitFor();
    await row.getByTestId(`release-${amina.id}`).click();
    await row.getByTestId(`release-${amina.id}-confirm`).click();
    await first.phone.waitFor('panelist:released');

    // Submitted, and free: said so, nothing to release or nudge, and the link takes the seat at once.
    await row.getByTestId(`seat-free-${amina.id}`).waitFor();
    expect(await row.getByTestId(`seat-free-${amina.id}`).textContent()).toBe('No phone on this seat · pledge kept');
    expect(await row.getAttribute('data-status')).toBe('submitted');
    expect(await row.getByTestId(`release-${amina.id}`).isDisabled()).toBe(true);
    expect(await row.getByTestId(`nudge-${amina.id}`).isDisabled()).toBe(true);
    await row.getByTestId(`invite-toggle-${amina.id}`).click();
    expect(await page.getByTestId(`invite-help-${amina.id}`).textContent()).toBe(
      'While no phone holds this seat, opening this link on a phone takes it at once. Send it to Amina Diallo only.',
    );
    await row.screenshot({ path: path.join(SHOTS, 'console-seat-free-en.png') });

    // A new phone's list of names: Kenji's seat is taken, Amina's is not.
    const phone = await openPage(env.browser, s.created.links.join, errors, PHONE);
    await phone.getByTestId('join-panel').click();
    await phone.getByTestId(`pick-${amina.id}`).waitFor();
    await phone.locator(`[data-testid="pick-${kenji.id}"].pick--taken`).waitFor();
    expect(await phone.getByTestId(`pick-${amina.id}`).getAttribute('class')).toBe('pick');

    // As the console says: the invite link on another phone takes the seat at once, with its pledge.
    const again = await seatedPhone(env.server.url, s.created.sessionId, amina.id, { invite: first.invite });
    clients.push(again.phone);
    await page.locator(`[data-testid="panel-row-${amina.id}"][data-seated]`).waitFor();
    expect(await row.getByTestId(`seat-free-${amina.id}`).count()).toBe(0);
    expect(await row.getByTestId(`release-${amina.id}`).isDisabled()).toBe(false);
    await phone.locator(`[data-testid="pick-${amina.id}"].pick--taken`).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  test('what the console announces is in its language: a change of language once it was heard empties it, and the next arrival is said in the new one, with its own comma', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'audience' });
    const errors: string[] = [];
    const page = await newPage(env.browser, 'console', errors, LAPTOP);
    await page.clock.install();
    await page.goto(s.created.links.moderator);
    const announcer = page.getByTestId('mod-announcer');
    await page.getByTestId('mod-queue').waitFor();
    const lina = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Lina Haddad' });
    clients.push(lina.phone);
    await lina.phone.sendOk('pledge:submit', pledgeFor('We will run digital literacy clinics in Beirut.'));
    await announcer.filter({ hasText: 'Lina Haddad' }).waitFor();
    expect(await announcer.innerText()).toContain('Lina Haddad, Audience');

    // Heard: the message has had its time in the region (a change of language within it says it again in the new one).
    await page.clock.fastForward(HEARD_MS);
    await page.getByTestId('language-picker').selectOption('ar');
    await page.locator('html[lang="ar"]').waitFor();
    expect(await announcer.innerText()).toBe('');
    const omar = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite', name: 'عمر الخطيب' });
    clients.push(omar.phone);
    await omar.phone.sendOk('pledge:submit', pledgeFor('سننظم ورش عمل للسلامة الرقمية في المدارس.'));
    await announcer.filter({ hasText: 'عمر الخطيب' }).waitFor();
    const said = await announcer.innerText();
    expect(said).toContain('عمر الخطيب، ');
    expect(said).not.toMatch(/[A-Za-z]/);
    expect(errors).toEqual([]);
  }, 60_000);

  test('a confirmation gives way to the next one and then fades away; the status line stays for screen readers', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    const errors: string[] = [];
    const page = await openPage(env.browser, s.created.links.moderator, errors, LAPTOP);
    await page.getByTestId('moderation-everything').check();
    const settings = page.locator('.round-settings__status');
    await settings.getByText('Settings saved').waitFor();
    await page.getByTestId('wall-view-grid').check();
    const walls = page.getByTestId('walls-status');
    await walls.getByText('Walls switched').waitFor();
    // The newer one replaced the older.
    expect(await settings.textContent()).toBe('');
    await page.screenshot({ path: path.join(SHOTS, 'console-confirmation-latest.png') });
    // It fades out, then goes; the live region is still there for the next one.
    await page.waitForFunction(() => document.querySelector('[data-testid="walls-status"]')!.textContent === '', null, { timeout: 12_000 });
    expect(await walls.getAttribute('role')).toBe('status');
    await page.getByTestId('wall-view-auto').check();
    await walls.getByText('Walls switched').waitFor();
    expect(errors).toEqual([]);
  }, 40_000);

  test('the counts count what the walls show, say what waits for approval, and group pledges apart from people; the list of pledges says how many are on the walls and how many were rejected', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'audience' });
    const panelist = await seatedPhone(env.server.url, s.created.sessionId, s.panelists[0]!.id);
    clients.push(panelist.phone);
    await panelist.phone.sendOk('pledge:submit', pledgeFor('We will open our spectrum data.'));
    const member = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Sara' });
    clients.push(member.phone);
    const kept = (await member.phone.sendOk('pledge:submit', pledgeFor('I will teach data literacy at my library.', { capacity: 'individual' }))).pledge as Pledge;
    await s.moderator.sendOk('pledge:approve', { pledgeId: kept.id, basedOn: kept.updatedAt });
    const other = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite', name: 'Ines' });
    clients.push(other.phone);
    const off = (await other.phone.sendOk('pledge:submit', pledgeFor('Buy our product today!', { capacity: 'individual' }))).pledge as Pledge;
    await s.moderator.sendOk('pledge:reject', { pledgeId: off.id, reason: 'Advertising' });
    // Every pledge needs approval now: a second panelist's and a third audience member's wait in the queue.
    await s.moderator.sendOk('round:settings', { moderation: 'everything' });
    const second = await seatedPhone(env.server.url, s.created.sessionId, s.panelists[1]!.id);
    clients.push(second.phone);
    await second.phone.sendOk('pledge:submit', pledgeFor('We will fund two community networks by June.'));
    const third = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Olu' });
    clients.push(third.phone);
    await third.phone.sendOk('pledge:submit', pledgeFor('I will mentor two women engineers this year.', { capacity: 'individual' }));

    const errors: string[] = [];
    const wall = await openPage(env.browser, s.created.links.wall, errors, { width: 1920, height: 1080 });
    await wall.getByTestId('wall-counter').getByText('2 pledges', { exact: false }).waitFor();
    for (const [lang, size] of CONSOLE_SCREENS) {
      const page = await openIn(env.browser, lang, s.created.links.moderator, errors, size);
      await page.getByTestId('mod-pledge-counts').waitFor();
      const counts = await page.evaluate(() => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
        /** Each group of counters: its title, and the counters (by test id) under it. */
        const groups = [...document.querySelectorAll('.round__stats [role="group"]')].map((g) => [
          document.getElementById(g.getAttribute('aria-labelledby')!)!.textContent,
          [...g.querySelectorAll('.stat__count')].map((v) => v.getAttribute('data-testid')),
        ]);
        return {
          panel: text('pledge-count'),
          panelWaiting: text('pledge-count-waiting'),
          audience: text('audience-pledge-count'),
          audienceWaiting: text('audience-pledge-count-waiting'),
          groups,
          list: [...document.querySelectorAll('[data-testid="mod-pledge-counts"] li')].map((li) => [li.getAttribute('data-testid'), li.getAttribute('data-count')]),
        };
      });
      // Each count leaves out the pledge waiting for approval, and says beside it that one waits.
      expect(counts).toEqual({
        panel: '1 / 3',
        panelWaiting: expect.any(String),
        audience: '1',
        audienceWaiting: expect.any(String),
        groups: [
          [expect.any(String), ['pledge-count', 'audience-pledge-count']],
          [expect.any(String), ['audience-onsite', 'audience-online']],
        ],
        list: [
          ['mod-pledge-count-walls', '2'],
          ['mod-pledge-count-rejected', '1'],
        ],
      });
      if (lang === 'en') {
        expect(counts.groups.map(([title]) => title)).toEqual(['Pledges', 'People in the audience']);
        expect(await page.locator('.round__stats').innerText()).toMatch(/^Pledges\s+Panel\s+1 \/ 3 · 1 waiting\s+Audience\s+1 · 1 waiting\s+People in the audience\s+In the room\s+1\s+Online\s+2$/i);
      }
      await page.screenshot({ path: path.join(SHOTS, `console-counts-${lang}-${size.width}.png`) });
      // On a laptop both groups share one row: the counters take one row of tiles under their titles.
      if (size === LAPTOP) expect(await page.locator('.round__stats').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(80);
      await page.getByTestId('mod-pledge-counts').screenshot({ path: path.join(SHOTS, `console-counts-list-${lang}-${size.width}.png`) });
      if (lang === 'en') expect(await page.getByTestId('mod-pledge-counts').textContent()).toBe('On the walls: 2Rejected: 1');
      await page.context().close();
    }
    expect(errors).toEqual([]);
  }, 60_000);

  /** Where the bar of what waits ends, and where `selector`'s box starts and ends, on screen. */
  const boxes = (page: Page, selectors: string[]) =>
    page.evaluate((list) => {
      const bar = document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect().bottom;
      return { bar, boxes: list.map((sel) => document.querySelector(sel)!.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })), height: innerHeight };
    }, selectors);

  test('the bar’s “asking to be let in” lands on the whole request with its card’s heading, and the keyboard never goes under the bar', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    const asking = await waitingPhone(env.server.url, s.created.sessionId, s.panelists[1]!.id);
    clients.push(asking.phone);
    const errors: string[] = [];
    for (const [lang, size] of [
      ['en', LAPTOP],
      ['ar', LAPTOP],
      ['en', PHONE],
      ['ar', PHONE],
    ] as const) {
      const page = await openIn(env.browser, lang, s.created.links.moderator, errors, size);
      await page.getByTestId('attention-requests').waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.getByTestId('attention-requests').click();
      const landed = await boxes(page, ['[data-testid="panel-card"] h2', '[data-testid="seat-requests"]']);
      const [heading, requests] = landed.boxes as [{ top: number; bottom: number }, { top: number; bottom: number }];
      // The card's heading and the whole request, below the bar and above the window's bottom.
      expect(heading.top).toBeGreaterThanOrEqual(landed.bar);
      expect(requests.bottom).toBeLessThanOrEqual(landed.height);
      await page.screenshot({ path: path.join(SHOTS, `console-banner-jump-${lang}-${size.width}.png`) });

      // A button half under the bar, reached with the keyboard, comes out from under it.
      const call = page.getByTestId('open-round');
      await call.evaluate((el) => {
        const bar = document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect();
        window.scrollBy(0, el.getBoundingClientRect().top - bar.top - 4);
      });
      const under = await boxes(page, ['[data-testid="open-round"]']);
      expect(under.boxes[0]!.top).toBeLessThan(under.bar);
      await call.evaluate((el) => {
        const all = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')].filter((b) => !b.hasAttribute('disabled'));
        all[all.indexOf(el as HTMLElement) - 1]!.focus({ preventScroll: true });
      });
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect().bottom;
        return { bar, top: document.activeElement!.getBoundingClientRect().top };
      });
      expect(focused.top).toBeGreaterThanOrEqual(focused.bar);
      await page.context().close();
    }
    expect(errors).toEqual([]);
  }, 60_000);

  test('choosing the ticker says what it does to the room’s walls, which keep their title and join code above the strip', async () => {
    const s = await setupSession(env.server);
    clients.push(s.moderator);
    await s.moderator.sendOk('round:open', { prompt: 'Name one commitment you will deliver before the next IGF.' });
    const errors: string[] = [];
    const wall = await openPage(env.browser, s.created.links.wall, errors, { width: 1920, height: 1080 });
    await wall.getByTestId('wall').waitFor();
    for (const [lang, size] of CONSOLE_SCREENS) {
      const page = await openIn(env.browser, lang, s.created.links.moderator, errors, size);
      await page.getByTestId('wall-view-ticker').check();
      const note = page.getByTestId('walls-ticker-note');
      await note.waitFor();
      if (lang === 'en') expect(await note.textContent()).toContain('For a stream (OBS)');
      await page.waitForFunction(() => document.querySelector('[data-testid="walls-now"]')?.getAttribute('data-view') === 'ticker');
      // The choice's group is described by the note, for screen readers.
      expect(await page.getByTestId('wall-view-ticker').evaluate((el) => el.closest('[aria-describedby]')!.getAttribute('aria-describedby')!.includes(document.querySelector('[data-testid="walls-ticker-note"]')!.id))).toBe(true);
      await page.getByTestId('walls-card').screenshot({ path: path.join(SHOTS, `console-walls-ticker-${lang}-${size.width}.png`) });
      await page.context().close();
    }

    for (const size of [{ width: 1920, height: 1080 }, LAPTOP, PHONE]) {
      await wall.setViewportSize(size);
      await wall.waitForFunction(() => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') === 'ticker');
      await wall.getByTestId('wall-qr').waitFor();
      // A narrow window scrolls (as every view of the wall does there): to its end, the join box above the strip.
      const room = await wall.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        document.querySelector('[data-testid="wall"]')!.scrollTo(0, 1e6);
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
        const strip = box('[data-testid="wall-ticker"]')!;
        const title = box('.wall__title');
        const qr = box('[data-testid="wall-qr"]');
        return {
          title: document.querySelector('.wall__title')?.textContent,
          titleAbove: title !== null && title.bottom <= strip.top && (title.top >= 0 || innerWidth < 800),
          qrAbove: qr !== null && qr.width > 60 && qr.bottom <= strip.top + 1,
          code: document.querySelector('[data-testid="wall-join-code"]')?.textContent,
          h1: document.querySelectorAll('h1').length,
          // The question shows once, above the strip; the empty strip says where pledges will run.
          questions: document.body.innerText.split('Name one commitment you will deliver before the next IGF.').length - 1,
          empty: document.querySelector('.ticker__empty')?.textContent,
        };
      });
      await wall.screenshot({ path: path.join(SHOTS, `wall-ticker-room-${size.width}.png`) });
      expect({ size, ...room }).toEqual({ size, title: 'Commitments to Action', titleAbove: true, qrAbove: true, code: s.created.joinCode, h1: 1, questions: 1, empty: 'Pledges will appear here' });
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
