import type { Page } from 'playwright-core';
import { browserAndServer, pageErrors } from '../helpers/browser';
import { inviteLink, joinAudience, startPledge, submitPledge } from '../helpers/phone-page';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * The online viewer's wall offers no Support on the pledge its own browser made, as the phone page
 * does not: a panelist who pledged on the phone page and opens the viewer's wall in the same
 * browser sees their pledge with its supporters in words and a Support button on the others'. A
 * wall opened before its browser joined and pledged learns it when its tap is refused, and then
 * shows the pledge as its own. Real pages in Chromium (laptop 1366x768); the moderator, the other
 * panelist and another attendee are socket clients.
 */
describe('the viewer wall and one’s own pledge', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const opened: { close(): unknown }[] = [];
  afterAll(async () => {
    for (const c of opened) await c.close();
  });

  /** One laptop browser (1366x768, reduced motion so screenshots show the cards, not their entrance): its pages share its storage. */
  const laptopBrowser = async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    opened.push(ctx);
    return async (label: string): Promise<Page> => {
      const p = await ctx.newPage();
      p.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
      p.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
      return p;
    };
  };

  /** An open round with the second panelist's pledge shown, and another attendee on a phone of their own. */
  async function session() {
    const s = await setupSession(env.server);
    opened.push(s.moderator);
    await s.moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?', pledgers: 'panel-and-audience' });
    const { phone } = await seatedPhone(env.server.url, s.created.sessionId, s.panelists[1]!.id);
    opened.push(phone);
    const other = ((await phone.sendOk('pledge:submit', pledgeFor('We will fund two community networks in mountain villages.'))).pledge as { id: string }).id;
    const fan = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online' });
    opened.push(fan.phone);
    const counts = async () => (await env.server.store.reactionCounts(s.created.sessionId)).counts;
    return { ...s, other, fan, counts, viewerWall: `${env.server.url}/s/${s.created.sessionId}/wall?viewer=1` };
  }
  const pledgeIdOf = async (page: Page, text: string) => {
    const card = page.locator('[data-testid^="pledge-"]', { hasText: text }).first();
    await card.waitFor();
    return (await card.getAttribute('data-testid'))!.replace('pledge-', '');
  };

  test('a panelist’s pledge: no Support on it in the viewer wall of the same browser; its supporters in words', async () => {
    const s = await session();
    const page = await laptopBrowser();
    const phone = await page('phone');
    await phone.goto(inviteLink(s.created, s.panelists[0]!.id));
    const text = 'We will open our rural connectivity maps to every municipality.';
    await startPledge(phone, text);
    await submitPledge(phone, text);

    const wall = await page('viewer wall');
    await wall.goto(s.viewerWall);
    const own = await pledgeIdOf(wall, text);
    await s.fan.phone.sendOk('reaction:set', { pledgeId: own, on: true });
    await wall.getByTestId(`pledge-${own}`).getByText('1 supporter').waitFor();
    await wall.getByTestId(`support-button-${s.other}`).waitFor();
    expect(await wall.getByTestId(`support-button-${own}`).count()).toBe(0);
    await wall.screenshot({ path: '/tmp/own-pledge-viewer-wall-1366.png' });
    // The other panelist's pledge: supported from this wall.
    await wall.getByTestId(`support-button-${s.other}`).click();
    await wall.locator(`[data-testid="support-${s.other}"][data-count="1"][data-pressed="true"]`).waitFor();
    expect(await s.counts()).toEqual({ [own]: 1, [s.other]: 1 });
    // An online viewer on a phone: the same, the cards one under the other.
    await wall.setViewportSize({ width: 390, height: 844 });
    await wall.getByTestId(`pledge-${own}`).getByText('1 supporter').scrollIntoViewIfNeeded();
    await wall.screenshot({ path: '/tmp/own-pledge-viewer-wall-390.png' });
    await wall.setViewportSize({ width: 1366, height: 768 });
    // In Arabic, right to left: the same.
    await wall.goto(`${s.viewerWall}&lang=ar`);
    await wall.getByTestId(`support-button-${s.other}`).waitFor();
    expect(await wall.getByTestId(`support-button-${own}`).count()).toBe(0);
    await wall.screenshot({ path: '/tmp/own-pledge-viewer-wall-ar-1366.png' });
    // In the spotlight: its supporters in words, no button; the other pledge's spotlight has one.
    await s.moderator.sendOk('stage:spotlight', { pledgeId: own });
    await wall.locator(`[data-testid="wall-spotlight"][data-pledge="${own}"]`).getByTestId('wall-spotlight-supporters').waitFor();
    expect(await wall.getByTestId(`support-button-${own}`).count()).toBe(0);
    await wall.screenshot({ path: '/tmp/own-pledge-viewer-spotlight-ar-1366.png' });
    await s.moderator.sendOk('stage:spotlight', { pledgeId: s.other });
    await wall.locator(`[data-testid="wall-spotlight"][data-pledge="${s.other}"]`).getByTestId(`support-button-${s.other}`).waitFor();
  }, 60_000);

  test('a wall opened before its browser joined and pledged: its tap is refused, and the pledge then shows as its own', async () => {
    const s = await session();
    const page = await laptopBrowser();
    const wall = await page('viewer wall');
    await wall.goto(s.viewerWall);
    await wall.getByTestId(`support-button-${s.other}`).waitFor();

    const phone = await page('phone');
    await phone.goto(s.created.links.join);
    await joinAudience(phone, 'online', { name: 'Ines Duarte' });
    const text = 'We will run a free coding club for girls every Saturday.';
    await startPledge(phone, text);
    await submitPledge(phone, text);
    const sent = await s.moderator.waitFor('session:deltas', (b) => b.deltas.some((d) => d.kind === 'pledge' && d.pledge.text === text));
    const pending = sent.deltas.flatMap((d) => (d.kind === 'pledge' && d.pledge.text === text ? [d.pledge] : []))[0]!;
    await s.moderator.sendOk('pledge:approve', { pledgeId: pending.id, basedOn: pending.updatedAt });

    // The wall's snapshot is from before: it still offers Support, which the server refuses.
    await wall.getByTestId(`support-button-${pending.id}`).click();
    await wall.getByTestId(`pledge-${pending.id}`).waitFor();
    await wall.getByTestId(`support-button-${pending.id}`).waitFor({ state: 'detached' });
    await wall.getByTestId(`support-button-${s.other}`).waitFor();
    expect(await s.counts()).toEqual({});
    await wall.screenshot({ path: '/tmp/own-pledge-viewer-wall-refused-1366.png' });
  }, 60_000);
});
