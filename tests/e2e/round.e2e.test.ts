import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, SHOTS } from '../helpers/browser';
import { inviteLink, chooseCapacityIfAsked } from '../helpers/phone-page';
import { createSession, PANEL } from '../helpers/server';

/**
 * Moderator, one panelist and a wall as three pages of one browser, against a real server on
 * real Redis serving the built client.
 */
describe('a pledge round in the browser', () => {
  const env = browserAndServer();

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  test('moderator opens, a panelist pledges and edits from a phone, the wall shows it live', async () => {
    const created = await createSession(env.server.url, PANEL);
    const errors: string[] = [];
    const open = async (url: string, viewport: { width: number; height: number }, mobile = false) => {
      const ctx = await env.browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
      const page = await ctx.newPage();
      page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`${url}: ${m.text()}`));
      await page.goto(url);
      return page;
    };

    const moderator = await open(created.links.moderator, { width: 1366, height: 900 });
    const panelistId = await moderator.locator('[data-testid^="panel-row-"]').first().getAttribute('data-testid').then((v) => v!.replace('panel-row-', ''));
    const row = moderator.getByTestId(`panel-row-${panelistId}`);
    await expectAttr(row, 'data-status', 'not_joined');
    // The key left the address bar; the page keeps it for reconnects.
    expect(moderator.url()).not.toContain('key=');

    const wall = await open(created.links.wall, { width: 1920, height: 1080 });
    await wall.getByTestId('wall-join-code').filter({ hasText: created.joinCode }).waitFor();
    await wall.getByTestId('wall-qr').waitFor();

    // The panelist opens the personal invite link the organizer sent: the seat is taken at once,
    // and its secret leaves the address bar.
    const phone = await open(inviteLink(created, panelistId), { width: 390, height: 844 }, true);
    await phone.getByTestId('waiting').waitFor();
    expect(phone.url()).not.toContain('invite=');
    await expectAttr(row, 'data-status', 'joined');
    await shot(phone, 'phone-waiting');

    // A gentle nudge from the console.
    await moderator.getByTestId(`nudge-${panelistId}`).click();
    await phone.getByTestId('nudge-banner').waitFor();

    // The moderator sets the prompt and a countdown and opens the round.
    await moderator.getByTestId('prompt-input').fill('Name one commitment you will deliver before the next IGF.');
    await moderator.getByTestId('countdown-select').selectOption({ index: 2 });
    await moderator.getByTestId('open-round').click();
    await phone.getByText('Name one commitment you will deliver before the next IGF.').waitFor();
    await wall.getByText('Name one commitment you will deliver before the next IGF.').waitFor();

    const text = 'We will publish an open dataset of rural connectivity gaps by June.';
    await phone.getByTestId('pledge-text').fill(text);
    await chooseCapacityIfAsked(phone);
    await expectAttr(row, 'data-status', 'drafting');
    await shot(phone, 'phone-form');
    await phone.getByTestId('pledge-submit').click();
    await phone.getByTestId('pledge-confirm').click();
    await phone.getByTestId('pledge-confirmation').filter({ hasText: text }).waitFor();
    await expectAttr(row, 'data-status', 'submitted');
    await moderator.getByTestId('mod-pledge-list').filter({ hasText: text }).waitFor();
    const card = wall.getByTestId('wall-pledge-list').locator('[data-testid^="pledge-"]').filter({ hasText: text });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('Amina Diallo');
    await expect(card.innerText()).resolves.toContain('West Africa ICT Alliance');
    await wall.getByTestId('wall-counter').filter({ hasText: '1' }).waitFor();
    await shot(phone, 'phone-confirmation');

    // Reloading the phone (the invite is no longer in the address) keeps the identity and shows the saved pledge.
    await phone.reload();
    await phone.getByTestId('pledge-confirmation').filter({ hasText: text }).waitFor();

    // An edit reaches the wall in place.
    const edited = 'We will publish an open dataset of rural connectivity gaps by May, with maps.';
    await phone.getByTestId('pledge-edit').click();
    await phone.getByTestId('pledge-text').fill(edited);
    await phone.getByTestId('pledge-submit').click();
    await phone.getByTestId('pledge-confirm').click();
    await phone.getByTestId('pledge-confirmation').filter({ hasText: edited }).waitFor();
    await wall.getByTestId('wall-pledge-list').filter({ hasText: edited }).waitFor();
    expect(await wall.getByTestId('wall-pledge-list').innerText()).not.toContain('by June');
    await shot(wall, 'wall-open');
    await shot(moderator, 'moderator-open');

    // Close: phone and wall say so.
    await moderator.getByTestId('close-round').click();
    await moderator.getByTestId('close-round-confirm').click();
    await wall.getByTestId('round-state').filter({ hasText: /closed/i }).waitFor();
    await phone.getByText(/closed/i).first().waitFor();
    await shot(wall, 'wall-closed');
    await shot(phone, 'phone-closed');
    // Closed, the prompt has no Save of its own: the console says what Reopen does with it.
    expect(await moderator.getByTestId('save-prompt').isVisible()).toBe(false);
    expect(await moderator.getByTestId('prompt-reopen-help').innerText()).toBe(
      '“Reopen round” sends this prompt to the phones and walls; edit it first if the new round asks something else.',
    );

    // Pledge text is rendered as text, never as markup.
    expect(await wall.locator('script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});

async function expectAttr(locator: import('playwright-core').Locator, name: string, value: string, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.getAttribute(name);
    if (last === value) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${name}="${value}", last saw "${last}"`);
}
