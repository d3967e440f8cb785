import path from 'node:path';
import { parseCsv } from '../../shared/csv';
import { openPage, SHOTS } from '../helpers/browser';
import { browserRoomInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { adminApi } from '../helpers/server';

/**
 * The standard themes in each viewer's language, on a real server, Redis and Chromium. The event
 * is stored as events always were: the standard themes with their ids and English labels ("Data",
 * "Trust"), beside a theme the organizer typed ("Cyber Resilience"). An Arabic wall names the
 * standard ones in Arabic, on the breakdown and on the cards; the French report and registry in
 * French; the organizer's own theme reads as typed everywhere; the exports keep the stored ids and
 * labels.
 */
describe('standard theme names', () => {
  const ctx = browserRoomInEvent({ name: 'IGF 2026', languages: ['ar'], themes: ['Data', 'Trust', 'Cyber Resilience'] });
  const { env, errors, sockets } = ctx;

  beforeAll(async () => {
    const { room } = ctx;
    expect(room.event.themes).toEqual([
      { id: 'data', label: 'Data' },
      { id: 'trust', label: 'Trust' },
      { id: 'cyber-resilience', label: 'Cyber Resilience' },
    ]);
    const sessionId = room.created.sessionId;
    const [first, second] = room.panelists;
    await submitFromPhone(env.server.url, sessionId, first!.id, { ...pledgeFor('We will open our spectrum data before the next IGF.'), themes: ['data', 'cyber-resilience'] }, sockets);
    await submitFromPhone(env.server.url, sessionId, second!.id, { ...pledgeFor('We will audit our trust services with civil society.'), themes: ['data'] }, sockets);
  });

  const rows = (page: import('playwright-core').Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((el) => [el.getAttribute('data-key'), el.querySelector('.breakdown__label, td, th')?.textContent ?? '']));

  test.each([
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])('an Arabic wall names the standard themes in Arabic, the organizer’s own as typed (%o)', async (screen) => {
    const breakdown = await openPage(env.browser, `${ctx.room.created.links.wall}?view=breakdown`, errors, screen);
    await breakdown.getByTestId('wall-breakdown-themes').waitFor();
    await breakdown.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await rows(breakdown, '[data-testid="wall-breakdown-themes"] li')).toEqual([
      ['data', 'البيانات'],
      ['trust', 'الثقة'],
      ['cyber-resilience', 'Cyber Resilience'],
    ]);
    await breakdown.screenshot({ path: path.join(SHOTS, `theme-names-breakdown-ar-${screen.width}.png`) });
    await breakdown.context().close();

    const grid = await openPage(env.browser, `${ctx.room.created.links.wall}?view=grid`, errors, screen);
    const list = grid.getByTestId('wall-pledge-list');
    await list.getByText('spectrum data').waitFor();
    await grid.waitForFunction(() => document.documentElement.lang === 'ar');
    const tags = await list.locator('.pledge-card__tags li').allInnerTexts();
    expect(tags).toEqual(expect.arrayContaining(['البيانات', 'Cyber Resilience']));
    expect(tags).not.toContain('Data');
    await grid.screenshot({ path: path.join(SHOTS, `theme-names-grid-ar-${screen.width}.png`) });
    await grid.context().close();
  }, 30_000);

  test('the French report and registry name them in French; the exports keep ids and stored labels', async () => {
    const { sessionId, moderatorKey } = ctx.room.created;
    const report = await openPage(env.browser, `${env.server.url}/s/${sessionId}/report?lang=fr#key=${moderatorKey}`, errors, { width: 1366, height: 768 });
    await report.getByTestId('count-theme').waitFor();
    expect(await rows(report, '[data-testid="count-theme"] tbody tr')).toEqual([
      ['data', 'Données'],
      ['trust', 'Confiance'],
      ['cyber-resilience', 'Cyber Resilience'],
    ]);
    expect(await report.locator('.report-pledge dd').allInnerTexts()).toContain('Données et Cyber Resilience');
    await report.screenshot({ path: path.join(SHOTS, 'theme-names-report-fr.png'), fullPage: true });
    await report.context().close();

    const registry = await openPage(env.browser, `${env.server.url}/e/${ctx.room.event.id}?lang=fr`, errors, { width: 1366, height: 768 });
    const filter = registry.getByTestId('filter-theme');
    await filter.waitFor();
    expect(await filter.locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['Données', 'Confiance', 'Cyber Resilience']));
    await registry.getByText('spectrum data').waitFor();
    expect(await registry.locator('.tags li').allInnerTexts()).toEqual(expect.arrayContaining(['Données', 'Cyber Resilience']));
    await registry.context().close();

    const csv = parseCsv((await adminApi<string>(env.server.url, `/api/sessions/${sessionId}/export.csv`)).body);
    if (!csv.ok) throw new Error(csv.problem);
    const [head, ...lines] = csv.rows.map((r) => r.cells);
    const col = (name: string) => lines.map((cells) => cells[head!.indexOf(name)]).sort();
    expect(col('themes')).toEqual(['data', 'data; cyber-resilience']);
    expect(col('theme_labels')).toEqual(['Data', 'Data; Cyber Resilience']);
  }, 30_000);
});
