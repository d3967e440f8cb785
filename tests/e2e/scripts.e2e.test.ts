import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { ADMIN_TOKEN } from '../helpers/server';

const ARABIC = 'سنطلق برنامجا لتدريب مئة امرأة على الأمن الرقمي قبل المنتدى القادم.';
const LONG_TITLE = `Roundtable:${'Multistakeholder'.repeat(6)}`;

/** Right to left: the text's first letter sits at the right edge of its box (not at the left, as in English). */
async function alignedRight(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent?.trim()) node = walker.nextNode();
    if (!node) return false;
    const start = node.textContent!.search(/\S/);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    const first = range.getBoundingClientRect();
    const box = (el as HTMLElement).getBoundingClientRect();
    return box.right - first.right < 24 && first.left - box.left > box.width / 2;
  });
}

/**
 * How far the page is wider than the screen (a phone browser widens its layout viewport to fit, so
 * compare with clientWidth), and the elements that stick out (outside any box that scrolls sideways).
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const excess = document.documentElement.scrollWidth - width;
    if (excess === 0) return 0;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .filter((e) => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false;
        return true;
      })
      .slice(-4)
      .map((e) => `${e.tagName.toLowerCase()}.${(e as HTMLElement).className}`);
    return `${excess}px wider: ${culprits.join(', ')}`;
  });

/**
 * Pledges are written in every script and titles are not always short: Arabic runs right to left
 * wherever a pledge is shown, and a long unbroken title never makes a page wider than a phone.
 */
describe('every script, any length', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('an Arabic pledge reads right to left; a long title wraps on phones', async () => {
    const { event, created, moderator, panelists } = await sessionInEvent(
      env.server,
      { name: 'منتدى حوكمة الإنترنت العربي', themes: ['الشمول الرقمي', 'Trust'] },
      {
        code: 'WS #1',
        title: LONG_TITLE,
        panelists: [{ name: 'ليلى حداد', organization: 'جمعية الإنترنت', stakeholderGroup: 'Civil Society', regionalGroup: 'Asia-Pacific Group' }],
      },
    );
    sockets.push(moderator);
    await moderator.send('round:open', {});
    const { ack, followUpToken: token } = await submitFromPhone(env.server.url, created.sessionId, panelists[0]!.id, { id: randomUUID(), text: ARABIC, capacity: 'organization', themes: ['الشمول-الرقمي'] }, sockets);
    const pledgeId = (ack.pledge as { id: string }).id;
    const errors: string[] = [];

    const laptop = { width: 1366, height: 900 };
    const wall = await openPage(env.browser, created.links.wall, errors, laptop);
    await wall.getByText(ARABIC).waitFor();
    expect(await alignedRight(wall, '.pledge-card__text')).toBe(true);
    await wall.screenshot({ path: path.join(SHOTS, 'scripts-wall.png') });

    for (const [name, url, ready] of [
      ['registry', `${env.server.url}/e/${event.id}`, ARABIC],
      ['pledge', `${env.server.url}/p/${pledgeId}`, ARABIC],
      ['follow-up', `${env.server.url}/f/${pledgeId}#token=${token}`, ARABIC],
      ['report', `${env.server.url}/s/${created.sessionId}/report#key=${created.moderatorKey}`, ARABIC],
      ['wall', created.links.wall, ARABIC],
      ['console', created.links.moderator, ARABIC],
    ] as const) {
      const page = await openPage(env.browser, url, errors);
      await page.getByText(ready).first().waitFor();
      expect([name, await alignedRight(page, `text=${ARABIC}`)]).toEqual([name, true]);
      expect([name, await overflow(page)]).toEqual([name, 0]);
      await page.screenshot({ path: path.join(SHOTS, `scripts-${name}-phone.png`), fullPage: true });
      await page.context().close();
    }

    // The organizer's event page on a phone, with a session of that long title in its programme.
    const org = await openPage(env.browser, `${env.server.url}/organizer/events/${event.id}#token=${ADMIN_TOKEN}`, errors);
    await org.getByText('WS #1').first().waitFor();
    expect(await overflow(org)).toBe(0);
    await org.screenshot({ path: path.join(SHOTS, 'scripts-event-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 90_000);
});
