import path from 'node:path';
import { arPhone } from '../../client/i18n/ar/phone';
import { enPhone } from '../../client/i18n/en/phone';
import { esPhone } from '../../client/i18n/es/phone';
import { frPhone } from '../../client/i18n/fr/phone';
import { LOCALES } from '../../client/i18n/locales';
import { ruPhone } from '../../client/i18n/ru/phone';
import { zhPhone } from '../../client/i18n/zh/phone';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { openRoundOnPhone, startPledge } from '../helpers/phone-page';

/**
 * A panelist in a hurry taps Submit on a pledge under the minimum length: the tap answers. The
 * field's hint turns into an error that says why (tied to the field, in its polite live region),
 * the field is marked invalid and takes the focus back, and the text typed stays. In every language.
 */

const NOT_SUBMITTED = { en: enPhone, fr: frPhone, es: esPhone, ar: arPhone, zh: zhPhone, ru: ruPhone } as const;

describe('Submit with a pledge too short', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('says why, on the field, and gives it the focus back; in all six languages', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await startPledge(phone, 'We will');
      const field = phone.getByTestId('pledge-text');
      /** The field's description: the texts its aria-describedby points at, and whether each is a live region. */
      const described = () =>
        field.evaluate((el) =>
          el
            .getAttribute('aria-describedby')!
            .split(' ')
            .map((id) => document.getElementById(id)!)
            .map((d) => ({ text: d.textContent, live: d.closest('[aria-live]')?.getAttribute('aria-live') ?? null })),
        );
      expect(await field.getAttribute('aria-invalid')).toBeNull();

      for (const locale of LOCALES) {
        await phone.getByTestId('language-picker').selectOption(locale);
        await phone.locator(`html[lang="${locale}"]`).waitFor();
        // Tapped as a hurried thumb does (a disabled button would take the tap and do nothing).
        await phone.getByTestId('pledge-submit').click({ force: true });
        const said = NOT_SUBMITTED[locale]['phone.form.tooShortSubmit'];
        await phone.getByText(said).waitFor({ timeout: 3000 });
        expect(await phone.getByTestId('pledge-preview').count()).toBe(0);
        expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        expect(await field.inputValue()).toBe('We will');
        expect(await described()).toContainEqual({ text: expect.stringContaining(said), live: 'polite' });
        if (locale === 'ar' || locale === 'en') await phone.screenshot({ path: path.join(SHOTS, `phone-submit-short-${locale}.png`) });
        // Focus away, for the next language's tap.
        await phone.getByTestId('language-picker').focus();
      }

      // Long enough: the error goes, and Submit shows the preview.
      await phone.getByTestId('language-picker').selectOption('en');
      await field.fill('We will map every community network.');
      expect(await field.getAttribute('aria-invalid')).toBeNull();
      expect(await phone.getByText(enPhone['phone.form.tooShortSubmit']).count()).toBe(0);
      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('pledge-preview').waitFor();
    } finally {
      moderator.close();
    }
  }, 60_000);
});
