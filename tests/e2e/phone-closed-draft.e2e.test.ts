import path from 'node:path';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { openRoundOnPhone, startPledge } from '../helpers/phone-page';

/**
 * The round closes while a panelist is still writing: the page says the round closed before a
 * pledge was saved, and still shows what was typed, marked not sent, so no word of it is lost
 * from view (to say it aloud, to send it another way, or to submit if the round opens again).
 */
describe('a pledge still being written when the round closes', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('the closed round shows the unsent text; reopened, the form has it back', async () => {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      const text = 'We will train two hundred librarians as digital skills mentors before the next IGF';
      await startPledge(phone, text);
      await moderator.sendOk('round:close', {});
      await phone.getByTestId('round-closed').waitFor();
      await phone.waitForTimeout(350); // its entrance animation ends
      await phone.screenshot({ path: path.join(SHOTS, 'phone-closed-unsent-draft.png'), fullPage: true });
      const held = phone.getByTestId('pending-pledge');
      expect(await held.innerText()).toContain(text);

      await moderator.sendOk('round:open', {});
      await phone.getByTestId('pledge-text').waitFor();
      expect(await phone.getByTestId('pledge-text').inputValue()).toBe(text);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
