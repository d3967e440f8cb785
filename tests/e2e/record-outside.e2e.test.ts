import path from 'node:path';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { inviteLink, shownFollowUpLink, startPledge, submitPledge } from '../helpers/phone-page';
import { sessionInEvent } from '../helpers/record';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * A pledge the moderators rejected, in the browser: its phone stops offering the follow-up link,
 * the follow-up page says why there is nothing to report (with their reason) and offers no form,
 * and the organizer's dashboard counts it apart. Once its author edits it (back to the
 * moderators), the phone offers the link again.
 */
describe('a rejected pledge and its follow-up', () => {
  const env = browserAndServer();

  test('no follow-up link or form while rejected; the dashboard counts it apart', async () => {
    const { event, created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2025 Norway' });
    const errors: string[] = [];
    try {
      await moderator.sendOk('round:open', { moderation: 'everything' });
      const phone = await newPage(env.browser, 'phone', errors);
      await phone.goto(inviteLink(created, panelists[0]!.id));
      const text = 'We will run IPv6 deployment clinics in ten countries before the next IGF.';
      await startPledge(phone, text);
      await submitPledge(phone, text);
      // Waiting for the moderators, the phone keeps the link (the pledge may well be approved).
      const link = await shownFollowUpLink(phone);
      const pledgeId = new URL(link).pathname.split('/').pop()!;

      await moderator.sendOk('pledge:reject', { pledgeId, reason: 'Please name the countries.' });
      await phone.locator('[data-testid="pledge-confirmation"][data-status="rejected"]').waitFor();
      await phone.screenshot({ path: path.join(SHOTS, 'record-outside-phone-rejected.png'), fullPage: true });
      expect(await phone.getByTestId('follow-up').count()).toBe(0);

      const page = await newPage(env.browser, 'follow-up', errors);
      await page.goto(link);
      const outside = page.getByTestId('follow-up-outside');
      await outside.waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'record-outside-follow-up.png'), fullPage: true });
      expect(await outside.getAttribute('data-status')).toBe('rejected');
      expect(await outside.innerText()).toContain('Not accepted');
      expect(await page.getByTestId('follow-up-reject-reason').innerText()).toBe('The moderators’ reason: Please name the countries.');
      expect(await page.getByTestId('follow-up-text').innerText()).toBe(text);
      for (const gone of ['report-submit', 'follow-up-light', 'follow-up-public-link', 'follow-up-record-only']) {
        expect({ gone, count: await page.getByTestId(gone).count() }).toEqual({ gone, count: 0 });
      }

      const organizer = await newPage(env.browser, 'organizer', errors, { width: 1366, height: 768 });
      await organizer.goto(`${env.server.url}/organizer`);
      await organizer.getByTestId('admin-token').fill(ADMIN_TOKEN);
      await organizer.getByTestId('admin-token').press('Enter');
      await organizer.getByTestId('events-section').waitFor();
      await organizer.goto(`${env.server.url}/organizer/events/${event.id}/dashboard`);
      await organizer.getByTestId('dashboard-totals').waitFor();
      expect(await organizer.getByTestId('dash-total').innerText()).toMatch(/(^|\n)0$/);
      expect(await organizer.getByTestId('dashboard-outside').innerText()).toBe('Not counted here, as they are not in the record: 1 rejected.');
      await organizer.screenshot({ path: path.join(SHOTS, 'record-outside-dashboard.png') });

      // The author edits it: back to the moderators, and the link is offered again.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').fill(`${text.slice(0, -1)}: Bolivia, Chile, Peru and seven more.`);
      await submitPledge(phone, 'Bolivia, Chile, Peru');
      await phone.locator('[data-testid="pledge-confirmation"][data-status="pending"]').waitFor();
      expect(await shownFollowUpLink(phone)).toBe(link);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
