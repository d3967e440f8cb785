import path from 'node:path';
import { LOCALES } from '../../client/i18n/locales';
import { browserAndServer, openPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import { createEvent, ADMIN_TOKEN } from '../helpers/server';

/**
 * The follow-up dashboard's legend of status lights, on a real server, Redis and Chromium: in every
 * language, on a laptop and a phone, each light's badge shows whole beside its explanation, never
 * over it ("Sans nouvelles" is wider than "Silent").
 */
describe('the dashboard’s legend of status lights', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  let eventId = '';
  beforeAll(async () => {
    eventId = (await createEvent(env.server.url, { name: 'IGF 2026' })).id;
  });

  const cases = LOCALES.flatMap((lang) =>
    ([{ width: 1366, height: 768 }, { width: 390, height: 844 }] as const).map((screen) => [lang, screen] as [string, Screen]),
  );
  test.each(cases)('%s, %o: every badge beside its explanation', async (lang, screen) => {
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${eventId}/dashboard?lang=${lang}#token=${ADMIN_TOKEN}`, errors, screen);
    const legend = page.locator('.light-legend');
    await legend.waitFor();
    await page.evaluate(() => document.fonts.ready);
    const label = typeof screen === 'string' ? screen : `${screen.width}x${screen.height}`;
    await legend.screenshot({ path: path.join(SHOTS, `dashboard-legend-${lang}-${label}.png`) });
    const overlaps = await legend.evaluate((dl) =>
      [...dl.querySelectorAll('.light-legend__item')].flatMap((item) => {
        const badge = item.querySelector('dt .light-badge')!.getBoundingClientRect();
        const text = item.querySelector('dd')!.getBoundingClientRect();
        const card = dl.getBoundingClientRect();
        const over = Math.min(badge.right, text.right) - Math.max(badge.left, text.left);
        const problems: string[] = [];
        if (over > 0.5 && Math.min(badge.bottom, text.bottom) - Math.max(badge.top, text.top) > 0.5) problems.push(`${item.textContent}: badge over its text by ${over.toFixed(1)}px`);
        if (badge.left < card.left - 0.5 || badge.right > card.right + 0.5) problems.push(`${item.textContent}: badge outside the legend`);
        return problems;
      }),
    );
    expect(overlaps).toEqual([]);
    await page.context().close();
  });
});
