import path from 'node:path';
import { browserAndServer, newPage, openPage, SHOTS, type Screen } from '../helpers/browser';
import { inviteLink, openDetails, startPledge } from '../helpers/phone-page';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor, setupSession } from '../helpers/round';

const DESKTOP: Screen = { width: 1360, height: 900 };

/**
 * The Sustainable Development Goals in the reader's language: the goals' short titles as the UN
 * prints them, in every language; the targets' official texts in English, marked as English (so a
 * screen reader reads them in English, and an Arabic page does not mirror their punctuation).
 */
describe('SDGs in the six languages', () => {
  const env = browserAndServer();

  test("a pledge's targets and the registry's goal filter show the goals' titles in the page's language", async () => {
    const { event, created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2025 Norway', startDate: '2025-06-23', endDate: '2025-06-27' });
    const errors: string[] = [];
    const sockets: { close(): void }[] = [moderator];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const pledge = { ...pledgeFor('We will connect forty rural schools to affordable broadband by 2027.'), sdgTargets: ['1.4', '9.c'] };
      await submitFromPhone(env.server.url, created.sessionId, panelists[0]!.id, pledge, sockets);

      const expected = [
        ['fr', '1 · Pas de pauvreté', '9 · Industrie, innovation et infrastructure'],
        ['es', '1 · Fin de la pobreza', '9 · Industria, innovación e infraestructura'],
        ['ar', 'القضاء على الفقر', 'الصناعة والابتكار والهياكل الأساسية'],
        ['ru', '1 · Ликвидация нищеты', '9 · Индустриализация, инновации и инфраструктура'],
        ['zh', '无贫穷', '产业、创新和基础设施'],
      ] as const;
      // One page, going from language to language (a browser context per language costs more than the check).
      const page = await newPage(env.browser, 'pledge page', errors, DESKTOP);
      for (const [lang, goal1, goal9] of expected) {
        await page.goto(`${env.server.url}/p/${pledge.id}?lang=${lang}`);
        await page.locator(`html[lang="${lang}"]`).waitFor();
        await page.getByTestId('public-pledge').waitFor();
        const target = page.getByTestId('sdg-target-1.4');
        expect(await target.locator('.sdg-list__goal').innerText()).toContain(goal1);
        expect(await page.getByTestId('sdg-target-9.c').locator('.sdg-list__goal').innerText()).toContain(goal9);
        // The official text, in English, says so.
        const text = target.locator('.sdg-list__text');
        expect(await text.innerText()).toMatch(/^By 2030, ensure that all men and women/);
        expect([await text.getAttribute('lang'), await text.getAttribute('dir')]).toEqual(['en', 'ltr']);
        if (lang === 'ar') await page.screenshot({ path: path.join(SHOTS, 'pledge-page-sdg-ar.png'), fullPage: true });
      }
      await page.close();

      // In English nothing is marked: the page is English already.
      const english = await openPage(env.browser, `${env.server.url}/p/${pledge.id}?lang=en`, errors, DESKTOP);
      await english.getByTestId('public-pledge').waitFor();
      const text = english.getByTestId('sdg-target-1.4').locator('.sdg-list__text');
      expect([await text.getAttribute('lang'), await text.getAttribute('dir')]).toEqual([null, null]);
      expect(await english.getByTestId('sdg-target-1.4').locator('.sdg-list__goal').innerText()).toBe('1 · No Poverty');

      // The registry's goal filter in Spanish.
      const registry = await openPage(env.browser, `${env.server.url}/e/${event.id}?lang=es`, errors, DESKTOP);
      await registry.getByTestId(`registry-pledge-${pledge.id}`).waitFor();
      const goals = await registry.getByTestId('filter-goal').locator('option').allInnerTexts();
      expect(goals).toEqual(expect.arrayContaining(['1 · Fin de la pobreza', '17 · Alianzas para lograr los objetivos']));
      await registry.getByTestId('filter-goal').selectOption('9');
      await registry.getByTestId(`registry-pledge-${pledge.id}`).waitFor();
      expect(errors).toEqual([]);
    } finally {
      sockets.forEach((s) => s.close());
    }
  }, 90_000);

  test("the phone's picker finds targets by words of their goal's title in the panelist's language, and names the goal", async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const link = new URL(inviteLink(created, panelists[0]!.id));
      link.searchParams.set('lang', 'es');
      const phone = await newPage(env.browser, 'phone in Spanish', errors);
      await phone.goto(link.href);
      await startPledge(phone, 'Llevaremos internet asequible a cuarenta escuelas rurales en 2027.');
      await openDetails(phone);
      await phone.getByTestId('sdg-search').fill('pobreza');
      const option = phone.getByTestId('sdg-option-1.4');
      await option.waitFor();
      expect(await option.locator('.sdg-option__goal').innerText()).toBe('Fin de la pobreza');
      const text = option.locator('.sdg-option__text');
      expect(await text.innerText()).toMatch(/^By 2030, ensure that all men and women/);
      expect(await text.getAttribute('lang')).toBe('en');
      // Every match is a target of goal 1.
      const codes = await phone.locator('[data-testid^="sdg-option-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('sdg-option-'.length)));
      expect(codes.length).toBeGreaterThan(3);
      expect(codes.every((code) => code.startsWith('1.'))).toBe(true);
      // The placeholder's own example word finds its goal too.
      await phone.getByTestId('sdg-search').fill('alianza');
      await phone.getByTestId('sdg-option-17.1').waitFor();
      await phone.screenshot({ path: path.join(SHOTS, 'phone-sdg-picker-es.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  });

  test("on a phone whose keyboard leaves 480 px, the picker's first matches show as soon as the panelist types", async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const phone = await newPage(env.browser, 'phone with its keyboard up', errors, { width: 390, height: 480 });
      await phone.goto(inviteLink(created, panelists[0]!.id));
      await startPledge(phone, 'We will bring clean water to forty rural schools by 2027.');
      await openDetails(phone);
      await phone.getByTestId('sdg-search').scrollIntoViewIfNeeded();
      await phone.getByTestId('sdg-search').pressSequentially('water');
      await phone.getByTestId('sdg-option-6.1').waitFor();
      // The field and its first two matches are on screen, none of them under the sticky header.
      const header = await phone.locator('header').first().boundingBox();
      for (const box of [await phone.getByTestId('sdg-search').boundingBox(), ...(await Promise.all([0, 1].map((n) => phone.locator('.sdg-option').nth(n).boundingBox())))]) {
        expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
        expect(box!.y + box!.height).toBeLessThanOrEqual(480);
      }
      await phone.screenshot({ path: path.join(SHOTS, 'phone-sdg-picker-keyboard.png') });
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  });
});
