import path from 'node:path';
import { ar } from '../../client/i18n/ar';
import { SHOTS } from '../helpers/browser';
import { offlinePhoneRig, untilAppShellControls } from '../helpers/phone-profile';

/**
 * The phone's app shell keeps the phone's strings in every language (vite.config.ts): a phone in
 * Arabic, reopened with no network after the browser was closed, opens in Arabic, right to left.
 */
test('a phone in Arabic reopened offline stays in Arabic', async () => {
  const rig = await offlinePhoneRig();
  const { pageErrors } = rig;
  try {
    // `?lang=ar` is also remembered as this phone's choice.
    const first = await rig.openSeated({ lang: 'ar' });
    await first.page.getByText(ar['phone.form.textLabel']).waitFor();
    await untilAppShellControls(first.page);
    // Only the app shell counts: the browser's own HTTP cache may be gone by the time the phone reopens the page.
    await (await first.context.newCDPSession(first.page)).send('Network.clearBrowserCache');

    await rig.goOffline();

    const again = await rig.reopenOffline();
    await again.page.getByTestId('pledge-text').waitFor({ timeout: 15_000 });
    expect(await again.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await again.page.getByText(ar['phone.form.textLabel']).waitFor();
    await again.page.screenshot({ path: path.join(SHOTS, 'phone-offline-arabic.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  } finally {
    await rig.cleanup();
  }
}, 90_000);
