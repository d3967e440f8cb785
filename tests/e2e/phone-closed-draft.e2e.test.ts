import path from 'node:path';
import { browserAndServer, pageErrors, SHOTS } from '../helpers/browser';
import { openRoundOnPhone, startPledge, submitPledge } from '../helpers/phone-page';

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

  const SAVED = 'We will train two hundred librarians as digital skills mentors before the next IGF.';

  /**
   * A saved pledge, "Edit" tapped, the text changed to `changed` (left as it was when null), then
   * the round closed: answers the phone on its closed screen.
   */
  async function closedWhileEditing(changed: string | null) {
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      await startPledge(phone, SAVED);
      await submitPledge(phone, SAVED);
      await phone.getByTestId('pledge-edit').click();
      if (changed !== null) await phone.getByTestId('pledge-text').fill(changed);
      await moderator.sendOk('round:close', {});
      await phone.getByTestId('round-closed').waitFor();
      return phone;
    } finally {
      moderator.close();
    }
  }

  test('a change to a saved pledge still being typed shows beside the saved pledge, marked not sent', async () => {
    const changed = 'We will train three hundred librarians as digital skills mentors before the next IGF.';
    const phone = await closedWhileEditing(changed);
    const held = phone.getByTestId('pending-pledge');
    expect(await held.innerText()).toContain(changed);
    expect(await held.getByRole('heading').textContent()).toBe('Your change, not sent yet');
    expect(await phone.getByTestId('pledge-confirmation').innerText()).toContain(SAVED);
  }, 60_000);

  test('editing with nothing changed yet is no change to show: the closed round shows the saved pledge alone', async () => {
    const phone = await closedWhileEditing(null);
    expect(await phone.getByTestId('pledge-confirmation').innerText()).toContain(SAVED);
    expect(await phone.getByTestId('pending-pledge').count()).toBe(0);
  }, 60_000);
});
