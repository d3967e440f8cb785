import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, newPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink, startPledge, submitPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * A moderator who calls the last call a second time (the round's `lastCall` time changes) is
 * heard again on every phone: the form's banner comes in again inside its assertive region, and a
 * saved pledge's phone reads the call out again in its polite region, once each time, though the
 * words are the same. Two panelists' phones, at 390×844 and 360×640, each writing or saved.
 * Real server, Redis and Chromium.
 */

const BANNER = 'Last call: send your pledge now.';
const SAID = 'Last call for pledges.';

/** Records, from now on, the text of every node added to the phone's live regions (the form's alert, the polite announcer). */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { heard: { region: string; text: string }[]; listening?: MutationObserver[] };
    for (const o of w.listening ?? []) o.disconnect();
    w.heard = [];
    w.listening = [];
    const regions = [...document.querySelectorAll('[role="alert"], [data-testid="wall-announcer"]')];
    for (const region of regions) {
      const name = region.getAttribute('data-testid') === 'wall-announcer' ? 'polite' : 'alert';
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          for (const node of r.addedNodes) w.heard.push({ region: name, text: node.textContent ?? '' });
          if (r.type === 'characterData') w.heard.push({ region: name, text: r.target.textContent ?? '' });
        }
      });
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      w.listening.push(observer);
    }
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: { region: string; text: string }[] }).heard);

/** Waits until the page's `region` got a node saying `text`. */
const hears = (page: Page, region: 'alert' | 'polite', text: string) =>
  page.waitForFunction(
    ([r, t]) => (window as unknown as { heard: { region: string; text: string }[] }).heard.some((h) => h.region === r && h.text.includes(t!)),
    [region, text] as const,
    { timeout: 10_000 },
  );

describe('a second last call on the phones', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const clients: Client[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  test.each([
    ['phone', 'short-phone'],
    ['short-phone', 'phone'],
  ] as [Screen, Screen][])('writing on a %s and saved on a %s, the second call is shown and read out again', async (writingScreen, savedScreen) => {
    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    await moderator.sendOk('round:open', { prompt: 'What will you do before the next IGF?' });
    const writing = await newPage(env.browser, `writing ${String(writingScreen)}`, errors, writingScreen);
    await writing.goto(inviteLink(created, panelists[0]!.id));
    await startPledge(writing, 'We will publish');
    const saved = await newPage(env.browser, `saved ${String(savedScreen)}`, errors, savedScreen);
    await saved.goto(inviteLink(created, panelists[1]!.id));
    const text = 'Our ministry will consult civil society on the new AI guidelines.';
    await startPledge(saved, text);
    await submitPledge(saved, text);

    for (const page of [writing, saved]) await listen(page);
    await moderator.sendOk('round:last-call', {});
    await hears(writing, 'alert', BANNER);
    await hears(saved, 'polite', SAID);

    // The moderator calls it again: a new time, the same words.
    for (const page of [writing, saved]) await listen(page);
    await moderator.sendOk('round:last-call', {});
    await hears(writing, 'alert', BANNER);
    await hears(saved, 'polite', SAID);
    // Once each: one banner on the form, the call once in the saved phone's region.
    await expect(writing.getByTestId('last-call').count()).resolves.toBe(1);
    expect(await writing.getByTestId('last-call').isVisible()).toBe(true);
    expect(await writing.getByTestId('last-call').innerText()).toContain(BANNER);
    await expect(saved.getByTestId('wall-announcer').textContent()).resolves.toBe(SAID);
    // The form says it itself: its polite region does not say it too.
    expect((await heard(writing)).filter((h) => h.region === 'polite' && h.text.includes('Last call'))).toEqual([]);
    expect((await heard(saved)).filter((h) => h.text.includes(SAID))).toHaveLength(1);
    await writing.screenshot({ path: path.join(SHOTS, `phone-last-call-again-writing-${String(writingScreen)}.png`) });
    await saved.screenshot({ path: path.join(SHOTS, `phone-last-call-again-saved-${String(savedScreen)}.png`) });
  }, 60_000);
});
