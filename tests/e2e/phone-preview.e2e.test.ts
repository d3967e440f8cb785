import path from 'node:path';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, SHOTS } from '../helpers/browser';
import { confirmPledge, openDetails, openRoundOnPhone, startPledge } from '../helpers/phone-page';

/**
 * The preview before a pledge is sent shows what its record will hold (deliverables with their
 * dates, partners, timeframe), and a date that has already passed is questioned first instead of
 * silently making the pledge late: changing it goes back to that date, keeping it marks it.
 */
describe('the preview of the record and dates already passed', () => {
  const env = browserAndServer();

  test('a past due date is asked about; "change" returns to it, "keep" shows it kept in the preview and stores it', async () => {
    const errors: string[] = [];
    const { created, moderator, amina, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      const text = 'We will publish an open map of rural connectivity gaps with two national regulators.';
      await startPledge(phone, text);
      await openDetails(phone);
      await phone.getByRole('button', { name: 'Add a deliverable' }).click();
      await phone.getByLabel('Deliverable 1', { exact: true }).fill('Connectivity map');
      const due1 = phone.getByLabel('Due date of deliverable 1');
      await due1.fill('2020-01-31');
      await phone.getByRole('button', { name: 'Add a deliverable' }).click();
      await phone.getByLabel('Deliverable 2', { exact: true }).fill('Final report to the regulators');
      await phone.getByLabel('Due date of deliverable 2').fill('2099-12-31');
      await phone.getByRole('button', { name: 'Add a partner' }).click();
      await phone.getByLabel('Partner 1', { exact: true }).fill('Association for Progressive Communications');

      // Submitting asks about the passed date first.
      await phone.getByTestId('pledge-submit').click();
      const question = phone.getByTestId('past-date-check');
      await question.waitFor();
      expect(await question.getByRole('heading').innerText()).toBe('This date has passed — is that right?');
      expect(await phone.getByTestId('past-date-what').innerText()).toBe('Deliverable 1, “Connectivity map”, is due on January 31, 2020.');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-past-date.png'), fullPage: true });

      // "Change the date": back in the form, at that date.
      await phone.getByTestId('past-date-change').click();
      await phone.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'date');
      expect(await due1.evaluate((el) => el === document.activeElement)).toBe(true);
      await due1.fill('2099-01-31');
      // A future date: straight to the preview, which shows the record's fields.
      await phone.getByTestId('pledge-submit').click();
      const preview = phone.getByTestId('pledge-preview');
      await preview.waitFor();
      expect(await phone.getByTestId('past-date-check').count()).toBe(0);
      const deliverables = phone.getByTestId('preview-deliverables');
      expect(await deliverables.innerText()).toMatch(/Connectivity map\s+due January 31, 2099\s+Final report to the regulators\s+due December 31, 2099/);
      expect(await phone.getByTestId('preview-partners').innerText()).toBe('Association for Progressive Communications');
      expect(await phone.getByTestId('preview-timeframe').innerText()).toBe('Until the next IGF');
      expect(await preview.innerText()).not.toContain('date passed');

      // Back to the earlier, past date, kept this time: the preview says so, and it is stored as typed.
      await phone.getByTestId('pledge-back').click();
      await due1.fill('2020-01-31');
      await phone.getByTestId('pledge-submit').click();
      await question.waitFor();
      await phone.getByTestId('past-date-keep').click();
      await preview.waitFor();
      expect(await deliverables.locator('li').first().innerText()).toMatch(/Connectivity map\s+due January 31, 2020\s*date passed, kept/);
      expect(await deliverables.locator('li').nth(1).innerText()).not.toContain('date passed');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-preview-record.png'), fullPage: true });
      await confirmPledge(phone, text);

      const sync = (await moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
      expect(sync.snapshot.pledges.find((p) => p.participantId === amina.id)).toMatchObject({
        text,
        deliverables: [
          { text: 'Connectivity map', due: '2020-01-31' },
          { text: 'Final report to the regulators', due: '2099-12-31' },
        ],
        partners: ['Association for Progressive Communications'],
      });

      // Changing the saved pledge later does not ask again about the date it already had.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').fill(`${text} Updated.`);
      await phone.getByTestId('pledge-submit').click();
      await preview.waitFor();
      expect(await phone.getByTestId('past-date-check').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 90_000);
});
