import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_SESSION } from '../../server/demo';
import { browserAndServer, pageErrors, openPage, SHOTS, type Screen } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { audiencePhone, pledgeFor } from '../helpers/round';
import { dotsStartingLines } from '../helpers/text-layout';
import { pagerState, settled } from '../helpers/wall-measure';

/**
 * A projector's card with room to spare shows all of its details, on a real server, Redis and
 * Chromium: who (name, organization, stakeholder group) whole, every theme and SDG target, the
 * supporters, in type read from the back of a room, wrapping between words. A full page keeps the
 * themes to the room beside who (wall-grid.e2e checks that who stays whole there).
 */

const PLEDGES = [
  { text: 'We will train 500 women in rural Senegal in basic digital skills and publish the curriculum openly.', themes: ['inclusion'], sdgTargets: ['4.4', '5.b'] },
  { text: 'Our ministry will publish every spectrum licence and its conditions as open data.', themes: ['data', 'trust'], sdgTargets: ['9.c'] },
  { text: 'LACNIC will train two hundred network operators in routing security across the region.', themes: ['trust', 'environment', 'inclusion'], sdgTargets: ['9.1', '17.6'] },
];

interface CardDetails {
  id: string;
  /** Parts of who made it that are cut or missing. */
  cut: string[];
  /** Themes and SDG targets (by their text) that do not show whole. */
  hidden: string[];
  tags: number;
  supporters: string;
  nameSize: number;
  tagSize: number;
  textSize: number;
}

/** Each card of the grid: what of its details shows whole, and at which sizes. */
function details(page: Page): Promise<CardDetails[]> {
  return page.evaluate(() => {
    // Shows whole: inside every box around it that clips (up to the card), and its text not wider than its box.
    const whole = (el: Element, card: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        const b = p.getBoundingClientRect();
        if ((s.overflowX !== 'visible' || s.overflowY !== 'visible') && (r.top < b.top - 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1 || r.right > b.right + 1)) return false;
        if (p === card) break;
      }
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().width <= r.width + 0.5;
    };
    const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
    return [...document.querySelectorAll<HTMLElement>('[data-testid="wall-pledge-list"] > [data-testid^="pledge-"]')].map((card) => {
      const parts = ['.pledge-card__name > bdi', '.pledge-card__org > bdi', '.pledge-card__group'];
      const tags = [...card.querySelectorAll('.pledge-card__tag')];
      return {
        id: card.dataset.testid!.slice('pledge-'.length),
        cut: parts.flatMap((sel) => {
          const el = card.querySelector(sel);
          return el && !whole(el, card) ? [`${sel}: ${el.textContent}`] : [];
        }),
        hidden: tags.filter((tag) => !whole(tag, card)).map((tag) => tag.textContent ?? ''),
        tags: tags.length,
        supporters: card.querySelector('.pledge-card__supporters')?.textContent ?? '',
        nameSize: size(card.querySelector('.pledge-card__name')),
        tagSize: Math.min(...tags.map(size)),
        textSize: size(card.querySelector('.pledge-card__text')),
      };
    });
  });
}

describe('a wall card’s details', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let wallUrl = '';
  beforeAll(async () => {
    // The demo's panel: organizations as long as "Ministry of Internal Affairs and Communications".
    const room = await sessionInEvent(env.server, { name: 'IGF 2026' }, DEMO_SESSION);
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const ids: string[] = [];
    for (const [i, p] of PLEDGES.entries()) {
      const body = { ...pledgeFor(p.text), themes: p.themes, sdgTargets: p.sdgTargets };
      await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[i]!.id, body, sockets);
      ids.push(body.id);
    }
    const fan = await audiencePhone(env.server.url, room.created.sessionId, { presence: 'online' });
    sockets.push(fan.phone);
    await fan.phone.sendOk('reaction:set', { pledgeId: ids[0]!, on: true });
    wallUrl = room.created.links.wall;
  }, 30_000);

  test.each<[Screen, number]>([
    [{ width: 1366, height: 768 }, 15],
    [{ width: 1920, height: 1080 }, 20],
  ])('%o: three pledges on one page show who, every theme and SDG target and the supporters, in readable type', async (screen, minSize) => {
    const page = await openPage(env.browser, wallUrl, errors, screen);
    await page.locator('[data-testid="wall-pledge-list"] .pledge-card__supporters').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    const label = typeof screen === 'string' ? screen : `${screen.width}x${screen.height}`;
    await page.screenshot({ path: path.join(SHOTS, `wall-card-details-${label}.png`) });
    expect((await pagerState(page)).pages).toBe(1);
    const cards = await details(page);
    expect(cards).toHaveLength(PLEDGES.length);
    const problems: string[] = [];
    for (const c of cards) {
      problems.push(...c.cut.map((part) => `${c.id}: cut ${part}`), ...c.hidden.map((tag) => `${c.id}: tag "${tag}" not shown whole`));
      if (c.tags === 0) problems.push(`${c.id}: no tags`);
      if (c.nameSize < minSize) problems.push(`${c.id}: name ${c.nameSize}px < ${minSize}px`);
      if (c.tags > 0 && c.tagSize < minSize * 0.9) problems.push(`${c.id}: tags ${c.tagSize}px < ${minSize * 0.9}px`);
      if (c.textSize <= c.nameSize) problems.push(`${c.id}: text ${c.textSize}px not larger than the name ${c.nameSize}px`);
    }
    // Who wraps between words: a " · " ends a line, never starts one.
    problems.push(...(await dotsStartingLines(page, '.pledge-card__who')).map((line) => `a line starts with a dot: ${line}`));
    expect(cards.map((c) => c.supporters).filter(Boolean)).toEqual(['1 supporter']);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 30_000);

  test('an online viewer’s wall on a phone shows the same details', async () => {
    const page = await openPage(env.browser, `${wallUrl}?viewer=1`, errors, 'phone');
    await page.locator('[data-testid="wall-pledge-list"] .pledge-card__tag').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'wall-card-details-viewer-phone.png'), fullPage: true });
    const problems = (await details(page)).flatMap((c) => [...c.cut, ...c.hidden].map((what) => `${c.id}: ${what}`));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 30_000);
});
