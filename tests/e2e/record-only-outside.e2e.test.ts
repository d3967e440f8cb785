import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { inviteLink, openDetails, shownFollowUpLink, startPledge, submitPledge } from '../helpers/phone-page';
import { sessionInEvent } from '../helpers/record';

/**
 * A record-only pledge the moderators kept out of the record, then rejected once its author
 * edited it, in the browser: its phone says it is out of the record (never that it is saved
 * there, nor that it left a wall it was never on), with the moderators' reason, and offers no
 * follow-up link; the console says where it stands as a record-only pledge, and its buttons and
 * activity log keep it out of the record and put it back in (never hide or show it); edited by its
 * author, it is back in the console's queue, announced and logged as back for review; the
 * rapporteur report counts it as kept out of the record instead of saying no pledge was made for
 * the record only.
 */
describe('a record-only pledge kept out of the record', () => {
  const env = browserAndServer();

  test('the phone, the console and the report say it is out of the record', async () => {
    const { created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2025 Norway' });
    const errors: string[] = [];
    try {
      await moderator.sendOk('round:open', {});
      const phone = await newPage(env.browser, 'phone', errors);
      await phone.goto(inviteLink(created, panelists[0]!.id));
      const text = 'We will brief our national regulator on the outcome of this session.';
      await startPledge(phone, text);
      await openDetails(phone);
      await phone.getByLabel('Record only', { exact: true }).check();
      await submitPledge(phone, text);
      // In the record at once: the follow-up link is offered.
      const link = await shownFollowUpLink(phone);
      const pledgeId = new URL(link).pathname.split('/').pop()!;
      const lead = (p: Page) => p.getByTestId('pledge-confirmation').locator('.phone__lead').innerText();

      const consolePage = await newPage(env.browser, 'console', errors, { width: 1280, height: 800 });
      await consolePage.goto(created.links.moderator);
      const item = consolePage.getByTestId(`mod-pledge-${pledgeId}`);
      const status = item.getByTestId('mod-pledge-status');
      await status.waitFor();
      expect(await status.innerText()).toBe('In the record');

      // The console keeps it out of the record and puts it back: it never was on a wall to hide.
      const author = panelists[0]!.name;
      const first = item.locator('button[data-first]');
      const button = async () => ({ text: await first.innerText(), label: await first.getAttribute('aria-label') });
      const keepOut = { text: 'Keep out of the record', label: `Keep out of the record: pledge of ${author}` };
      const putBack = { text: 'Put back in the record', label: `Put back in the record: pledge of ${author}` };
      const log = consolePage.getByTestId('activity-log');
      const lines = async (count: number) => {
        await log.locator('li[data-action$="hide"]').nth(count - 1).waitFor();
        return log.locator('li[data-action$="hide"] .activity__text').evaluateAll((els) => els.map((el) => el.textContent));
      };
      /** Presses the pledge's first button; answers what it says once the pledge is `next`. */
      const press = async (next: 'hidden' | 'visible') => {
        await first.click();
        await consolePage.locator(`[data-testid="mod-pledge-${pledgeId}"][data-status="${next}"]`).waitFor();
        return button();
      };
      expect(await button()).toEqual(keepOut);
      expect(await press('hidden')).toEqual(putBack);
      expect(await press('visible')).toEqual(keepOut);
      expect(await press('hidden')).toEqual(putBack);
      expect(await lines(3)).toEqual([
        `Onsite moderator kept the pledge of ${author} out of the record`,
        `Onsite moderator put the pledge of ${author} back in the record`,
        `Onsite moderator kept the pledge of ${author} out of the record`,
      ]);
      await item.screenshot({ path: path.join(SHOTS, 'record-only-console-hidden.png') });
      await log.screenshot({ path: path.join(SHOTS, 'record-only-console-activity.png') });

      await phone.locator('[data-testid="pledge-confirmation"][data-status="hidden"]').waitFor();
      await phone.screenshot({ path: path.join(SHOTS, 'record-only-phone-hidden.png'), fullPage: true });
      expect(await phone.locator('#confirm-title').innerText()).toBe('Kept out of the record');
      expect(await lead(phone)).toBe('The moderators took your pledge out of the record. If you edit it, it goes back to them to be read again.');
      expect(await phone.getByTestId('follow-up').count()).toBe(0);
      expect(await status.innerText()).toBe('Kept out of the record');

      const report = await newPage(env.browser, 'report', errors, { width: 1280, height: 900 });
      await report.goto(`${env.server.url}/s/${created.sessionId}/report#key=${created.moderatorKey}`);
      const withheld = report.getByTestId('report-record-only-withheld');
      await withheld.waitFor();
      expect(await withheld.getAttribute('data-count')).toBe('1');
      expect(await withheld.innerText()).toBe('The moderators kept 1 pledge made for the record only out of the record (pending, taken out or rejected).');
      expect(await report.getByTestId('report-record-only').count()).toBe(0);
      // Its activity says so too: the log's lines carry the kind of pledge hidden or shown again.
      expect(await report.getByTestId('report-activity').locator('tbody tr').last().locator('td').last().innerText()).toBe(
        `Onsite moderator kept the pledge of ${author} out of the record`,
      );
      await report.screenshot({ path: path.join(SHOTS, 'record-only-report.png'), fullPage: true });

      // Its author edits it: back to the moderators, who read it before it joins the record.
      const edited = `${text.slice(0, -1)}, the communications authority.`;
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').fill(edited);
      await submitPledge(phone, 'communications authority');
      await phone.locator('[data-testid="pledge-confirmation"][data-status="pending"]').waitFor();
      expect(await phone.locator('#confirm-title').innerText()).toBe('Waiting for the moderator');
      expect(await lead(phone)).toBe('Your pledge is saved. A moderator reads it before it joins the record; you can still edit it until the round closes.');
      // The console: back in the queue, said to be back for review (not new), and the log says why.
      await consolePage.locator(`[data-testid="mod-queue"] [data-testid="mod-pledge-${pledgeId}"][data-status="pending"]`).waitFor();
      expect(await status.innerText()).toBe('Edited, back for review');
      // Approving it puts it back in the record, and its button says so.
      expect(await consolePage.getByTestId(`approve-${pledgeId}`).innerText()).toBe('Put back in the record');
      await consolePage.getByTestId('mod-announcer').filter({ hasText: 'Pledge back for approval, edited by its author' }).waitFor();
      expect(await consolePage.getByTestId('mod-announcer').innerText()).toBe(`Pledge back for approval, edited by its author: ${author}, Panelist.`);
      await log.locator('li[data-action="resubmit"]').waitFor();
      expect(await log.locator('li[data-action="resubmit"] .activity__text').innerText()).toBe(
        `Its author edited the pledge of ${author}, kept out of the record: it is waiting for approval again`,
      );
      await consolePage.getByTestId('mod-queue').screenshot({ path: path.join(SHOTS, 'record-only-console-back.png') });

      await moderator.sendOk('pledge:reject', { pledgeId, reason: 'Please name the regulator’s country.' });
      await phone.locator('[data-testid="pledge-confirmation"][data-status="rejected"]').waitFor();
      expect(await lead(phone)).toBe('It is not in the record. Edit it and send it again: it goes back to the moderator.');
      expect(await phone.getByTestId('reject-reason').innerText()).toContain('Please name the regulator’s country.');
      expect(await phone.getByTestId('follow-up').count()).toBe(0);

      await moderator.sendOk('round:close', {});
      await phone.getByTestId('round-closed').waitFor();
      expect(await phone.getByTestId('moderation-note').locator('.moderation-note__text').innerText()).toBe('The moderator sent it back, so it is not in the record.');
      await phone.screenshot({ path: path.join(SHOTS, 'record-only-phone-closed.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
