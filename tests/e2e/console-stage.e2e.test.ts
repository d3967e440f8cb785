import type { Page } from 'playwright-core';
import type { Pledge, Round } from '../../shared/schemas';
import type { Stage } from '../../shared/stage';
import { browserAndServer, openPage } from '../helpers/browser';
import { Client } from '../helpers/clients';
import { panelPledges, THREE_PLEDGES } from '../helpers/round';
import { createSession, PANEL } from '../helpers/server';

/**
 * The end of a session from the onsite console on a laptop: three panelists' pledges reach the
 * wall, the moderator spotlights one, steps to its neighbour, lets it rotate and clears it;
 * switches the walls' view and fill order; puts the panel in speaking order with the keyboard and
 * by dragging, calls the speakers in turn; announces the last call and sets a countdown that
 * closes the round. The wall (a bare socket) receives each change as the console shows it.
 */
describe('the console directs the stage', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  const FOUR = {
    ...PANEL,
    panelists: [...PANEL.panelists, { name: 'Sofía Herrera', organization: 'Internet Society', stakeholderGroup: 'Technical Community' as const }],
  };

  test('spotlight, walls, speaking order, turns, last call, a countdown that closes the round', async () => {
    const created = await createSession(env.server.url, FOUR);
    const errors: string[] = [];
    const page = await openPage(env.browser, created.links.moderator, errors, { width: 1366, height: 768 });
    const wall = new Client(env.server.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(wall);
    const snapshot = await wall.snapshot();
    const [amina, kenji, lucia, sofia] = snapshot.session.panelists.map((p) => p.id) as [string, string, string, string];

    // The round opens with a two-minute countdown that closes it when it ends.
    await page.getByTestId('countdown-select').selectOption('120');
    await page.getByTestId('countdown-auto-close').check();
    await page.getByTestId('open-round').click();
    const opened = await wall.waitForDelta('round', (d) => d.round.state === 'open');
    expect(opened.round.autoClose).toBe(true);
    expect(opened.round.countdownEndsAt).not.toBeNull();
    await page.locator('[data-testid="countdown-label"][data-closes]').waitFor();
    // Reloaded while it runs, the console does not claim there is no countdown: "Set" with nothing
    // chosen would stop it, and the choice says so.
    await page.reload();
    await page.locator('[data-testid="countdown-label"][data-closes]').waitFor();
    const chosen = () => page.getByTestId('countdown-select').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
    await expect(chosen()).resolves.toBe('Stop the countdown');
    await page.getByTestId('countdown-select').selectOption('60');
    await expect(chosen()).resolves.toBe('1 minute');

    // Three panelists submit from their phones, one after the other.
    const { phones, pledges } = await panelPledges(env.server.url, created.sessionId, [
      [amina, THREE_PLEDGES[0]],
      [kenji, THREE_PLEDGES[1]],
      [lucia, THREE_PLEDGES[2]],
    ]);
    clients.push(...phones);
    const [p1, p2, p3] = pledges as [Pledge, Pledge, Pledge];
    for (const p of pledges) await page.getByTestId(`spotlight-${p.id}`).waitFor();
    await page.getByTestId('spotlight-now').filter({ hasText: 'Nothing in the spotlight' }).waitFor();

    // Spotlight Kenji's pledge from the list: the wall gets it, the card shows it.
    // Each wait looks at what the wall received after the action (`since`), never at older frames.
    let since = 0;
    const act = async (action: Promise<unknown>) => {
      since = wall.received.length;
      await action;
    };
    const stage = (pred: (s: Stage) => boolean) => wall.waitForDelta('stage', (d) => pred(d.stage), 5000, since);
    const round = (pred: (r: Round) => boolean) => wall.waitForDelta('round', (d) => pred(d.round), 5000, since);
    const spotlit = (id: string | null) => stage((s) => (s.spotlight?.pledgeId ?? null) === id);
    await act(page.getByTestId(`spotlight-${p2.id}`).click());
    await spotlit(p2.id);
    await card(page, p2.id);
    await expectPressed(page, `spotlight-${p2.id}`, true);
    await expect(page.getByTestId('spotlight-text').innerText()).resolves.toContain('consult civil society');
    await expect(page.getByTestId('spotlight-position').innerText()).resolves.toBe('2 of 3');
    await expect(page.getByTestId('spotlight-hint').innerText()).resolves.toBe('Previous: Amina Diallo · Next: Lucía Fernández');

    // Next is the pledge that arrived after it; Previous the one before.
    await act(page.getByTestId('spotlight-next').click());
    await spotlit(p3.id);
    await card(page, p3.id);
    await page.getByTestId('spotlight-previous').focus();
    await act(page.keyboard.press('Enter'));
    await spotlit(p2.id);
    await card(page, p2.id);

    // It moves on by itself every 10 seconds, from the pledge on the walls now; the console
    // follows the walls to the next one.
    await act(page.getByTestId('spotlight-rotate').selectOption('10'));
    const rotating = await stage((s) => s.spotlight?.rotateSeconds === 10);
    expect(rotating.stage.spotlight?.pledgeId).toBe(p2.id);
    await page.locator(`[data-testid="spotlight-card"][data-pledge-id="${p3.id}"]`).waitFor({ timeout: 15_000 });
    await expectPressed(page, `spotlight-${p3.id}`, true);

    // Clear.
    await act(page.getByTestId('spotlight-clear').click());
    await spotlit(null);
    await card(page, '');
    await expectPressed(page, `spotlight-${p2.id}`, false);

    // The walls' view and fill order; the card says what the walls show now.
    await expect(page.getByTestId('walls-now').innerText()).resolves.toBe('Walls show now: Pledge grid (automatic)');
    await act(page.getByTestId('wall-view-cloud').check());
    await stage((s) => s.view === 'cloud');
    await page.getByTestId('walls-now').filter({ hasText: 'Walls show now: Word cloud' }).waitFor();
    await act(page.getByTestId('wall-order-speakers').check());
    await stage((s) => s.view === 'cloud' && s.order === 'speakers');
    await act(page.getByTestId('wall-view-auto').check());
    await stage((s) => s.view === 'auto' && s.order === 'speakers');

    // Links of walls fixed to one view, for copying.
    await page.getByTestId('wall-links').locator('summary').click();
    const link = (id: string) => page.getByTestId(id).locator('input').inputValue();
    await expect(link('wall-link-ticker')).resolves.toBe(`${created.links.wall}?view=ticker`);
    await expect(link('wall-link-embed')).resolves.toBe(`${new URL(created.links.wall).origin}/embed/${created.sessionId}`);
    await expect(link('wall-link-breakdown')).resolves.toBe(`${created.links.wall}?view=breakdown`);

    // Speaking order from the keyboard: Amina moves down one place, focus stays on her button,
    // and the move is announced.
    await expect(rowOrder(page)).resolves.toEqual([amina, kenji, lucia, sofia]);
    await page.getByTestId(`move-down-${amina}`).focus();
    await act(page.keyboard.press('Enter'));
    await stage((s) => s.speakingOrder.join() === [kenji, amina, lucia, sofia].join());
    await page.getByTestId('order-announcer').filter({ hasText: 'Amina Diallo moved to position 2 of 4' }).waitFor();
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, `move-down-${amina}`);
    await expect(rowOrder(page)).resolves.toEqual([kenji, amina, lucia, sofia]);

    // By drag: Lucía's handle to the top of the list.
    await act(dragRow(page, lucia, kenji));
    await stage((s) => s.speakingOrder.join() === [lucia, kenji, amina, sofia].join());
    await page.getByTestId('order-announcer').filter({ hasText: 'Lucía Fernández moved to position 1 of 4' }).waitFor();
    await expect(rowOrder(page)).resolves.toEqual([lucia, kenji, amina, sofia]);
    // Stored in the order shown.
    const reader = new Client(env.server.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(reader);
    expect((await reader.snapshot()).stage.speakingOrder).toEqual(await rowOrder(page));

    // Turns: "Call next" calls the first in speaking order, then the one after; a row's
    // "End turn" ends the turn, and "Call" calls anyone.
    const speaker = (id: string | null) => stage((s) => (s.speaker?.panelistId ?? null) === id);
    await expect(page.getByTestId('call-next').innerText()).resolves.toBe('Call next: Lucía Fernández');
    await act(page.getByTestId('call-next').click());
    await speaker(lucia);
    await page.getByTestId(`speaking-${lucia}`).waitFor();
    await expect(page.getByTestId('speaking-now').innerText()).resolves.toBe('Speaking now: Lucía Fernández');
    await act(page.getByTestId('call-next').filter({ hasText: 'Call next: Kenji Watanabe' }).click());
    await speaker(kenji);
    await page.getByTestId(`panel-row-${kenji}`).and(page.locator('[data-speaking]')).waitFor();
    await expect(page.locator('[data-speaking]').count()).resolves.toBe(1);
    await act(page.getByTestId(`end-turn-${kenji}`).click());
    await speaker(null);
    await page.getByTestId('speaking-now').filter({ hasText: 'Nobody is called to speak.' }).waitFor();
    await act(page.getByTestId(`call-${sofia}`).click());
    await speaker(sofia);
    // She speaks last: nobody is left to call next.
    await page.getByTestId('speaking-now').filter({ hasText: 'Speaking now: Sofía Herrera (last)' }).waitFor();
    await expect(page.getByTestId('call-next').getAttribute('aria-disabled')).resolves.toBe('true');

    // Last call, while the round is open: the wall gets it, the console says when.
    await act(page.getByTestId('last-call-button').click());
    const lastCall = await round((r) => r.lastCallAt !== null);
    await page.getByTestId('last-call-status').filter({ hasText: 'Last call announced at' }).waitFor();
    await expect(page.getByTestId('last-call-button').innerText()).resolves.toBe('Last call again');
    expect(lastCall.round.state).toBe('open');

    // The running countdown: one minute, no longer closing the round, then closing it again.
    await page.getByTestId('countdown-select').selectOption('60');
    await page.getByTestId('countdown-auto-close').uncheck();
    await act(page.getByTestId('set-countdown').click());
    await round((r) => r.autoClose === false && r.countdownEndsAt !== null);
    await page.locator('[data-testid="countdown-label"]:not([data-closes])').waitFor();
    await page.getByTestId('countdown-auto-close').check();
    await act(page.getByTestId('set-countdown').click());
    const closes = await round((r) => r.autoClose);
    expect(closes.round.countdownEndsAt! - closes.round.updatedAt).toBe(60_000);
    await page.locator('[data-testid="countdown-label"][data-closes]').waitFor();

    // For the screenshots: a pledge in the spotlight, a speaker called.
    await act(page.getByTestId(`spotlight-${p1.id}`).click());
    await card(page, p1.id);
    await act(page.getByTestId('spotlight-rotate').selectOption(''));
    await stage((s) => s.spotlight?.pledgeId === p1.id && s.spotlight.rotateSeconds === null);
    await shots(page, 'console-stage');
    expect(errors).toEqual([]);
  }, 120_000);
});

