import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { submitFromPhone } from '../helpers/record';
import { setupSession } from '../helpers/round';

const PANEL = Array.from({ length: 9 }, (_, i) => ({ name: `Panelist ${i + 1}`, organization: `Organization ${i + 1}`, stakeholderGroup: 'Civil Society' as const }));
const text = (i: number) =>
  `Pledge ${i + 1}: we will fund community networks in ${10 + i} rural districts, publish an open register of their coverage, ` +
  `train local operators in security and maintenance, and report our progress every quarter until the next IGF.`;

/**
 * More pledges than fit on a projector are not hidden: the wall turns pages by itself, and every
 * pledge is on screen in turn.
 */
describe('a full wall', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('shows every pledge a page at a time', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, { title: 'A long round', code: 'MS #9', panelists: PANEL });
    sockets.push(moderator);
    await moderator.send('round:open', {});
    for (const [i, p] of panelists.entries()) {
      await submitFromPhone(env.server.url, created.sessionId, p.id, { id: randomUUID(), text: text(i), capacity: 'organization' }, sockets);
    }
    const errors: string[] = [];
    const wall = await openPage(env.browser, `${created.links.wall}?page=2`, errors, { width: 1366, height: 768 });
    await wall.getByTestId('wall-pledge-list').getByText('Pledge 1:').waitFor();
    const pager = wall.getByTestId('wall-pager');
    await pager.waitFor();
    const pages = Number(/of (\d+)/.exec(await pager.innerText())![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    await wall.screenshot({ path: path.join(SHOTS, 'wall-pages.png') });

    // Over the pages, every card is at some moment wholly inside the visible part of the wall.
    const seen = new Set<string>();
    const deadline = Date.now() + (pages + 1) * 2_500 + 3_000;
    while (seen.size < PANEL.length && Date.now() < deadline) {
      const visible = await wall.evaluate(() => {
        const view = document.querySelector('.wall__viewport')!.getBoundingClientRect();
        return [...document.querySelectorAll('.wall__pledges .pledge-card__text')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
          })
          .map((el) => /^Pledge (\d+):/.exec(el.textContent ?? '')?.[1] ?? '');
      });
      visible.forEach((v) => seen.add(v));
      await new Promise((r) => setTimeout(r, 200));
    }
    expect([...seen].sort((a, b) => Number(a) - Number(b))).toEqual(PANEL.map((_, i) => String(i + 1)));
    expect(errors).toEqual([]);
  }, 90_000);

  test('breaks the pledges down by stakeholder group and theme (record-only ones not counted)', async () => {
    const { created, moderator, panelists } = await setupSession(env.server, {
      title: 'Breakdown',
      code: 'WS #3',
      panelists: [
        { name: 'Amina', organization: 'A', stakeholderGroup: 'Civil Society' },
        { name: 'Bruno', organization: 'B', stakeholderGroup: 'Civil Society' },
        { name: 'Chen', organization: 'C', stakeholderGroup: 'Government' },
        { name: 'Dana', organization: 'D', stakeholderGroup: 'Academia' },
      ],
    });
    sockets.push(moderator);
    await moderator.send('round:open', {});
    const pledges = [
      { themes: ['data', 'trust'] },
      { themes: ['data'] },
      { themes: [] },
      { themes: ['inclusion'], visibility: 'record' },
    ];
    for (const [i, p] of panelists.entries()) {
      await submitFromPhone(env.server.url, created.sessionId, p.id, { id: randomUUID(), text: text(i), capacity: 'organization', ...pledges[i] }, sockets);
    }
    const errors: string[] = [];
    const wall = await openPage(env.browser, created.links.wall, errors, { width: 1366, height: 768 });
    const rows = async (id: string) =>
      (await wall.getByTestId(id).locator('li').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    await wall.getByTestId('wall-by-group').waitFor();
    expect(await rows('wall-by-group')).toEqual(['Civil Society 2', 'Government 1']);
    expect(await rows('wall-by-theme')).toEqual(['Data 2', 'Trust 1']);
    await wall.screenshot({ path: path.join(SHOTS, 'wall-breakdown.png') });
    expect(errors).toEqual([]);
  }, 60_000);
});
