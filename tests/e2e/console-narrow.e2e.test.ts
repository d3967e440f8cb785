import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../client/i18n/locales';
import { DEMO_SESSION } from '../../server/demo';
import { openIn } from '../helpers/axe';
import { browserAndServer, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { audiencePhone, pledgeFor, seatedPhone, setupSession, waitingPhone } from '../helpers/round';
import { createSession, type TestSession } from '../helpers/server';
import { brokenWords } from '../helpers/text-layout';

/**
 * The moderator console on a moderator's phone (360×740), in each of the six languages, on a real
 * server and Chromium, before the round opens and with a busy round: a panelist's pledge in the
 * spotlight, another panelist writing and called to speak, a seat request and an audience pledge
 * waiting, two pledges for the record only (one kept out of it), the last call made, with every
 * fold open. Every word stays whole on its line, no text
 * reaches past its box, and each choice of the spotlight's "move on by itself" reads whole in
 * its dropdown (on a laptop too). Screenshots in test-artifacts/console-narrow-*.png.
 */

const SMALL_PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };

/** Runs in the page: every choice of the rotation whose words are wider than the dropdown's room for them. */
function rotationCut(): string[] {
  const select = document.querySelector<HTMLSelectElement>('[data-testid="spotlight-rotate"]')!;
  const style = getComputedStyle(select);
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = style.font;
  return [...select.options].flatMap((option) => {
    const width = context.measureText(option.text).width;
    return width > room ? [`"${option.text}" is ${Math.round(width)} px in ${Math.round(room)} px`] : [];
  });
}

/** Runs in the page: boxes inside the console whose text reaches past them (fields aside), or is cut to a few letters. */
function overflowing(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.console *')].flatMap((el) => {
    if (el.closest('.visually-hidden, input, textarea, select')) return [];
    const style = getComputedStyle(el);
    // An ellipsis is deliberate, but not one that leaves next to nothing to read.
    if (style.textOverflow === 'ellipsis') return el.scrollWidth > el.clientWidth + 1 && el.clientWidth < 64 ? [`${el.className}: "${el.textContent}" squeezed to ${el.clientWidth} px`] : [];
    if (style.position === 'absolute' || el.clientWidth <= 1) return [];
    return el.scrollWidth > el.clientWidth + 1 ? [`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').slice(0, 40)}"`] : [];
  });
}

/** Runs in the page: where the queue's count stands against its heading's last line ('beside' is right). */
function queueCountPlace(): string {
  const head = document.querySelector('[data-testid="mod-queue"] .card__head')!;
  const rects = head.querySelector('h2')!.getClientRects();
  const line = rects[rects.length - 1]!;
  const count = head.querySelector('.card__count')!.getBoundingClientRect();
  const middle = (count.top + count.bottom) / 2;
  return middle > line.top && middle < line.bottom ? 'beside' : `${Math.round(count.top - line.bottom)} px below`;
}

