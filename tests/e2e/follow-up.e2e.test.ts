import path from 'node:path';
import { browserAndServer, newPage, openPage, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

/** A date some days from today, as YYYY-MM-DD. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The author's private follow-up page: opened with the token from the submit acknowledgement (kept
 * in the fragment), a progress report updates the history and the light, and shows on the public
 * page. A wrong or missing token shows only an explanation.
 */
describe('the follow-up page', () => {
  const env = browserAndServer();

  test('the author reports progress with the link from the submit acknowledgement; a wrong link explains itself', async () => {
    const { created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2025 Norway', silentAfterMonths: 4 });
    const sockets: { close(): void }[] = [moderator];
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const [amina, kenji] = panelists;
      const text = 'We will publish an open dataset of rural connectivity in five West African countries.';
      const pledge = {
        ...pledgeFor(text, { organization: 'West Africa ICT Alliance' }),
        sdgTargets: ['9.c'],
        themes: ['data'],
        deliverables: [{ text: 'Dataset v1 published', due: inDays(90) }],
      };
      const a = await submitFromPhone(env.server.url, created.sessionId, amina!.id, pledge, sockets);
      const token = a.followUpToken;
      expect(token).toMatch(/^[A-Za-z0-9_-]{16,}$/);

      const page = await newPage(env.browser, 'follow-up', errors);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const authHeaders: string[] = [];
      page.on('request', (r) => r.url().includes('/api/follow-up/') && authHeaders.push(r.headers()['authorization'] ?? ''));
      await page.goto(`${env.server.url}/f/${pledge.id}#token=${token}`);
      await page.getByTestId('follow-up').waitFor();
      expect(await page.getByTestId('follow-up-text').innerText()).toBe(text);
      const main = (await page.locator('main').textContent()) ?? '';
      for (const part of ['WS #215', 'Commitments to Action', 'IGF 2025 Norway', 'Amina Diallo', 'Dataset v1 published', 'You have not reported any progress yet.']) {
        expect(main).toContain(part);
      }
      expect(await page.getByTestId('light').getAttribute('data-light')).toBe('on_track');
      expect(await page.getByTestId('light-explanation').innerText()).toContain('within the last 4 months');
      expect(await page.getByTestId('follow-up-public-link').getAttribute('href')).toBe(`${env.server.url}/p/${pledge.id}`);
      await page.screenshot({ path: path.join(SHOTS, 'follow-up.png'), fullPage: true });

      // Before any report the light is on track because the pledge is recent, and it says so.
      expect(await page.getByTestId('light-explanation').innerText()).toContain('so no report is due yet');
      // No status is chosen for the author: saving without one asks for it and saves nothing.
      expect(await page.locator('[data-testid^="report-status-"]:checked').count()).toBe(0);
      await page.getByTestId('report-submit').click();
      expect(await page.getByTestId('report-form-error').innerText()).toBe('Choose where your pledge stands, then save.');
      expect(await page.getByTestId('history-empty').innerText()).toContain('You have not reported any progress yet.');

      // Report "in progress" with a note.
      const note = 'Data collection finished in Ghana and Senegal; cleaning under way.';
      await page.getByTestId('report-status-in_progress').check();
      await page.getByTestId('report-note').fill(note);
      expect(await page.locator('.report-form__counter').innerText()).toContain(`${note.length} / 2,000`);
      expect(await page.getByTestId('report-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.getByTestId('report-submit').click();
      await page.getByTestId('report-saved').filter({ hasText: 'Progress report saved. The follow-up light now shows: On track.' }).waitFor();
      const history = page.getByTestId('history');
      await history.filter({ hasText: note }).waitFor();
      expect(await history.innerText()).toContain('In progress');
      expect(await page.getByTestId('follow-up-light').getByTestId('progress-status').getAttribute('data-status')).toBe('in_progress');
      expect(await page.getByTestId('follow-up-light').getByTestId('progress-status').innerText()).toContain('In progress');
      // The form is ready for the next report.
      expect(await page.getByTestId('report-note').inputValue()).toBe('');
      // The token stayed in the fragment (a bookmark works), and only ever travelled in the Authorization header.
      expect(page.url()).toBe(`${env.server.url}/f/${pledge.id}#token=${token}`);
      expect(requests.filter((u) => u.includes(token))).toEqual([]);
      expect(authHeaders.length).toBeGreaterThanOrEqual(2);
      expect(authHeaders.every((h) => h === `Bearer ${token}`)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'follow-up-reported.png'), fullPage: true });

      // The deliverable done: ticked in the next report, it says so in the list and in the history.
      const deliverable = page.getByTestId('deliverable');
      expect(await deliverable.getAttribute('data-done')).toBe('false');
      expect(await page.getByTestId('report-delivered-0').isChecked()).toBe(false);
      await page.getByTestId('report-status-in_progress').check();
      await page.getByTestId('report-delivered-0').check();
      await page.getByTestId('report-note').fill('Version 1 is online.');
      await page.getByTestId('report-submit').click();
      await history.filter({ hasText: 'Version 1 is online.' }).waitFor();
      expect(await deliverable.getAttribute('data-done')).toBe('true');
      expect(await deliverable.innerText()).toMatch(/Dataset v1 published[\s\S]*done/i);
      expect(await page.getByTestId('history-done').allInnerTexts()).toEqual(['Done: Dataset v1 published']);
      // The next report starts from what this one said.
      expect(await page.getByTestId('report-delivered-0').isChecked()).toBe(true);
      await page.getByTestId('report-delivered-0').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'follow-up-delivered.png'), fullPage: true });

      // A reload from the bookmark shows the same history.
      await page.reload();
      await page.getByTestId('history').filter({ hasText: note }).waitFor();
      expect(await page.getByTestId('report-delivered-0').isChecked()).toBe(true);

      // The public page shows the new status and the note.
      const pub = await openPage(env.browser, `${env.server.url}/p/${pledge.id}`, errors, { width: 1280, height: 900 });
      await pub.getByTestId('public-pledge').waitFor();
      expect(await pub.getByTestId('history').innerText()).toContain(note);
      expect(await pub.getByTestId('deliverable').getAttribute('data-done')).toBe('true');
      expect(await pub.getByTestId('history-done').allInnerTexts()).toEqual(['Done: Dataset v1 published']);
      expect(await pub.locator('.pledge-page__badges').getByTestId('progress-status').getAttribute('data-status')).toBe('in_progress');
      expect(await pub.locator('.pledge-page__badges').getByTestId('progress-status').innerText()).toContain('In progress');
      await pub.screenshot({ path: path.join(SHOTS, 'pledge-page-progress.png'), fullPage: true });

      // A record-only pledge: its author gets the follow-up page, without a public link.
      const secret = { ...pledgeFor('We will review our national data-sharing rules with regulators.'), visibility: 'record' };
      const k = await submitFromPhone(env.server.url, created.sessionId, kenji!.id, secret, sockets);
      const kPage = await openPage(env.browser, `${env.server.url}/f/${secret.id}#token=${k.followUpToken}`, errors);
      await kPage.getByTestId('follow-up-record-only').waitFor();
      expect(await kPage.getByTestId('follow-up-public-link').count()).toBe(0);

      // A wrong token, or none: an explanation and nothing of the pledge.
      const bad = await openPage(env.browser, `${env.server.url}/f/${pledge.id}#token=${'x'.repeat(22)}`, []);
      const message = bad.getByTestId('follow-up-bad-link');
      await message.waitFor();
      const badText = await message.innerText();
      expect(badText).toContain('This follow-up link does not work');
      expect(badText).toContain('Open your pledge on the phone where you made it and ask for a new follow-up link');
      expect(await bad.locator('body').innerText()).not.toContain('rural connectivity');
      expect(await bad.getByTestId('follow-up').count()).toBe(0);
      await bad.screenshot({ path: path.join(SHOTS, 'follow-up-bad-link.png'), fullPage: true });
      // A new link for the same pledge (rotated from the phone) makes the old one stop working.
      const rotated = await a.phone.send('pledge:follow-up', { pledgeId: pledge.id });
      expect(rotated.ok).toBe(true);
      await bad.goto(`${env.server.url}/f/${pledge.id}#token=${token}`);
      await bad.reload();
      await bad.getByTestId('follow-up-bad-link').waitFor();
      await bad.goto(`${env.server.url}/f/${pledge.id}`);
      await bad.reload();
      await bad.getByTestId('follow-up-bad-link').waitFor();

      expect(errors).toEqual([]);
    } finally {
      sockets.forEach((s) => s.close());
    }
  }, 90_000);
});
