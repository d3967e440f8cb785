import path from 'node:path';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { chooseCapacityIfAsked, confirmPledge, openDetails, openRoundOnPhone } from '../helpers/phone-page';

/**
 * What a first-time tester found on the phone's check before sending and on the saved pledge: the
 * standard themes read in the page's language on the form's checkboxes; the check step opens at the
 * page's top and keeps the round's countdown in view; the saved pledge shows the same card and record
 * fields as the preview (its stakeholder group among them); confirming an edit says it saves it.
 */
describe('the check before sending and the saved pledge', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('themes in French, the countdown and the top of the preview, the saved card as previewed, an edit saves', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await moderator.sendOk('round:countdown', { countdownSeconds: 300 });
      const text = 'The West Africa ICT Alliance will publish its members’ connectivity data under an open licence.';
      await phone.getByTestId('pledge-text').fill(text);
      await chooseCapacityIfAsked(phone, 'organization');
      await openDetails(phone);

      // The standard themes in the page's language.
      await phone.getByTestId('language-picker').selectOption('fr');
      await phone.locator('html[lang="fr"]').waitFor();
      expect(await phone.getByTestId('pledge-theme-data').evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe('Données');
      await phone.getByTestId('language-picker').selectOption('en');
      await phone.locator('html[lang="en"]').waitFor();

      // Submit from the bottom of the form: the preview opens at the top, the countdown in view.
      await phone.getByTestId('pledge-submit').scrollIntoViewIfNeeded();
      expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await phone.getByTestId('pledge-submit').click();
      const preview = phone.getByTestId('pledge-preview');
      await preview.waitFor();
      await phone.waitForFunction(() => document.activeElement?.id === 'preview-title');
      expect(await phone.evaluate(() => window.scrollY)).toBe(0);
      expect(await preview.locator('.countdown--phone').isVisible()).toBe(true);
      expect(await phone.getByTestId('pledge-confirm').innerText()).toBe('Confirm and submit');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-check-preview.png') });
      const previewCard = await preview.locator('.pledge-card').innerText();
      expect(previewCard).toContain('Civil Society');

      // The saved pledge: the same card and record fields as the preview.
      const saved = await confirmPledge(phone, text);
      expect(await saved.locator('.pledge-card').innerText()).toContain('Civil Society');
      expect(await saved.getByTestId('preview-record').innerText()).toContain('On behalf of West Africa ICT Alliance');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-check-saved.png'), fullPage: true });

      // An edit's confirmation says it saves the change.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').fill(`${text} Twice a year.`);
      await phone.getByTestId('pledge-submit').click();
      await preview.waitFor();
      expect(await phone.getByTestId('pledge-confirm').innerText()).toBe('Confirm and save changes');
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
