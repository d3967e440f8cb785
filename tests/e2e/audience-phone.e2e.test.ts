import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { confirmPledge, joinAudience, startPledge, submitPledge } from '../helpers/phone-page';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * The hybrid room on a phone at the narrowest supported width: someone who typed the join code
 * joins the audience online, follows the round and the wall, and pledges through the moderators'
 * queue; someone else who typed the code picks a panelist's name and waits until a moderator
 * lets them in.
 */
describe('the audience and the code-joining panelist on a phone', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** A screenshot of the whole page, from the top (a scrolled page repeats the sticky header), once entrances have played. */
  const shot = async (page: Page, name: string) => {
    await page.evaluate(async () => {
      window.scrollTo(0, 0);
      const entrances = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
      await Promise.all(entrances.map((a) => a.finished.catch(() => undefined)));
    });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  };
  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const status = (page: Page) => page.getByTestId('pledge-confirmation').getAttribute('data-status');

  test('an online audience member pledges through the queue; the wall list shows it once approved', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    const errors: string[] = [];

    // The code typed on the start page leads to the two ways in.
    const phone = await newPage(env.browser, 'audience phone', errors, 'small-phone');
    await phone.goto(`${env.server.url}/`);
    await phone.getByTestId('join-code-input').fill(created.joinCode.toLowerCase());
    await phone.getByTestId('join-code-input').press('Enter');
    await phone.waitForURL(`**/j/${created.joinCode}`);
    await phone.getByTestId('join-choice').waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await shot(phone, 'audience-join-choice');

    // In the audience, online, named; the hint says empty fields stay anonymous.
    await phone.getByTestId('join-audience').click();
    expect(await phone.getByTestId('audience-join-form').innerText()).toContain('Leave them empty to stay anonymous on the wall.');
    await shot(phone, 'audience-join-form');
    await joinAudience(phone, 'online', { name: 'María López', organization: 'Fundación Conecta' });
    await phone.locator('[data-testid="audience-round"][data-state="draft"]').waitFor();
    expect(await phone.getByTestId('you-are').innerText()).toBe('In the audience · Online · María López');
    expect(await phone.getByTestId('audience-pledges').innerText()).toContain('Pledges appear here as soon as they reach the wall.');
    await shot(phone, 'audience-waiting');

    // The round opens to the panel only: she follows the question, without a form.
    expect((await moderator.send('round:open', { prompt: 'What will you do before the next IGF?', pledgers: 'panel' })).ok).toBe(true);
    await phone.locator('[data-testid="audience-round"][data-state="open"]').waitFor();
    await phone.getByTestId('audience-panel-only').getByText('Only the panel pledges in this round').waitFor();
    await phone.getByTestId('prompt').filter({ hasText: 'What will you do before the next IGF?' }).waitFor();
    expect(await phone.getByTestId('pledge-text').count()).toBe(0);
    await shot(phone, 'audience-panel-only');

    // Then to the audience too (audience pledges moderated, the default): the form appears, and a
    // panelist's pledge reaches her list of the wall.
    expect((await moderator.send('round:settings', { pledgers: 'panel-and-audience' })).ok).toBe(true);
    const { phone: panelPhone } = await seatedPhone(env.server.url, created.sessionId, panelists[0]!.id);
    clients.push(panelPhone);
    const panelText = 'We will open our rural connectivity maps to every municipality.';
    expect((await panelPhone.send('pledge:submit', pledgeFor(panelText))).ok).toBe(true);
    const panelItem = phone.getByTestId('audience-pledge-list').locator('li').filter({ hasText: panelText });
    await panelItem.waitFor();
    expect(await panelItem.innerText()).toContain('Panel');

    // Her pledge waits for a moderator.
    const text = 'I will run two digital-skills workshops for older adults in my town.';
    await startPledge(phone, text);
    expect(await fitsWidth(phone)).toBe(true);
    await shot(phone, 'audience-form');
    await phone.getByTestId('pledge-submit').click();
    await phone.getByTestId('pledge-preview-visibility').getByText('A moderator checks it before it appears on the wall.').waitFor();
    await shot(phone, 'audience-preview');
    await confirmPledge(phone, text);
    expect(await status(phone)).toBe('pending');
    expect(await phone.getByTestId('pledge-confirmation').innerText()).toContain('Waiting for the moderator');
    expect(await phone.getByTestId('audience-pledge-list').innerText()).not.toContain(text);
    await shot(phone, 'audience-pending');

    // Sent back with a reason: she sees it, edits, and the pledge is back in the queue.
    const queued = await moderator.waitForDelta('pledge', (d) => d.pledge.text === text && d.pledge.status === 'pending');
    const pledgeId = queued.pledge.id;
    expect(queued.pledge).toMatchObject({ authorRole: 'audience', presence: 'online', name: 'María López' });
    expect((await moderator.send('pledge:reject', { pledgeId, reason: 'Please say which town.' })).ok).toBe(true);
    await phone.locator('[data-testid="pledge-confirmation"][data-status="rejected"]').waitFor();
    expect(await phone.getByTestId('reject-reason').innerText()).toContain('Please say which town.');
    await shot(phone, 'audience-rejected');
    await phone.getByTestId('pledge-edit').click();
    const edited = 'I will run two digital-skills workshops for older adults in Valparaíso.';
    await startPledge(phone, edited);
    await submitPledge(phone, edited);
    await phone.locator('[data-testid="pledge-confirmation"][data-status="pending"]').waitFor();

    // Approved: on the wall, and in her list, marked online and hers.
    const resent = await moderator.waitForDelta('pledge', (d) => d.pledge.id === pledgeId && d.pledge.text === edited);
    expect((await moderator.send('pledge:approve', { pledgeId, basedOn: resent.pledge.updatedAt })).ok).toBe(true);
    await phone.locator('[data-testid="pledge-confirmation"][data-status="visible"]').waitFor();
    expect(await phone.getByTestId('pledge-confirmation').innerText()).toContain('It is on the wall now.');
    const mine = phone.getByTestId(`audience-pledge-${pledgeId}`);
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Audience · online');
    expect(await mine.innerText()).toContain('Yours');
    // Newest first.
    expect(await phone.getByTestId('audience-pledge-list').locator('li').first().innerText()).toContain(edited);
    expect(await fitsWidth(phone)).toBe(true);
    await shot(phone, 'audience-on-the-wall');

    // Taken off the wall: the list drops it; her confirmation says so.
    expect((await moderator.send('pledge:hide', { pledgeId })).ok).toBe(true);
    await phone.locator('[data-testid="pledge-confirmation"][data-status="hidden"]').waitFor();
    await mine.waitFor({ state: 'detached' });
    expect(await phone.getByTestId('pledge-confirmation').innerText()).toContain('The moderators took your pledge off the wall.');
    expect(errors).toEqual([]);
  }, 90_000);

  test('a code-joiner who picks a panelist name waits for the moderator, is refused, asks again and is let in', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    expect((await moderator.send('round:open', {})).ok).toBe(true);
    const kenji = panelists[1]!;
    const errors: string[] = [];

    const phone = await newPage(env.browser, 'code-joining panelist', errors, 'small-phone');
    await phone.goto(created.links.join);
    await phone.getByTestId('join-panel').click();
    await phone.getByTestId(`pick-${kenji.id}`).click();
    await phone.getByTestId('seat-confirm').getByText('Join as Kenji Watanabe?').waitFor();
    await phone.getByTestId('seat-ask').click();
    const waiting = phone.getByTestId('seat-waiting');
    await waiting.getByText('Waiting for the moderator to let you in as Kenji Watanabe').waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await shot(phone, 'seat-waiting');

    // Refused: the phone says so and may ask again.
    const first = await moderator.waitForDelta('request', (d) => d.request.panelistId === kenji.id && d.request.state === 'pending');
    expect((await moderator.send('seat:refuse', { requestId: first.request.id })).ok).toBe(true);
    await phone.getByTestId('seat-refused').getByText('The moderator did not let you in as Kenji Watanabe').waitFor();
    await shot(phone, 'seat-refused');
    const since = moderator.received.length;
    await phone.getByTestId('seat-ask').click();
    await waiting.waitFor();

    // A reload while waiting comes back to the waiting screen.
    await phone.reload();
    await waiting.waitFor();

    // Let in: the phone takes the seat by itself and shows the question.
    const again = await moderator.waitForDelta('request', (d) => d.request.panelistId === kenji.id && d.request.state === 'pending', 5000, since);
    expect((await moderator.send('seat:admit', { requestId: again.request.id })).ok).toBe(true);
    await phone.getByTestId('pledge-text').waitFor();
    expect(await phone.getByTestId('you-are').innerText()).toBe('Signed in as Kenji Watanabe');
    const text = 'We will publish our spectrum allocation data in open formats.';
    await startPledge(phone, text);
    await submitPledge(phone, text);
    expect(await status(phone)).toBe('visible');
    expect(errors).toEqual([]);
  }, 90_000);
});
