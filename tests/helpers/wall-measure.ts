import path from 'node:path';
import type { Page } from 'playwright-core';
import { themeId, type StakeholderGroup } from '../../shared/domain';
import { SHOTS } from './browser';

/**
 * Measures of a session wall's grid in the browser: its cards (shown, whole, cut), its pages as
 * the wall turns them, and its side panel (tests/e2e/wall-grid.e2e.test.ts).
 */

/** Five themes, and a panel of six from six stakeholder groups, for the walls' browser tests. */
export const WALL_THEMES = ['Connectivity', 'Data Governance', 'Inclusion', 'Trust', 'Environment'];
export const WALL_THEME_IDS = WALL_THEMES.map(themeId);
export const WALL_PANEL: { name: string; organization: string; stakeholderGroup: StakeholderGroup }[] = [
  { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' },
  { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications', stakeholderGroup: 'Government' },
  { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community' },
  { name: 'Priya Raman', organization: 'Open Networks Ltd', stakeholderGroup: 'Private Sector' },
  { name: 'Jonas Berg', organization: 'University of Oslo', stakeholderGroup: 'Academia' },
  { name: 'Oluwaseun Adebayo', organization: 'International Telecommunication Union', stakeholderGroup: 'Intergovernmental Organization' },
];

const SENTENCES = [
  'we will fund community networks in rural districts that no operator serves today',
  'publish an open register of their coverage and prices every quarter',
  'train local operators in security, maintenance and the handling of personal data',
  'invite civil society and local government to review our progress in public',
  'share our measurement data under an open licence so that others can check our numbers',
  'and report what worked and what did not at the next IGF, with the people who did the work',
];

/** A pledge of about `length` characters (10–600), starting with its own words. */
export function pledgeText(opening: string, length: number): string {
  let text = opening;
  for (let i = 0; text.length < length; i++) text += `${i === 0 ? ' ' : ', '}${SENTENCES[i % SENTENCES.length]}`;
  text = text.slice(0, length - 1).replace(/[\s,]+\S*$/, '');
  return `${text}.`;
}

export interface CardReport {
  id: string;
  visible: boolean;
  whole: boolean;
  clippedInside: boolean;
  textSize: number;
  nameSize: number;
}

/** Every card of the list: whether any of it shows in the grid's visible box, and whether all of it does. */
export function cards(page: Page): Promise<CardReport[]> {
  return page.evaluate(() => {
    const view = document.querySelector('.wall__viewport')!.getBoundingClientRect();
    const box = { top: Math.max(view.top, 0), left: Math.max(view.left, 0), bottom: Math.min(view.bottom, innerHeight), right: Math.min(view.right, innerWidth) };
    const list = document.querySelector('[data-testid="wall-pledge-list"]')!;
    return [...list.querySelectorAll<HTMLElement>(':scope > [data-testid^="pledge-"]')].map((card) => {
      const r = card.getBoundingClientRect();
      const style = getComputedStyle(card);
      const shown = style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && r.width > 0 && r.height > 0;
      const overlaps = r.bottom > box.top + 1 && r.top < box.bottom - 1 && r.right > box.left + 1 && r.left < box.right - 1;
      const whole = r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
      const text = card.querySelector<HTMLElement>('.pledge-card__text')!;
      const t = text.getBoundingClientRect();
      const name = card.querySelector<HTMLElement>('.pledge-card__name')!;
      const nameSize = parseFloat(getComputedStyle(name).fontSize);
      return {
        id: card.dataset.testid!.slice('pledge-'.length),
        visible: shown && overlaps,
        whole,
        // The text cut by the card itself (a card that hides the end of its text is a cut card too).
        clippedInside: text.scrollHeight > text.clientHeight + 1 || t.bottom > r.bottom + 1 || card.scrollHeight > card.clientHeight + 1,
        textSize: parseFloat(getComputedStyle(text).fontSize),
        nameSize,
      };
    });
  });
}

/**
 * The bylines (name · organization · stakeholder group) on the grid's cards that are not whole: a
 * part whose text is wider than its box (an ellipsis, or hidden overflow), or that reaches outside
 * its card. Answers each such byline's text.
 */
export function cutBylines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="wall-pledge-list"] .pledge-card__who')].flatMap((who) => {
      const card = who.closest('.pledge-card')!.getBoundingClientRect();
      const cut = [...who.querySelectorAll<HTMLElement>('.pledge-card__name, .pledge-card__org, .pledge-card__group, bdi')].some((box) => {
        const b = box.getBoundingClientRect();
        // The text the eye sees (not the commas kept for screen readers, clipped to nothing).
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        const lines: DOMRect[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          lines.push(...range.getClientRects());
        }
        const width = lines.length ? Math.max(...lines.map((r) => r.right)) - Math.min(...lines.map((r) => r.left)) : 0;
        const outside = b.left < card.left - 1 || b.right > card.right + 1 || b.bottom > card.bottom + 1;
        return outside || box.scrollWidth > box.clientWidth + 1 || (box.tagName !== 'BDI' && width > b.width + 1);
      });
      return cut ? [who.textContent ?? ''] : [];
    }),
  );
}

