import path from 'node:path';
import type { BrowserContext, WebSocketRoute } from 'playwright-core';
import { browserAndServer, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { submitFromPhone } from '../helpers/record';
import { adminApi, createEvent, PANEL } from '../helpers/server';

const OLD_TITLE = 'Meaningful Connectivity for the Next Billion';
const NEW_TITLE = 'Community Networks after WSIS+20';
const SECOND_TITLE = 'Open Forum: Data, Trust and Governance';

/**
 * A relay on a page's WebSocket that lets its requests for the whole state (`event`, in the
 * Socket.IO `namespace` as written in a packet: `/forum,`, or '' for a session) through, so the
 * server reads the state at once, and, once `hold` is set, holds back the first answer to one of
 * them (by its ack id) until the test calls `held`. `drop`: server messages lost on the way.
 */
async function holdStateAnswer(ctx: BrowserContext, namespace: string, event: string, drop: (msg: string) => boolean = () => false) {
  const asked = new Set<string>();
  const relay = { hold: false, held: null as null | (() => void), answered: Promise.resolve() };
  let answered: () => void = () => undefined;
  relay.answered = new Promise<void>((resolve) => (answered = resolve));
  const request = new RegExp(`^42${namespace}(\\d+)\\["${event}"`);
  const answer = new RegExp(`^43${namespace}(\\d+)\\[`);
  await ctx.routeWebSocket(/socket\.io/, (ws: WebSocketRoute) => {
    const upstream = ws.connectToServer();
    ws.onMessage((msg) => {
      const id = typeof msg === 'string' ? request.exec(msg)?.[1] : undefined;
      if (id) asked.add(id);
      upstream.send(msg);
    });
    upstream.onMessage((msg) => {
      const id = typeof msg === 'string' ? answer.exec(msg)?.[1] : undefined;
      if (relay.hold && id && asked.has(id) && !relay.held) {
        relay.held = () => ws.send(msg);
        answered();
        return;
      }
      if (typeof msg === 'string' && drop(msg)) return;
      ws.send(msg);
    });
  });
  return relay;
}

/**
 * A wall whose request for the whole state crosses an organizer's edit, in a real browser against
 * a real server: a relay on the page's WebSocket lets the request through, so the server reads the
 * state before the edit, and holds its answer back until the edit's delta has reached the page.
 * The answer, read before the edit, must not put the session's old title back: on the forum wall,
 * and on a session's wall.
 */
describe('a wall asking for the whole state as its session is edited', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test("the state read before the edit, answered after the edit's delta, keeps the new title", async () => {
    const url = env.server.url;
    const event = await createEvent(url, { name: 'IGF 2026 forum' });
    const first = await setupSession(env.server, { ...PANEL, code: 'WS #215', title: OLD_TITLE, eventId: event.id });
    sockets.push(first.moderator);
    await first.moderator.sendOk('round:open', {});
    await submitFromPhone(url, first.created.sessionId, first.panelists[0]!.id, pledgeFor('We will connect two hundred rural schools this year.'), sockets);

    const ctx = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const relay = await holdStateAnswer(ctx, '/forum,', 'forum:sync');
    const page = await ctx.newPage();
    try {
      await page.goto(`${url}/forum/${event.id}`);
      const bySession = page.getByTestId('forum-by-session');
      await bySession.getByText(OLD_TITLE).waitFor();

      // A session added to the event since the page's state: its first pledge makes the page ask
      // for the whole state (the same request as the periodic resync). The server answers at
      // once, with the first session as it is now; the relay holds the answer back.
      relay.hold = true;
      const second = await setupSession(env.server, { ...PANEL, code: 'OF #12', title: SECOND_TITLE, eventId: event.id });
      sockets.push(second.moderator);
      await second.moderator.sendOk('round:open', {});
      await submitFromPhone(url, second.created.sessionId, second.panelists[0]!.id, pledgeFor('We will publish our data governance audit.'), sockets);
      await relay.answered;

      // The organizer renames the first session: its delta reaches the page, which shows it.
      const edited = await adminApi(url, `/api/sessions/${first.created.sessionId}`, { method: 'PATCH', body: { title: NEW_TITLE } });
      expect(edited.status).toBe(200);
      await bySession.getByText(NEW_TITLE).waitFor();

      // The answer read before the edit arrives now: the page takes the second session from it
      // (its title shows), and keeps the first one's new title.
      relay.held!();
      await bySession.getByText(SECOND_TITLE).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'forum-resync-edit.png') });
      const details = await bySession.locator('.forum__tally-detail').allInnerTexts();
      expect(details.sort()).toEqual([NEW_TITLE, SECOND_TITLE].sort());
      expect(await page.locator('body').innerText()).not.toContain(OLD_TITLE);
    } finally {
      await ctx.close();
    }
  }, 60_000);

  test("a session wall's state, read before the edit and answered after the edit's delta, keeps the new title", async () => {
    const url = env.server.url;
    const { created, moderator, panelists } = await setupSession(env.server, { ...PANEL, title: OLD_TITLE });
    sockets.push(moderator);
    await moderator.sendOk('round:open', {});
    const a = await seatedPhone(url, created.sessionId, panelists[0]!.id);
    const b = await seatedPhone(url, created.sessionId, panelists[1]!.id);
    sockets.push(a.phone, b.phone);

    const ctx = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    // One pledge's frame is lost on the way: the next frame shows the hole, and the wall asks for the state.
    let dropped = 0;
    const relay = await holdStateAnswer(ctx, '', 'session:sync', (msg) => msg.includes('"session:deltas"') && msg.includes('LOST ON THE WAY') && dropped++ === 0);
    const wall = await ctx.newPage();
    try {
      await wall.goto(created.links.wall);
      const title = wall.locator('.wall__title');
      await title.getByText(OLD_TITLE).waitFor();
      await wall.waitForFunction(() => document.querySelector('[data-testid="round-state"]')?.getAttribute('data-state') === 'open');

      relay.hold = true;
      await a.phone.sendOk('pledge:submit', pledgeFor('LOST ON THE WAY: we will publish our audit.'));
      await b.phone.sendOk('pledge:submit', pledgeFor('We will train fifty new moderators.'));
      await relay.answered;
      expect(dropped).toBe(1);

      const edited = await adminApi(url, `/api/sessions/${created.sessionId}`, { method: 'PATCH', body: { title: NEW_TITLE } });
      expect(edited.status).toBe(200);
      await title.getByText(NEW_TITLE).waitFor();

      // The state read before the edit arrives: the lost pledge shows (the hole is closed), the title stays new.
      relay.held!();
      await wall.getByTestId('wall-pledge-list').filter({ hasText: 'LOST ON THE WAY' }).waitFor();
      await wall.screenshot({ path: path.join(SHOTS, 'wall-resync-edit.png') });
      expect(await title.innerText()).toBe(NEW_TITLE);
      expect(await wall.title()).toContain(NEW_TITLE);
    } finally {
      await ctx.close();
    }
  }, 60_000);
});
