import path from 'node:path';
import { ar } from '../../client/i18n/ar';
import { SHOTS } from '../helpers/browser';
import { inviteLink } from '../helpers/phone-page';
import { offlinePhoneRig } from '../helpers/phone-profile';

/**
 * The phone's app shell keeps the phone's strings in every language (vite.config.ts): a phone in
 * Arabic, reopened with no network after the browser was closed, opens in Arabic, right to left.
 */
test('a phone in Arabic reopened offline stays in Arabic', async () => {
  const rig = await offlinePhoneRig();
  const { created, moderator, panelists, pageErrors } = rig;
  try {
    expect((await moderator.send('round:open', {})).ok).toBe(true);
    const amina = panelists[0]!;
    const first = await rig.open();
    // `?lang=ar` is also remembered as this phone's choice.
    const link = new URL(inviteLink(created, amina.id));
    link.searchParams.set('lang', 'ar');
    await first.page.goto(link.href);
    await first.page.getByText(ar['phone.form.textLabel']).waitFor();
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    // Only the app shell counts: the browser's own HTTP cache may be gone by the time the phone reopens the page.
    await (await first.context.newCDPSession(first.page)).send('Network.clearBrowserCache');

    await rig.goOffline();

    const again = await rig.open();
    await again.context.setOffline(true);
    await again.page.goto(`${link.origin}/i/${created.sessionId}/${amina.id}`);
    await again.page.getByTestId('pledge-text').waitFor({ timeout: 15_000 });
    expect(await again.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await again.page.getByText(ar['phone.form.textLabel']).waitFor();
    await again.page.screenshot({ path: path.join(SHOTS, 'phone-offline-arabic.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  } finally {
    await rig.cleanup();
  }
}, 90_000);
