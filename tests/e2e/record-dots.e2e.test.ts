import path from 'node:path';
import { browserAndServer, openPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { drawnDotsStartingLines } from '../helpers/text-layout';

/**
 * Who made a pledge, on the record's pages (a registry card, the report, the author's follow-up
 * page), on a real server, Redis and Chromium: a long name and organization wrap between their
 * parts, and the " · " between two parts ends a line, never starts one, on a laptop and a phone,
 * left to right and right to left.
 */
const PANEL = {
  code: 'WS #215',
  title: 'Commitments to Action',
  panelists: [
    {
      name: 'Maximiliano Alejandro Fernández-Villaverde de la Concepción',
      organization: 'Ministerio de Ciencia, Tecnología, Conocimiento e Innovación de la República',
      stakeholderGroup: 'Government' as const,
      regionalGroup: 'GRULAC' as const,
    },
  ],
};

describe('who made a pledge, on the record’s pages', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  let pages: Record<string, { url: string; selector: string }> = {};
  beforeAll(async () => {
    const room = await sessionInEvent(env.server, { name: 'IGF 2026' }, PANEL);
    sockets.push(room.moderator);
    await room.moderator.sendOk('round:open', {});
    const pledge = pledgeFor('We will connect every public school in rural municipalities to broadband by 2027.', { organization: PANEL.panelists[0]!.organization });
    const { followUpToken } = await submitFromPhone(env.server.url, room.created.sessionId, room.panelists[0]!.id, pledge, sockets);
    const url = env.server.url;
    pages = {
      registry: { url: `${url}/e/${room.event.id}`, selector: '.rcard__author' },
      report: { url: `${url}/s/${room.created.sessionId}/report#key=${room.created.moderatorKey}`, selector: '.report-pledge__who' },
      'follow-up': { url: `${url}/f/${pledge.id}#token=${followUpToken}`, selector: '.follow-up__author' },
    };
  }, 30_000);

  const screens: Screen[] = [{ width: 1366, height: 768 }, { width: 390, height: 844 }];
  test.each(['registry', 'report', 'follow-up'].flatMap((name) => ['en', 'ar'].flatMap((lang) => screens.map((screen) => [name, lang, screen] as [string, string, Screen]))))(
    '%s, %s, %o: a dot never starts a line',
    async (name, lang, screen) => {
      const { url, selector } = pages[name]!;
      const [base, hash] = url.split('#');
      const page = await openPage(env.browser, `${base}?lang=${lang}${hash ? `#${hash}` : ''}`, errors, screen);
      const line = page.locator(selector).first();
      await line.waitFor();
      await page.evaluate(() => document.fonts.ready);
      const label = typeof screen === 'string' ? screen : `${screen.width}x${screen.height}`;
      await line.screenshot({ path: path.join(SHOTS, `record-dots-${name}-${lang}-${label}.png`) });
      // The parts wrap onto more than one line here, or the check proves nothing.
      expect(await line.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '20'))).toBeGreaterThan(1.5);
      expect(await drawnDotsStartingLines(page, selector)).toEqual([]);
      await page.context().close();
    },
  );
});
