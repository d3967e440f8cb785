import type { Page } from 'playwright-core';
import { browserAndServer, openPage } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { invitedPhone, joinAudience, startPledge, submitPledge } from '../helpers/phone-page';
import { panelPledges, setupSession } from '../helpers/round';

/**
 * What a screen reader hears on phones without looking: the phone's polite live region says the
 * round opened and the last call (unless the form says the call itself, loudly), and an audience
 * phone says each new pledge on the wall, never its own. A phone that asks for less motion gets none.
 */
describe('phones announce the round and new pledges', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  const region = (page: Page) => page.getByTestId('wall-announcer');
  /** Animations and transitions that take time (more than the 1 ms reduced motion leaves them). */
  const moving = (page: Page) =>
    page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => Number(a.effect?.getComputedTiming().duration ?? 0) > 1 || Number(a.effect?.getComputedTiming().delay ?? 0) > 0)
        .map((a) => (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'animation'),
    );
  const says = (page: Page, text: string) =>
    page.waitForFunction(([t]) => document.querySelector('[data-testid="wall-announcer"]')?.textContent?.includes(t!), [text] as const, { timeout: 10_000 });

  test('round open, new pledges and the last call', async () => {
    const errors: string[] = [];
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    const [amina, kenji, lucia] = s.panelists.map((p) => p.id) as [string, string, string];

    const writer = await invitedPhone(env.browser, s.created, amina, errors);
    const done = await invitedPhone(env.browser, s.created, kenji, errors);
    // Kenji asked his phone for less motion: the form comes in without moving.
    await done.emulateMedia({ reducedMotion: 'reduce' });
    const audience = await openPage(env.browser, s.created.links.join, errors, 'small-phone');
    await joinAudience(audience, 'online', { name: 'Tom Becker' });
    // What was there when the page opened is not read out.
    for (const page of [writer, done, audience]) await expect(region(page).textContent()).resolves.toBe('');

    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none' });
    for (const page of [writer, done, audience]) await says(page, 'The round is open.');
    await done.getByTestId('pledge-text').waitFor();
    expect(await moving(done)).toEqual([]);

    // Kenji saves his pledge from the phone; the audience phone hears it, the panelists' do not.
    const text = 'Our ministry will consult civil society on the new AI guidelines.';
    await startPledge(done, text);
    await submitPledge(done, text);
    await says(audience, 'New pledge from Kenji Watanabe.');
    // The audience member's own pledge is not announced to them.
    const own = 'I will mentor two young women entering internet governance this year.';
    await startPledge(audience, own);
    await submitPledge(audience, own);
    const { phones } = await panelPledges(env.server.url, s.created.sessionId, [[lucia, 'LACNIC will train two hundred network operators in IPv6 this year.']]);
    sockets.push(...phones);
    await says(audience, 'New pledge from Lucía Fernández.');
    expect(await region(audience).textContent()).not.toContain('Tom Becker');
    for (const page of [writer, done]) expect(await region(page).textContent()).not.toContain('New pledge');

    // The last call: the writing phone's form calls it out itself (assertive), the saved pledge's phone politely.
    await startPledge(writer, 'We will publish');
    await s.moderator.sendOk('round:last-call', {});
    await says(done, 'Last call for pledges.');
    await writer.getByTestId('last-call').waitFor();
    expect(await region(writer).textContent()).not.toContain('Last call');

    expect(errors).toEqual([]);
  }, 90_000);
});
