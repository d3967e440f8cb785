import path from 'node:path';
import { SHOTS } from '../helpers/browser';
import { chooseCapacityIfAsked } from '../helpers/phone-page';
import { offlinePhoneRig, untilAppShellControls } from '../helpers/phone-profile';

/**
 * The phone's app shell (the service worker): a pledge being typed survives the phone locking,
 * the browser being closed and the page opened again with no network at all (the server gone
 * too): the page comes from the service worker's copy, the pledge from the phone's storage, and
 * the parts of the form loaded after it shows (the details' fields, the check before sending) too.
 */
describe('the phone page without a network after the browser was closed', () => {
  test('typed, locked, browser closed, reopened offline: the page opens from the app shell with the typed pledge', async () => {
    // One browser profile on disk, as a phone keeps it between launches.
    const rig = await offlinePhoneRig();
    const { pageErrors } = rig;
    try {
      const first = await rig.openSeated();
      const phone = first.page;
      const text = 'We will open our exchange point to every community network in the region by June.';
      await phone.getByTestId('pledge-text').fill(text);
      // Off the way to the form, the fields of "More details" and the saved pledge's words are
      // fetched in an idle moment once it shows, before anyone needs them.
      const later = [/\/assets\/PledgeDetailsFields-.*\.js$/, /\/assets\/phone-saved-.*\.js$/];
      await phone.waitForFunction(
        (sources) => {
          const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
          return sources.every((src) => loaded.some((u) => new RegExp(src).test(u)));
        },
        later.map((re) => re.source),
      );
      expect(await phone.getByTestId('pledge-details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);

      // The app shell is installed once the page has loaded, and then controls it.
      await untilAppShellControls(phone);
      const cached = await phone.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
        return urls;
      });
      expect(cached).toContain('/index.html');
      expect(cached.some((u) => /^\/assets\/PhoneView-.*\.js$/.test(u))).toBe(true);
      for (const re of later) expect(cached.some((u) => re.test(u))).toBe(true);
      // The API and Socket.IO are never kept.
      expect(cached.filter((u) => u.startsWith('/api/') || u.startsWith('/socket.io/'))).toEqual([]);

      // The phone locks (the page is frozen) and unlocks: the text is still there.
      const cdp = await first.context.newCDPSession(phone);
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
      await cdp.send('Page.setWebLifecycleState', { state: 'active' });
      expect(await phone.getByTestId('pledge-text').inputValue()).toBe(text);

      // The browser goes away, and so does the network: no server, the phone offline.
      await rig.goOffline();

      const again = await rig.reopenOffline();
      const box = again.page.getByTestId('pledge-text');
      await box.waitFor({ timeout: 15_000 });
      expect(await box.inputValue()).toBe(text);
      // It says it is not connected (it has not been since it opened).
      expect(['connecting', 'offline']).toContain(await again.page.getByTestId('connection-status').getAttribute('data-status'));
      await again.page.screenshot({ path: path.join(SHOTS, 'phone-app-shell-offline.png'), fullPage: true });
      // Offline, the details open with their fields and Submit shows the preview.
      await again.page.getByTestId('pledge-details-summary').click();
      await again.page.getByTestId('pledge-stakeholder-group').waitFor();
      await chooseCapacityIfAsked(again.page);
      await again.page.getByTestId('pledge-submit').click();
      await again.page.getByTestId('pledge-preview').waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await rig.cleanup();
    }
  }, 90_000);
});
