import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import type { Dashboard, EventDetail } from '../../shared/http';
import { parseCsv } from '../../shared/csv';
import { SCHEDULE_COLUMNS } from '../../shared/domain';
import { browserAndServer, SHOTS } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { expectNewTabs, linkShapes, outsideLinks } from '../helpers/organizer-links';
import { moderatorByLink, seatedPhone } from '../helpers/round';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * The organizer's event pages in a real browser against a real server: create an event with its
 * own themes, import a schedule (a bad file imports nothing; a good one creates sessions with
 * moderator links), add a session by hand, export the pledges and read the follow-up dashboard.
 */
describe('the organizer’s event pages', () => {
  const env = browserAndServer();

  const adminGet = async <T,>(route: string): Promise<T> => {
    const res = await fetch(`${env.server.url}${route}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  const csvFile = (name: string, rows: string[]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\r\n') + '\r\n', 'utf8'),
  });

  const downloadOf = async (page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = await download.path();
    return { download, text: await readFile(file!, 'utf8') };
  };

  /** Rows of a CSV as objects keyed by the header. */
  const records = (text: string): Record<string, string>[] => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(`not CSV: ${parsed.problem} on line ${parsed.line}`);
    const [header, ...rows] = parsed.rows;
    return rows.map((r) => Object.fromEntries(header!.cells.map((h, i) => [h, r.cells[i] ?? ''])));
  };

  const HEADER =
    'code,title,start,end,room,format,moderator,online_moderator,rapporteur,speaker_name,speaker_organization,speaker_stakeholder_group,speaker_regional_group';

  test('event, schedule import, a session by hand, exports and the follow-up dashboard', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A refused import answers 422, which Chromium logs as a failed resource: expected, not a page error.
    page.on('console', (m) => m.type() === 'error' && !/status of 422/.test(m.text()) && errors.push(m.text()));
    const clients: Client[] = [];

    try {
      // ---- sign in, create an event with a theme list of its own ----
      await page.goto(`${env.server.url}/organizer`);
      await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('No events yet').waitFor();

      const form = page.getByTestId('create-event-form');
      await form.getByLabel('Event name').fill('IGF 2025 Lillestrøm');
      await form.getByLabel('First day').fill('2025-06-23');
      await form.getByLabel('Last day').fill('2025-06-27');
      await form.getByTestId('theme-1').fill('Data Governance');
      // The themes are said to be final before the event is made (its screen reader description too).
      const themes = form.getByRole('group', { name: 'Themes' });
      const described = (el: Element) => el.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
      await expect(themes.evaluate(described)).resolves.toContain(
        'Themes cannot be changed once the event exists',
      );
      // Each theme's Remove button reads on one line beside its field.
      const removeLines = await form.locator('.theme-editor__row button').evaluateAll((buttons) =>
        buttons.map((b) => {
          const range = document.createRange();
          range.selectNodeContents(b);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(removeLines.length).toBeGreaterThan(0);
      expect(removeLines.filter((lines) => lines > 1)).toEqual([]);
      await form.getByRole('button', { name: 'Remove theme 4 (Trust)' }).click();
      await form.getByRole('button', { name: 'Add a theme' }).click();
      await form.getByTestId('theme-4').fill('AI & Emerging Tech');
      await form.getByLabel('Languages').fill('en, fr');
      await form.getByLabel('Months without a report before a pledge counts as silent').fill('6');
      await page.screenshot({ path: path.join(SHOTS, 'events-organizer.png'), fullPage: true });
      await page.getByTestId('create-event').click();

      await page.waitForURL(/\/organizer\/events\/[A-Za-z0-9_-]+$/);
      const eventId = new URL(page.url()).pathname.split('/').pop()!;
      const summary = page.getByTestId('event-summary');
      await summary.waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('IGF 2025 Lillestrøm');
      expect(await page.getByTestId('event-themes').locator('li').allInnerTexts()).toEqual([
        'Data Governance',
        'Environment',
        'Inclusion',
        'AI & Emerging Tech',
      ]);
      await summary.getByText(/Jun 23\s*–\s*27, 2025/).waitFor();
      await summary.getByText('French (fr)').waitFor();
      await page.getByTestId('event-sessions-empty').waitFor();

      const created = await adminGet<{ ok: true } & EventDetail>(`/api/events/${eventId}`);
      expect(created.event).toMatchObject({
        name: 'IGF 2025 Lillestrøm',
        startDate: '2025-06-23',
        endDate: '2025-06-27',
        languages: ['en', 'fr'],
        silentAfterMonths: 6,
      });
      expect(created.event.themes.map((t) => t.id)).toEqual(['data-governance', 'environment', 'inclusion', 'ai-emerging-tech']);

      // ---- the template the page offers is a schedule the server accepts ----
      const template = await downloadOf(page, () => page.getByTestId('import-template').click());
      expect(template.download.suggestedFilename()).toBe('schedule-template.csv');
      expect(template.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(SCHEDULE_COLUMNS.join(','));
      const templateCheck = await fetch(`${env.server.url}/api/events/${eventId}/import?dryRun=1`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' },
        body: template.text,
      });
      expect(templateCheck.status).toBe(200);
      expect(((await templateCheck.json()) as { sessions: unknown[] }).sessions).toEqual([
        // Its two policy questions in one cell, one per line.
        { code: 'WS #101', title: 'Data Governance for Development', speakers: 2, policyQuestions: [expect.stringMatching(/^How can data governance .+\?$/), expect.stringMatching(/^What capacities .+\?$/)] },
      ]);

      // ---- a file with bad rows: every problem listed by line, nothing imported ----
      const importCard = page.getByTestId('import-schedule');
      await importCard.getByTestId('import-file').setInputFiles(
        csvFile('bad.csv', [
          HEADER,
          'WS #12,Connectivity for All,2025-06-24 09:00,2025-06-24 10:30,Room 1,Workshop,,,,Amina Diallo,West Africa ICT Alliance,Civil Society,African Group',
          'WS #12,,,,,,,,,Kenji Watanabe,MIC Japan,Goverment,Asia-Pacific Group',
          'OF #7,Open Forum on Data,tomorrow morning,,Room 2,Open Forum,,,,Lucía Fernández,LACNIC,Technical Community,GRULAC',
        ]),
      );
      await importCard.getByText('bad.csv').waitFor();
      await importCard.locator('summary', { hasText: 'Columns and accepted values' }).click();
      await importCard.getByRole('rowheader', { name: 'speaker_stakeholder_group' }).waitFor();
      await importCard.screenshot({ path: path.join(SHOTS, 'events-import-format.png') });
      await importCard.locator('summary', { hasText: 'Columns and accepted values' }).click();
      await importCard.getByTestId('import-check').click();
      const problems = importCard.getByTestId('import-problems');
      await problems.waitFor();
      expect(await problems.getByTestId('import-problem-line').allInnerTexts()).toEqual(['3', '4']);
      const reasons = await problems.getByTestId('import-problem').allInnerTexts();
      expect(reasons[0]).toMatch(/^3\s+Unknown stakeholder group "Goverment"/);
      expect(reasons[1]).toMatch(/^4\s+The start "tomorrow morning" is not a date and time/);
      await problems.getByText('Nothing was imported: the file has 2 problems.', { exact: false }).waitFor();
      expect(await importCard.getByTestId('import-confirm').count()).toBe(0);
      await importCard.screenshot({ path: path.join(SHOTS, 'events-import-problems.png') });
      expect((await adminGet<EventDetail>(`/api/events/${eventId}`)).sessions).toHaveLength(0);
      await page.getByTestId('event-sessions-empty').waitFor();

      // ---- a good file: checked, then imported; moderator links shown once ----
      await importCard.getByTestId('import-file').setInputFiles(
        csvFile('schedule.csv', [
          HEADER,
          'WS #12,Connectivity for All,2025-06-24 09:00,2025-06-24 10:30,Room 1,Workshop,Maria Santos,Li Wei,Ahmed Khan,Amina Diallo,West Africa ICT Alliance,Civil Society,African Group',
          'WS #12,,,,,,,,,Kenji Watanabe,MIC Japan,Government,Asia-Pacific Group',
          'OF #7,Open Forum on Data,2025-06-23 14:00,2025-06-23 15:00,Room 2,Open Forum,,,,Lucía Fernández,LACNIC,Technical Community,GRULAC',
        ]),
      );
      expect(await importCard.getByTestId('import-problems').count()).toBe(0);
      await importCard.getByTestId('import-check').click();
      const plan = importCard.getByTestId('import-plan');
      await plan.waitFor();
      await plan.getByText('2 sessions with 3 speakers', { exact: false }).waitFor();
      expect((await adminGet<EventDetail>(`/api/events/${eventId}`)).sessions).toHaveLength(0);
      await importCard.screenshot({ path: path.join(SHOTS, 'events-import-plan.png') });
      await plan.getByRole('button', { name: 'Import 2 sessions' }).click();

      const imported = page.getByTestId('imported-links');
      await imported.waitFor();
      await imported.getByText('stay under “Links”', { exact: false }).waitFor();
      const moderatorLinks = await imported.getByTestId('imported-moderator-link').locator('input').evaluateAll((els) =>
        els.map((e) => (e as HTMLInputElement).value),
      );
      expect(moderatorLinks).toHaveLength(2);
      for (const link of moderatorLinks) expect(link).toMatch(/\/s\/[A-Za-z0-9_-]+\/moderate#key=[A-Za-z0-9_-]{22}$/);
      expect(await imported.locator('.imported-list__title').allInnerTexts()).toEqual(['Connectivity for All', 'Open Forum on Data']);

      const linksFile = await downloadOf(page, () => imported.getByTestId('download-moderator-links').click());
      const linkRows = records(linksFile.text);
      expect(linkRows.map((r) => [r.code, r.moderator_link])).toEqual([
        ['WS #12', moderatorLinks[0]],
        ['OF #7', moderatorLinks[1]],
      ]);

      // The programme lists the imported sessions in order of their start.
      const table = page.getByTestId('event-sessions');
      await table.locator('tbody tr').nth(1).waitFor();
      expect(await table.locator('tbody tr th[scope="row"]').evaluateAll((els) => els.map((e) => e.firstChild?.textContent))).toEqual([
        'Open Forum on Data',
        'Connectivity for All',
      ]);
      await page.screenshot({ path: path.join(SHOTS, 'events-imported.png'), fullPage: true });

      // ---- one more session by hand, with schedule details and a regional group ----
      await imported.getByRole('button', { name: 'Dismiss' }).click();
      const sessionForm = page.getByTestId('create-session-form');
      await sessionForm.getByLabel('Title').fill('Youth Pledges');
      await sessionForm.getByLabel('Session code').fill('WS #99');
      await sessionForm.getByTestId('session-start').fill('2025-06-25T11:00');
      await sessionForm.getByTestId('session-end').fill('2025-06-25T12:00');
      await sessionForm.getByTestId('session-room').fill('Room 3');
      await sessionForm.getByTestId('session-moderator').fill('Nnenna Nwakanma');
      await sessionForm.getByTestId('panelist-name-1').fill('Aziz Rahimi');
      await sessionForm.getByTestId('panelist-org-1').fill('Youth IGF');
      await sessionForm.getByTestId('panelist-group-1').selectOption('Academia');
      await sessionForm.getByTestId('panelist-region-1').selectOption('WEOG');
      await sessionForm.getByTestId('create-session').click();
      await page.getByTestId('created-links').waitFor();
      const youthModLink = await page.getByTestId('created-moderator-link').locator('input').inputValue();
      await table.locator('tbody tr').nth(2).waitFor();

      const detail = await adminGet<EventDetail>(`/api/events/${eventId}`);
      expect(detail.sessions.map((s) => [s.code, s.start, s.room, s.panelists])).toEqual([
        ['OF #7', '2025-06-23T14:00', 'Room 2', 1],
        ['WS #12', '2025-06-24T09:00', 'Room 1', 2],
        ['WS #99', '2025-06-25T11:00', 'Room 3', 1],
      ]);
      const youthMod = moderatorByLink(env.server.url, youthModLink);
      clients.push(youthMod);
      const youth = (await youthMod.snapshot()).session;
      expect(youth.eventId).toBe(eventId);
      expect(youth.details).toMatchObject({ start: '2025-06-25T11:00', end: '2025-06-25T12:00', room: 'Room 3', moderator: 'Nnenna Nwakanma' });
      expect(youth.panelists.map((p) => [p.name, p.stakeholderGroup, p.regionalGroup])).toEqual([['Aziz Rahimi', 'Academia', 'WEOG']]);

      // ---- a pledge in an imported session, with a deliverable already past due ----
      const wsId = new URL(moderatorLinks[0]!).pathname.split('/')[2]!;
      const moderator = moderatorByLink(env.server.url, moderatorLinks[0]!);
      clients.push(moderator);
      const ws = (await moderator.snapshot()).session;
      expect(ws.themes.map((t) => t.label)).toEqual(['Data Governance', 'Environment', 'Inclusion', 'AI & Emerging Tech']);
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const amina = ws.panelists.find((p) => p.name === 'Amina Diallo')!;
      const { phone } = await seatedPhone(env.server.url, wsId, amina.id);
      clients.push(phone);
      const pledgeText = 'We will publish an open map of rural connectivity gaps in West Africa, updated every quarter.';
      const submitted = await phone.send('pledge:submit', {
        id: randomUUID(),
        text: pledgeText,
        capacity: 'organization',
        organization: 'West Africa ICT Alliance',
        regionalGroup: 'African Group',
        themes: ['data-governance'],
        sdgTargets: ['17.16', '9.c'],
        deliverables: [{ text: 'First release of the connectivity map', due: '2024-01-15' }],
      });
      expect(submitted.ok).toBe(true);
      const pledgeId = (submitted as unknown as { pledge: { id: string } }).pledge.id;

      await page.getByTestId('created-links').getByRole('button', { name: 'Dismiss' }).click();
      await page.getByRole('button', { name: 'Refresh' }).click();
      const wsRow = page.getByTestId(`event-session-${wsId}`);
      await wsRow.locator('td', { hasText: /^1$/ }).waitFor();
      expect(await wsRow.getByText('Open', { exact: true }).count()).toBe(1);
      expect(await wsRow.getByTestId('report-link').getAttribute('href')).toBe(`${env.server.url}/s/${wsId}/report`);
      // The event's links to other screens and the record open new tabs, this page stays.
      const outside = await outsideLinks(page);
      expect(new Set(linkShapes(outside))).toEqual(new Set(['/j/:code', '/s/:id/wall', '/s/:id/report', '/e/:id', '/forum/:id']));
      expectNewTabs(outside);

      // ---- exports: the event's CSV and JSON hold the pledge ----
      const csv = await downloadOf(page, () => page.getByTestId('export-event-csv').click());
      expect(csv.download.suggestedFilename()).toMatch(/^pledges-IGF-2025-Lillestr.*\.csv$/);
      const row = records(csv.text).find((r) => r.pledge_id === pledgeId);
      expect(row).toMatchObject({
        session_code: 'WS #12',
        name: 'Amina Diallo',
        stakeholder_group: 'Civil Society',
        regional_group: 'African Group',
        text: pledgeText,
        themes: 'data-governance',
        deliverables: 'First release of the connectivity map (due 2024-01-15)',
      });
      await page.getByTestId('export-status-event').getByText(/^Downloaded pledges-.*\.csv\.$/).waitFor();
      const json = await downloadOf(page, () => page.getByTestId('export-event-json').click());
      expect(json.download.suggestedFilename()).toMatch(/\.json$/);
      const exported = JSON.parse(json.text) as { sessions: { session: { code: string }; pledges: { id: string; followUp: { light: string } }[] }[] };
      expect(exported.sessions.map((s) => s.session.code)).toEqual(['OF #7', 'WS #12', 'WS #99']);
      expect(exported.sessions[1]!.pledges.map((p) => [p.id, p.followUp.light])).toEqual([[pledgeId, 'late']]);
      await page.screenshot({ path: path.join(SHOTS, 'events-event-page.png'), fullPage: true });

      // ---- a session's links: both consoles and every invite, again, without replacing any ----
      await wsRow.getByRole('button', { name: 'Links and consoles of WS #12 Connectivity for All' }).click();
      const access = page.getByTestId('session-access');
      await access.getByTestId('access-invites').locator('li').first().waitFor();
      // What an invite link does, as the server does it: a free seat at once, a second phone asks.
      expect(await access.locator('.console__quiet').first().innerText()).toContain('opened on a phone while the seat is free, it takes the seat at once; a second phone asks the moderators to let it in');
      const onsiteLink = access.getByTestId('access-onsite-link').locator('input');
      expect(await onsiteLink.inputValue()).toBe(moderatorLinks[0]);
      expect(await access.getByTestId('access-online-link').locator('input').inputValue()).toMatch(new RegExp(`/s/${wsId}/moderate#key=`));
      const inviteInputs = access.getByTestId('access-invites').locator('input');
      const inviteLinks = await inviteInputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(inviteLinks).toHaveLength(2);
      for (const link of inviteLinks) expect(link).toMatch(new RegExp(`/i/${wsId}/[A-Za-z0-9_-]+#invite=[A-Za-z0-9_-]{22}$`));
      // Each invite has its QR code, drawn in the browser.
      await access.locator('img.access-invite__qr').nth(1).waitFor();
      expect(await access.locator('img.access-invite__qr').evaluateAll((els) => els.map((e) => (e as HTMLImageElement).src.startsWith('data:image/svg+xml')))).toEqual([true, true]);
      const invitesFile = await downloadOf(page, () => access.getByTestId('access-invites-csv').click());
      expect(records(invitesFile.text).map((r) => [r.session_code, r.invite_link])).toEqual(inviteLinks.map((l) => ['WS #12', l]));
      await page.screenshot({ path: path.join(SHOTS, 'events-session-links.png'), fullPage: true });

      // A console open with the onsite link is cut off the moment that link is replaced.
      const consolePage = await context.newPage();
      await consolePage.goto(moderatorLinks[0]!);
      await consolePage.getByTestId('mod-identity').waitFor();
      page.once('dialog', (d) => void d.accept());
      await access.getByTestId('access-onsite').getByRole('button', { name: 'Replace link' }).click();
      await access.getByText('New link made.', { exact: false }).waitFor();
      const rotated = await onsiteLink.inputValue();
      expect(rotated).toMatch(new RegExp(`/s/${wsId}/moderate#key=`));
      expect(rotated).not.toBe(moderatorLinks[0]);
      await consolePage.getByText('it may have been replaced by a new one', { exact: false }).waitFor();
      // The new link pasted over the old one's address (only its fragment differs) opens the console.
      await consolePage.goto(rotated);
      await consolePage.getByTestId('mod-identity').waitFor();
      await consolePage.close();

      // ---- the follow-up dashboard ----
      await page.getByTestId('open-dashboard').click();
      await page.waitForURL(new RegExp(`/organizer/events/${eventId}/dashboard$`));
      await page.getByTestId('dash-total').getByText('1', { exact: true }).waitFor();
      expect(await page.getByTestId('dash-record-only').locator('.stat__value').innerText()).toBe('0');
      expect(await page.getByTestId('chart-stakeholder-Civil Society').innerText()).toBe('1');
      expect(await page.getByTestId('chart-stakeholder-Government').innerText()).toBe('0');
      expect(await page.getByTestId('chart-light-late').innerText()).toBe('1');
      expect(await page.getByTestId('chart-light-on_track').innerText()).toBe('0');
      expect(await page.getByTestId('chart-region-African Group').innerText()).toBe('1');
      expect(await page.getByTestId('chart-theme-data-governance').innerText()).toBe('1');
      expect(await page.getByTestId('chart-sdg-17').innerText()).toBe('1');
      expect(await page.getByTestId('chart-sdg-9').innerText()).toBe('1');
      // The charts are tables: the label of each bar is readable text next to its count.
      await page.getByRole('row', { name: 'Late 1' }).waitFor();
      await page.getByRole('rowheader', { name: 'Data Governance' }).waitFor();
      await page.getByRole('rowheader', { name: '17 · Partnerships for the Goals' }).waitFor();

      const chase = page.getByTestId(`chase-${pledgeId}`);
      await chase.waitFor();
      expect(await chase.getByRole('link').getAttribute('href')).toBe(`/p/${pledgeId}`);
      const fromDashboard = await outsideLinks(page);
      expect(linkShapes(fromDashboard)).toContain('/p/:id');
      expectNewTabs(fromDashboard);
      expect(await chase.locator('th, td').allInnerTexts()).toEqual([
        expect.stringMatching(/^Amina Diallo\s/),
        'West Africa ICT Alliance',
        'WS #12 Connectivity for All',
        'Late',
        'Not started',
        'Never',
        expect.stringMatching(/^\w{3} \d{1,2}, \d{4}\s*\(0 days\)$/),
      ]);
      await page.screenshot({ path: path.join(SHOTS, 'events-dashboard.png'), fullPage: true });

      // The dashboard in a tab without the token asks for it first.
      const fresh = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      fresh.on('pageerror', (e) => errors.push(e.message));
      await fresh.goto(`${env.server.url}/organizer/events/${eventId}/dashboard`);
      await fresh.getByTestId('admin-token').fill(ADMIN_TOKEN);
      await fresh.screenshot({ path: path.join(SHOTS, 'events-dashboard-signed-out.png') });
      await fresh.getByRole('button', { name: 'Continue' }).click();
      await fresh.getByTestId('chart-light-late').getByText('1').waitFor();
      await fresh.context().close();

      const dash = await adminGet<Dashboard>(`/api/events/${eventId}/dashboard`);
      expect(dash.chase.map((c) => c.pledgeId)).toEqual([pledgeId]);

      // ---- back on /organizer: the event with its counts, its sessions named with it ----
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Organizer' }).click();
      const eventRow = page.getByTestId(`event-${eventId}`);
      // The list shown from the last visit refreshes as the page opens.
      await eventRow.locator('.event-row__meta').filter({ hasText: '3 sessions' }).waitFor();
      expect(await eventRow.locator('.event-row__meta').innerText()).toMatch(/Jun 23\s*–\s*27, 2025\s+3 sessions\s+1 pledge$/);
      const listed = page.getByTestId('session-list').locator('li', { hasText: 'Connectivity for All' });
      expect(await listed.getByRole('link', { name: 'IGF 2025 Lillestrøm' }).getAttribute('href')).toBe(`/organizer/events/${eventId}`);
      await page.screenshot({ path: path.join(SHOTS, 'events-organizer-list.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      clients.forEach((c) => c.close());
      await context.close();
    }
  }, 120_000);
});
