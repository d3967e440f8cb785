import type { Page } from 'playwright-core';
import type { Pledge } from '../../shared/schemas';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { settled, WALL_PANEL, WALL_THEME_IDS, WALL_THEMES } from '../helpers/wall-measure';

/**
 * The online viewer's wall on a laptop (1366×768), and the projector beside it: the breakdown
 * shows every stakeholder group the side panel has room for (here, with a speaker called, six
 * groups and five themes: the themes give way to the groups), and the language corner covers
 * nothing a viewer reads or presses (the spotlight's place in the sequence, its Support button,
 * the grid's cards and side panel), in English and Arabic (the corner on the other side), at
 * 1280×720 and 1920×1080 too.
 */

const THEMES = WALL_THEMES;
const THEME_IDS = WALL_THEME_IDS;
const PANEL = WALL_PANEL;
const TEXTS = [
  'We will connect forty rural schools to community networks before the next IGF.',
  'Our ministry will publish every spectrum licence and its conditions as open data.',
  'LACNIC will train two hundred network operators in routing security across the region.',
  'We will open our coverage maps to every municipality we serve, free of charge.',
  'Our university will host an open course on Internet governance for every faculty.',
  'We will translate our guidance on data protection into the six UN languages.',
];
const SCREENS = { laptop: { width: 1366, height: 768 }, small: { width: 1280, height: 720 }, projector: { width: 1920, height: 1080 } } as const;

/**
 * The breakdown as shown: how many rows of each list, whether the stakeholder groups leave some
 * out ("+N more"), and whether, while a list leaves rows out, a row would still fit under the last.
 */
const breakdown = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.wall__breakdown')!;
    const row = box.querySelector('li')!.getBoundingClientRect().height;
    const last = [...box.querySelectorAll('li')].pop()!.getBoundingClientRect().bottom;
    const hides = box.querySelector('.wall__tally-more') !== null;
    return {
      groups: document.querySelectorAll('[data-testid="wall-by-group"] li').length,
      groupsLeftOut: document.querySelector('[data-testid="wall-by-group-more"]') !== null,
      themes: document.querySelectorAll('[data-testid="wall-by-theme"] li').length,
      roomForAnotherRow: hides && box.getBoundingClientRect().bottom - last >= row * 1.3,
    };
  });

/**
 * What the page finds at the centre of each element (`elementFromPoint`, as a click would): the
 * names of those that are not that element or inside it.
 */
const covered = (page: Page, selectors: string[]) =>
  page.evaluate((list) => {
    return list.flatMap((selector) => {
      const el = document.querySelector(selector);
      if (!el) return [`${selector}: missing`];
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit && (hit === el || el.contains(hit)) ? [] : [`${selector} under ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`];
    });
  }, selectors);

/** What of the wall the corner's box overlaps: text, images and controls, by their text. */
const underCorner = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector('.lang-picker--corner')!.getBoundingClientRect();
    const wall = document.querySelector('[data-testid="wall"]')!;
    return [...wall.querySelectorAll<HTMLElement>('p, blockquote, h1, h2, li, span, img, button, a')]
      .filter((el) => !el.closest('.lang-picker--corner, .wall__fullscreen, .visually-hidden, [data-testid="wall-announcer"]'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
  });

/** The language corner's box, made visible by a mouse move (it is there, clickable, even while faded). */
const corner = async (page: Page) => {
  await page.mouse.move(10, 10);
  await page.mouse.move(20, 20);
  return page.locator('.lang-picker--corner').boundingBox();
};

describe('the online viewer’s wall on a laptop', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  const errors: string[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));
  afterEach(() => expect(errors.splice(0)).toEqual([]));

  let room: Awaited<ReturnType<typeof sessionInEvent>>;
  const pledges: Pledge[] = [];
  beforeAll(async () => {
    room = await sessionInEvent(env.server, { name: 'IGF 2026', themes: THEMES }, { title: 'Commitments to Action: a Digital Future for All', code: 'MS #4', panelists: PANEL });
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', { prompt: 'Name one commitment you will deliver before the next IGF.', countdownSeconds: 1800 });
    for (const [i, text] of TEXTS.entries()) {
      const body = { ...pledgeFor(text), themes: [THEME_IDS[i % THEME_IDS.length]!, THEME_IDS[(i + 2) % THEME_IDS.length]!] };
      const { ack } = await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[i]!.id, body, sockets);
      pledges.push(ack.pledge as Pledge);
    }
    // The speaker called: the header says so on a line of its own, the side panel has less room.
    await room.moderator.sendOk('stage:call', { panelistId: room.panelists[0]!.id });
  }, 60_000);

  const wall = (viewer: boolean, lang = 'en') => `${room.created.links.wall}?lang=${lang}${viewer ? '&viewer=1' : ''}`;

  test.each([
    ['viewer', true, 'laptop'],
    ['viewer', true, 'small'],
    ['viewer', true, 'projector'],
    ['projector', false, 'laptop'],
    ['projector', false, 'small'],
    ['projector', false, 'projector'],
  ] as const)('the %s wall (viewer: %s) at %s size shows every stakeholder group that fits in its breakdown', async (label, viewer, size) => {
    const page = await openPage(env.browser, wall(viewer), errors, SCREENS[size]);
    await page.getByTestId('wall-by-group').waitFor();
    await page.getByTestId(`pledge-${pledges[3]!.id}`).waitFor();
    await page.getByTestId('wall-speaker').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/wall-viewer-laptop-${label}-${size}.png` });
    const shown = await breakdown(page);
    // No list hides a row the panel has room for; a stakeholder group is left out only when the
    // themes are down to their first row.
    expect(shown.roomForAnotherRow).toBe(false);
    if (shown.groupsLeftOut) expect(shown.themes).toBeLessThanOrEqual(1);
    await page.context().close();
  }, 30_000);

  test.each([
    ['en', 'laptop'],
    ['ar', 'laptop'],
    ['en', 'small'],
    ['ar', 'small'],
    ['en', 'projector'],
    ['ar', 'projector'],
  ] as const)('in %s at %s size the language corner covers nothing: the spotlight’s position and Support button, the grid’s cards and side panel', async (lang, size) => {
    await room.moderator.sendOk('stage:spotlight', { pledgeId: pledges[0]!.id, rotateSeconds: null });
    const page = await openPage(env.browser, wall(true, lang), errors, SCREENS[size]);
    await page.getByTestId('wall-spotlight').getByTestId(`support-button-${pledges[0]!.id}`).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const box = await corner(page);
    await page.screenshot({ path: `${SHOTS}/wall-viewer-laptop-spotlight-${lang}-${size}.png` });
    expect(box).not.toBeNull();
    expect(await covered(page, ['[data-testid="wall-spotlight-position"]', `[data-testid="support-button-${pledges[0]!.id}"]`])).toEqual([]);
    expect(await underCorner(page)).toEqual([]);
    // The grid: nothing of the cards or the side panel under the corner either.
    await room.moderator.sendOk('stage:spotlight', { pledgeId: null, rotateSeconds: null });
    await page.getByTestId('wall-by-group').waitFor();
    await settled(page);
    await corner(page);
    await page.screenshot({ path: `${SHOTS}/wall-viewer-laptop-grid-${lang}-${size}.png` });
    expect(await underCorner(page)).toEqual([]);
    await page.context().close();
  }, 30_000);
});
