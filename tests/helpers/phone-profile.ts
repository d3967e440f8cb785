import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * A phone-sized browser on one profile directory kept on disk, as a phone keeps its browser
 * between launches (service worker, cache and storage survive `context.close()`). Page errors
 * are added to `pageErrors`.
 */
export async function launchPhoneProfile(profile: string, pageErrors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page };
}
