import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { SessionDelta } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { Client } from '../helpers/clients';
import { joinAudience, startPledge, submitPledge } from '../helpers/phone-page';
import { createSession, PANEL } from '../helpers/server';

/**
 * A hybrid room: the onsite and the online moderator each on their own console, a wall, and
 * audience phones (one in a browser, one a bare socket). Audience pledges wait in both consoles' queue; what one
 * moderator does, the other sees, the wall follows, and the activity log names who did it.
 */
describe('moderating audience pledges from two consoles', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });

  /** An audience phone that joined, in the room or online. */
  async function audiencePhone(sessionId: string, presence: 'onsite' | 'online', name: string): Promise<Client> {
    const phone = new Client(env.server.url, { role: 'phone', sessionId, deviceToken: randomBytes(16).toString('base64url') });
    clients.push(phone);
    await phone.connected();
    const joined = await phone.send('audience:join', { presence, name, organization: '' });
    expect(joined.ok).toBe(true);
    return phone;
  }

  async function submit(phone: Client, text: string): Promise<Pledge> {
    const res = await phone.send('pledge:submit', { id: randomUUID(), text, capacity: 'individual', organization: '' });
    if (!res.ok) throw new Error(`submit failed: ${JSON.stringify(res.error)}`);
    return res.pledge as Pledge;
  }

  test('approve online, hide onsite, reject with a reason; both logs name who did what', async () => {
    const created = await createSession(env.server.url, {
      ...PANEL,
      details: { moderator: 'Nnenna Nwakanma', onlineModerator: 'Paola Galvez' },
    });
    const errors: string[] = [];
    const onsite = await openPage(env.browser, created.links.moderator, errors, { width: 1366, height: 768 });
    const online = await openPage(env.browser, created.links.onlineModerator, errors, { width: 1920, height: 1080 });
    const wall = await openPage(env.browser, created.links.wall, errors, { width: 1280, height: 720 });
    const consoles = [onsite, online];

    // Each console says whose it is.
    await onsite.getByTestId('mod-identity').filter({ hasText: 'Onsite moderator — Nnenna Nwakanma' }).waitFor();
    await online.getByTestId('mod-identity').filter({ hasText: 'Online moderator — Paola Galvez' }).waitFor();

    // By default only the panel pledges, and audience pledges (once allowed) need approval. The
    // online moderator opens the round to the audience and has every pledge approved first; the
    // onsite console follows.
    await expect(onsite.getByTestId('pledgers-panel').isChecked()).resolves.toBe(true);
    await expect(onsite.getByTestId('moderation-audience').isChecked()).resolves.toBe(true);
    // Each change is saved on its own (the onsite console shows it before the next one is made).
    await online.getByTestId('pledgers-panel-and-audience').check();
    await onsite.getByTestId('pledgers-panel-and-audience').and(onsite.locator(':checked')).waitFor();
    await online.getByTestId('moderation-everything').check();
    await onsite.getByTestId('moderation-everything').and(onsite.locator(':checked')).waitFor();

    // Opening from the keyboard leaves focus on the button that took its place.
    await onsite.getByTestId('open-round').focus();
    await onsite.keyboard.press('Enter');
    for (const page of [...consoles, wall]) await page.locator('[data-state="open"]').first().waitFor();
    await expectFocus(onsite, 'close-round');

    // Tom follows online on his phone's browser; the second audience member is a bare socket.
    const tom = await openPage(env.browser, created.links.join, errors, 'small-phone');
    await joinAudience(tom, 'online', { name: 'Tom Becker' });
    const anon = await audiencePhone(created.sessionId, 'onsite', '');
    for (const page of consoles) {
      await expectText(page.getByTestId('audience-online'), '1');
      await expectText(page.getByTestId('audience-onsite'), '1');
    }

    // Two audience pledges wait, oldest first, in both queues, marked as the audience's.
    const tomText = 'I will mentor two young women entering internet governance this year.';
    await startPledge(tom, tomText);
    const tomConfirmation = await submitPledge(tom, tomText);
    await expectAttr(tomConfirmation, 'data-status', 'pending');
    expect(await tomConfirmation.innerText()).toContain('Waiting for the moderator');
    await shot(tom, 'audience-phone-pending');
    const second = await submit(anon, 'buy cheap followers at example dot com, best prices on the internet');
    expect(second.status).toBe('pending');
    const first = { id: (await onsite.getByTestId('mod-queue').locator('[data-item-id]').first().getAttribute('data-item-id'))! };
    for (const page of consoles) {
      const queue = page.getByTestId('mod-queue');
      await queue.locator(`[data-testid="mod-pledge-${second.id}"]`).waitFor();
      await expect(queue.getAttribute('data-count')).resolves.toBe('2');
      const order = await queue.locator('[data-item-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id')));
      expect(order).toEqual([first.id, second.id]);
      const item = queue.getByTestId(`mod-pledge-${first.id}`);
      await expect(item.innerText()).resolves.toContain('Audience · online');
      await expect(item.innerText()).resolves.toContain('Tom Becker');
      await expect(queue.getByTestId(`mod-pledge-${second.id}`).innerText()).resolves.toContain('Anonymous');
    }
    await shot(onsite, 'console-queue-onsite');
    await shot(online, 'console-queue-online');
    expect(await wall.getByText('mentor two young women').count()).toBe(0);

    // The online moderator approves from the keyboard: focus moves on to the next pledge waiting.
    await online.getByTestId(`approve-${first.id}`).focus();
    await online.keyboard.press('Enter');
    await wall.getByText('mentor two young women').first().waitFor();
    // On the wall it is marked as the online audience's.
    expect(await wall.locator('[data-author-role="audience"]').filter({ hasText: 'mentor two young women' }).innerText()).toContain('Audience · online');
    await expectAttr(tomConfirmation, 'data-status', 'visible');
    await tom.getByTestId('audience-pledge-list').getByText('mentor two young women').waitFor();
    await shot(tom, 'audience-phone-on-the-wall');
    await expectFocus(online, `approve-${second.id}`);
    for (const page of consoles) {
      await expectAttr(page.getByTestId(`mod-pledge-${first.id}`), 'data-status', 'visible');
      await expect(page.getByTestId('mod-queue').getAttribute('data-count')).resolves.toBe('1');
    }

    // The onsite moderator hides it again: gone from the wall, marked hidden on both consoles.
    await onsite.getByTestId(`hide-${first.id}`).click();
    await wall.getByText('mentor two young women').first().waitFor({ state: 'detached' });
    await expectAttr(tomConfirmation, 'data-status', 'hidden');
    await tom.getByTestId('audience-pledge-list').getByText('mentor two young women').waitFor({ state: 'detached' });
    for (const page of consoles) await expectAttr(page.getByTestId(`mod-pledge-${first.id}`), 'data-status', 'hidden');

    // Rejecting asks for a reason, which reaches the author's phone.
    const reason = 'Advertising is not a commitment.';
    await onsite.getByTestId(`reject-${second.id}`).click();
    await onsite.getByTestId(`reject-send-${second.id}`).click();
    await onsite.getByRole('alert').filter({ hasText: 'Give a reason' }).waitFor();
    await onsite.getByTestId(`reject-reason-${second.id}`).fill(reason);
    await onsite.getByTestId(`reject-reason-${second.id}`).press('Enter');
    for (const page of consoles) {
      const item = page.getByTestId(`mod-pledge-${second.id}`);
      await expectAttr(item, 'data-status', 'rejected');
      await item.filter({ hasText: reason }).waitFor();
      await expect(page.getByTestId('mod-queue').getAttribute('data-count')).resolves.toBe('0');
    }
    await anon.waitFor('session:deltas', (batch) =>
      batch.deltas.some((d: SessionDelta) => d.kind === 'pledge' && d.pledge.id === second.id && d.pledge.status === 'rejected' && d.pledge.rejectReason === reason),
    );
    await shot(onsite, 'console-moderated-onsite');

    // Both activity logs name both moderators, newest first.
    const expected = [
      'Nnenna Nwakanma (onsite moderator) rejected an anonymous pledge',
      'Nnenna Nwakanma (onsite moderator) hid the pledge of Tom Becker',
      'Paola Galvez (online moderator) approved the pledge of Tom Becker',
      'Nnenna Nwakanma (onsite moderator) opened the round',
      'Paola Galvez (online moderator) changed the settings: the panel and the audience may pledge; every pledge needs approval',
      'Paola Galvez (online moderator) changed the settings: the panel and the audience may pledge; audience pledges need approval',
    ];
    for (const page of consoles) {
      const log = page.getByTestId('activity-log');
      await log.locator('li').nth(expected.length - 1).waitFor();
      const lines = await log.locator('.activity__text').evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
      expect(lines).toEqual(expected);
      await expect(log.innerText()).resolves.toContain(`Reason: ${reason}`);
    }
    await onsite.getByTestId('activity-log').scrollIntoViewIfNeeded();
    await shot(onsite, 'console-activity-onsite');

    // Something waits for a moderator: the bar at the top says so, and the tab's title counts it.
    const late = await submit(await audiencePhone(created.sessionId, 'onsite', 'Ines'), 'A late pledge, still waiting when the round closes.');
    for (const page of consoles) {
      await page.getByTestId('attention-queue').filter({ hasText: '1 pledge waiting for approval' }).waitFor();
      await page.waitForFunction(() => document.title.startsWith('(1) '));
    }
    expect(late.status).toBe('pending');
    // Scrolled down, the bar stays below the header (the join code and the connection stay in
    // view), and its button brings the queue's heading into view below both.
    const overlap = async () => {
      await onsite.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      return onsite.evaluate(() => {
        const header = document.querySelector('.console__header')!.getBoundingClientRect();
        const bar = document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect();
        return { headerBottom: Math.round(header.bottom), barTop: Math.round(bar.top), scrolled: window.scrollY > 0 };
      });
    };
    const scrolled = await overlap();
    expect(scrolled.scrolled).toBe(true);
    expect(scrolled.barTop).toBeGreaterThanOrEqual(scrolled.headerBottom);
    await onsite.getByTestId('attention-queue').click();
    const shown = await onsite.evaluate(() => ({
      barBottom: document.querySelector('[data-testid="mod-attention"]')!.getBoundingClientRect().bottom,
      headingTop: document.getElementById('mod-queue-heading')!.getBoundingClientRect().top,
    }));
    expect(shown.headingTop).toBeGreaterThanOrEqual(shown.barBottom);

    // Closing asks first; Escape keeps the round open, "Close now" closes it, and focus lands on
    // the round's heading (not on "Reopen round": a key pressed once too often reopens nothing).
    await onsite.getByTestId('close-round').click();
    await expectFocus(onsite, 'close-round-confirm');
    await onsite.keyboard.press('Escape');
    await expectFocus(onsite, 'close-round');
    await expect(onsite.getByTestId('mod-round-state').getAttribute('data-state')).resolves.toBe('open');
    await onsite.keyboard.press('Enter');
    await onsite.keyboard.press('Enter');
    for (const page of [...consoles, wall]) await page.locator('[data-state="closed"]').first().waitFor();
    await expectFocus(onsite, 'round-heading');
    await onsite.keyboard.press('Enter');
    await expect(onsite.getByTestId('mod-round-state').getAttribute('data-state')).resolves.toBe('closed');

    clients.forEach((c) => c.close());
    expect(errors).toEqual([]);
  }, 120_000);
});

/** Polls until the page's focused element carries this data-testid. */
async function expectFocus(page: Page, testId: string, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);
    if (last === testId) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected focus on ${testId}, last saw ${last}`);
}

async function expectAttr(locator: Locator, name: string, value: string, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.getAttribute(name).catch(() => null);
    if (last === value) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${name}="${value}", last saw "${last}"`);
}

async function expectText(locator: Locator, text: string, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent().catch(() => '')) ?? '';
    if (last.trim() === text) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected "${text}", last saw "${last}"`);
}
