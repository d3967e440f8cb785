import path from 'node:path';
import type { Locator } from 'playwright-core';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { ADMIN_TOKEN, createEvent } from '../helpers/server';

/**
 * The schedule import in Arabic, on a real server, Redis and Chromium: dates read as they are
 * written (2026-12-10, never 10-12-2026) in a problem's value, in the example of the date format
 * the problem gives and in the help on the start column.
 */
const HEADER = 'code,title,start,end,room,format,moderator,online_moderator,rapporteur,speaker_name,speaker_organization,speaker_stakeholder_group,speaker_regional_group';

/** The `dates` shown inside `where` that read backwards: their last character left of their first. */
function backwards(where: Locator, dates: string[]): Promise<{ found: string[]; reversed: string[] }> {
  return where.evaluate((root, dates) => {
    const found: string[] = [];
    const reversed: string[] = [];
    const box = (node: Text, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const date of dates) {
        const at = node.data.indexOf(date);
        if (at < 0) continue;
        found.push(date);
        if (box(node, at + date.length - 1).left < box(node, at).left) reversed.push(`${date} in "${node.parentElement?.textContent}"`);
      }
    }
    return { found, reversed };
  }, dates);
}

describe('the schedule import in Arabic', () => {
  const env = browserAndServer();

  test('a problem’s date, the format’s example and the column help read left to right', async () => {
    // The check's answer, a file with problems, is a 422 the console reports; nothing else may be.
    const errors: string[] = [];
    const event = await createEvent(env.server.url, { name: 'IGF 2026' });
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${event.id}?lang=ar#token=${ADMIN_TOKEN}`, errors, { width: 1366, height: 900 });
    const card = page.getByTestId('import-schedule');
    await card.getByTestId('import-file').setInputFiles({
      name: 'schedule.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([HEADER, 'WS #300,Data Governance,2026-12-10,,Room 4,,,,,Amina Diallo,West Africa ICT Alliance,Civil Society,'].join('\r\n') + '\r\n', 'utf8'),
    });
    await card.getByTestId('import-check').click();
    const problems = card.getByTestId('import-problems');
    await problems.waitFor();
    await card.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.evaluate(() => document.fonts.ready);
    await card.screenshot({ path: path.join(SHOTS, 'import-rtl-ar.png') });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const inProblems = await backwards(problems, ['2026-12-10', '2025-06-24']);
    expect(inProblems.found.sort()).toEqual(['2025-06-24', '2026-12-10']);
    const inHelp = await backwards(card.locator('details').first(), ['2025-06-24']);
    expect(inHelp.found.length).toBeGreaterThan(0);
    expect([...inProblems.reversed, ...inHelp.reversed]).toEqual([]);
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await page.context().close();
  });
});
