import type { Page } from 'playwright-core';
import type { Pledge } from '../../shared/schemas';
import type { Stage } from '../../shared/stage';
import { browserAndServer, newPage, openPage } from '../helpers/browser';
import { transparent } from '../helpers/png';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { audiencePhone, pledgeFor } from '../helpers/round';
import { WALL_PANEL, WALL_THEME_IDS, WALL_THEMES } from '../helpers/wall-measure';

/**
 * Every view of the wall on a real server, Redis and Chromium: the holding screen, the grid, the
 * spotlight (two walls following the console, turning together while it rotates), the ticker for
 * a stream, the word cloud, the full-screen breakdown, the console switching walls that did not
 * pick a view, the round's notices, speaking order, an online viewer's support buttons, and no
 * motion for those who asked for less. A screenshot of each view lands in /tmp/wall-view-*.png.
 */

const FRAME = { width: 1920, height: 1080 };
const THEMES = WALL_THEMES;
const THEME_IDS = WALL_THEME_IDS;
const PANEL = WALL_PANEL.slice(0, 5);
const TEXTS = [
  'We will connect forty rural schools to community networks before the next IGF, and publish the coverage data openly.',
  'Our ministry will publish every spectrum licence and its conditions as open data, and consult the public on rural connectivity rules.',
  'LACNIC will train two hundred network operators in routing security across the region, with open training materials in Spanish and Portuguese.',
  'We commit to publishing our data governance principles and an annual transparency report on government data requests, starting this year.',
  'Our university will host an open course on Internet governance for students from every faculty, free of charge, with community networks as a case study.',
];
const AUDIENCE_TEXT = 'I will run a digital safety workshop for girls in my school and share the materials online.';
const PROMPT = 'Name one commitment you will deliver before the next IGF.';

const viewOf = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') ?? (document.querySelector('[data-testid="wall-ticker"]') ? 'ticker' : null));
const waitView = (page: Page, view: string, timeout = 5000) =>
  page.waitForFunction((v) => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') === v, view, { timeout });
const spotlit = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="wall-spotlight"]')?.getAttribute('data-pledge') ?? null);
const settle = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => setTimeout(r, 900))));
const shot = async (page: Page, name: string, omitBackground = false) => {
  await settle(page);
  await page.screenshot({ path: `/tmp/wall-view-${name}.png`, omitBackground });
};

/** Animations still running (finished ones, and none at all, are fine). */
const running = (page: Page) =>
  page.evaluate(() => document.getAnimations().filter((a) => a.playState !== 'finished').map((a) => (a as CSSAnimation).animationName ?? 'transition'));

