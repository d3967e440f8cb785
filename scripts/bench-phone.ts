/**
 * The phone on a slow link: `npm run bench:phone`
 *
 * Serves the built client (dist/client, or CLIENT_OUT_DIR) from the product's server on a
 * throwaway in-memory store and opens the phone's pages in Debian's Chromium, each run in a fresh
 * browser context (a cold cache, no service worker yet) on a 360 × 740 touch screen, with the
 * network shaped by Chromium's own emulation to the Slow-3G profile: 400 ms of latency, 400 kbit/s
 * down and up. Two times per run:
 *
 * - name list: the join link (`/j/<code>`) opened, "I'm on the panel" tapped as soon as it can be,
 *   until the panel's names are on screen and can be tapped;
 * - form: a panelist's invite link (`/i/…`) opened in an open round, until the pledge's text box
 *   can be typed in.
 *
 * The same pages are measured in the same run against a baseline: by default the same build sent
 * uncompressed (its brotli and gzip copies left out, as the server sent every file before), or
 * `--baseline-client DIR`, another build (e.g. an earlier release's) sent as it is. Runs alternate
 * between the two, after one unmeasured warm-up run each (the first pages of a new browser and
 * server are slower). Prints a table (median, p90, bytes on the wire) and, last, a one-line JSON
 * summary.
 *
 * Options: --runs N (default 5), --warmup N (default 1), --baseline-client DIR, --skip-baseline,
 * --waterfall (prints every request of the last measured run of this build's two pages: when it
 * started and ended, from the page's first request, and the bytes received), --lang L (opens the
 * pages in language L, `?lang=L`; default: the browser's English).
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { createApp, type App } from '../server/app';
import { DEMO_SESSION } from '../server/demo';
import { createRateLimits } from '../server/limits';
import { createLogger } from '../server/log';
import { MemoryStore } from '../server/store/memory';
import type { CreatedSession } from '../shared/http';
import { formatTable, median, percentile } from './lib/stats';
import { argValue, numberArg } from './lib/args';

const RUNS = numberArg('runs', 5);
const WARMUP = numberArg('warmup', 1);
const BASELINE_CLIENT = argValue('baseline-client');
const SKIP_BASELINE = process.argv.includes('--skip-baseline');
const WATERFALL = process.argv.includes('--waterfall');
const LANG = argValue('lang');
/** The page's address, in the language asked for. */
const inLanguage = (link: string) => {
  if (!LANG) return link;
  const url = new URL(link);
  url.searchParams.set('lang', LANG);
  return url.toString();
};

/** Slow-3G as Chromium's DevTools define it: 400 ms round trip, 400 kbit/s each way. */
const PROFILE = { latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 } as const;
const SCREEN = { width: 360, height: 740 } as const;
/** The target for the name list. */
const TARGET_NAMES_MS = 5000;
const WAIT_MS = 60_000;
const ADMIN_TOKEN = 'bench-phone-admin-token-0123456789';

const progress = (line: string) => process.stderr.write(`[bench:phone] ${line}\n`);

interface Target {
  label: string;
  url: string;
  app: App;
}

interface Load {
  ms: number;
  /** Bytes received (headers and bodies as sent), all requests / JavaScript only. */
  totalBytes: number;
  jsBytes: number;
  requests: Request[];
}

