import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, CLIENT_DIR } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { setupSession } from '../helpers/round';

/**
 * A phone in another language than English needs its `core` strings before its first render. On
 * a slow link they must already be on their way while the entry downloads (the phone's preload
 * script asks for them, resolving the language as the page will), not asked for once the entry
 * runs. An English phone, whose strings are in the entry, asks for none.
 */
describe('the phone asks for its language’s strings beside the entry', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  const manifest = () => JSON.parse(readFileSync(path.join(CLIENT_DIR, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const coreFile = (lang: string) => `/${manifest()[`i18n/${lang}/core.ts`]!.file}`;
  const allCores = () => ['fr', 'es', 'ar', 'zh', 'ru'].map(coreFile);

  /**
   * Opens the join link in a fresh phone whose browser prefers `browserLocale`, with the entry
   * chunk held back until a language chunk is asked for, or `holdMs` at most (a page that does not
   * preload its strings asks for them only once the entry runs, after that); answers the language
   * chunks it asked for, whether each was asked before the entry was let through, and the page.
   * Waiting for the request, not a fixed time, keeps a slow machine from looking like a page
   * that asks late.
   */
  async function open(url: string, browserLocale: string, holdMs: number): Promise<{ page: Page; asked: { file: string; beforeEntry: boolean }[]; errors: string[] }> {
    const context = await env.browser.newContext({ locale: browserLocale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let entryDelivered = false;
    const asked: { file: string; beforeEntry: boolean }[] = [];
    const cores = new Set(allCores());
    let coreAsked: () => void = () => {};
    const firstCore = new Promise<void>((resolve) => (coreAsked = resolve));
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname;
      if (!cores.has(file)) return;
      asked.push({ file, beforeEntry: !entryDelivered });
      coreAsked();
    });
    const entry = `/${Object.values(manifest()).find((c) => (c as { isEntry?: boolean }).isEntry)!.file}`;
    await page.route((u) => u.pathname === entry, async (route) => {
      let hold: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([firstCore, new Promise((r) => (hold = setTimeout(r, holdMs)))]);
      // A language chunk asked first: the hold's timer goes too (it would outlive the test by up to `holdMs`).
      clearTimeout(hold);
      entryDelivered = true;
      await route.continue();
    });
    await page.goto(url);
    await page.getByTestId('join-choice').waitFor();
    return { page, asked, errors };
  }

  test('a phone opened in French (?lang=fr) and one whose browser prefers Spanish ask for their strings before the entry arrives; an English one asks for none', async () => {
    const { created, moderator } = await setupSession(env.server);
    clients.push(moderator);
    const joinUrl = new URL(created.links.join);

    joinUrl.searchParams.set('lang', 'fr');
    const french = await open(joinUrl.toString(), 'en-US', 10_000);
    expect(french.asked).toEqual([{ file: coreFile('fr'), beforeEntry: true }]);
    // (French puts a narrow no-break space before the question mark.)
    expect((await french.page.locator('#join-title').innerText()).replace(/\s/g, ' ')).toBe('Comment participez-vous ?');
    expect(french.errors).toEqual([]);
    await french.page.context().close();

    joinUrl.searchParams.delete('lang');
    const spanish = await open(joinUrl.toString(), 'es-ES', 10_000);
    expect(spanish.asked).toEqual([{ file: coreFile('es'), beforeEntry: true }]);
    expect(await spanish.page.locator('#join-title').innerText()).toBe('¿Cómo participa?');
    expect(spanish.errors).toEqual([]);
    await spanish.page.context().close();

    const english = await open(joinUrl.toString(), 'en-GB', 1500);
    expect(english.asked).toEqual([]);
    expect(english.errors).toEqual([]);
    await english.page.context().close();
  }, 60_000);
});
