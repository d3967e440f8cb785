import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { joinAudience, startPledge, submitPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * Once the round is closed, an audience member's phone thanks them for a pledge on the record
 * only when it is in the record: one the moderator rejected says it was sent back and is not in
 * the record, with the reason it got; one approved is thanked. Real server, Redis and Chromium,
 * 390×844.
 */
describe('the closed round on the phone of a rejected pledge', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  const lead = (page: Page) => page.getByTestId('round-closed').locator('.phone__lead').innerText();

  test('no thanks for a pledge on the record when the moderator rejected it; thanks when approved', async () => {
    const { created, moderator } = await setupSession(env.server);
    clients.push(moderator);
    const errors: string[] = [];
    await moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });

    const pledge = async (name: string, text: string) => {
      const phone = await newPage(env.browser, name, errors, 'phone');
      await phone.goto(`${env.server.url}/j/${created.joinCode}`);
      await joinAudience(phone, 'onsite', { name });
      await startPledge(phone, text);
      await submitPledge(phone, text);
      const queued = await moderator.waitForDelta('pledge', (d) => d.pledge.text === text && d.pledge.status === 'pending');
      return { phone, pledgeId: queued.pledge.id as string, updatedAt: queued.pledge.updatedAt as number };
    };
    const rejected = await pledge('Ama', 'I will run two digital-skills workshops for older adults in my town.');
    const approved = await pledge('Kofi', 'I will mentor three women engineers in my company through the next year.');
    await moderator.sendOk('pledge:reject', { pledgeId: rejected.pledgeId, reason: 'Please say which town.' });
    await rejected.phone.locator('[data-testid="pledge-confirmation"][data-status="rejected"]').waitFor();
    await moderator.sendOk('pledge:approve', { pledgeId: approved.pledgeId, basedOn: approved.updatedAt });
    await approved.phone.locator('[data-testid="pledge-confirmation"][data-status="visible"]').waitFor();

    await moderator.sendOk('round:close', {});
    for (const { phone } of [rejected, approved]) await phone.getByTestId('round-closed').waitFor();

    expect(await lead(rejected.phone)).toBe('The moderator sent your pledge back');
    expect(await rejected.phone.getByTestId('round-closed').innerText()).not.toContain('on the record');
    const note = rejected.phone.getByTestId('moderation-note');
    expect(await note.getAttribute('data-status')).toBe('rejected');
    expect(await note.locator('.moderation-note__text').innerText()).toBe('The moderator sent it back, so it is not in the record.');
    expect(await rejected.phone.getByTestId('reject-reason').innerText()).toContain('Please say which town.');
    expect(await rejected.phone.getByTestId('follow-up').count()).toBe(0);
    await rejected.phone.screenshot({ path: path.join(SHOTS, 'phone-closed-rejected-390.png'), fullPage: true });

    expect(await lead(approved.phone)).toBe('Thank you. Your pledge is on the record:');
    expect(await approved.phone.getByTestId('moderation-note').count()).toBe(0);
    await approved.phone.screenshot({ path: path.join(SHOTS, 'phone-closed-approved-390.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);
});