/** One request of a page: start and end in ms from the first request, bytes received. */
interface Request {
  url: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

async function startTarget(label: string, clientDir: string): Promise<Target> {
  const app = createApp(
    { store: new MemoryStore(), log: createLogger('silent') },
    { adminToken: ADMIN_TOKEN, clientDir, limits: createRateLimits({ scale: 100 }) },
  );
  const port = await app.listen(0, '127.0.0.1');
  return { label, url: `http://localhost:${port}`, app };
}

/** A session of the demo panel whose round is open (its moderator connected to open it). */
async function openSession(target: Target): Promise<{ created: CreatedSession; closeModerator(): void }> {
  const res = await fetch(`${target.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(DEMO_SESSION),
  });
  if (res.status !== 201) throw new Error(`creating the session failed: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as CreatedSession;
  const key = new URL(created.links.moderator).hash.replace('#key=', '');
  const socket = io(target.url, { auth: { role: 'moderator', sessionId: created.sessionId, key }, transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the moderator got no state')), 10_000);
    socket.once('session:state', () => {
      socket.emit('round:open', {}, (ack: { ok: boolean }) => {
        clearTimeout(timer);
        if (ack.ok) resolve();
        else reject(new Error(`round:open refused: ${JSON.stringify(ack)}`));
      });
    });
  });
  return { created, closeModerator: () => socket.close() };
}

/** A cold page on the slow link, counting the bytes it receives. */
async function slowPage(browser: Browser): Promise<{ page: Page; bytes(): Omit<Load, 'ms'>; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: SCREEN, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILE });
  const started = new Map<string, { url: string; at: number }>();
  const requests: Request[] = [];
  let origin: number | undefined;
  cdp.on('Network.requestWillBeSent', (e) => {
    origin ??= e.timestamp;
    started.set(e.requestId, { url: e.request.url, at: e.timestamp });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const req = started.get(e.requestId);
    if (!req || origin === undefined) return;
    requests.push({ url: req.url, startMs: (req.at - origin) * 1000, endMs: (e.timestamp - origin) * 1000, bytes: e.encodedDataLength });
  });
  const isJs = (r: Request) => /\.js(\?|$)/.test(r.url);
  const sum = (list: Request[]) => list.reduce((n, r) => n + r.bytes, 0);
  return {
    page,
    bytes: () => ({ totalBytes: sum(requests), jsBytes: sum(requests.filter(isJs)), requests: [...requests] }),
    close: () => context.close(),
  };
}

function printWaterfall(label: string, load: Load): void {
  console.log(`\n${label}: usable at ${Math.round(load.ms)} ms\n`);
  const rows = [...load.requests]
    .sort((a, b) => a.startMs - b.startMs)
    .map((r) => [new URL(r.url).pathname.slice(0, 60), Math.round(r.startMs), Math.round(r.endMs), (r.bytes / 1024).toFixed(1)]);
  console.log(formatTable(['request', 'start ms', 'end ms', 'KB'], rows));
}

/**
 * Milliseconds from the navigation's start until the page is ready: `readyAt` runs in the page
 * every frame and answers `performance.now()` once it is, false until then.
 */
async function timeUntil(page: Page, readyAt: () => number | false): Promise<number> {
  const handle = await page.waitForFunction(readyAt, undefined, { polling: 'raf', timeout: WAIT_MS });
  return (await handle.jsonValue()) as number;
}

/** `/j/<code>`: the panel's names, tappable (after "I'm on the panel" is tapped). */
async function nameList(browser: Browser, created: CreatedSession): Promise<Load> {
  const { page, bytes, close } = await slowPage(browser);
  try {
    await page.goto(inLanguage(created.links.join), { waitUntil: 'commit', timeout: WAIT_MS });
    // Looked for on every frame, then tapped: a locator waiting by itself looks only every 500 ms
    // after its first few tries, which would add up to half a second that is the tool's, not the page's.
    await timeUntil(page, () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="join-panel"]');
      return !!button && !button.disabled && button.getBoundingClientRect().height > 0 && performance.now();
    });
    await page.getByTestId('join-panel').click({ timeout: WAIT_MS });
    const ms = await timeUntil(page, () => {
      const names = [...document.querySelectorAll<HTMLButtonElement>('[data-testid^="pick-"]')];
      return names.length > 0 && names.every((b) => !b.disabled && b.getBoundingClientRect().height > 0) && performance.now();
    });
    return { ms, ...bytes() };
  } finally {
    await close();
  }
}

/** `/i/<session>/<panelist>`: the pledge's text box, ready for typing. */
async function pledgeForm(browser: Browser, created: CreatedSession, panelist: number): Promise<Load> {
  const { page, bytes, close } = await slowPage(browser);
  try {
    await page.goto(inLanguage(created.links.invites[panelist]!.link), { waitUntil: 'commit', timeout: WAIT_MS });
    const ms = await timeUntil(page, () => {
      const text = document.querySelector<HTMLTextAreaElement>('[data-testid="pledge-text"]');
      return !!text && !text.disabled && !text.readOnly && text.getBoundingClientRect().height > 0 && performance.now();
    });
    return { ms, ...bytes() };
  } finally {
    await close();
  }
}

async function measure(browser: Browser, target: Target): Promise<{ names: Load; form: Load }> {
  const { created, closeModerator } = await openSession(target);
  try {
    const names = await nameList(browser, created);
    const form = await pledgeForm(browser, created, 0);
    return { names, form };
  } finally {
    closeModerator();
  }
}

