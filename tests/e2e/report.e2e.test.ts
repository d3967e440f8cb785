import path from 'node:path';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';
import { ADMIN_TOKEN } from '../helpers/server';
import { sdgTarget } from '../../shared/sdg';

/**
 * The rapporteur's report: opened from the moderator console's link (the moderator key), it lists
 * the public pledges by stakeholder group with counts that match, leaves the record-only pledge's
 * content out (only its count shows), prints to PDF, and refuses a wrong key.
 */
describe('the rapporteur report', () => {
  const env = browserAndServer();

  test('groups, counts and the record-only count match the pledges; it prints to PDF', async () => {
    const prompt = 'What will you do before the next IGF to close the data divide?';
    const event = { name: 'IGF 2025 Norway', startDate: '2025-06-23', endDate: '2025-06-27' };
    const { created, moderator, panelists } = await sessionInEvent(env.server, event, {
      title: 'Data Governance for Development',
      code: 'WS #257',
      prompt,
      details: {
        start: '2025-06-24T09:00',
        end: '2025-06-24T10:30',
        room: 'Workshop Room 3',
        format: 'Roundtable',
        moderator: 'Nnenna Nwakanma',
        onlineModerator: 'Bruna Santos',
        rapporteur: 'Sofia Rasgado',
      },
      panelists: [
        { name: 'Grace Mutung’u', organization: 'KICTANet', stakeholderGroup: 'Civil Society', regionalGroup: 'African Group' },
        { name: 'Kenji Watanabe', organization: 'MIC Japan', stakeholderGroup: 'Government', regionalGroup: 'Asia-Pacific Group' },
        { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community', regionalGroup: 'GRULAC' },
        { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' },
      ],
    });
    const sockets: { close(): void }[] = [moderator];
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const [grace, kenji, lucia, amina] = panelists;
      const submit = (panelistId: string, pledge: Record<string, unknown>) =>
        submitFromPhone(env.server.url, created.sessionId, panelistId, pledge, sockets);
      const gracePledge = {
        ...pledgeFor('KICTANet will train 200 county officials on data protection impact assessments.', { organization: 'KICTANet' }),
        themes: ['data', 'trust'],
        sdgTargets: ['16.10', '9.c'],
        deliverables: [{ text: 'Training curriculum', due: '2027-03-31' }],
      };
      const aminaPledge = {
        ...pledgeFor('We will map community networks across the Sahel and publish the data openly.', { capacity: 'individual', organization: 'West Africa ICT Alliance' }),
        themes: ['data', 'inclusion'],
        sdgTargets: ['9.c'],
        timeframe: { kind: 'date', date: '2027-06-30' },
        partners: ['Internet Society'],
      };
      const luciaPledge = { ...pledgeFor('LACNIC will run IPv6 workshops for 30 regional regulators.'), themes: ['inclusion'], sdgTargets: ['17.6'] };
      const secret = 'We will quietly renegotiate the spectrum auction rules with two operators.';
      const kenjiPledge = { ...pledgeFor(secret), visibility: 'record', themes: ['trust'], sdgTargets: ['16.6'] };
      await submit(grace!.id, gracePledge);
      await submit(amina!.id, aminaPledge);
      await submit(lucia!.id, luciaPledge);
      await submit(kenji!.id, kenjiPledge);

      // The moderator console offers the report, carrying its key in the fragment.
      const consoleCtx = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const consolePage = await consoleCtx.newPage();
      consolePage.on('pageerror', (e) => errors.push(`console: ${e.message}`));
      await consolePage.goto(created.links.moderator);
      const link = consolePage.getByTestId('mod-report-link');
      await link.waitFor();
      expect(await link.innerText()).toBe('Rapporteur report');
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(`/s/${created.sessionId}/report#key=${created.moderatorKey}`);
      await consolePage.screenshot({ path: path.join(SHOTS, 'report-console-link.png'), fullPage: true });

      const page = await newPage(env.browser, 'report', errors, { width: 1280, height: 900 });
      await page.goto(env.server.url + href);
      const report = page.getByTestId('report');
      await report.waitFor();
      // The key leaves the address bar (a printed page shows its address).
      expect(page.url()).toBe(`${env.server.url}/s/${created.sessionId}/report`);

      // Title block.
      const title = (await page.locator('.report__title-block').textContent()) ?? '';
      for (const part of [
        'IGF 2025 Norway',
        'WS #257',
        'Data Governance for Development',
        'Tuesday, June 24, 2025',
        '09:00–10:30',
        'Workshop Room 3',
        'Roundtable',
        'Nnenna Nwakanma',
        'Bruna Santos',
        'Sofia Rasgado',
        'Grace Mutung’u',
        'KICTANet',
        'African Group',
        'Latin American and Caribbean Group (GRULAC)',
      ]) {
        expect(title).toContain(part);
      }
      expect(await page.getByTestId('report-prompt').innerText()).toBe(prompt);

      // Public pledges by stakeholder group, in the standard order; the record-only one is left out.
      const groups = await page.locator('[data-testid^="report-group-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
      expect(groups).toEqual(['report-group-Technical Community', 'report-group-Civil Society']);
      const civil = await page.getByTestId('report-group-Civil Society').innerText();
      expect(civil).toContain(gracePledge.text);
      expect(civil).toContain(aminaPledge.text);
      expect(civil).toContain('2 pledges');
      expect(civil).toContain('Training curriculum');
      expect(civil).toContain('Internet Society');
      expect(civil).toContain('By June 30, 2027');
      expect(await page.getByTestId('report-group-Technical Community').innerText()).toContain(luciaPledge.text);
      const body = await page.locator('body').innerText();
      expect(body).not.toContain(secret);
      expect(body).not.toContain('spectrum');
      expect(await page.getByTestId('report-group-Government').count()).toBe(0);

      // Counts.
      expect(await page.getByTestId('report-public-count').innerText()).toBe('3');
      expect(await page.getByTestId('report-record-only').getAttribute('data-count')).toBe('1');
      expect(await page.getByTestId('report-record-only').innerText()).toBe('1 pledge was made for the record only and is not shown.');
      const cell = async (id: string) => page.getByTestId(id).innerText();
      expect(await cell('count-theme-data')).toBe('2');
      expect(await cell('count-theme-inclusion')).toBe('2');
      expect(await cell('count-theme-trust')).toBe('1'); // Kenji's record-only "trust" does not count
      expect(await cell('count-theme-environment')).toBe('0');
      expect(await cell('count-goal-9')).toBe('2');
      expect(await cell('count-goal-16')).toBe('1');
      expect(await cell('count-goal-17')).toBe('1');
      expect(await cell('count-target-9.c')).toBe('2');
      expect(await cell('count-target-16.10')).toBe('1');
      // Each target's whole text, however long (9.c's runs past 180 characters).
      expect(sdgTarget('9.c')!.text.length).toBeGreaterThan(180);
      expect(await page.locator('[data-testid="count-target"] tr[data-key="9.c"]').innerText()).toContain(sdgTarget('9.c')!.text);
      expect(await page.getByTestId('count-target-16.6').count()).toBe(0);
      // The activity log: who opened the round, in words, with its time.
      const activity = await page.getByTestId('report-activity').innerText();
      expect(activity).toMatch(/\d\d:\d\d\s+Nnenna Nwakanma \(onsite moderator\) opened the round/);
      expect(await page.getByTestId('report-generated').innerText()).toMatch(/^Generated .+ by Pledge Round\.$/);
      await page.screenshot({ path: path.join(SHOTS, 'report.png'), fullPage: true });

      // Print: the button and the bar disappear; the PDF is a real PDF.
      expect(await page.getByTestId('report-print').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('report-print').isVisible()).toBe(false);
      expect(await page.locator('.record-bar').isVisible()).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      // About the width of an A4 page's text column, to look at the printed layout.
      await page.setViewportSize({ width: 680, height: 960 });
      await page.screenshot({ path: path.join(SHOTS, 'report-print.png'), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      const pdf = await page.pdf({ path: path.join(SHOTS, 'report.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'screen' });

      // A reload in the same tab still opens it (the key is kept for this tab).
      await page.reload();
      await page.getByTestId('report').waitFor();

      // A wrong key: a clear error and nothing of the session.
      const bad = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await bad.goto(`${env.server.url}/s/${created.sessionId}/report#key=${'w'.repeat(22)}`);
      const error = bad.getByTestId('report-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('This link does not open the report');
      expect(await bad.locator('body').innerText()).not.toContain('Data Governance for Development');
      await bad.screenshot({ path: path.join(SHOTS, 'report-wrong-key.png'), fullPage: true });
      // No key at all.
      await bad.goto(`${env.server.url}/s/${created.sessionId}/report`);
      await bad.context().clearCookies();
      await bad.evaluate(() => sessionStorage.clear());
      await bad.reload();
      await bad.getByTestId('report-error').filter({ hasText: 'Open the report with the session’s moderator link' }).waitFor();

      // An organizer signed in on this tab opens it with the admin token.
      await bad.evaluate((token) => sessionStorage.setItem('pledge-round:admin', token), ADMIN_TOKEN);
      await bad.reload();
      await bad.getByTestId('report').waitFor();
      expect(await bad.getByTestId('report-public-count').innerText()).toBe('3');

      expect(errors).toEqual([]);
    } finally {
      sockets.forEach((s) => s.close());
    }
  }, 120_000);

  test('a round asked two questions: the report lists both, in order, with when, and which pledges answered which', async () => {
    const first = 'What will you do before the next IGF to close the data divide?';
    const second = 'ما الخطوة التي ستتخذها قبل منتدى حوكمة الإنترنت القادم؟';
    const { created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2026 Test', startDate: '2026-06-22', endDate: '2026-06-26' });
    const sockets: { close(): void }[] = [moderator];
    const errors: string[] = [];
    try {
      const [amina, kenji, lucia] = panelists;
      await moderator.sendOk('round:open', { prompt: first });
      const one = pledgeFor('We will publish our connectivity maps as open data by March.');
      const two = pledgeFor('We will fund two community networks in rural districts.');
      await submitFromPhone(env.server.url, created.sessionId, amina!.id, one, sockets);
      await submitFromPhone(env.server.url, created.sessionId, kenji!.id, two, sockets);
      await moderator.sendOk('round:close', {});
      await moderator.sendOk('round:open', { prompt: second });
      const three = pledgeFor('سننظم ورشات عمل حول أمن البيانات لفائدة البلديات.');
      await submitFromPhone(env.server.url, created.sessionId, lucia!.id, three, sockets);

      for (const [screen, name] of [[{ width: 1366, height: 768 }, 'report-prompts.png'], [{ width: 390, height: 844 }, 'report-prompts-phone.png']] as const) {
        const page = await newPage(env.browser, 'report', errors, screen);
        await page.goto(`${env.server.url}/s/${created.sessionId}/report#key=${created.moderatorKey}`);
        await page.getByTestId('report-prompts').waitFor();
        expect(await page.locator('#rp-prompt').innerText()).toBe('The questions asked');
        const asked = page.getByTestId('report-prompt-1');
        const firstAsked = await asked.innerText();
        expect(firstAsked.startsWith('Question 1')).toBe(true);
        expect(firstAsked).toContain(first);
        expect(firstAsked).toMatch(/Asked .+\d\d:\d\d.* · 2 pledges$/);
        expect(await page.getByTestId('report-prompt-2').innerText()).toContain(second);
        expect(await page.getByTestId('report-prompt-2').innerText()).toContain('1 pledge');
        expect(await page.getByTestId('report-prompt-3').count()).toBe(0);
        // Each pledge says which question it answered.
        expect(await page.getByTestId(`report-question-${one.id}`).innerText()).toBe('Question 1');
        expect(await page.getByTestId(`report-question-${two.id}`).innerText()).toBe('Question 1');
        expect(await page.getByTestId(`report-question-${three.id}`).innerText()).toBe('Question 2');
        await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
        if (screen.width === 390) {
          // In Arabic, right to left.
          await page.getByTestId('language-picker').selectOption('ar');
          await page.locator('#rp-prompt').filter({ hasText: 'الأسئلة المطروحة' }).waitFor();
          expect(await page.getByTestId(`report-question-${three.id}`).innerText()).toMatch(/^السؤال (2|٢)$/);
          await page.screenshot({ path: path.join(SHOTS, 'report-prompts-ar.png'), fullPage: true });
        }
        await page.context().close();
      }
      expect(errors).toEqual([]);
    } finally {
      sockets.forEach((s) => s.close());
    }
  }, 120_000);
});
