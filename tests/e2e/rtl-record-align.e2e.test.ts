import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CreateSessionInput } from '../../shared/schemas';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { ADMIN_TOKEN } from '../helpers/server';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

/**
 * The record's pages in Arabic, on a real server, Redis and Chromium: text written in Latin letters
 * (the event's name "IGF 2026", an English session title, a pledge in English) keeps its own
 * direction but stands at the page's side, the right, as the Arabic text around it does; and the
 * report's table of speakers runs right to left, every column's cells at the same edge, whichever
 * script a name is written in.
 */

const SESSION: CreateSessionInput = {
  code: 'WS #215',
  title: 'Commitments to Action: Closing the Digital Divide',
  panelists: [
    { name: 'ليلى حداد', organization: 'الاتحاد العربي للاتصالات', stakeholderGroup: 'Civil Society', regionalGroup: 'Asia-Pacific Group' },
    { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications', stakeholderGroup: 'Government', regionalGroup: 'Asia-Pacific Group' },
    { name: 'عمر الفاسي', organization: 'LACNIC', stakeholderGroup: 'Technical Community', regionalGroup: 'African Group' },
  ],
};

/**
 * Text blocks (headings, paragraphs, quotes, list items, definitions, table cells) inside `scope`
 * that begin in Latin letters and whose text does not end at the right of their box (its content
 * box, within 2 px): each named with its text and how far from the right it ends. Centred blocks,
 * boxes laid out as flex or grid and blocks holding only boxes of their own are left out; they
 * place their content otherwise.
 */
function latinNotAtRight(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const out: string[] = [];
    const blocks = document.querySelectorAll<HTMLElement>(`${scope} :is(h1, h2, h3, h4, p, blockquote, li, dd, dt, td, th)`);
    for (const el of blocks) {
      const style = getComputedStyle(el);
      if (!['block', 'list-item', 'table-cell'].includes(style.display) || style.textAlign === 'center') continue;
      // A block holding only boxes of their own (a code's tag, a chip) places them, not text.
      const parts = [...el.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
      if (parts.every((n) => n instanceof HTMLElement && getComputedStyle(n).display !== 'inline')) continue;
      const strong = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\u0400-\u04FF\u4E00-\u9FFF]/.exec(el.textContent ?? '');
      if (!strong || !/[A-Za-z\u00C0-\u024F]/.test(strong[0])) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      if (lines.length === 0) continue;
      const end = Math.max(...lines.map((r) => r.right));
      if (Math.abs(right - end) > 2) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}": ends ${Math.round(right - end)} px left of its box's right`);
    }
    return out;
  }, scope);
}

describe('the record in Arabic: Latin text at the page’s side, the speakers’ table right to left', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let links = { registry: '', report: '', pledge: '', followUp: '', programme: '' };
  beforeAll(async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026' }, SESSION);
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const english = pledgeFor('We will connect every rural school in the region to broadband by 2027.');
    const { followUpToken } = await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[1]!.id, english, sockets);
    await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[0]!.id, pledgeFor('سنربط كل مدرسة ريفية في المنطقة بالإنترنت العريض النطاق قبل المنتدى القادم.'), sockets);
    const url = env.server.url;
    links = {
      registry: `${url}/e/${room.event.id}?lang=ar`,
      report: `${url}/s/${room.created.sessionId}/report?lang=ar#key=${room.created.moderatorKey}`,
      pledge: `${url}/p/${english.id}?lang=ar`,
      followUp: `${url}/f/${english.id}?lang=ar#token=${followUpToken}`,
      programme: `${url}/organizer/events/${room.event.id}?lang=ar#token=${ADMIN_TOKEN}`,
    };
  }, 30_000);

  const open = async (link: keyof typeof links, ready: string, width = 390) => {
    const page = await openPage(env.browser, links[link], errors, width === 390 ? 'phone' : { width, height: 900 });
    await page.locator(ready).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    return page;
  };

  test('the registry at 390 px: the event’s name, the session’s code and title, the pledge in English stand at the right', async () => {
    const page = await open('registry', '[data-testid="registry-event"]');
    await page.getByText('We will connect every rural school').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'rtl-record-align-registry.png'), fullPage: true });
    expect(await page.getByTestId('registry-event').innerText()).toContain('IGF 2026');
    expect(await latinNotAtRight(page, 'main')).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['the pledge page', 'pledge', '[data-testid="pledge-text"]'],
    ['the follow-up page', 'followUp', '[data-testid="follow-up-text"]'],
  ] as const)('%s at 390 px: Latin text at the right', async (_label, link, ready) => {
    const page = await open(link, ready);
    await page.screenshot({ path: path.join(SHOTS, `rtl-record-align-${link}.png`), fullPage: true });
    expect(await latinNotAtRight(page, 'main')).toEqual([]);
    await page.context().close();
  });

  test('the event’s programme at 1366 px: the session’s English title at the right of its cell', async () => {
    const page = await open('programme', '[data-testid="event-sessions"]', 1366);
    await page.screenshot({ path: path.join(SHOTS, 'rtl-record-align-programme.png'), fullPage: true });
    expect(await latinNotAtRight(page, '[data-testid="event-sessions"]')).toEqual([]);
    await page.context().close();
  });

  test.each([390, 1366])('the report at %i px: the title, and the speakers’ table right to left with its cells at the right', async (width) => {
    const page = await open('report', '.report-table--speakers', width);
    await page.locator('.report-table--speakers').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `rtl-record-align-report-${width}.png`), fullPage: true });
    const table = await page.evaluate(() => {
      const t = document.querySelector<HTMLElement>('.report-table--speakers')!;
      const head = [...t.querySelectorAll('thead th')].map((c) => c.getBoundingClientRect().left);
      return { direction: getComputedStyle(t).direction, nameColumnRightmost: head[0]! > Math.max(...head.slice(1)) };
    });
    expect(table).toEqual({ direction: 'rtl', nameColumnRightmost: true });
    expect(await latinNotAtRight(page, 'main')).toEqual([]);
    await page.context().close();
  });
});