describe('the console on a moderator’s phone', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let busy: Awaited<ReturnType<typeof setupSession>>;
  let fresh: TestSession;
  beforeAll(async () => {
    fresh = await createSession(env.server.url, DEMO_SESSION);
    busy = await setupSession(env.server, DEMO_SESSION);
    sockets.push(busy.moderator);
    await busy.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', countdownSeconds: 900 });
    const [amina, kenji, lucia] = busy.panelists;
    const first = await seatedPhone(env.server.url, busy.created.sessionId, amina!.id);
    const second = await seatedPhone(env.server.url, busy.created.sessionId, kenji!.id);
    const asking = await waitingPhone(env.server.url, busy.created.sessionId, lucia!.id);
    const member = await audiencePhone(env.server.url, busy.created.sessionId, { presence: 'onsite', name: 'Ines', organization: 'Université Cheikh Anta Diop' });
    sockets.push(first.phone, second.phone, asking.phone, member.phone);
    const pledge = await first.phone.sendOk('pledge:submit', pledgeFor('We will connect forty rural schools to community networks before the next IGF.'));
    const id = (pledge.pledge as { id: string; moderation: string }).id;
    if ((pledge.pledge as { moderation: string }).moderation === 'pending') await busy.moderator.sendOk('pledge:approve', { pledgeId: id });
    await busy.moderator.sendOk('stage:spotlight', { pledgeId: id, rotateSeconds: null });
    await second.phone.sendOk('pledge:drafting', { drafting: true });
    await member.phone.sendOk('pledge:submit', pledgeFor('I will host a community network clinic every month.', { capacity: 'individual' }));
    // Two pledges for the record only, one of them kept out of it: their buttons say so in words of their own.
    for (const [name, text, keptOut] of [
      ['Oksana', 'I will brief our ministry on this session’s outcome.', false],
      ['Tariq', 'I will report this session to our national IGF steering group.', true],
    ] as const) {
      const recorder = await audiencePhone(env.server.url, busy.created.sessionId, { presence: 'online', name });
      sockets.push(recorder.phone);
      const saved = await recorder.phone.sendOk('pledge:submit', { ...pledgeFor(text, { capacity: 'individual' }), visibility: 'record' });
      if (keptOut) await busy.moderator.sendOk('pledge:hide', { pledgeId: (saved.pledge as { id: string }).id });
    }
    await busy.moderator.sendOk('stage:call', { panelistId: kenji!.id });
    await busy.moderator.sendOk('round:last-call', {});
  }, 30_000);

  /** The busy round's console, or the one of a session whose round is not open yet. */
  async function consoleIn(lang: string, size: { width: number; height: number }, errors: string[], round: 'busy' | 'fresh' = 'busy'): Promise<Page> {
    const link = round === 'busy' ? busy.created.links.moderator : fresh.links.moderator;
    const page = await openIn(env.browser, lang, link, errors, size.width < 500 ? 'small-phone' : size);
    await page.getByTestId(round === 'busy' ? 'attention-queue' : 'open-round').waitFor();
    if (round === 'busy') await page.getByTestId('spotlight-author').waitFor();
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  test.each([...LOCALES])('%s: every choice of "move on by itself" reads whole, on a phone and on a laptop', async (lang) => {
    const errors: string[] = [];
    const cut: string[] = [];
    for (const size of [SMALL_PHONE, LAPTOP]) {
      const page = await consoleIn(lang, size, errors);
      await page.getByTestId('spotlight-card').screenshot({ path: path.join(SHOTS, `console-narrow-spotlight-${lang}-${size.width}.png`) });
      cut.push(...(await page.evaluate(rotationCut)).map((c) => `${size.width}×${size.height}: ${c}`));
      await page.context().close();
    }
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([...LOCALES])('%s: the queue’s count sits beside its heading, on a phone and on a laptop', async (lang) => {
    const errors: string[] = [];
    const places: Record<string, string> = {};
    for (const size of [SMALL_PHONE, LAPTOP]) {
      const page = await consoleIn(lang, size, errors);
      await page.getByTestId('mod-queue').locator('.card__head').screenshot({ path: path.join(SHOTS, `console-narrow-queue-${lang}-${size.width}.png`) });
      places[size.width] = await page.evaluate(queueCountPlace);
      await page.context().close();
    }
    expect(places).toEqual({ [SMALL_PHONE.width]: 'beside', [LAPTOP.width]: 'beside' });
    expect(errors).toEqual([]);
  });

  test.each([...LOCALES])('%s: at 360 px no word breaks across lines and no text reaches past its box', async (lang) => {
    const errors: string[] = [];
    const found: Record<string, { wider: boolean; broken: string[]; overflowing: string[] }> = {};
    for (const round of ['fresh', 'busy'] as const) {
      const page = await consoleIn(lang, SMALL_PHONE, errors, round);
      // What folds away shows too (the walls' links, a seat's invite).
      await page.evaluate(() => document.querySelectorAll('.console details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      for (const toggle of await page.locator('[data-testid^="invite-toggle-"]').all()) await toggle.click();
      await page.locator('[data-testid^="invite-qr-"]').first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, `console-narrow-${round}-${lang}.png`), fullPage: true });
      if (round === 'busy') await page.getByTestId('mod-pledge-list').screenshot({ path: path.join(SHOTS, `console-narrow-pledges-${lang}.png`) });
      const wider = (await page.evaluate(() => document.documentElement.scrollWidth)) > SMALL_PHONE.width;
      found[round] = { wider, broken: await brokenWords(page, '.console'), overflowing: await page.evaluate(overflowing) };
      await page.context().close();
    }
    const none = { wider: false, broken: [], overflowing: [] };
    expect(found).toEqual({ fresh: none, busy: none });
    expect(errors).toEqual([]);
  }, 60_000);
});
