import path from 'node:path';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { seenText } from '../helpers/text-layout';

/**
 * A pledge made in a personal capacity by someone who named their organization does not read on
 * the wall like the organization's own: its byline says "(personal capacity)" after the name, on
 * the grid and on the ticker, in the wall's language. Real server, Redis and Chromium, 1920×1080.
 */

const PROJECTOR = { width: 1920, height: 1080 };
const MARK = { en: '(personal capacity)', fr: '(à titre personnel)', ar: '(بصفة شخصية)' } as const;

describe('capacity on the wall', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('a personal pledge says so after the name; one on behalf of the organization does not; grid and ticker, en, fr, ar', async () => {
    const r = await sessionInEvent(env.server, { name: 'IGF 2026', languages: ['en', 'fr', 'ar'] });
    sockets.push(r.moderator);
    await r.moderator.sendOk('round:open', {});
    const personal = pledgeFor('I will mentor two young engineers in routing security this year.', { capacity: 'individual', organization: 'ISOC Chapter' });
    const onBehalf = pledgeFor('Our ministry will publish every spectrum licence as open data.', { capacity: 'organization', organization: 'Ministry of Digital Affairs' });
    await submitFromPhone(env.server.url, r.created.sessionId, r.panelists[0]!.id, personal, sockets);
    await submitFromPhone(env.server.url, r.created.sessionId, r.panelists[1]!.id, onBehalf, sockets);
    const [amina, kenji] = [r.panelists[0]!.name, r.panelists[1]!.name];

    for (const lang of ['en', 'fr', 'ar'] as const) {
      const wall = await openPage(env.browser, `${r.created.links.wall}?lang=${lang}&view=grid`, errors, PROJECTOR);
      const card = (id: string) => wall.getByTestId(`pledge-${id}`).locator('.pledge-card__who');
      const byline = async (id: string) => (await seenText(card(id))).replace(/\s+/g, ' ');
      await card(onBehalf.id).waitFor();
      await wall.waitForFunction((l) => document.documentElement.lang === l, lang);
      expect(await byline(personal.id)).toMatch(new RegExp(`^${amina} ${escape(MARK[lang])} · ISOC Chapter · `));
      expect(await byline(onBehalf.id)).toMatch(new RegExp(`^${kenji} · Ministry of Digital Affairs · `));
      expect(await byline(onBehalf.id)).not.toContain(MARK[lang]);
      await wall.screenshot({ path: path.join(SHOTS, `wall-capacity-${lang}-1920.png`) });
      await wall.context().close();

      const ticker = await openPage(env.browser, `${r.created.links.wall}?lang=${lang}&view=ticker`, errors, PROJECTOR);
      const who = (id: string) => ticker.locator(`[data-pledge="${id}"] .ticker__who`).first();
      await who(onBehalf.id).waitFor({ state: 'attached' });
      expect((await who(personal.id).textContent())?.replace(/\s+/g, ' ')).toBe(`${amina} ${MARK[lang]}, ISOC Chapter`);
      expect((await who(onBehalf.id).textContent())?.replace(/\s+/g, ' ')).toBe(`${kenji}, Ministry of Digital Affairs`);
      await ticker.context().close();
    }
  }, 90_000);
});

const escape = (s: string) => s.replace(/[()]/g, '\\$&');
