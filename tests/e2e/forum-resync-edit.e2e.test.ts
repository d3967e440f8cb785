import path from 'node:path';
import { browserAndServer, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { pledgeFor, setupSession } from '../helpers/round';
import { submitFromPhone } from '../helpers/record';
import { adminApi, createEvent, PANEL } from '../helpers/server';

const OLD_TITLE = 'Meaningful Connectivity for the Next Billion';
const NEW_TITLE = 'Community Networks after WSIS+20';
const SECOND_TITLE = 'Open Forum: Data, Trust and Governance';

/**
 * A forum wall whose request for the whole state crosses an organizer's edit, in a real browser
 * against a real server: a relay on the page's WebSocket lets the request through, so the server
 * reads the state before the edit, and holds its answer back until the edit's delta has reached
 * the page. The answer, read before the edit, must not put the session's old title back.
 */
describe('a forum wall asking for the whole state as a session is edited', () => {
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
    // The page's `forum:sync` acknowledgement ids, and the answer to one, held back.
    const syncIds = new Set<string>();
    let held: { send: () => void } | null = null;
    let answered: () => void = () => undefined;
    const answerHeld = new Promise<void>((resolve) => (answered = resolve));
    let hold = false;
    await ctx.routeWebSocket(/socket\.io/, (ws) => {
      const upstream = ws.connectToServer();
      ws.onMessage((msg) => {
        const sync = typeof msg === 'string' ? /^42\/forum,(\d+)\["forum:sync"/.exec(msg) : null;
        if (sync) syncIds.add(sync[1]!);
        upstream.send(msg);
      });
      upstream.onMessage((msg) => {
        const ack = typeof msg === 'string' ? /^43\/forum,(\d+)\[/.exec(msg) : null;
        if (hold && ack && syncIds.has(ack[1]!) && !held) {
          held = { send: () => ws.send(msg) };
          answered();
          return;
        }
        ws.send(msg);
      });
    });
    const page = await ctx.newPage();
    try {
      await page.goto(`${url}/forum/${event.id}`);
      const bySession = page.getByTestId('forum-by-session');
      await bySession.getByText(OLD_TITLE).waitFor();

      // A session added to the event since the page's state: its first pledge makes the page ask
      // for the whole state (the same request as the periodic resync). The server answers at
      // once, with the first session as it is now; the relay holds the answer back.
      hold = true;
      const second = await setupSession(env.server, { ...PANEL, code: 'OF #12', title: SECOND_TITLE, eventId: event.id });
      sockets.push(second.moderator);
      await second.moderator.sendOk('round:open', {});
      await submitFromPhone(url, second.created.sessionId, second.panelists[0]!.id, pledgeFor('We will publish our data governance audit.'), sockets);
      await answerHeld;

      // The organizer renames the first session: its delta reaches the page, which shows it.
      const edited = await adminApi(url, `/api/sessions/${first.created.sessionId}`, { method: 'PATCH', body: { title: NEW_TITLE } });
      expect(edited.status).toBe(200);
      await bySession.getByText(NEW_TITLE).waitFor();

      // The answer read before the edit arrives now: the page takes the second session from it
      // (its title shows), and keeps the first one's new title.
      held!.send();
      await bySession.getByText(SECOND_TITLE).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'forum-resync-edit.png') });
      const details = await bySession.locator('.forum__tally-detail').allInnerTexts();
      expect(details.sort()).toEqual([NEW_TITLE, SECOND_TITLE].sort());
      expect(await page.locator('body').innerText()).not.toContain(OLD_TITLE);
    } finally {
      await ctx.close();
    }
  }, 60_000);
});
