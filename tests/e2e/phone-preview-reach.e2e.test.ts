import path from 'node:path';
import { browserAndServer, newPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import { inviteLink, openDetails, startPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * The check before sending says at its top that nothing is sent yet, and its "Confirm and submit"
 * is on screen without scrolling (a bar at the screen's foot), covering nothing for good: scrolled
 * to the end, the record's last line is above the bar. The round's countdown sits beside the
 * note "This is exactly how the wall will show it.", never over it.
 */
describe('the check before sending on a phone', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test.each(['phone', 'short-phone'] as Screen[])('on a %s: "not sent yet" at the top, Confirm in reach, the countdown beside the note', async (screen) => {
    const s = await setupSession(env.server);
    try {
      await s.moderator.sendOk('round:open', { countdownSeconds: 600 });
      const page = await newPage(env.browser, `phone ${String(screen)}`, errors, screen);
      await page.goto(inviteLink(s.created, s.panelists[0]!.id));
      await startPledge(page, 'We will publish a national policy on open Internet standards and join the working group on fragmentation.');
      // A long record: a deliverable and a partner.
      await openDetails(page);
      await page.getByTestId('deliverable-add').click();
      await page.getByTestId('deliverable-1').locator('input:not([type="date"])').fill('Published policy paper on open standards');
      await page.getByTestId('deliverable-1').locator('input[type="date"]').fill('2030-03-31');
      await page.getByTestId('partner-add').click();
      await page.getByTestId('partner-1').locator('input').fill('ISOC Chapter');
      await page.getByTestId('pledge-submit').click();
      await page.getByTestId('pledge-preview').waitFor();
      await page.screenshot({ path: path.join(SHOTS, `phone-preview-reach-${String(screen)}.png`) });

      const box = (id: string) => page.getByTestId(id).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const height = await page.evaluate(() => window.innerHeight);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // Said plainly, at the top, on screen.
      expect(await page.getByTestId('preview-not-sent').innerText()).toBe('Not sent yet: confirm below to send it.');
      expect((await box('preview-not-sent')).bottom).toBeLessThan(height / 2);
      // Confirm on screen without scrolling.
      const confirm = await box('pledge-confirm');
      expect(confirm.top).toBeGreaterThanOrEqual(0);
      expect(confirm.bottom).toBeLessThanOrEqual(height);
      // The countdown beside the note, not over it.
      const countdown = await page.locator('.pledge-preview .countdown--phone').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const note = await box('pledge-preview-visibility');
      const overlap = Math.min(countdown.bottom, note.bottom) > Math.max(countdown.top, note.top) && Math.min(countdown.right, note.right) > Math.max(countdown.left, note.left);
      expect(overlap).toBe(false);
      // Scrolled to the end, the bar covers nothing: the record's last line is above it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const bar = await box('preview-actions');
      const last = await page.getByTestId('preview-record').evaluate((el) => (el.lastElementChild ?? el).getBoundingClientRect().bottom);
      expect(last).toBeLessThanOrEqual(bar.top + 1);
      await page.screenshot({ path: path.join(SHOTS, `phone-preview-reach-${String(screen)}-end.png`) });
    } finally {
      s.moderator.close();
    }
  }, 60_000);
});
