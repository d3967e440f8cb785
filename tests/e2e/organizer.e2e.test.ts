import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../shared/csv';
import { browserAndServer, SHOTS } from '../helpers/browser';
import { ADMIN_TOKEN } from '../helpers/server';
import { expectNewTabs, linkShapes, outsideLinks } from '../helpers/organizer-links';
import { moderatorByLink } from '../helpers/round';

describe('the organizer page', () => {
  const env = browserAndServer();

  test('creates a session with its panel without curl, shows the links and lists it', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.url}/organizer`);

    // A wrong token is refused with a clear message.
    await page.getByTestId('admin-token').fill('not-the-admin-token');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Wrong admin token.').waitFor();

    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Continue' }).click();
    // Events come first; this session belongs to none.
    await page.getByTestId('events-section').getByText('No events yet').waitFor();
    await page.getByLabel('Title').fill('Data Governance for Development');
    await page.getByLabel('Session code').fill('WS #257');
    await page.getByTestId('panelist-name-1').fill('Grace Mutung’u');
    await page.getByTestId('panelist-org-1').fill('KICTANet');
    await page.getByTestId('panelist-group-1').selectOption('Civil Society');
    await page.getByRole('button', { name: 'Add panelist' }).click();
    await page.getByTestId('panelist-name-2').fill('Jan Kleijssen');
    await page.getByTestId('panelist-org-2').fill('Council of Europe');
    // A panelist's stakeholder group is chosen, never assumed: sent without one, the form says so
    // and the group that is missing takes the focus; nothing is created.
    expect(await page.getByTestId('panelist-group-2').inputValue()).toBe('');
    await page.getByTestId('create-session').click();
    await page.getByRole('alert').getByText('Choose each panelist’s stakeholder group').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panelist-group-2');
    expect(await page.getByTestId('panelist-group-2').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('panelist-group-1').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByTestId('created-links').count()).toBe(0);
    await page.getByTestId('panelist-group-2').selectOption('Intergovernmental Organization');
    await page.getByTestId('create-session').click();

    const links = page.getByTestId('created-links');
    await links.waitFor();
    const moderatorLink = await page.getByTestId('created-moderator-link').locator('input').inputValue();
    const joinLink = await page.getByTestId('created-join-link').locator('input').inputValue();
    expect(moderatorLink).toMatch(/\/s\/[A-Za-z0-9_-]+\/moderate#key=[A-Za-z0-9_-]{22}$/);
    expect(joinLink).toMatch(/\/j\/[A-Z2-9]{6}$/);
    const row = page.getByTestId('session-list').locator('li', { hasText: 'Data Governance for Development' });
    await row.waitFor();
    expect(await page.getByTestId('session-list').locator('li', { hasText: 'WS #257' }).count()).toBe(1);
    expect(await row.locator('.session-row__event').innerText()).toBe('No event');
    expect(await row.locator('.session-row__meta').innerText()).toMatch(/2 panelists · 0 pledges · Round not open yet/);
    // No schedule: when it was made, said so (a bare clock time read as its start).
    expect(await row.getByTestId('session-when').innerText()).toMatch(/^Created \w+ \d{1,2}, \d{4} at \d{2}:\d{2}/);
    await page.screenshot({ path: path.join(SHOTS, 'organizer-created.png'), fullPage: true });

    // The link works: its key opens the console for a session with exactly that panel.
    const mod = moderatorByLink(env.server.url, moderatorLink);
    const snap = await mod.snapshot();
    mod.close();
    expect(snap.session).toMatchObject({ title: 'Data Governance for Development', code: 'WS #257' });
    expect(snap.session.panelists.map((p) => [p.name, p.organization, p.stakeholderGroup])).toEqual([
      ['Grace Mutung’u', 'KICTANet', 'Civil Society'],
      ['Jan Kleijssen', 'Council of Europe', 'Intergovernmental Organization'],
    ]);

    // A session outside any event is exported from its row too, and its report opens with the organizer's token.
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Export the pledges of WS #257 Data Governance for Development as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('pledges-WS-257.csv');
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
    if (!csv.ok) throw new Error(csv.problem);
    expect(csv.rows[0]!.cells.slice(0, 3)).toEqual(['pledge_id', 'session_code', 'session_title']);
    expect(csv.rows).toHaveLength(1); // no pledge yet
    // Every link that leaves the organizer pages opens a new tab and says so, but the report's.
    const outside = await outsideLinks(page);
    expect(linkShapes(outside)).toEqual(['/j/:code', '/s/:id/report', '/s/:id/wall']);
    expectNewTabs(outside);
    // The report opens in this tab, signed in as this tab is; Back returns to the organizer page.
    await row.getByTestId('report-link').click();
    await page.getByRole('heading', { name: 'Data Governance for Development' }).waitFor();
    await page.getByText('Grace Mutung’u').first().waitFor();
    await page.goBack();
    await row.waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  test('the new event form offers the standard themes in the page’s language until they are changed', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.url}/organizer?lang=fr`);
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByTestId('admin-token').press('Enter');
    const form = page.getByTestId('create-event-form');
    const themes = () => form.locator('[data-testid^="theme-"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await form.getByTestId('theme-1').waitFor();
    expect(await themes()).toEqual(['Données', 'Environnement', 'Inclusion', 'Confiance']);

    // Untouched, the list follows the page's language.
    await page.getByTestId('language-picker').selectOption('es');
    await page.locator('html[lang="es"]').waitFor({ state: 'attached' });
    expect(await themes()).toEqual(['Datos', 'Medio ambiente', 'Inclusión', 'Confianza']);

    // Changed, it stays as changed; restored, it follows again.
    await form.getByTestId('theme-2').fill('Clima');
    await page.getByTestId('language-picker').selectOption('ru');
    await page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
    expect(await themes()).toEqual(['Datos', 'Clima', 'Inclusión', 'Confianza']);
    await page.getByTestId('language-picker').selectOption('zh');
    await page.locator('html[lang="zh"]').waitFor({ state: 'attached' });
    expect(await themes()).toEqual(['Datos', 'Clima', 'Inclusión', 'Confianza']);
    await form.getByRole('button', { name: '恢复标准列表' }).click();
    expect(await themes()).toEqual(['数据', '环境', '包容', '信任']);

    // The standard themes are kept as the standard themes (ids and English labels, as exports
    // write them), so every page names them in its own language; the organizer's own as typed.
    await form.getByTestId('theme-2').fill('气候');
    await form.getByLabel('活动名称', { exact: true }).fill('IGF 2026');
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/events') && r.request().method() === 'POST'),
      form.getByTestId('create-event').click(),
    ]);
    expect(((await created.json()) as { event: { themes: { id: string; label: string }[] } }).event.themes).toEqual([
      { id: 'data', label: 'Data' },
      { id: '气候', label: '气候' },
      { id: 'inclusion', label: 'Inclusion' },
      { id: 'trust', label: 'Trust' },
    ]);
    const chips = page.getByTestId('event-themes').locator('li');
    await chips.first().waitFor();
    expect(await chips.allInnerTexts()).toEqual(['数据', '气候', '包容', '信任']);
    await page.getByTestId('language-picker').selectOption('fr');
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached' });
    expect(await chips.allInnerTexts()).toEqual(['Données', '气候', 'Inclusion', 'Confiance']);
    expect(errors).toEqual([]);
  }, 60_000);
});