const kb = (bytes: number) => bytes / 1024;
const figures = (loads: Load[]) => ({
  medianMs: Math.round(median(loads.map((l) => l.ms))),
  p90Ms: Math.round(percentile(loads.map((l) => l.ms), 90)),
  totalKB: Math.round(kb(median(loads.map((l) => l.totalBytes)))),
  jsKB: Math.round(kb(median(loads.map((l) => l.jsBytes)))),
});

function ensureBuilt(clientDir: string): void {
  if (existsSync(path.join(clientDir, 'index.html'))) return;
  progress(`no built client in ${clientDir}: building it`);
  execSync('npx vite build', { stdio: ['ignore', process.stderr, process.stderr] });
}

/** The build as it was sent before it had compressed copies: the same files, without the .br and .gz. */
function uncompressedCopy(clientDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-phone-client-'));
  cpSync(clientDir, dir, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
  return dir;
}

async function main() {
  const clientDir = path.resolve(process.env.CLIENT_OUT_DIR ?? 'dist/client');
  ensureBuilt(clientDir);
  const copy = SKIP_BASELINE || BASELINE_CLIENT ? null : uncompressedCopy(clientDir);
  const targets: Target[] = [await startTarget('this build, compressed', clientDir)];
  if (!SKIP_BASELINE) {
    targets.push(await startTarget(BASELINE_CLIENT ? `baseline: ${BASELINE_CLIENT}` : 'same build, uncompressed', BASELINE_CLIENT ? path.resolve(BASELINE_CLIENT) : copy!));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results = new Map(targets.map((t) => [t, { names: [] as Load[], form: [] as Load[] }]));
  try {
    for (let run = 1; run <= WARMUP; run++) {
      for (const target of targets) await measure(browser, target);
      progress(`warm-up ${run}/${WARMUP} done`);
    }
    for (let run = 1; run <= RUNS; run++) {
      for (const target of targets) {
        const r = await measure(browser, target);
        results.get(target)!.names.push(r.names);
        results.get(target)!.form.push(r.form);
        progress(`run ${run}/${RUNS} ${target.label}: name list ${Math.round(r.names.ms)} ms, form ${Math.round(r.form.ms)} ms`);
      }
    }
  } finally {
    await browser.close();
    for (const t of targets) await t.app.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  }

  const rows: (string | number)[][] = [];
  const summaries = targets.map((target) => {
    const r = results.get(target)!;
    const names = figures(r.names);
    const form = figures(r.form);
    rows.push([target.label, 'name list (/j/)', names.medianMs, names.p90Ms, names.jsKB, names.totalKB]);
    rows.push([target.label, 'form (/i/)', form.medianMs, form.p90Ms, form.jsKB, form.totalKB]);
    return { label: target.label, names, form };
  });
  console.log(
    `\nThe phone on Slow-3G (${PROFILE.latency} ms latency, ${(PROFILE.downloadThroughput * 8) / 1000} kbit/s), ${SCREEN.width}×${SCREEN.height}, cold cache, ${RUNS} run(s), language ${LANG ?? 'en (the browser\'s)'}\n`,
  );
  console.log(formatTable(['served', 'usable', 'median ms', 'p90 ms', 'JS KB on the wire', 'all KB on the wire'], rows));
  const [ours, baseline] = summaries;
  const summary = {
    bench: 'phone',
    runs: RUNS,
    profile: { latencyMs: PROFILE.latency, kbps: (PROFILE.downloadThroughput * 8) / 1000 },
    viewport: `${SCREEN.width}x${SCREEN.height}`,
    lang: LANG ?? 'en',
    namesMedianMs: ours!.names.medianMs,
    namesP90Ms: ours!.names.p90Ms,
    formMedianMs: ours!.form.medianMs,
    formP90Ms: ours!.form.p90Ms,
    jsKB: ours!.names.jsKB,
    totalKB: ours!.names.totalKB,
    targetNamesMs: TARGET_NAMES_MS,
    baseline: baseline ? { label: baseline.label, namesMedianMs: baseline.names.medianMs, formMedianMs: baseline.form.medianMs, jsKB: baseline.names.jsKB, totalKB: baseline.names.totalKB } : null,
  };
  if (WATERFALL) {
    const r = results.get(targets[0]!)!;
    printWaterfall(`${targets[0]!.label}, name list, last run`, r.names.at(-1)!);
    printWaterfall(`${targets[0]!.label}, form, last run`, r.form.at(-1)!);
  }
  console.log(`\n${JSON.stringify(summary)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
