import type { Page } from 'playwright-core';
import type { Pledge } from '../../shared/schemas';
import { DEMO_SESSION } from '../../server/demo';
import { browserAndServer, newPage, openPage, type Screen } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { panelPledges, pledgeFor, setupSession } from '../helpers/round';
import { brokenWords, dotsStartingLines } from '../helpers/text-layout';

/**
 * The walls' words on a real server, Redis and Chromium, at phone, laptop and projector sizes:
 * where a pledge's details wrap, a " · " never starts a line; the word cloud and the breakdown
 * never break a word; the ticker's lines (a speaker's name, the join address) and the holding
 * screen's join code show whole; a speaker's name too long for the ticker's two lines takes a
 * smaller size instead of losing its end; the cloud's largest word, a very long one, stays inside
 * the wall. Screenshots in /tmp/wall-words-*.png.
 */

const FRAME = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
const TEXTS = [
  'We will connect forty rural schools to community networks before the next IGF.',
  'Our ministry will publish every spectrum licence and its conditions as open data.',
  'LACNIC will train two hundred network operators in routing security across the region.',
];
const PROMPT = 'Name one commitment you will deliver before the next IGF.';

const waitView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') === v, view, { timeout: 10_000 });
const settle = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => setTimeout(r, 900))));
const sizeOf = (screen: Screen) => (typeof screen === 'string' ? screen : `${screen.width}×${screen.height}`);

