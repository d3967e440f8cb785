import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureClientBuilt } from './browser';
import { inviteLink } from './phone-page';
import { dropPrefix } from './redis';
import { setupSession } from './round';
import { startServer, type TestServer } from './server';

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

/** Resolves once the phone's app shell (the service worker) controls the page. */
export const untilAppShellControls = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

/**
 * A phone that will be reopened offline: a server serving the built client, a session with its
 * moderator, and one browser profile on disk. `open` launches the phone's browser on it;
 * `openSeated` opens the round and the first panelist's invite link on it (with `query` added);
 * `goOffline` closes that browser and stops the moderator and the server (no network at all
 * afterwards); `reopenOffline` launches it again offline on the phone's address; `cleanup` (in
 * `finally`) ends whatever is left.
 */
export async function offlinePhoneRig() {
  const started = await startServer({ clientDir: ensureClientBuilt() });
  let server: TestServer | null = started;
  const profile = mkdtempSync(path.join(tmpdir(), 'phone-profile-'));
  const pageErrors: string[] = [];
  let context: BrowserContext | null = null;
  const session = await setupSession(started);
  return {
    ...session,
    pageErrors,
    async open() {
      const launched = await launchPhoneProfile(profile, pageErrors);
      context = launched.context;
      return launched;
    },
    async openSeated(query: Record<string, string> = {}) {
      const ack = await session.moderator.send('round:open', {});
      if (!ack.ok) throw new Error(`round:open refused: ${JSON.stringify(ack)}`);
      const launched = await this.open();
      const link = new URL(inviteLink(session.created, session.panelists[0]!.id));
      for (const [k, v] of Object.entries(query)) link.searchParams.set(k, v);
      await launched.page.goto(link.href);
      return launched;
    },
    async reopenOffline() {
      const launched = await this.open();
      await launched.context.setOffline(true);
      await launched.page.goto(`${new URL(session.created.links.join).origin}/i/${session.created.sessionId}/${session.panelists[0]!.id}`);
      return launched;
    },
    async goOffline() {
      await context?.close();
      context = null;
      session.moderator.close();
      await server?.close();
      server = null;
    },
    async cleanup() {
      session.moderator.close();
      await context?.close();
      await server?.close();
      await dropPrefix(started.prefix);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
