import path from 'node:path';
import type { Page } from 'playwright-core';
import { routes } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import { arCommon } from '../../client/i18n/ar/common';
import { arStage } from '../../client/i18n/ar/stage';
import { enStage } from '../../client/i18n/en/stage';
import { frStage } from '../../client/i18n/fr/stage';
import { openIn } from '../helpers/axe';
import { browserAndServer, newPage, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { audiencePhone, pledgeFor, setupSession } from '../helpers/round';
import { seenText } from '../helpers/text-layout';

/**
 * What a screen reader hears on the walls and the console, on a real server, Redis and Chromium:
 * a wall's live region never holds words of a language other than the page's (a wall taking turns
 * in its event's languages), nor a message that no longer holds (a pledge taken off the wall, one
 * no longer waiting on the console); a pledge's author line is read as its parts, not one word.
 */

const WALL = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
const STAGE: Record<string, Record<keyof typeof enStage, string>> = { en: enStage, fr: frStage, ar: arStage };

interface Heard {
  text: string;
  lang: string;
}

/** The region's words and the page's language at the moment it says something. */
async function heard(page: Page, testId: string): Promise<Heard> {
  const said = await page.waitForFunction(
    (id) => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return text ? { text, lang: document.documentElement.lang } : null;
    },
    testId,
    { timeout: 10_000 },
  );
  return (await said.jsonValue()) as Heard;
}

/** The region's words (and the page's language) the moment the page has turned from `lang` to its next language. */
async function afterTurn(page: Page, testId: string, lang: string): Promise<Heard> {
  const turned = await page.waitForFunction(
    ([id, from]) =>
      document.documentElement.lang !== from ? { text: document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '', lang: document.documentElement.lang } : null,
    [testId, lang] as const,
    { timeout: 10_000 },
  );
  return (await turned.jsonValue()) as Heard;
}

/**
 * The region at the page's next turns of language, from `lang`: it holds nothing, unless the
 * message came less than HEARD_MS before the turn; then it is the same message in the new
 * language (checked by `saidIn`), and the turn after takes it out. Returns the page's language
 * once the region is empty.
 */
async function leavesWithTurn(page: Page, testId: string, lang: string, saidIn: (h: Heard) => void): Promise<string> {
  let turned = await afterTurn(page, testId, lang);
  if (turned.text !== '') {
    saidIn(turned);
    turned = await afterTurn(page, testId, turned.lang);
  }
  expect(turned.text).toBe('');
  return turned.lang;
}

/** Waits until the region holds nothing; on a timeout, says what it held. */
async function emptied(page: Page, testId: string): Promise<void> {
  try {
    await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === '', testId, { timeout: 5000 });
  } catch {
    throw new Error(`the live region still says "${await page.getByTestId(testId).textContent()}"`);
  }
}

/** What the accessibility tree reads for `selector` (its text, parts joined as a screen reader gets them). */
async function treeText(page: Page, selector: string): Promise<string> {
  const snapshot = await page.locator(selector).first().ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*(\w+:\s*)?/, '').replace(/^"(.*)"$/, '$1'))
    .join(' ');
}

/** The parts read one after the other with a comma (a pause) between each, whatever spaces the tree puts around it. */
const readAsParts = (...parts: string[]) => new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&')).join('\\s*,\\s*'));