/** The spotlight card shows this pledge (or none: ''). */
function card(page: Page, pledgeId: string) {
  return page.locator(`[data-testid="spotlight-card"][data-pledge-id="${pledgeId}"]`).waitFor();
}

function expectPressed(page: Page, testId: string, pressed: boolean) {
  return page.locator(`[data-testid="${testId}"][aria-pressed="${pressed}"]`).waitFor();
}

/** The panel's rows, top to bottom. */
function rowOrder(page: Page): Promise<string[]> {
  return page.getByTestId('panel-list').locator(':scope > [data-order-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order-id')!));
}

/** Drags a row by its handle to the top half of another row (it lands above that row). */
async function dragRow(page: Page, id: string, above: string) {
  const handle = (await page.getByTestId(`drag-${id}`).boundingBox())!;
  const target = (await page.getByTestId(`panel-row-${above}`).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, target.y + target.height / 4, { steps: 8 });
  await page.mouse.up();
}

/** The console at 1366×768 and 1920×1080, as it shows in the window and whole, in /tmp. */
async function shots(page: Page, name: string) {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/${name}-${size.width}.png`, animations: 'disabled' });
    await page.screenshot({ path: `/tmp/${name}-${size.width}-full.png`, fullPage: true, animations: 'disabled' });
    for (const card of ['panel-card', 'spotlight-card', 'walls-card']) {
      await page.getByTestId(card).screenshot({ path: `/tmp/${name}-${size.width}-${card}.png`, animations: 'disabled' });
    }
  }
}
