import path from 'node:path';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, newPage, pageErrors, SHOTS } from '../helpers/browser';
import { confirmPledge, joinAudience, openRoundOnPhone } from '../helpers/phone-page';

/**
 * How a commitment is made is the panelist's choice (the IGF's call takes commitments in a personal
 * capacity or on behalf of an organization): a panelist whose seat has an organization finds neither
 * option chosen, and Submit without a choice says so on the group and gives it the focus. The
 * choice survives a reload and an edit; an audience member keeps the personal capacity by default.
 */
describe('the capacity of a panelist with an organization', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test('no default: Submit asks for the choice; the choice is kept by the draft and by an edit', async () => {
    const { created, moderator, amina, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      const text = 'The West Africa ICT Alliance will publish its members’ connectivity data under an open licence.';
      await phone.getByTestId('pledge-text').fill(text);
      const group = phone.getByTestId('pledge-capacity');
      expect(await group.getByRole('radio', { checked: true }).count()).toBe(0);

      await phone.getByTestId('pledge-submit').click();
      const missing = phone.getByTestId('capacity-missing');
      await missing.waitFor({ timeout: 3000 });
      expect(await missing.innerText()).toBe(
        'Not submitted: choose whether you make this pledge in a personal capacity or on behalf of your organization.',
      );
      expect(await phone.getByTestId('pledge-preview').count()).toBe(0);
      expect(await phone.getByTestId('pledge-capacity-individual').evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await group.getAttribute('aria-invalid')).toBe('true');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-capacity-missing.png'), fullPage: true });

      // Chosen, then the page reloads: the draft keeps the choice.
      await phone.getByTestId('pledge-capacity-organization').check();
      expect(await missing.count()).toBe(0);
      await phone.reload();
      await phone.getByTestId('pledge-text').waitFor();
      expect(await phone.getByTestId('pledge-capacity-organization').isChecked()).toBe(true);
      expect(await phone.getByTestId('pledge-organization').inputValue()).toBe('West Africa ICT Alliance');

      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('pledge-preview').waitFor();
      expect(await phone.getByTestId('preview-record').innerText()).toContain('On behalf of West Africa ICT Alliance');
      await confirmPledge(phone, text);
      const sync = (await moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
      expect(sync.snapshot.pledges.find((p) => p.participantId === amina.id)).toMatchObject({ capacity: 'organization', organization: 'West Africa ICT Alliance' });

      // Editing keeps it.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByTestId('pledge-text').waitFor();
      expect(await phone.getByTestId('pledge-capacity-organization').isChecked()).toBe(true);
      expect(await missing.count()).toBe(0);

      // An audience member still starts in a personal capacity.
      const guest = await newPage(env.browser, 'audience', errors);
      await guest.goto(`${env.server.url}/j/${encodeURIComponent(created.joinCode)}`);
      await joinAudience(guest, 'onsite', { name: 'Sam', organization: 'Open Knowledge' });
      expect((await moderator.send('round:settings', { pledgers: 'panel-and-audience' })).ok).toBe(true);
      await guest.getByTestId('pledge-text').waitFor();
      expect(await guest.getByTestId('pledge-capacity-individual').isChecked()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
