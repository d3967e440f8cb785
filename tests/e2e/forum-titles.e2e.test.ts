import path from 'node:path';
import type { CreateSessionInput } from '../../shared/schemas';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { pledgeFor, setupSession } from '../helpers/round';
import { submitFromPhone } from '../helpers/record';
import { createEvent } from '../helpers/server';

/**
 * The forum wall's totals by session, on a real server, Redis and Chromium: a session's title too
 * long for the panel is cut at its own end, in the direction it is written, on an English and an
 * Arabic screen alike: an English title keeps its first words on an Arabic screen, an Arabic title
 * on an English one.
 */
const SESSIONS: CreateSessionInput[] = [
  {
    code: 'WS #215',
    title: 'Commitments to Action: Closing the Digital Divide in Rural and Remote Communities through Community Networks',
    panelists: [{ name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' }],
  },
  {
    code: 'OF #12',
    title: 'الشمول الرقمي في المنطقة العربية: شبكات مجتمعية ومهارات رقمية للنساء والشباب في المناطق الريفية',
    panelists: [{ name: 'Nadia Haddad', organization: 'ESCWA', stakeholderGroup: 'Intergovernmental Organization' }],
  },
];

describe('the forum wall’s session titles', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let eventId = '';
  beforeAll(async () => {
    eventId = (await createEvent(env.server.url, { name: 'IGF 2026' })).id;
    for (const [i, body] of SESSIONS.entries()) {
      const s = await setupSession(env.server, { ...body, eventId });
      sockets.push(s.moderator);
      await s.moderator.sendOk('round:open', {});
      await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[0]!.id, pledgeFor(`We will connect ${i + 2} hundred rural schools to broadband this year.`), sockets);
    }
  }, 30_000);

  test.each(['en', 'ar'])('%s: each title shows its first words', async (lang) => {
    const page = await openPage(env.browser, `${env.server.url}/forum/${eventId}?lang=${lang}`, errors, { width: 1280, height: 720 });
    const details = page.locator('[data-testid="forum-by-session"] .forum__tally-detail');
    await details.nth(SESSIONS.length - 1).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(SHOTS, `forum-titles-${lang}.png`) });
    const shown = await details.evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode() as Text;
        const range = document.createRange();
        // The title's first word, wherever its direction puts it.
        range.setStart(text, 0);
        range.setEnd(text, text.data.indexOf(' '));
        const first = range.getBoundingClientRect();
        return {
          title: text.data,
          cut: el.scrollWidth > el.clientWidth + 1 || [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1),
          firstWordShown: first.left >= box.left - 0.5 && first.right <= box.right + 0.5,
        };
      }),
    );
    expect(shown.map((s) => s.title).sort()).toEqual(SESSIONS.map((s) => s.title).sort());
    // Both titles are too long for the panel at this size: each is cut, and keeps its first word.
    expect(shown).toEqual(shown.map((s) => ({ ...s, cut: true, firstWordShown: true })));
    await page.context().close();
  });
});
