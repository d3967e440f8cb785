import path from 'node:path';
import type { Page } from 'playwright-core';
import type { EventDetail } from '../../shared/http';
import type { EventInfo } from '../../shared/schemas';
import { axeFindings, describeFindings, openIn } from '../helpers/axe';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { adminApi, ADMIN_TOKEN } from '../helpers/server';

/** WS #215's first question as its IGF page words it, and one an Arabic-speaking organizer typed. */
const QUESTIONS = [
  'How can the multistakeholder model be best sustained and civil society engagement enhanced to promote human-centric, rights-respecting and accountable digital governance?',
  'كيف يمكن تسخير التكنولوجيا لدعم تنفيذ التزامات الحوكمة الرقمية وتحقيق مستقبل رقمي شامل ومفتوح وآمن للجميع؟',
];
const LAPTOP = { width: 1366, height: 768 };

/**
 * A session's policy questions from the organizer's form to the moderator console (closed until
 * asked for, above the prompt) and the rapporteur's report (between the session's header and its
 * pledges, in print too), each in its own direction; the schedule import's preview lists them;
 * the walls never show them.
 */
describe('policy questions', () => {
  const env = browserAndServer();

  const questionTexts = (page: Page, testId: string) => page.getByTestId(testId).locator('li').allInnerTexts();

  test('typed in the form, shown closed in the console, listed in the report (English and Arabic, no axe finding)', async () => {
    const url = env.server.url;
    const event = (await adminApi<{ event: EventInfo }>(url, '/api/events', { body: { name: 'IGF 2025 Lillestrøm', startDate: '2025-06-23' } })).body.event;
    const errors: string[] = [];
    const page = await newPage(env.browser, 'organizer', errors, LAPTOP);
    await page.goto(`${url}/organizer/events/${event.id}`);
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Continue' }).click();

    // ---- the import's preview lists a session's questions from one quoted cell ----
    const importCard = page.getByTestId('import-schedule');
    const cell = `"${QUESTIONS[0]}\r\n${QUESTIONS[1]}"`;
    await importCard.getByTestId('import-file').setInputFiles({
      name: 'schedule.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['code,title,Policy Question(s),speaker_name,speaker_stakeholder_group', `OF #7,Open Forum on Data,${cell},Lucía Fernández,Technical Community`].join('\r\n'), 'utf8'),
    });
    await importCard.getByTestId('import-check').click();
    const plan = importCard.getByTestId('import-plan');
    await plan.waitFor();
    expect(await plan.locator('.import__questions li').allInnerTexts()).toEqual(QUESTIONS);
    await importCard.screenshot({ path: path.join(SHOTS, 'policy-questions-import-plan.png') });

    // ---- the form: six questions and one too long are refused at the field, saying why ----
    const form = page.getByTestId('create-session-form');
    await form.getByLabel('Title').fill('Moving from commitments to actions on digital governance');
    await form.getByLabel('Session code').fill('WS #215');
    await form.getByTestId('panelist-name-1').fill('Hanane Boujemi');
    await form.getByTestId('panelist-group-1').selectOption('Private Sector');
    const field = form.getByTestId('session-policy-questions');
    expect(await form.getByLabel('Policy questions (optional)').count()).toBe(1);
    await field.fill(['One?', 'Two?', 'Three?', 'Four?', 'Five?', 'Six?'].join('\n'));
    await form.getByTestId('create-session').click();
    const problem = form.getByTestId('policy-questions-problem');
    expect(await problem.innerText()).toBe('There are 6 policy questions: a session has at most 5. Keep one question per line and remove the extra ones.');
    await page.screenshot({ path: path.join(SHOTS, 'policy-questions-form-refused-1366.png') });
    expect(await field.evaluate((el) => [el === document.activeElement, el.getAttribute('aria-invalid')])).toEqual([true, 'true']);
    await field.fill(`${QUESTIONS[0]}\n${'x'.repeat(601)}`);
    expect(await problem.innerText()).toBe('Policy question 2 has 601 characters: at most 600 characters. Shorten it, or put each question on its own line.');
    expect((await adminApi<EventDetail>(url, `/api/events/${event.id}`)).body.sessions).toEqual([]);
    // Fixed, the message goes; blank lines and the spaces around a question do not count.
    await field.fill(`  ${QUESTIONS[0]}\n\n${QUESTIONS[1]}  \n`);
    await problem.waitFor({ state: 'detached' });
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SHOTS, 'policy-questions-form-1366.png') });
    await form.getByTestId('create-session').click();
    await page.getByTestId('created-links').waitFor();
    const moderatorLink = await page.getByTestId('created-moderator-link').locator('input').inputValue();
    const sessionId = new URL(moderatorLink).pathname.split('/')[2]!;
    const key = new URL(moderatorLink).hash.replace('#key=', '');

    // ---- the console: one line, closed, above the prompt; opened, the questions as typed ----
    const consolePage = await newPage(env.browser, 'console', errors, LAPTOP);
    await consolePage.goto(moderatorLink);
    const box = consolePage.getByTestId('mod-policy-questions');
    await box.waitFor();
    expect(await box.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await box.locator('summary').innerText()).toBe('The session’s 2 policy questions');
    expect(await consolePage.getByTestId('mod-policy-question-list').isVisible()).toBe(false);
    const [summaryBox, promptBox] = [await box.boundingBox(), await consolePage.getByTestId('prompt-input').boundingBox()];
    expect(summaryBox!.y + summaryBox!.height).toBeLessThanOrEqual(promptBox!.y);
    expect(await consolePage.getByTestId('open-round').isVisible()).toBe(true);
    await box.locator('summary').click();
    await consolePage.getByTestId('mod-policy-question-list').waitFor();
    expect(await questionTexts(consolePage, 'mod-policy-question-list')).toEqual(QUESTIONS);
    expect(await consolePage.getByTestId('mod-policy-question-list').locator('li').evaluateAll((els) => els.map((e) => getComputedStyle(e).direction))).toEqual(['ltr', 'rtl']);
    await consolePage.screenshot({ path: path.join(SHOTS, 'policy-questions-console-1366.png') });

    // ---- the wall: never ----
    const wall = await newPage(env.browser, 'wall', errors, { width: 1920, height: 1080 });
    await wall.goto(`${url}/s/${sessionId}/wall`);
    await wall.getByText('Moving from commitments to actions on digital governance').first().waitFor();
    expect(await wall.locator('body').innerText()).not.toContain('multistakeholder model');

    // ---- the report: after the session's header, before the question asked and the pledges ----
    const reportUrl = `${url}/s/${sessionId}/report#key=${key}`;
    const report = await newPage(env.browser, 'report', errors, LAPTOP);
    await report.goto(reportUrl);
    await report.getByTestId('report-policy-questions').waitFor();
    expect(await report.locator('#rp-questions').innerText()).toBe('Policy questions');
    expect(await questionTexts(report, 'report-policy-questions')).toEqual(QUESTIONS);
    const y = async (selector: string) => (await report.locator(selector).boundingBox())!.y;
    expect(await y('.report__title-block')).toBeLessThan(await y('[data-testid="report-policy-questions"]'));
    expect(await y('[data-testid="report-policy-questions"]')).toBeLessThan(await y('[data-testid="report-prompt"]'));
    expect(await y('[data-testid="report-prompt"]')).toBeLessThan(await y('#rp-pledges'));
    expect(describeFindings(await axeFindings(report, 'report'))).toBe('');
    await report.screenshot({ path: path.join(SHOTS, 'policy-questions-report-1366.png'), fullPage: true });
    // Printed: on the page, and no question cut across two sheets.
    await report.emulateMedia({ media: 'print' });
    expect(await report.getByTestId('report-policy-questions').isVisible()).toBe(true);
    expect(await report.getByTestId('report-policy-questions').locator('li').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside))).toEqual(['avoid', 'avoid']);
    await report.screenshot({ path: path.join(SHOTS, 'policy-questions-report-print.png'), fullPage: true });

    // ---- in Arabic: the page right to left, each question in its own direction ----
    const arabic = await openIn(env.browser, 'ar', reportUrl, errors, LAPTOP);
    await arabic.getByTestId('report-policy-questions').waitFor();
    expect(await arabic.locator('#rp-questions').innerText()).toBe('أسئلة السياسات');
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await arabic.getByTestId('report-policy-questions').locator('li').evaluateAll((els) => els.map((e) => getComputedStyle(e).direction))).toEqual(['ltr', 'rtl']);
    expect(describeFindings(await axeFindings(arabic, 'report [ar]'))).toBe('');
    await arabic.screenshot({ path: path.join(SHOTS, 'policy-questions-report-ar-1366.png'), fullPage: true });

    expect(errors).toEqual([]);
  }, 120_000);
});
