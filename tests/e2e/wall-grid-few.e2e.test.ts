import type { StakeholderGroup } from '../../shared/domain';
import { browserAndServer, openPage } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { cards, pagerState, pledgeText, settled, walkPages } from '../helpers/wall-measure';

/**
 * A few pledges just over one page of the projector's grid: rather than "Page 1 of 2" with part of
 * the first page empty and a second page the room waits for, every card shows at once in slightly
 * smaller type, still whole. Many pledges still take pages (tests/e2e/wall-grid.e2e.test.ts).
 */

/** Four pledges of about 320 characters: at 1920×1080 two columns of two were just too tall, so two pages of two. */
const PLEDGES = [
  pledgeText('Before the next IGF', 330),
  pledgeText('Our ministry commits that', 310),
  pledgeText('Over the coming year', 320),
  pledgeText('Together with our members', 300),
];
const PANEL = PLEDGES.map((_, i) => ({ name: `Panelist ${i + 1}`, organization: 'Alliance for Affordable Internet', stakeholderGroup: 'Civil Society' as StakeholderGroup }));

describe('the wall grid with a few pledges', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('1920×1080: four pledges just over a page all show on one page, whole, in type at most 15 % smaller', async () => {
    const s = await sessionInEvent(env.server, { name: 'IGF 2026' }, { title: 'Commitments to Action', code: 'MS #4', panelists: PANEL });
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', { moderation: 'none' });
    const ids: string[] = [];
    for (const [i, text] of PLEDGES.entries()) {
      const body = pledgeFor(text, { capacity: 'organization' });
      await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[i]!.id, body, sockets);
      ids.push(body.id);
    }
    const errors: string[] = [];
    const wall = await openPage(env.browser, s.created.links.wall, errors, { width: 1920, height: 1080 });
    await wall.getByTestId('wall-pledge-list').locator(`[data-testid="pledge-${ids.at(-1)}"]`).waitFor();
    await wall.evaluate(() => document.fonts.ready);
    await settled(wall);

    expect(await pagerState(wall)).toEqual({ page: 1, pages: 1 });
    expect(await wall.getByTestId('wall-pager').count()).toBe(0);
    const walked = await walkPages(wall, 'wall-grid-few-1920x1080');
    expect(walked.problems).toEqual([]);
    expect(walked.perPage).toEqual([PLEDGES.length]);
    // Smaller by the list's factor only, never below 85 % of the grid's full size.
    const sizes = await wall.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[data-testid="wall-pledge-list"]')!;
      const probe = document.createElement('p');
      probe.style.fontSize = 'var(--text)';
      list.append(probe);
      const full = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return { full, pageFit: Number(getComputedStyle(list).getPropertyValue('--page-fit')) };
    });
    expect(sizes.pageFit).toBeGreaterThanOrEqual(0.85);
    expect(sizes.pageFit).toBeLessThan(1);
    for (const c of await cards(wall)) {
      expect(c.textSize).toBeGreaterThanOrEqual(sizes.full * 0.85 - 0.5);
      expect(c.textSize).toBeGreaterThan(c.nameSize);
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
