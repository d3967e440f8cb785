import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { NetworkCut } from './proxy';
import { dropPrefix } from './redis';
import { startServer, type TestServer } from './server';

export const CLIENT_DIR = path.resolve(process.env.CLIENT_OUT_DIR ?? 'dist/client');
/** Screenshots of every page a browser test visits (git-ignored). */
export const SHOTS = path.resolve('test-artifacts');

/**
 * The built client the server serves; built here when a test runs without `npm test`. As a
 * production build: jest sets NODE_ENV=test, under which Vite would bundle React's development
 * build (four times the size, other warnings) instead of what users get.
 */
export function ensureClientBuilt(): string {
  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) execSync('npx vite build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  mkdirSync(SHOTS, { recursive: true });
  return CLIENT_DIR;
}

/** Debian's headless Chromium (never a downloaded browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/**
 * For a describe block: a real server on real Redis serving the built client, and a browser;
 * both started before its tests and closed after them. Read `.server` / `.browser` inside tests.
 */
export function browserAndServer(): { server: TestServer; browser: Browser } {
  const ctx = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    ctx.server = await startServer({ clientDir: ensureClientBuilt() });
    ctx.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
    if (ctx.server) await dropPrefix(ctx.server.prefix);
  });
  return ctx;
}

/**
 * `browserAndServer()`, and a relay to the server a test can cut (`.net`, see `NetworkCut`): pages
 * opened through `net.url` lose the network when it is cut, as a phone losing the venue Wi-Fi.
 */
export function browserServerAndNetwork(): { server: TestServer; browser: Browser; net: NetworkCut } {
  let net: NetworkCut | undefined;
  // Declared first, so it runs first (jest runs after-hooks in declaration order): the relay drops
  // its connections, silenced ones included, before the server waits for every connection to end.
  afterAll(() => net?.close());
  const ctx = browserAndServer() as { server: TestServer; browser: Browser; net: NetworkCut };
  beforeAll(async () => {
    net = ctx.net = new NetworkCut(Number(new URL(ctx.server.url).port));
    await ctx.net.start();
  });
  return ctx;
}

/** For a describe block: where its pages' errors go (`openPage`); after each test there must be none. */
export function pageErrors(): string[] {
  const errors: string[] = [];
  afterEach(() => {
    expect(errors).toEqual([]);
    errors.length = 0;
  });
  return errors;
}

/** A phone-sized screen (a common one, or the narrowest the phone page supports), or a desktop viewport. */
export type Screen = 'phone' | 'small-phone' | 'short-phone' | { width: number; height: number };

const PHONES = { phone: { width: 390, height: 844 }, 'small-phone': { width: 360, height: 740 }, 'short-phone': { width: 360, height: 640 } } as const;

/**
 * A fresh page (own context) on the given screen whose page errors and console errors are added to
 * `errors`, each prefixed with `label`. Not navigated yet: attach listeners first, then `goto`.
 * `options`: more of the context's options (say, service workers blocked).
 */
export async function newPage(browser: Browser, label: string, errors: string[], screen: Screen = 'phone', options: BrowserContextOptions = {}): Promise<Page> {
  const ctx = await browser.newContext({
    ...(typeof screen === 'string' ? { viewport: PHONES[screen], isMobile: true, hasTouch: true } : { viewport: screen }),
    ...options,
  });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
  return page;
}

/** `newPage`, opened at `url` (its errors prefixed with the address). */
export async function openPage(browser: Browser, url: string, errors: string[], screen: Screen = 'phone'): Promise<Page> {
  const page = await newPage(browser, url, errors, screen);
  await page.goto(url);
  return page;
}
