import path from 'node:path';
import { themeId, type StakeholderGroup } from '../../shared/domain';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { audiencePhone, pledgeFor, setupSession } from '../helpers/round';
import { cards, cutBylines, pagerState, pledgeText, settled, sidePanel, walkPages } from '../helpers/wall-measure';

/**
 * The wall from the back of the room: on a projector, the pledge text is the largest type on each
 * card and every page shows whole cards only; the side panel (QR, code, counters, countdown,
 * breakdown) never cuts a line off, at 1366×768, 1920×1080 and 3840×2160.
 */

const THEMES = ['Data Governance', 'Environment', 'Inclusion', 'Trust', 'AI Governance', 'Connectivity', 'Human Rights', 'Cybersecurity'];
const THEME_IDS = THEMES.map(themeId);
const PANEL: { name: string; organization: string; stakeholderGroup: StakeholderGroup }[] = [
  { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' },
  { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications', stakeholderGroup: 'Government' },
  { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community' },
  { name: 'Oluwaseun Adebayo-Richardson', organization: 'International Telecommunication Union', stakeholderGroup: 'Intergovernmental Organization' },
  { name: 'Priya Raman', organization: 'Open Networks Ltd', stakeholderGroup: 'Private Sector' },
  { name: 'Jonas Berg', organization: 'University of Oslo', stakeholderGroup: 'Academia' },
  { name: 'Mei Lin', organization: '', stakeholderGroup: 'Individual' },
  { name: 'Carlos Mendes', organization: 'Instituto Nupef', stakeholderGroup: 'Civil Society' },
  { name: 'Fatima Zahra', organization: 'Ministry of Digital Transition', stakeholderGroup: 'Government' },
  { name: 'Tom Okafor', organization: 'Internet Society Nigeria Chapter', stakeholderGroup: 'Technical Community' },
];

/** Twelve pledges: three of nearly 600 characters, some medium, some short; newest last. */
const PLEDGES = [
  { text: pledgeText('Before the next IGF', 596), themes: [0, 1, 5] },
  { text: 'We will open our spectrum data to researchers.', themes: [0] },
  { text: pledgeText('Our ministry commits that', 320), themes: [2, 3] },
  { text: pledgeText('Over the coming year', 590), themes: [4, 5, 6] },
  { text: 'We will host a local IGF in Lagos next spring.', themes: [2] },
  { text: pledgeText('Together with our members', 220), themes: [7] },
  { text: 'I will mentor two young women into Internet governance.', themes: [2, 6] },
  { text: pledgeText('As a university', 420), themes: [0, 4] },
  { text: pledgeText('Starting this month', 598), themes: [3, 7] },
  { text: 'We will translate our reports into Portuguese and Spanish.', themes: [2] },
  // Two from the audience: one in the room, one online (anonymous).
  { text: 'I will run a digital safety workshop in my school.', themes: [2, 7], audience: 'onsite' as const },
  { text: pledgeText('From the online audience', 260), themes: [1], audience: 'online' as const },
];

describe('the wall grid from the back of the room', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  /** A session with the pledges (the audience's too when `audience`), round open with a countdown. */
  async function seed(audience: boolean) {
    const s = await sessionInEvent(env.server, { name: 'IGF 2026', themes: THEMES }, { title: 'Commitments to Action', code: 'MS #4', panelists: PANEL });
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none', countdownSeconds: 3600 });
    const phones = audience
      ? {
          onsite: await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite', name: 'Grace Mwangi', organization: 'Nairobi Girls Code Club' }),
          online: await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online' }),
          watcher: await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Watching only' }),
        }
      : null;
    if (phones) sockets.push(phones.onsite.phone, phones.online.phone, phones.watcher.phone);
    const ids: string[] = [];
    const groups = new Set<string>();
    const themes = new Set<number>();
    for (const [i, p] of PLEDGES.entries()) {
      if (p.audience && !phones) continue;
      const body = { ...pledgeFor(p.text, { capacity: 'organization' }), themes: p.themes.map((t) => THEME_IDS[t]!) };
      if (p.audience) {
        const phone = phones![p.audience].phone;
        const ack = await phone.send('pledge:submit', { ...body, capacity: 'individual', stakeholderGroup: 'Individual' });
        expect(ack.ok).toBe(true);
        groups.add('Individual');
      } else {
        await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[i]!.id, body, sockets);
        groups.add(PANEL[i]!.stakeholderGroup);
      }
      ids.push(body.id);
      p.themes.forEach((t) => themes.add(t));
    }
    return { wallUrl: s.created.links.wall, moderator: s.moderator, ids, groups, themes };
  }

  let room: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    room = await seed(true);
  }, 60_000);

  async function openWall(size: { width: number; height: number }, query = '', at = room) {
    const errors: string[] = [];
    const wall = await openPage(env.browser, `${at.wallUrl}${query}`, errors, size);
    await wall.getByTestId('wall-pledge-list').locator(`[data-testid="pledge-${at.ids[at.ids.length - 1]}"]`).waitFor();
    await wall.getByTestId('wall-by-group').waitFor();
    await wall.evaluate(() => document.fonts.ready);
    await settled(wall);
    return { wall, errors };
  }

  test('1920×1080: large pledge text, whole cards only, every card on exactly one page', async () => {
    const { wall, errors } = await openWall({ width: 1920, height: 1080 }, '?page=4');
    // Everything wrong is gathered, so a failure names every reason at once.
    const problems: string[] = [];
    const first = await cards(wall);
    expect(first).toHaveLength(PLEDGES.length);
    for (const c of first) {
      // A pledge of nearly 600 characters whose byline wraps may be made a little smaller to stay whole.
      const least = PLEDGES[room.ids.indexOf(c.id)]!.text.length >= 580 ? 30 : 32;
      if (c.textSize < least) problems.push(`${c.id}: text ${c.textSize}px < ${least}px`);
      if (c.textSize <= c.nameSize) problems.push(`${c.id}: text ${c.textSize}px not larger than the name ${c.nameSize}px`);
    }
    // The viewport fades nothing out: a card shows whole or not at all.
    const mask = await wall.evaluate(() => getComputedStyle(document.querySelector('.wall__viewport')!).maskImage || 'none');
    if (mask !== 'none') problems.push(`the grid fades out its bottom edge (${mask})`);

    const walked = await walkPages(wall, 'wall-grid-1920x1080');
    const { pages, seen, perPage } = walked;
    problems.push(...walked.problems);
    // Every card on exactly one page.
    for (const id of room.ids) if (seen.get(id)?.length !== 1) problems.push(`${id} shown on pages [${seen.get(id)?.join(', ') ?? ''}]`);
    console.log(`1920×1080: ${pages} pages, cards per page ${perPage.join(', ')}; text ${first[0]!.textSize}px, name ${first[0]!.nameSize}px`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 90_000);

  test.each([
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])('$width×$height: who made each pledge is whole on every page, wrapping: name, organization and stakeholder group, none cut', async (size) => {
    const { wall, errors } = await openWall(size);
    const { pages } = await pagerState(wall);
    // The room's pledges fill more than a page, so the cards keep the themes to the room left beside who.
    expect(pages).toBeGreaterThan(1);
    expect(await wall.evaluate(() => document.querySelectorAll('[data-details="line"]').length)).toBe(PLEDGES.length);
    expect(await cutBylines(wall)).toEqual([]);
    // The longest ones wrap instead.
    const wrapped = await wall.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="wall-pledge-list"] .pledge-card__who')].filter((who) => who.getClientRects().length > 1 || who.getBoundingClientRect().height > parseFloat(getComputedStyle(who).lineHeight) * 1.5).length,
    );
    expect(wrapped).toBeGreaterThan(0);
    const { problems } = await walkPages(wall, `wall-grid-bylines-${size.width}x${size.height}`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 90_000);

  test('in Arabic the newest pledge heads the right-hand column, the next pages come from the left, and every page shows whole cards', async () => {
    const { wall, errors } = await openWall({ width: 1920, height: 1080 }, '?lang=ar&page=4');
    expect(await wall.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The first card of the list (the newest) starts the line: at the list's right edge. Measured
    // against the list, which moves with its cards, so a page that has turned meanwhile changes nothing.
    const edges = await wall.evaluate(() => {
      const list = document.querySelector('[data-testid="wall-pledge-list"]')!;
      const first = list.querySelector(':scope > [data-testid^="pledge-"]')!.getBoundingClientRect();
      return { list: list.getBoundingClientRect().right, first: first.right };
    });
    expect(Math.abs(edges.first - edges.list)).toBeLessThanOrEqual(2);
    // The session's code and its English title stand at the page's right, where their box is.
    const header = await wall.evaluate(() => {
      const titles = document.querySelector('.wall__titles')!.getBoundingClientRect();
      const textRight = (selector: string) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector)!);
        return Math.round(titles.right - range.getBoundingClientRect().right);
      };
      return { code: textRight('.wall__session-code'), title: textRight('.wall__title') };
    });
    expect(header.code).toBeLessThanOrEqual(2);
    expect(header.title).toBeLessThanOrEqual(2);
    // A long organization in Latin letters on a right-to-left wall wraps whole too.
    expect(await cutBylines(wall)).toEqual([]);
    const { problems, seen, pages } = await walkPages(wall, 'wall-grid-ar-1920x1080');
    expect(pages).toBeGreaterThan(1);
    for (const id of room.ids) if (seen.get(id)?.length !== 1) problems.push(`${id} shown on pages [${seen.get(id)?.join(', ') ?? ''}]`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 90_000);

  test('a pledge taller than the page is shown whole, in smaller type', async () => {
    const s = await setupSession(env.server, { title: 'Lists', code: 'WS #7', panelists: PANEL.slice(0, 2) });
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    // Forty short lines: taller than a page at full size, however wide the card.
    const list = `We will, before the next IGF:\n${Array.from({ length: 40 }, (_, i) => `${i + 1}. train a school`).join('\n')}`;
    const tall = pledgeFor(list.slice(0, 600));
    await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[0]!.id, tall, sockets);
    const short = pledgeFor('We will open our spectrum data to researchers.');
    await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[1]!.id, short, sockets);
    const { wall, errors } = await openWall({ width: 1920, height: 1080 }, '?page=4', { ...room, wallUrl: s.created.links.wall, ids: [tall.id, short.id] });
    await wall.screenshot({ path: path.join(SHOTS, 'wall-grid-1920x1080-tall.png') });
    const { pages } = await pagerState(wall);
    const problems: string[] = [];
    const sizes: Record<string, number> = {};
    for (let p = 1; p <= pages; p++) {
      await wall.waitForFunction((want) => (/^\D*(\d+)/.exec(document.querySelector('[data-testid="wall-pager"]')?.textContent ?? '')?.[1] ?? '1') === String(want), p, { timeout: 10_000 });
      await settled(wall);
      for (const c of await cards(wall)) {
        if (c.visible && (!c.whole || c.clippedInside)) problems.push(`page ${p}: ${c.id} is cut`);
        if (c.visible) sizes[c.id] = c.textSize;
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(sizes).sort()).toEqual([tall.id, short.id].sort());
    expect(sizes[tall.id]).toBeLessThan(sizes[short.id]!);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 60_000);

  test('with reduced motion nothing moves: no entrances, no page fades, no pulse', async () => {
    const { wall, errors } = await openWall({ width: 1920, height: 1080 }, '?page=2');
    await wall.emulateMedia({ reducedMotion: 'reduce' });
    const { page: first } = await pagerState(wall);
    const seen: string[] = [];
    const until = Date.now() + 4_500;
    while (Date.now() < until) {
      const now = await wall.evaluate(() => ({
        animations: document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? 'transition'),
        opacity: getComputedStyle(document.querySelector('.wall__pledges')!).opacity,
      }));
      if (now.animations.length > 0 || now.opacity !== '1') seen.push(JSON.stringify(now));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toEqual([]);
    // The pages still turn (at once).
    expect((await pagerState(wall)).page).not.toBe(first);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 60_000);

  const sizes = [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ];

  test.each(sizes)('side panel at $width×$height with a countdown and the audience count: nothing cut off', async (size) => {
    const { wall, errors } = await openWall(size);
    await wall.getByTestId('countdown').waitFor();
    await wall.getByTestId('wall-audience').waitFor();
    await settled(wall);
    await wall.screenshot({ path: path.join(SHOTS, `wall-grid-${size.width}x${size.height}.png`) });
    const panel = await sidePanel(wall);
    const problems = [...panel.problems];
    // Both breakdowns show, the stakeholder groups before the themes (a group left out only once
    // the themes are down to their first row), and what they leave out is counted.
    if (panel.groupRows < 1 || panel.themeRows < 1 || (panel.groupMore > 0 && panel.themeRows > 1)) problems.push(`breakdown rows: ${panel.groupRows} by group, ${panel.themeRows} by theme`);
    if (panel.groupRows + panel.groupMore !== room.groups.size) problems.push(`by group: ${panel.groupRows} rows + ${panel.groupMore} more != ${room.groups.size}`);
    if (panel.themeRows + panel.themeMore !== room.themes.size) problems.push(`by theme: ${panel.themeRows} rows + ${panel.themeMore} more != ${room.themes.size}`);

    const now = await cards(wall);
    for (const c of now.filter((c) => c.visible && (!c.whole || c.clippedInside))) problems.push(`${c.id} is cut`);
    const sizesOf = await wall.evaluate(() => ({
      text: parseFloat(getComputedStyle(document.querySelector('.wall__pledges .pledge-card__text')!).fontSize),
      audience: Math.min(...[...document.querySelectorAll('.wall__pledges .pledge-card__audience')].map((e) => parseFloat(getComputedStyle(e).fontSize))),
      name: parseFloat(getComputedStyle(document.querySelector('.wall__pledges .pledge-card__name')!).fontSize),
      // For the log: cards per page as the layout placed them.
      perPage: Object.values(
        [...document.querySelectorAll<HTMLElement>('.wall__pledges > [data-page]')].reduce<Record<string, number>>((n, c) => ({ ...n, [c.dataset.page!]: (n[c.dataset.page!] ?? 0) + 1 }), {}),
      ).join(', '),
    }));
    console.log(
      `${size.width}×${size.height}: text ${sizesOf.text}px, name ${sizesOf.name}px, audience mark ${sizesOf.audience}px; cards per page ${sizesOf.perPage}; ` +
        `breakdown rows ${panel.groupRows} (+${panel.groupMore}) by group, ${panel.themeRows} (+${panel.themeMore}) by theme`,
    );
    // Text scales with the screen: readable on a small projector, still growing on a 4K one.
    if (sizesOf.text < (32 * size.width) / 1920 - 0.5) problems.push(`text ${sizesOf.text}px does not scale with the screen`);
    if (sizesOf.text <= sizesOf.name) problems.push(`text ${sizesOf.text}px not larger than the name ${sizesOf.name}px`);
    const audienceMin = size.width === 1366 ? 15 : sizesOf.name * 0.9;
    if (sizesOf.audience < audienceMin) problems.push(`audience mark ${sizesOf.audience}px < ${audienceMin}px`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 60_000);

  test.each([sizes[0]!, sizes[1]!])('side panel in Russian at $width×$height: its headings show whole, nothing cut off', async (size) => {
    const { wall, errors } = await openWall(size, '?lang=ru');
    await wall.screenshot({ path: path.join(SHOTS, `wall-grid-${size.width}x${size.height}-ru.png`) });
    const panel = await sidePanel(wall);
    const headings = await wall.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.wall__tally-title')].flatMap((title) => {
        const range = document.createRange();
        range.selectNodeContents(title);
        return range.getBoundingClientRect().width > title.getBoundingClientRect().width + 0.5 ? [`heading cut: ${title.textContent}`] : [];
      }),
    );
    expect([...panel.problems, ...headings]).toEqual([]);
    expect(errors).toEqual([]);
    await wall.context().close();
  }, 60_000);

  /** The side panel of a wall opened at `size` on `at`: nothing cut, every stakeholder group and theme shown or counted. */
  async function panelWhole(size: { width: number; height: number }, at: typeof room, shot: string) {
    const { wall, errors } = await openWall(size, '', at);
    await wall.screenshot({ path: path.join(SHOTS, `wall-grid-${size.width}x${size.height}-${shot}.png`) });
    const panel = await sidePanel(wall);
    const problems = [...panel.problems];
    if (panel.groupRows + panel.groupMore !== at.groups.size) problems.push(`by group: ${panel.groupRows} rows + ${panel.groupMore} more != ${at.groups.size}`);
    if (panel.themeRows + panel.themeMore !== at.themes.size) problems.push(`by theme: ${panel.themeRows} rows + ${panel.themeMore} more != ${at.themes.size}`);
    const parts = await wall.evaluate(() => ({
      countdown: document.querySelectorAll('[data-testid="countdown"]').length,
      audience: document.querySelectorAll('[data-testid="wall-audience"]').length,
    }));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await wall.context().close();
    return parts;
  }

  test.each([sizes[0]!, sizes[2]!])('side panel at $width×$height without a countdown (audience count showing): nothing cut off', async (size) => {
    await room.moderator.sendOk('round:countdown', { countdownSeconds: null });
    expect(await panelWhole(size, room, 'no-countdown')).toEqual({ countdown: 0, audience: 1 });
  }, 60_000);

  test('side panel with a countdown but no audience, and with neither: nothing cut off', async () => {
    const quiet = await seed(false);
    for (const size of sizes) expect(await panelWhole(size, quiet, 'no-audience')).toEqual({ countdown: 1, audience: 0 });
    await quiet.moderator.sendOk('round:countdown', { countdownSeconds: null });
    expect(await panelWhole(sizes[0]!, quiet, 'no-countdown-no-audience')).toEqual({ countdown: 0, audience: 0 });
  }, 90_000);
});