describe('the walls’ words', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  const errors: string[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));
  afterEach(() => {
    expect(errors).toEqual([]);
    errors.length = 0;
  });

  let room: Awaited<ReturnType<typeof sessionInEvent>>;
  const pledges: Pledge[] = [];
  beforeAll(async () => {
    // The demo session's panel: an organization long enough to wrap on a phone.
    room = await sessionInEvent(env.server, { name: 'IGF 2026' }, DEMO_SESSION);
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', { prompt: PROMPT });
    for (const [i, text] of TEXTS.entries()) pledges.push((await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[i]!.id, pledgeFor(text), sockets)).ack.pledge as Pledge);
  }, 30_000);

  /** A page of the room's wall with `query`, its view shown and its fonts in. */
  async function wall(query: string, screen: Screen, view: string, url = room.created.links.wall) {
    const page = await openPage(env.browser, `${url}${query}`, errors, screen);
    await waitView(page, view);
    await settle(page);
    return page;
  }

  test('where a pledge’s details wrap, a " · " ends a line and never starts one', async () => {
    const found: string[] = [];
    const look = async (page: Page, where: string, selector: string) => found.push(...(await dotsStartingLines(page, selector)).map((line) => `${where}: ${line}`));
    // An online viewer's cards on a phone, then the spotlight there.
    const viewer = await wall('?viewer=1', 'phone', 'grid');
    await look(viewer, 'viewer', '.pledge-card__who');
    await room.moderator.sendOk('stage:spotlight', { pledgeId: pledges[1]!.id, rotateSeconds: null });
    await waitView(viewer, 'spotlight');
    await look(viewer, 'viewer, spotlight', '[data-testid="wall-spotlight-who"]');
    await viewer.screenshot({ path: '/tmp/wall-words-viewer-spotlight.png', fullPage: true });
    await room.moderator.sendOk('stage:spotlight', { pledgeId: null, rotateSeconds: null });
    await viewer.context().close();
    // The projector's page in a phone-sized window, in English and in Arabic (right to left).
    for (const lang of ['en', 'ar']) {
      const narrow = await wall(`?view=grid&lang=${lang}`, 'phone', 'grid');
      await look(narrow, `grid [${lang}]`, '.pledge-card__who');
      await narrow.screenshot({ path: `/tmp/wall-words-grid-${lang}.png`, fullPage: true });
      await narrow.context().close();
    }
    expect(found).toEqual([]);
  }, 30_000);

  test('the word cloud and the breakdown keep every word whole: on a phone, and on a projector in Russian', async () => {
    // A cloud whose largest word is a long one, on a wall of its own.
    const long = await setupSession(env.server);
    sockets.push(long.moderator);
    await long.moderator.sendOk('round:open', {});
    const { phones } = await panelPledges(env.server.url, long.created.sessionId, [[long.panelists[0]!.id, 'Connectivity first: rural connectivity, school connectivity and the connectivity of clinics.']]);
    sockets.push(...phones);
    const looks: [url: string, view: string, lang: string, screen: Screen][] = [
      [room.created.links.wall, 'cloud', 'en', 'phone'],
      [long.created.links.wall, 'cloud', 'en', 'phone'],
      [room.created.links.wall, 'breakdown', 'en', 'phone'],
      [room.created.links.wall, 'breakdown', 'ru', 'phone'],
      [room.created.links.wall, 'breakdown', 'ru', FRAME],
    ];
    const broken: string[] = [];
    for (const [i, [url, view, lang, screen]] of looks.entries()) {
      const page = await wall(`?view=${view}&lang=${lang}`, screen, view, url);
      const where = `${view} [${lang}, ${sizeOf(screen)}]`;
      broken.push(...(await brokenWords(page, '.wall__main')).map((word) => `${where}: ${word}`));
      // Nothing wider than the screen either: a word too wide for its place makes the figure scale down.
      if ((await page.evaluate(() => document.documentElement.scrollWidth)) > page.viewportSize()!.width) broken.push(`${where}: wider than the screen`);
      await page.screenshot({ path: `/tmp/wall-words-${i}-${view}-${lang}.png`, fullPage: true });
      await page.context().close();
    }
    expect(broken).toEqual([]);
  }, 30_000);

  test('a very long word, the cloud’s largest, shows whole inside the wall on a laptop and a projector', async () => {
    const word = 'Breitbandinfrastrukturförderung';
    const long = await setupSession(env.server);
    sockets.push(long.moderator);
    await long.moderator.sendOk('round:open', {});
    // A wall already showing the cloud when the pledges come, and one opened after them (right to left).
    const early = await wall('?view=cloud', LAPTOP, 'cloud', long.created.links.wall);
    const texts = long.panelists.map((_, i) => `${word}: ${word} for schools, ${word} for clinics, ${word} everywhere. ${TEXTS[i % TEXTS.length]}`);
    const { phones } = await panelPledges(env.server.url, long.created.sessionId, long.panelists.map((p, i) => [p.id, texts[i]!] as const));
    sockets.push(...phones);
    await early.waitForFunction((w) => document.querySelector('.cloud__word[data-tone="0"]')?.textContent === w.toLowerCase(), word);
    await settle(early);
    const off: string[] = [];
    for (const size of [LAPTOP, FRAME]) {
      const page = size === LAPTOP ? early : await wall('?view=cloud&lang=ar', size, 'cloud', long.created.links.wall);
      off.push(
        ...(await page.evaluate(() => {
          const box = document.querySelector('.cloud__box')!.getBoundingClientRect();
          const [left, right] = [Math.max(0, box.left), Math.min(innerWidth, box.right)];
          return [...document.querySelectorAll<HTMLElement>('.cloud__word')].flatMap((w) => {
            const r = w.getBoundingClientRect();
            return r.left < left - 1 || r.right > right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1 ? [`"${w.textContent}" spans ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(left)}–${Math.round(right)}`] : [];
          });
        })).map((w) => `${sizeOf(size)}: ${w}`),
      );
      await page.screenshot({ path: `/tmp/wall-words-cloud-long-${size.width}.png` });
      await page.context().close();
    }
    expect(off).toEqual([]);
  }, 30_000);

  test('the ticker shows a speaker’s whole name and the whole join address, in English and Russian', async () => {
    const kenji = room.panelists[1]!;
    await room.moderator.sendOk('stage:call', { panelistId: kenji.id });
    const cut: string[] = [];
    for (const lang of ['en', 'ru']) {
      const strip = await openPage(env.browser, `${room.created.links.wall}?view=ticker&lang=${lang}`, errors, FRAME);
      await strip.getByTestId('wall-ticker-head').filter({ hasText: kenji.name }).waitFor();
      await settle(strip);
      cut.push(
        ...(await strip.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.ticker__head, .ticker__join')].flatMap((line) =>
            line.scrollWidth > line.clientWidth + 1 || line.scrollHeight > line.clientHeight + 1 ? [`${document.documentElement.lang}: "${line.textContent}" is cut`] : [],
          ),
        )),
      );
      await strip.screenshot({ path: `/tmp/wall-words-ticker-${lang}.png`, omitBackground: true });
      await strip.context().close();
    }
    await room.moderator.sendOk('stage:call', { panelistId: null });
    expect(cut).toEqual([]);
  }, 30_000);

  test('the ticker shows a long name whole: the speaker’s, and who pledged, moving and still', async () => {
    const name = 'María Fernanda de los Ángeles Rodríguez-Montenegro Castañeda';
    const organization = 'Ministry of Posts, Telecommunications and the Digital Economy';
    const long = await setupSession(env.server, { ...DEMO_SESSION, panelists: [{ name, organization, stakeholderGroup: 'Government', regionalGroup: 'GRULAC' }] });
    sockets.push(long.moderator);
    await long.moderator.sendOk('round:open', {});
    const { phones } = await panelPledges(env.server.url, long.created.sessionId, [[long.panelists[0]!.id, TEXTS[1]!]]);
    sockets.push(...phones);
    await long.moderator.sendOk('stage:call', { panelistId: long.panelists[0]!.id });
    const cut: string[] = [];
    for (const [size, motion] of [[FRAME, 'no-preference'], [LAPTOP, 'no-preference'], [FRAME, 'reduce'], [LAPTOP, 'reduce']] as const) {
      const strip = await newPage(env.browser, 'ticker', errors, size);
      await strip.emulateMedia({ reducedMotion: motion });
      await strip.goto(`${long.created.links.wall}?view=ticker`);
      await strip.locator('.ticker__who').first().waitFor();
      await settle(strip);
      const where = `${sizeOf(size)}${motion === 'reduce' ? ', still' : ''}`;
      cut.push(
        ...(await strip.evaluate(() => {
          const found: string[] = [];
          const head = document.querySelector<HTMLElement>('.ticker__head')!;
          if (head.scrollHeight > head.clientHeight + 1 || head.scrollWidth > head.clientWidth + 1) found.push(`"${head.textContent}" is cut`);
          // Who pledged: inside the strip's window, and no line of it cut off.
          const frame = document.querySelector('.ticker__still, .ticker__window')!.getBoundingClientRect();
          for (const who of document.querySelectorAll<HTMLElement>('.ticker__who')) {
            const r = who.getBoundingClientRect();
            if (r.top < frame.top - 1 || r.bottom > frame.bottom + 1) found.push(`"${who.textContent}" reaches past the strip`);
          }
          return found;
        })).map((c) => `${where}: ${c}`),
      );
      await strip.screenshot({ path: `/tmp/wall-words-ticker-long-${size.width}-${motion}.png`, omitBackground: true });
      await strip.context().close();
    }
    expect(cut).toEqual([]);
  }, 30_000);

  test('the holding screen keeps the join box whole under a title on two lines, a last call and a speaker', async () => {
    const busy = await setupSession(env.server, { ...DEMO_SESSION, title: 'Commitments to Action: Closing the Digital Divide in Rural Areas' });
    sockets.push(busy.moderator);
    await busy.moderator.sendOk('round:open', { prompt: PROMPT, countdownSeconds: 1800 });
    await busy.moderator.sendOk('round:last-call', {});
    await busy.moderator.sendOk('stage:call', { panelistId: busy.panelists[1]!.id });
    const cut: string[] = [];
    for (const [lang, size] of [['ru', FRAME], ['ru', LAPTOP], ['en', LAPTOP]] as const) {
      const page = await wall(`?lang=${lang}`, size, 'holding', busy.created.links.wall);
      await page.getByTestId('wall-speaker').waitFor();
      const seen = await page.evaluate(() => {
        const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
        const frame = document.querySelector<HTMLElement>('.wall')!;
        return { code: bottom('[data-testid="wall-join-code"]'), box: bottom('.wall__join'), screen: innerHeight, overflow: frame.scrollHeight - frame.clientHeight };
      });
      if (seen.code > seen.box || seen.box > seen.screen || seen.overflow > 1) cut.push(`${lang} ${sizeOf(size)}: ${JSON.stringify(seen)}`);
      await page.screenshot({ path: `/tmp/wall-words-holding-${lang}-${size.width}.png` });
      await page.context().close();
    }
    expect(cut).toEqual([]);
  }, 30_000);
});