describe('wall views', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  const errors: string[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let room: Awaited<ReturnType<typeof sessionInEvent>>;
  let wallUrl: string;
  let projector: Page;
  /** Every pledge, as the server stored it, oldest first (the spotlight's order). */
  const pledges: Pledge[] = [];

  beforeAll(async () => {
    room = await sessionInEvent(env.server, { name: 'IGF 2026', themes: THEMES }, { title: 'Commitments to Action: a Digital Future for All', code: 'MS #4', panelists: PANEL });
    sockets.push(room.moderator);
    wallUrl = room.created.links.wall;
  }, 30_000);

  afterAll(() => expect(errors).toEqual([]));

  test('holding screen before the round opens, and until the first pledge', async () => {
    projector = await openPage(env.browser, wallUrl, errors, FRAME);
    await waitView(projector, 'holding');
    await projector.getByRole('heading', { name: 'Commitments to Action: a Digital Future for All' }).waitFor();
    await projector.getByTestId('wall-qr').waitFor();
    expect(await projector.getByTestId('wall-holding').innerText()).toContain('Pledges will appear here');
    // The QR code is large enough to scan from the back rows.
    const qr = await projector.getByTestId('wall-qr').boundingBox();
    expect(qr!.width).toBeGreaterThan(400);
    await shot(projector, 'holding');

    // Open, with a countdown that closes the round: still the holding screen, with the question.
    await room.moderator.sendOk('round:open', { prompt: PROMPT, pledgers: 'panel-and-audience', moderation: 'none', countdownSeconds: 1800, autoClose: true });
    await projector.getByText(PROMPT).waitFor();
    expect(await viewOf(projector)).toBe('holding');
    expect(await projector.getByTestId('countdown').innerText()).toMatch(/Round closes in/i);
    await projector.waitForFunction(() => document.querySelector('[data-testid="wall-announcer"]')?.textContent?.includes('The round is open'));
    await shot(projector, 'holding-open');
  }, 60_000);

  test('the grid once pledges arrive', async () => {
    for (const [i, text] of TEXTS.entries()) {
      const body = { ...pledgeFor(text), themes: [THEME_IDS[i % THEME_IDS.length]!, THEME_IDS[(i + 2) % THEME_IDS.length]!] };
      const { ack } = await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[i]!.id, body, sockets);
      pledges.push(ack.pledge as Pledge);
      if (i === 0) await waitView(projector, 'grid');
    }
    const guest = await audiencePhone(env.server.url, room.created.sessionId, { presence: 'onsite', name: 'Grace Mwangi', organization: 'Nairobi Girls Code Club' });
    sockets.push(guest.phone);
    const ack = await guest.phone.sendOk('pledge:submit', { ...pledgeFor(AUDIENCE_TEXT, { capacity: 'individual' }), stakeholderGroup: 'Individual', themes: [THEME_IDS[2]] });
    pledges.push(ack.pledge as Pledge);
    pledges.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

    await projector.getByTestId(`pledge-${pledges[pledges.length - 1]!.id}`).waitFor();
    await projector.getByTestId('wall-counter').filter({ hasText: '6 pledges' }).waitFor();
    // New pledges are announced politely to screen readers.
    await projector.waitForFunction(() => document.querySelector('[data-testid="wall-announcer"]')?.textContent?.includes('New pledge from Grace Mwangi'));
    await shot(projector, 'grid');
  }, 60_000);

  test('the spotlight: two walls show it full screen, follow next, rotate together, and go back to the grid', async () => {
    const second = await openPage(env.browser, wallUrl, errors, FRAME);
    await waitView(second, 'grid');
    const walls = [projector, second];
    const both = async () => Promise.all(walls.map(spotlit));

    await room.moderator.sendOk('stage:spotlight', { pledgeId: pledges[1]!.id, rotateSeconds: null });
    await Promise.all(walls.map((w) => waitView(w, 'spotlight')));
    expect(await both()).toEqual([pledges[1]!.id, pledges[1]!.id]);
    expect(await projector.getByTestId('wall-spotlight-position').innerText()).toBe(`2 of ${pledges.length}`);
    expect(await projector.getByTestId('wall-spotlight-who').innerText()).toContain(PANEL[1]!.name);
    // Huge and whole: the text is large and nothing of it is cut.
    const fit = await projector.evaluate(() => {
      const box = document.querySelector('.spotlight__box')!.getBoundingClientRect();
      const text = document.querySelector('[data-testid="wall-spotlight-text"]')!;
      const r = text.getBoundingClientRect();
      return { size: parseFloat(getComputedStyle(text).fontSize), inside: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1 };
    });
    expect(fit.inside).toBe(true);
    expect(fit.size).toBeGreaterThanOrEqual(60);
    await shot(projector, 'spotlight');

    // Next: the console names the neighbour; both walls follow.
    await room.moderator.sendOk('stage:spotlight', { pledgeId: pledges[2]!.id, rotateSeconds: null });
    await Promise.all(walls.map((w) => w.waitForFunction((id) => document.querySelector('[data-testid="wall-spotlight"]')?.getAttribute('data-pledge') === id, pledges[2]!.id)));

    // Rotation every 5 s: each wall works the current pledge out from the stage and the clock.
    const { stage } = (await room.moderator.sendOk('stage:spotlight', { pledgeId: pledges[3]!.id, rotateSeconds: 5 })) as { stage: Stage };
    const since = stage.spotlight!.since;
    const at = async (ms: number) => {
      const wait = since + ms - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return both();
    };
    expect(await at(1500)).toEqual([pledges[3]!.id, pledges[3]!.id]);
    await projector.getByTestId('wall-spotlight-turn').waitFor();
    await shot(projector, 'spotlight-rotating');
    expect(await at(6500)).toEqual([pledges[4]!.id, pledges[4]!.id]);
    // The last one wraps around to the first.
    expect(await at(11_500)).toEqual([pledges[5]!.id, pledges[5]!.id]);
    expect(await at(16_500)).toEqual([pledges[0]!.id, pledges[0]!.id]);
    expect(await projector.getByTestId('wall-spotlight-position').innerText()).toBe(`1 of ${pledges.length}`);

    await room.moderator.sendOk('stage:spotlight', { pledgeId: null, rotateSeconds: null });
    await Promise.all(walls.map((w) => waitView(w, 'grid')));
    await second.context().close();
  }, 60_000);

  test('the console switches walls that did not pick a view; a wall that did keeps it', async () => {
    const pinned = await openPage(env.browser, `${wallUrl}?view=grid`, errors, FRAME);
    await waitView(pinned, 'grid');
    await room.moderator.sendOk('stage:wall', { view: 'cloud' });
    await waitView(projector, 'cloud');
    await pinned.waitForTimeout(1000);
    expect(await viewOf(pinned)).toBe('grid');

    // The cloud: words sized by count, none over another, all on screen; the top words as a list.
    const cloud = await projector.evaluate(() => {
      const words = [...document.querySelectorAll<HTMLElement>('.cloud__word')].map((w) => ({ word: w.textContent!, count: Number(w.dataset.count), r: w.getBoundingClientRect(), size: parseFloat(getComputedStyle(w).fontSize) }));
      const overlaps: string[] = [];
      for (const [i, a] of words.entries())
        for (const b of words.slice(i + 1)) {
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 1 && y > 1) overlaps.push(`${a.word}/${b.word}`);
        }
      const off = words.filter((w) => w.r.left < 0 || w.r.top < 0 || w.r.right > innerWidth || w.r.bottom > innerHeight).map((w) => w.word);
      const list = [...document.querySelectorAll('[data-testid="wall-cloud-list"] li')].map((li) => li.textContent);
      return { words, overlaps, off, list };
    });
    expect(cloud.words.length).toBeGreaterThan(20);
    expect(cloud.overlaps).toEqual([]);
    expect(cloud.off).toEqual([]);
    const top = cloud.words.reduce((a, b) => (b.count > a.count ? b : a));
    const rare = cloud.words.reduce((a, b) => (b.count < a.count ? b : a));
    expect(top.size).toBeGreaterThan(rare.size * 2);
    expect(cloud.list[0]).toMatch(new RegExp(`^${top.word}: ${top.count} times$`));
    expect(cloud.words.map((w) => w.word)).not.toContain('will');
    await shot(projector, 'cloud');

    // The ticker chosen for every wall: the projector keeps its dark room, the strip at the
    // bottom (only a page opened as the ticker, a stream's overlay, is transparent).
    await room.moderator.sendOk('stage:wall', { view: 'ticker' });
    await waitView(projector, 'ticker');
    await projector.getByTestId('wall-ticker').waitFor();
    const room_ = await projector.evaluate(() => ({
      transparent: document.documentElement.classList.contains('wall-transparent'),
      corner: getComputedStyle(document.elementFromPoint(10, 10)!).backgroundColor,
      strip: Math.round(document.querySelector('[data-testid="wall-ticker"]')!.getBoundingClientRect().bottom),
    }));
    expect(room_).toEqual({ transparent: false, corner: 'rgb(11, 18, 34)', strip: FRAME.height });
    await shot(projector, 'ticker-on-projector');

    await room.moderator.sendOk('stage:wall', { view: 'auto' });
    await waitView(projector, 'grid');
    await pinned.context().close();
  }, 60_000);

  test('the breakdown: counts by stakeholder group and theme, totals, the audience', async () => {
    const page = await openPage(env.browser, `${wallUrl}?view=breakdown`, errors, FRAME);
    await waitView(page, 'breakdown');
    const counts = await page.evaluate(() => ({
      total: document.querySelector('[data-testid="wall-breakdown-total"]')?.getAttribute('data-count'),
      groups: Object.fromEntries([...document.querySelectorAll('[data-testid="wall-breakdown-groups"] li')].map((li) => [li.getAttribute('data-key'), Number(li.getAttribute('data-count'))])),
      themes: Object.fromEntries([...document.querySelectorAll('[data-testid="wall-breakdown-themes"] li')].map((li) => [li.getAttribute('data-key'), Number(li.getAttribute('data-count'))])),
      audience: document.querySelector('[data-testid="wall-breakdown-audience"]')?.textContent,
      scroll: document.documentElement.scrollHeight > innerHeight,
    }));
    expect(counts.total).toBe(String(pledges.length));
    expect(counts.groups).toEqual({
      Government: 1,
      'Private Sector': 1,
      'Technical Community': 1,
      'Intergovernmental Organization': 0,
      'Civil Society': 1,
      Academia: 1,
      Individual: 1,
    });
    const themes = Object.fromEntries(THEME_IDS.map((id) => [id, pledges.filter((p) => p.themes.includes(id)).length]));
    expect(counts.themes).toEqual(themes);
    expect(counts.audience).toBe('Joined: 1 in the room · 0 online');
    expect(counts.scroll).toBe(false);
    await shot(page, 'breakdown');
    await page.context().close();
  }, 30_000);

  test('the ticker: a strip at the bottom of a transparent page, no scrollbar, no focus, moving', async () => {
    const page = await openPage(env.browser, `${wallUrl}?view=ticker`, errors, FRAME);
    await page.getByTestId('wall-ticker').waitFor();
    await page.locator('.ticker__track[data-running]').waitFor();
    const look = await page.evaluate(() => {
      const strip = document.querySelector('.ticker__strip')!.getBoundingClientRect();
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 3);
      return {
        html: getComputedStyle(document.documentElement).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        root: getComputedStyle(document.getElementById('root')!).backgroundColor,
        scrollbars: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
        overflow: getComputedStyle(document.documentElement).overflow,
        strip: { top: strip.top / innerHeight, bottom: strip.bottom, height: strip.height / innerHeight },
        above: hit?.tagName.toLowerCase(),
        focused: document.activeElement === document.body || document.activeElement === null,
        animations: document.getAnimations().map((a) => (a as CSSAnimation).animationName),
        items: document.querySelectorAll('.ticker__group:first-child .ticker__item').length,
        qr: document.querySelectorAll('[data-testid="wall-qr"], img').length,
      };
    });
    expect(look.html).toBe('rgba(0, 0, 0, 0)');
    expect(look.body).toBe('rgba(0, 0, 0, 0)');
    expect(look.root).toBe('rgba(0, 0, 0, 0)');
    expect(look.scrollbars).toBe(false);
    expect(look.overflow).toBe('hidden');
    expect(look.strip.bottom).toBe(FRAME.height);
    expect(look.strip.height).toBeCloseTo(0.15, 2);
    expect(['html', 'body', 'div']).toContain(look.above);
    expect(look.focused).toBe(true);
    expect(look.animations).toContain('ticker-scroll');
    expect(look.items).toBe(pledges.length);
    expect(look.qr).toBe(0);
    // Nothing is painted above the strip: the top of the frame is fully transparent.
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: FRAME.width, height: 800 } });
    expect(transparent(png)).toBe(true);
    await shot(page, 'ticker', true);
    await page.context().close();
  }, 30_000);

  test('last call, the speaker called, and the grid in speaking order', async () => {
    await room.moderator.sendOk('round:last-call', {});
    await projector.getByTestId('wall-last-call').filter({ hasText: 'Last call for pledges' }).waitFor();

    const lucia = room.panelists[2]!;
    await room.moderator.sendOk('stage:call', { panelistId: lucia.id });
    await projector.getByTestId('wall-speaker').filter({ hasText: `Speaking now: ${lucia.name}` }).waitFor();
    const luciaPledge = pledges.find((p) => p.participantId === lucia.id)!;
    await projector.locator(`[data-testid="pledge-${luciaPledge.id}"][data-speaking]`).waitFor();
    expect(await projector.locator('[data-speaking]').count()).toBe(1);

    // Speaking order: the last panelist first; the grid fills in that order, the audience after.
    const order = [...room.panelists].reverse().map((p) => p.id);
    await room.moderator.sendOk('stage:order', { panelistIds: order });
    await room.moderator.sendOk('stage:wall', { order: 'speakers' });
    const expected = [...order.map((id) => pledges.find((p) => p.participantId === id)!.id), ...pledges.filter((p) => p.authorRole === 'audience').map((p) => p.id).reverse()];
    await projector.waitForFunction(
      (want) => [...document.querySelectorAll('[data-testid="wall-pledge-list"] > [data-testid^="pledge-"]')].map((c) => c.getAttribute('data-testid')!.slice(7)).join() === want.join(),
      expected,
    );
    await shot(projector, 'grid-speakers');

    await room.moderator.sendOk('stage:call', { panelistId: null });
    await projector.getByTestId('wall-speaker').waitFor({ state: 'detached' });
    expect(await projector.locator('[data-speaking]').count()).toBe(0);
    await room.moderator.sendOk('stage:wall', { order: 'time' });
  }, 30_000);

  test('an online viewer supports pledges from the wall; the projector shows no buttons', async () => {
    const viewer = await openPage(env.browser, `${wallUrl}?viewer=1`, errors, FRAME);
    await waitView(viewer, 'grid');
    // A pledge on the page the wall shows now (the others are on its next page).
    const shown = viewer.locator('[data-testid^="support-button-"]:visible').first();
    await shown.waitFor();
    const first = (await shown.getAttribute('data-testid'))!.slice('support-button-'.length);
    expect(pledges.map((p) => p.id)).toContain(first);
    expect(await viewer.locator('[data-testid^="support-button-"]').count()).toBe(pledges.length);
    expect(await projector.locator('[data-testid^="support-button-"]').count()).toBe(0);
    await viewer.getByTestId(`support-button-${first}`).click();
    await viewer.locator(`[data-testid="support-${first}"][data-pressed="true"][data-count="1"]`).waitFor();
    // The projector shows the count, in words.
    await projector.locator(`[data-testid="pledge-${first}"] .pledge-card__supporters`).filter({ hasText: /^1 supporter$/ }).waitFor();
    // The same viewer after a reload: its token is kept in this browser, so it still supports it.
    await viewer.reload();
    await viewer.locator(`[data-testid="support-${first}"][data-pressed="true"][data-count="1"]`).waitFor();
    const token = await viewer.evaluate((id) => localStorage.getItem(`pledge-round:viewer:${id}`), room.created.sessionId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    await shot(viewer, 'viewer');

    // In the spotlight, the viewer's wall has the button, the projector the count in words.
    await shot(projector, 'grid-supporters');
    await room.moderator.sendOk('stage:spotlight', { pledgeId: first, rotateSeconds: null });
    await viewer.getByTestId('wall-spotlight').getByTestId(`support-button-${first}`).waitFor();
    await projector.getByTestId('wall-spotlight-supporters').filter({ hasText: '1 supporter' }).waitFor();
    await shot(viewer, 'viewer-spotlight');

    // On a phone: the same, in the page's flow, nothing wider than the screen, the text readable.
    const phone = await openPage(env.browser, `${wallUrl}?viewer=1`, errors, 'phone');
    await phone.getByTestId('wall-spotlight').getByTestId(`support-button-${first}`).waitFor();
    await settle(phone);
    const small = await phone.evaluate(() => ({
      overflow: Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)) - innerWidth,
      text: parseFloat(getComputedStyle(document.querySelector('[data-testid="wall-spotlight-text"]')!).fontSize),
    }));
    expect(small.overflow).toBeLessThanOrEqual(0);
    expect(small.text).toBeGreaterThanOrEqual(20);
    await phone.screenshot({ path: '/tmp/wall-view-viewer-phone-spotlight.png', fullPage: true });
    await room.moderator.sendOk('stage:spotlight', { pledgeId: null, rotateSeconds: null });
    await waitView(phone, 'grid');
    expect(await phone.evaluate(() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)) - innerWidth)).toBeLessThanOrEqual(0);
    // The countdown and the pledges come first on the phone, a support button on the first screen,
    // the join box after the pledges; no QR code to scan.
    await phone.evaluate(() => window.scrollTo(0, 0));
    const firstScreen = await phone.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
      return {
        button: document.querySelector('[data-testid^="support-button-"]')!.getBoundingClientRect().bottom <= innerHeight,
        qr: [...document.querySelectorAll<HTMLElement>('.wall__qr')].some((q) => q.getBoundingClientRect().height > 0),
        countdownFirst: top('.countdown--wall') < top('[data-testid="wall-pledge-list"]'),
        joinAfter: top('.wall__join') > top('[data-testid="wall-pledge-list"]'),
      };
    });
    expect(firstScreen).toEqual({ button: true, qr: false, countdownFirst: true, joinAfter: true });
    await phone.screenshot({ path: '/tmp/wall-view-viewer-phone.png', fullPage: true });
    await phone.context().close();
    await viewer.context().close();
  }, 30_000);

  test('with reduced motion nothing moves in any view', async () => {
    await room.moderator.sendOk('stage:call', { panelistId: room.panelists[0]!.id });
    await room.moderator.sendOk('stage:spotlight', { pledgeId: pledges[0]!.id, rotateSeconds: 5 });
    // The six views side by side, each on its own page: watched at the same time, not one after another.
    const views = ['holding', 'grid', 'spotlight', 'ticker', 'cloud', 'breakdown'];
    const seen = Object.fromEntries(
      await Promise.all(
        views.map(async (view) => {
          const page = await newPage(env.browser, `${view} (reduced motion)`, errors, FRAME);
          await page.emulateMedia({ reducedMotion: 'reduce' });
          await page.goto(`${wallUrl}?view=${view}`);
          // Six pages load at once: each may take longer to show its view than one alone.
          if (view === 'ticker') await page.getByTestId('wall-ticker').waitFor({ timeout: 20_000 });
          else await waitView(page, view, 20_000);
          await settle(page);
          const moving = new Set<string>();
          for (let i = 0; i < 10; i++) {
            (await running(page)).forEach((name) => moving.add(name));
            await page.waitForTimeout(100);
          }
          if (view === 'ticker') {
            // One pledge at a time, standing still.
            expect(await page.locator('.ticker__item').count()).toBe(1);
            await shot(page, 'ticker-reduced-motion', true);
          }
          await page.context().close();
          return [view, [...moving]] as const;
        }),
      ),
    );
    expect(seen).toEqual({ holding: [], grid: [], spotlight: [], ticker: [], cloud: [], breakdown: [] });
    await room.moderator.sendOk('stage:spotlight', { pledgeId: null, rotateSeconds: null });
    await room.moderator.sendOk('stage:call', { panelistId: null });
  }, 60_000);
});
