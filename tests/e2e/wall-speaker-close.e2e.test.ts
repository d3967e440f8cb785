import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

/**
 * Closing the round ends the called speaker's turn: the projector wall, the online viewer's wall,
 * the word cloud, the breakdown and the stream's ticker stop saying "Speaking now", and a reopened
 * round does not bring it back. Real server, Redis and Chromium, 1920×1080.
 */

const PROJECTOR = { width: 1920, height: 1080 };
const VIEWS = ['', '?viewer=1', '?view=cloud', '?view=breakdown', '?view=ticker'] as const;
/** What the page says of the speaker: the header's line, or the ticker's head. */
const speakerLine = (page: Page) =>
  page.evaluate(() => {
    const head = document.querySelector('[data-testid="wall-ticker-head"]');
    if (head) return head.textContent?.startsWith('Speaking now') ? head.textContent : null;
    return document.querySelector('[data-testid="wall-speaker"]')?.textContent ?? null;
  });
const waitSpeaker = (page: Page, want: string | null) =>
  page.waitForFunction(
    (w) => {
      const head = document.querySelector('[data-testid="wall-ticker-head"]');
      const text = head ? (head.textContent?.startsWith('Speaking now') ? head.textContent : null) : (document.querySelector('[data-testid="wall-speaker"]')?.textContent ?? null);
      return w === null ? text === null : text?.includes(w) === true;
    },
    want,
    { timeout: 8000 },
  );

describe('the called speaker when the round closes', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('every wall view stops saying "Speaking now" once the round is closed, and reopening does not bring it back', async () => {
    const r = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['en'] });
    sockets.push(r.moderator);
    await r.moderator.sendOk('round:open', {});
    const pledge = pledgeFor('We will connect forty rural schools to community networks before the next IGF.');
    await submitFromPhone(env.server.url, r.created.sessionId, r.panelists[0]!.id, pledge, sockets);
    const speaker = r.panelists[0]!;
    await r.moderator.sendOk('stage:call', { panelistId: speaker.id });

    const pages = await Promise.all(VIEWS.map((q) => openPage(env.browser, `${r.created.links.wall}${q}`, errors, PROJECTOR)));
    for (const page of pages) await waitSpeaker(page, speaker.name);
    await pages[0]!.screenshot({ path: path.join(SHOTS, 'wall-speaker-open-1920.png') });

    await r.moderator.sendOk('round:close', {});
    for (const page of pages) await waitSpeaker(page, null);
    await pages[0]!.screenshot({ path: path.join(SHOTS, 'wall-speaker-closed-1920.png') });
    await pages[4]!.screenshot({ path: path.join(SHOTS, 'wall-speaker-closed-ticker-1920.png') });
    // The pledge stays on the wall; only the turn ended.
    await pages[0]!.getByText('We will connect forty rural schools').waitFor();

    await r.moderator.sendOk('round:open', {});
    await pages[0]!.locator('[data-testid="round-state"][data-state="open"]').waitFor({ timeout: 8000 });
    const fresh = await openPage(env.browser, r.created.links.wall, errors, PROJECTOR);
    await fresh.getByText('We will connect forty rural schools').waitFor();
    for (const page of [...pages, fresh]) expect(await speakerLine(page)).toBeNull();
    await Promise.all([...pages, fresh].map((p) => p.close()));
  });
});