describe('what screen readers hear on walls and the console', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('a session wall taking turns in French and Arabic never holds words of the language before', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['fr', 'ar'] });
    sockets.push(room.moderator);
    const page = await openPage(env.browser, `${room.created.links.wall}?langEvery=3`, errors, WALL);
    await page.getByTestId('wall').waitFor();
    const region = 'wall-announcer';

    await room.moderator.sendOk('round:open', {});
    const openIn = (h: Heard) => expect(h.text).toBe(STAGE[h.lang]!['wall.announce.open']);
    const open = await heard(page, region);
    openIn(open);
    // (The page may have opened in English and settled in French just after the round opened.)
    expect(await leavesWithTurn(page, region, open.lang, openIn)).toMatch(/^(fr|ar)$/);

    // The tester's case: "Le tour est clos." under <html lang="ar">.
    await room.moderator.sendOk('round:close', {});
    const closedIn = (h: Heard) => expect(h.text).toBe(STAGE[h.lang]!['wall.announce.closed']);
    const closed = await heard(page, region);
    closedIn(closed);
    await leavesWithTurn(page, region, closed.lang, closedIn);
    await page.screenshot({ path: path.join(SHOTS, 'a11y-walls-session.png') });
  }, 60_000);

  /**
   * A wall in French (Arabic's words loaded too) whose language picker turns it to Arabic in the
   * very moment it has taken in a frame holding `marker`, before it has drawn it (as a turn of
   * the event's languages would, once armed with `arm`).
   */
  async function wallTurningOnFrame(url: string, marker: string) {
    const page = await newPage(env.browser, 'wall', errors, WALL);
    await page.addInitScript((mark) => {
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        override set onmessage(handle: ((ev: MessageEvent) => void) | null) {
          super.onmessage = (ev: MessageEvent) => {
            handle?.call(this, ev);
            const w = window as { turnTo?: string };
            if (w.turnTo && typeof ev.data === 'string' && ev.data.includes('session:deltas') && ev.data.includes(mark)) {
              const picker = document.querySelector<HTMLSelectElement>('[data-testid="language-picker"]')!;
              picker.value = w.turnTo;
              w.turnTo = undefined;
              picker.dispatchEvent(new Event('change', { bubbles: true }));
            }
          };
        }
      };
    }, marker);
    // Both languages' words loaded: the turn then happens at once, as a wall's turns do.
    await page.goto(`${url}?lang=ar`);
    await page.getByTestId('wall').waitFor();
    await page.getByTestId('language-picker').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    return { page, arm: () => page.evaluate(() => ((window as { turnTo?: string }).turnTo = 'ar')) };
  }

  test('a language chosen in the very moment the round closes: the close is said, in the language the page turned to', async () => {
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    const { page, arm } = await wallTurningOnFrame(s.created.links.wall, '"closed"');
    await arm();
    await s.moderator.sendOk('round:close', {});
    expect(await heard(page, 'wall-announcer')).toEqual({ text: arStage['wall.announce.closed'], lang: 'ar' });
  }, 60_000);

  test('an anonymous pledge said in the very moment of a turn: all its words in the new language', async () => {
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none' });
    const { page, arm } = await wallTurningOnFrame(s.created.links.wall, 'Anonymous pledge for the wall');
    const member = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite' });
    sockets.push(member.phone);
    await arm();
    await member.phone.sendOk('pledge:submit', pledgeFor('Anonymous pledge for the wall: we will map rural coverage.', { capacity: 'individual' }));
    expect(await heard(page, 'wall-announcer')).toEqual({ text: arStage['wall.announce.pledge'].replace('{name}', arCommon['pledge.anonymous']), lang: 'ar' });
  }, 60_000);

  test('a wall settling in its event’s first language as the round opens says so in that language', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['fr', 'ar'] });
    sockets.push(room.moderator);
    const page = await newPage(env.browser, 'wall', errors, WALL, { serviceWorkers: 'block' });
    // The event's languages' words come only once the round has opened: till then the wall is in English.
    const held: (() => void)[] = [];
    await page.route(/\/assets\/(fr|ar)-/, (route) => void held.push(() => void route.continue()));
    const asked = page.waitForRequest(/\/assets\/(fr|ar)-/);
    await page.clock.install();
    await page.goto(room.created.links.wall);
    await page.getByTestId('wall').waitFor();
    await asked;
    // The page's timers stand still: however long the words take to come, they come within HEARD_MS.
    await page.clock.pauseAt(Date.now() + 1000);

    await room.moderator.sendOk('round:open', {});
    await page.getByTestId('wall-announcer').getByText(enStage['wall.announce.open']).waitFor();
    held.splice(0).forEach((go) => go());
    await page.waitForFunction(
      (said) => document.documentElement.lang === 'fr' && document.querySelector('[data-testid="wall-announcer"]')?.textContent === said,
      frStage['wall.announce.open'],
      { timeout: 10_000 },
    );
  }, 60_000);

  test('an online viewer’s wall taking turns in English and Arabic: a new pledge is said in the page’s language, and leaves with the language and with the pledge', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['en', 'ar'] });
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const page = await openPage(env.browser, `${room.created.links.wall}?viewer=1&langEvery=3`, errors, WALL);
    await page.getByTestId('wall').waitFor();
    const region = 'wall-announcer';
    const [amina, kenji] = [room.panelists[0]!, room.panelists[1]!];

    await submitFromPhone(env.server.url, room.created.sessionId, amina.id, pledgeFor('We will connect forty rural schools before the next IGF.'), sockets);
    const aminaIn = (h: Heard) => expect(h.text).toBe(STAGE[h.lang]!['wall.announce.pledge'].replace('{name}', 'Amina Diallo'));
    const said = await heard(page, region);
    aminaIn(said);
    await leavesWithTurn(page, region, said.lang, aminaIn);
    // The next pledge is said in the language the page has then.
    await submitFromPhone(env.server.url, room.created.sessionId, kenji.id, pledgeFor('We will publish our spectrum data.'), sockets);
    const next = await heard(page, region);
    expect(next.text).toBe(STAGE[next.lang]!['wall.announce.pledge'].replace('{name}', 'Kenji Watanabe'));
  }, 60_000);

  test('a wall kept in Arabic and the embed: a pledge taken off the walls leaves their live region with it', async () => {
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    const wall = await openPage(env.browser, `${s.created.links.wall}?lang=ar`, errors, WALL);
    const embed = await openPage(env.browser, `${env.server.url}${routes.embed(s.created.sessionId)}`, errors, { width: 400, height: 700 });
    for (const page of [wall, embed]) await page.getByTestId('wall-announcer').waitFor({ state: 'attached' });
    const region = 'wall-announcer';
    const { ack } = await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[1]!.id, pledgeFor('We will publish our spectrum data.'), sockets);
    expect((await heard(wall, region)).text).toBe(arStage['wall.announce.pledge'].replace('{name}', 'Kenji Watanabe'));
    expect((await heard(embed, region)).text).toBe(enStage['wall.announce.pledge'].replace('{name}', 'Kenji Watanabe'));
    await s.moderator.sendOk('pledge:hide', { pledgeId: (ack.pledge as Pledge).id });
    for (const page of [wall, embed]) await emptied(page, region);
    expect(await wall.evaluate(() => document.documentElement.lang)).toBe('ar');
  }, 60_000);

  test.each(['en', 'ar'])('a wall card’s author line is read as its parts (%s), and looks as before', async (lang) => {
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none' });
    const member = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Hanane Boujemi', organization: 'TikTok' });
    sockets.push(member.phone);
    const pledge = (await member.phone.sendOk('pledge:submit', {
        ...pledgeFor('We will publish a yearly transparency report on content moderation in Africa.', { organization: 'TikTok' }),
        stakeholderGroup: 'Private Sector',
      })).pledge as Pledge;
    const page = await openIn(env.browser, lang, `${s.created.links.wall}?viewer=1`, errors, WALL);
    const who = `[data-testid="wall-pledge-list"] [data-testid="pledge-${pledge.id}"] .pledge-card__who`;
    await page.locator(who).waitFor();
    const group = lang === 'ar' ? 'القطاع الخاص' : 'Private Sector';
    expect(await treeText(page, who)).toMatch(readAsParts('Hanane Boujemi', 'TikTok', group));
    // The eye sees the dots, not the commas: without them the line is laid out the same.
    const layout = () =>
      page.locator(who).evaluate((el) => [...el.getClientRects()].map((r) => [r.left, r.top, r.width, r.height].map(Math.round).join(',')).join(' '));
    // Measured once the wall has settled: its fonts loaded and the card's entrance over.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished));
    });
    await page.screenshot({ path: path.join(SHOTS, `a11y-walls-author-${lang}.png`) });
    const seen = await layout();
    await page.locator(who).evaluate((el) => el.querySelectorAll('.visually-hidden').forEach((c) => c.remove()));
    expect(await layout()).toBe(seen);

    // The spotlight's byline too, its audience mark apart from the group.
    await s.moderator.sendOk('stage:spotlight', { pledgeId: pledge.id, rotateSeconds: null });
    const spotlit = '[data-testid="wall-spotlight-who"]';
    await page.locator(spotlit).waitFor();
    const audience = lang === 'ar' ? 'الجمهور · عبر الإنترنت' : 'Audience · online';
    expect(await treeText(page, spotlit)).toMatch(readAsParts('Hanane Boujemi', 'TikTok', group, audience));
    expect(await seenText(page.locator(spotlit))).toBe(`Hanane Boujemi · TikTok · ${group}${audience}`);
  }, 60_000);

  test('the forum wall taking turns in English and Arabic: its announcement leaves with the language, its cards’ author lines are read as parts', async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['en', 'ar'] });
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const page = await openPage(env.browser, `${env.server.url}/forum/${room.event.id}?langEvery=3`, errors, WALL);
    await page.getByTestId('forum-wall').waitFor();
    const region = 'forum-announcer';
    const amina = room.panelists[0]!;
    await submitFromPhone(env.server.url, room.created.sessionId, amina.id, pledgeFor('We will connect forty rural schools.', { organization: 'West Africa ICT Alliance' }), sockets);
    const aminaIn = (h: Heard) => {
      expect(h.text).toContain('Amina Diallo');
      expect(h.text).toMatch(h.lang === 'ar' ? /^تعهد جديد/ : /^New pledge/);
    };
    const said = await heard(page, region);
    aminaIn(said);
    await leavesWithTurn(page, region, said.lang, aminaIn);
    expect(await treeText(page, '[data-testid="forum-card"] .forum-card__meta')).toMatch(readAsParts('Amina Diallo', 'West Africa ICT Alliance', 'WS #215'));
    await page.screenshot({ path: path.join(SHOTS, 'a11y-walls-forum.png') });
  }, 60_000);

  test.each(['en', 'ar'])('the console (%s) no longer says a pledge waits once it was approved or rejected', async (lang) => {
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'audience' });
    const page = await openIn(env.browser, lang, s.created.links.moderator, errors, LAPTOP);
    await page.getByTestId('mod-queue').waitFor();
    const region = 'mod-announcer';

    const lina = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Lina Haddad' });
    sockets.push(lina.phone);
    const first = (await lina.phone.sendOk('pledge:submit', pledgeFor('We will run digital literacy clinics in Beirut.', { capacity: 'individual' }))).pledge as Pledge;
    expect((await heard(page, region)).text).toContain('Lina Haddad');
    // Approved from the other console: the region no longer says it waits.
    await s.moderator.sendOk('pledge:approve', { pledgeId: first.id, basedOn: first.updatedAt });
    await emptied(page, region);

    const omar = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite', name: 'Omar Khatib' });
    sockets.push(omar.phone);
    const second = (await omar.phone.sendOk('pledge:submit', pledgeFor('Buy our product today!', { capacity: 'individual' }))).pledge as Pledge;
    expect((await heard(page, region)).text).toContain('Omar Khatib');
    await s.moderator.sendOk('pledge:reject', { pledgeId: second.id, reason: 'Advertising' });
    await emptied(page, region);
    await page.screenshot({ path: path.join(SHOTS, `a11y-walls-console-${lang}.png`) });
  }, 60_000);
});
