import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

/**
 * A spotlight left on when the round closed does not take over the wall when the round opens
 * again: reopening begins a new collection, so a wall on "Automatic" goes back to the grid with
 * the join code and QR code, and the new pledges show. Real server, Redis and Chromium, 1366×768.
 */

const LAPTOP = { width: 1366, height: 768 };
const view = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') ?? null);
const waitView = (page: Page, v: string) =>
  page.waitForFunction((want) => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') === want, v, { timeout: 8000 });

describe('a reopened round on the wall', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('the spotlight from the earlier round gives way to the grid, the join code and the new pledges', async () => {
    const r = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['en'] });
    sockets.push(r.moderator);
    await r.moderator.sendOk('round:open', {});
    const first = pledgeFor('We will connect forty rural schools to community networks before the next IGF.');
    await submitFromPhone(env.server.url, r.created.sessionId, r.panelists[0]!.id, first, sockets);
    await r.moderator.sendOk('stage:spotlight', { pledgeId: first.id, rotateSeconds: null });
    await r.moderator.sendOk('round:close', {});

    const wall = await openPage(env.browser, r.created.links.wall, errors, LAPTOP);
    // Closed with the spotlight on: the wall still shows it, as the room talks about it.
    await waitView(wall, 'spotlight');

    await r.moderator.sendOk('round:open', {});
    await waitView(wall, 'grid');
    await wall.getByTestId('wall-join-code').waitFor();
    await wall.getByTestId('wall-qr').waitFor();
    const second = pledgeFor('Our ministry will publish every spectrum licence and its conditions as open data.');
    await submitFromPhone(env.server.url, r.created.sessionId, r.panelists[1]!.id, second, sockets);
    await wall.getByText('Our ministry will publish every spectrum licence').waitFor();
    expect(await view(wall)).toBe('grid');
    await wall.screenshot({ path: path.join(SHOTS, 'wall-reopen-1366.png') });
    await wall.close();
  });
});
