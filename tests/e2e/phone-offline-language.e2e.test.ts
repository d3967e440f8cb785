import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ar } from '../../client/i18n/ar';
import { ensureClientBuilt, SHOTS } from '../helpers/browser';
import { inviteLink } from '../helpers/phone-page';
import { dropPrefix } from '../helpers/redis';
import { setupSession } from '../helpers/round';
import { launchPhoneProfile } from '../helpers/phone-profile';
import { startServer } from '../helpers/server';

/**
 * The phone's app shell keeps the phone's strings in every language (vite.config.ts): a phone in
 * Arabic, reopened with no network after the browser was closed, opens in Arabic, right to left.
 */
test('a phone in Arabic reopened offline stays in Arabic', async () => {
  const clientDir = ensureClientBuilt();
  let server: Awaited<ReturnType<typeof startServer>> | null = await startServer({ clientDir });
  const prefix = server.prefix;
  const profile = mkdtempSync(path.join(tmpdir(), 'phone-profile-'));
  const pageErrors: string[] = [];
  const launch = () => launchPhoneProfile(profile, pageErrors);
  let context: BrowserContext | null = null;
  const { created, moderator, panelists } = await setupSession(server);
  try {
    expect((await moderator.send('round:open', {})).ok).toBe(true);
    const amina = panelists[0]!;
    const first = await launch();
    context = first.context;
    // `?lang=ar` is also remembered as this phone's choice.
    const link = new URL(inviteLink(created, amina.id));
    link.searchParams.set('lang', 'ar');
    await first.page.goto(link.href);
    await first.page.getByText(ar['phone.form.textLabel']).waitFor();
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    // Only the app shell counts: the browser's own HTTP cache may be gone by the time the phone reopens the page.
    await (await context.newCDPSession(first.page)).send('Network.clearBrowserCache');

    await context.close();
    context = null;
    moderator.close();
    await server.close();
    server = null;

    const again = await launch();
    context = again.context;
    await context.setOffline(true);
    await again.page.goto(`${link.origin}/i/${created.sessionId}/${amina.id}`);
    await again.page.getByTestId('pledge-text').waitFor({ timeout: 15_000 });
    expect(await again.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await again.page.getByText(ar['phone.form.textLabel']).waitFor();
    await again.page.screenshot({ path: path.join(SHOTS, 'phone-offline-arabic.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  } finally {
    moderator.close();
    await context?.close();
    await server?.close();
    await dropPrefix(prefix);
    rmSync(profile, { recursive: true, force: true });
  }
}, 90_000);
