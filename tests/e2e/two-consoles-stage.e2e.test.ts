import type { Page } from 'playwright-core';
import type { Pledge } from '../../shared/schemas';
import { browserAndServer, openPage } from '../helpers/browser';
import { Client } from '../helpers/clients';
import { panelPledges, THREE_PLEDGES } from '../helpers/round';
import { createSession, PANEL } from '../helpers/server';

/**
 * The onsite and the online moderator share one stage: what one puts in the spotlight, the other
 * sees at once and steps on from; a clear on one clears both; a speaker called on one is called
 * on both; both activity logs say who did what. A browser wall follows along.
 */
describe('two consoles share the stage', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test('A spotlights, B sees it and steps on, A follows, B clears; both logs list it', async () => {
    const created = await createSession(env.server.url, {
      ...PANEL,
      details: { moderator: 'Nnenna Nwakanma', onlineModerator: 'Paola Galvez' },
    });
    const errors: string[] = [];
    const a = await openPage(env.browser, created.links.moderator, errors, { width: 1366, height: 768 });
    const b = await openPage(env.browser, created.links.onlineModerator, errors, { width: 1920, height: 1080 });
    const wallPage = await openPage(env.browser, created.links.wall, errors, { width: 1280, height: 720 });
    const wall = new Client(env.server.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(wall);
    const [amina, kenji, lucia] = (await wall.snapshot()).session.panelists.map((p) => p.id) as [string, string, string];
    await a.getByTestId('mod-identity').filter({ hasText: 'Nnenna Nwakanma' }).waitFor();
    await b.getByTestId('mod-identity').filter({ hasText: 'Paola Galvez' }).waitFor();

    await a.getByTestId('open-round').click();
    for (const page of [a, b, wallPage]) await page.locator('[data-state="open"]').first().waitFor();

    const { phones, pledges } = await panelPledges(env.server.url, created.sessionId, [
      [amina, THREE_PLEDGES[0]],
      [kenji, THREE_PLEDGES[1]],
      [lucia, THREE_PLEDGES[2]],
    ]);
    clients.push(...phones);
    const [p1, p2, p3] = pledges as [Pledge, Pledge, Pledge];
    for (const page of [a, b]) await page.getByTestId(`spotlight-${p3.id}`).waitFor();
    await wallPage.getByText('train two hundred network operators').first().waitFor();

    // A spotlights Amina's pledge; B (and the wall) see it at once.
    await a.getByTestId(`spotlight-${p1.id}`).click();
    for (const page of [a, b]) await card(page, p1.id);
    await wall.waitForDelta('stage', (d) => d.stage.spotlight?.pledgeId === p1.id);
    await b.getByTestId(`spotlight-${p1.id}`).and(b.locator('[aria-pressed="true"]')).waitFor();

    // B presses Next: the neighbour B shows, Kenji's; A follows.
    await expect(b.getByTestId('spotlight-next').getAttribute('aria-label')).resolves.toBe('Next: Kenji Watanabe');
    await b.getByTestId('spotlight-next').click();
    for (const page of [a, b]) await card(page, p2.id);
    await wall.waitForDelta('stage', (d) => d.stage.spotlight?.pledgeId === p2.id);
    await a.getByTestId('spotlight-author').filter({ hasText: 'Kenji Watanabe' }).waitFor();
    await a.getByTestId(`spotlight-${p1.id}`).and(a.locator('[aria-pressed="false"]')).waitFor();
    await shot(a, 'two-consoles-stage-a');
    await shot(b, 'two-consoles-stage-b');
    await wallPage.screenshot({ path: '/tmp/two-consoles-stage-wall.png', animations: 'disabled' });

    // A calls the first speaker; B shows who is speaking.
    await a.getByTestId('call-next').click();
    await b.getByTestId('speaking-now').filter({ hasText: 'Speaking now: Amina Diallo' }).waitFor();
    await b.getByTestId(`speaking-${amina}`).waitFor();

    // B clears: both consoles show an empty spotlight.
    await b.getByTestId('spotlight-clear').click();
    for (const page of [a, b]) await card(page, '');
    await wall.waitForDelta('stage', (d) => d.stage.spotlight === null && d.stage.speaker !== null);

    // Both activity logs list the spotlight lines, newest first, with who did them.
    const expected = [
      'Paola Galvez (online moderator) cleared the spotlight',
      'Nnenna Nwakanma (onsite moderator) called Amina Diallo to speak',
      'Paola Galvez (online moderator) put the pledge of Kenji Watanabe in the spotlight',
      'Nnenna Nwakanma (onsite moderator) put the pledge of Amina Diallo in the spotlight',
      'Nnenna Nwakanma (onsite moderator) opened the round',
    ];
    for (const page of [a, b]) {
      const log = page.getByTestId('activity-log');
      await log.locator('li').nth(expected.length - 1).waitFor();
      const lines = await log.locator('.activity__text').evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
      expect(lines).toEqual(expected);
    }
    expect(errors).toEqual([]);
  }, 120_000);
});

/** The spotlight card shows this pledge (or none: ''). */
function card(page: Page, pledgeId: string) {
  return page.locator(`[data-testid="spotlight-card"][data-pledge-id="${pledgeId}"]`).waitFor();
}

function shot(page: Page, name: string) {
  return page.screenshot({ path: `/tmp/${name}.png`, animations: 'disabled' });
}