/** Waits until nothing in the pledge grid moves (page turns and entrance animations done). */
export async function settled(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const now = await page.evaluate(() => {
      const stage = document.querySelector('.wall__stage')!;
      const running = document.getAnimations().filter((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        return a.playState === 'running' && target instanceof Element && stage.contains(target);
      }).length;
      const rects = [...stage.querySelectorAll('[data-testid^="pledge-"]')].map((c) => {
        const r = c.getBoundingClientRect();
        return `${r.left.toFixed(1)},${r.top.toFixed(1)},${r.width.toFixed(1)},${r.height.toFixed(1)}`;
      });
      return running > 0 ? `running:${Math.random()}` : `${document.querySelector('[data-testid="wall-pager"]')?.textContent ?? ''}|${rects.join(';')}`;
    });
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('the wall never settled');
}

/** The page shown and the number of pages (read from the counter's data, in any language's digits). */
export async function pagerState(page: Page): Promise<{ page: number; pages: number }> {
  return page.evaluate(() => {
    const pager = document.querySelector<HTMLElement>('[data-testid="wall-pager"]');
    return pager ? { page: Number(pager.dataset.page), pages: Number(pager.dataset.pages) } : { page: 1, pages: 1 };
  });
}

/**
 * Every page in turn, as the wall turns them: the cards cut on any page, the pages each card was
 * seen on, and how many cards each page showed. A screenshot of each page goes to the artifacts.
 */
export async function walkPages(wall: Page, label: string): Promise<{ problems: string[]; seen: Map<string, number[]>; perPage: number[]; pages: number }> {
  const { pages } = await pagerState(wall);
  const problems: string[] = [];
  const seen = new Map<string, number[]>();
  const perPage: number[] = [];
  for (let p = 1; p <= pages; p++) {
    if (pages > 1) {
      await wall.waitForFunction((want) => document.querySelector<HTMLElement>('[data-testid="wall-pager"]')?.dataset.page === String(want), p, { timeout: 15_000 });
    }
    await settled(wall);
    const now = await cards(wall);
    for (const c of now.filter((c) => c.visible && (!c.whole || c.clippedInside))) problems.push(`page ${p}: ${c.id} is cut (${c.whole ? 'inside the card' : 'by the grid'})`);
    const shown = now.filter((c) => c.visible).map((c) => c.id);
    shown.forEach((id) => seen.set(id, [...(seen.get(id) ?? []), p]));
    perPage.push(shown.length);
    await wall.screenshot({ path: path.join(SHOTS, `${label}-page${p}.png`) });
  }
  return { problems, seen, perPage, pages };
}

export interface PanelReport {
  problems: string[];
  groupRows: number;
  themeRows: number;
  groupMore: number;
  themeMore: number;
}

/** The side panel: nothing overflows it, nothing in it is cut by a box that clips it. */
export function sidePanel(page: Page): Promise<PanelReport> {
  return page.evaluate(() => {
    const aside = document.querySelector<HTMLElement>('.wall__aside')!;
    const problems: string[] = [];
    const a = aside.getBoundingClientRect();
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ').join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    if (aside.scrollHeight > aside.clientHeight + 1) problems.push(`panel scrollHeight ${aside.scrollHeight} > clientHeight ${aside.clientHeight}`);
    if (aside.scrollWidth > aside.clientWidth + 1) problems.push(`panel scrollWidth ${aside.scrollWidth} > clientWidth ${aside.clientWidth}`);
    if (a.bottom > innerHeight + 1 || a.right > innerWidth + 1 || a.top < -1) problems.push(`panel outside the screen: ${JSON.stringify(a)}`);
    const inside = (r: DOMRect, b: DOMRect) => r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.left >= b.left - 1 && r.right <= b.right + 1;
    // Each cut element once (not its children too).
    const cut = new Set<Element>();
    for (const el of aside.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden') || [...cut].some((c) => c.contains(el))) continue;
      let why = inside(r, a) ? '' : 'sticks out of the panel';
      for (let p = el.parentElement; p && p !== aside && !why; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        if (!inside(r, p.getBoundingClientRect())) why = `is cut by ${name(p)}`;
      }
      if (why) {
        cut.add(el);
        problems.push(`${name(el)} ${why}`);
      }
    }
    const count = (id: string) => document.querySelectorAll(`[data-testid="${id}"] li`).length;
    const more = (id: string) => Number(/\d+/.exec(document.querySelector(`[data-testid="${id}-more"]`)?.textContent ?? '0')![0]);
    return {
      problems,
      groupRows: count('wall-by-group'),
      themeRows: count('wall-by-theme'),
      groupMore: more('wall-by-group'),
      themeMore: more('wall-by-theme'),
    };
  });
}
