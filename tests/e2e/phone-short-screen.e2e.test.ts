import path from 'node:path';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { openRoundOnPhone } from '../helpers/phone-page';

/**
 * A phone turned sideways, or with its keyboard up in a browser that shrinks the page for it, has
 * 400 px of height or less. The sticky block
 * at the top (the header, "your turn", the moderator's nudge) must not take that room from the
 * text being typed: at least four lines of the field stay in view while typing.
 */
describe('the phone on a short screen', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('with "your turn" and a nudge showing, the pledge being typed keeps most of the screen', async () => {
    const { moderator, amina, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await moderator.sendOk('panelist:nudge', { panelistId: amina.id });
      await moderator.sendOk('stage:call', { panelistId: amina.id });
      // Called and nudged: one banner, the nudge under the call.
      await phone.getByTestId('your-turn-nudge').waitFor();

      // Russian, whose banners run longest, on the narrowest phone.
      await phone.getByTestId('language-picker').selectOption('ru');
      await phone.locator('html[lang="ru"]').waitFor();
      await phone.setViewportSize({ width: 360, height: 400 });
      await phone.getByTestId('pledge-text').click();
      await phone.keyboard.type('We will train two hundred librarians as digital skills mentors');
      await phone.waitForTimeout(300);
      await phone.screenshot({ path: path.join(SHOTS, 'phone-short-screen-typing.png') });
      // The field's height on screen, below whatever the sticky block covers.
      const visible = await phone.evaluate(() => {
        const field = document.querySelector('[data-testid="pledge-text"]')!.getBoundingClientRect();
        const top = document.querySelector('.phone__top')!.getBoundingClientRect();
        const coveredTo = Math.max(0, top.bottom);
        return Math.min(window.innerHeight, field.bottom) - Math.max(coveredTo, field.top);
      });
      const line = await phone.getByTestId('pledge-text').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(visible).toBeGreaterThanOrEqual(4 * line);
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('the page asks the browser to shrink it for the on-screen keyboard, so the short-screen layout applies while typing', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      // Chrome for Android otherwise lays the keyboard over the page, hiding the field being typed
      // in. Chrome warns of a value it ignores: the page, opened again, draws no such warning.
      const warnings: string[] = [];
      phone.on('console', (m) => warnings.push(m.text()));
      await phone.reload();
      await phone.getByTestId('pledge-text').waitFor();
      const viewport = await phone.locator('meta[name="viewport"]').getAttribute('content');
      const keys = Object.fromEntries((viewport ?? '').split(',').map((pair) => pair.split('=').map((s) => s.trim())));
      expect(keys).toMatchObject({ width: 'device-width', 'interactive-widget': 'resizes-content' });
      expect(warnings.filter((w) => /viewport|interactive-widget/i.test(w))).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
