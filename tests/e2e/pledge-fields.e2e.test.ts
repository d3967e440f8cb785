import path from 'node:path';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { checkedChoices, confirmPledge, invitedPhone, openDetails, pickSdgTargets, startPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * The full pledge form on a phone: optional details (themes, SDG targets through the lazily loaded
 * picker), the preview before submitting, and a record-only pledge that never reaches a wall.
 */
describe('the full pledge form on a phone', () => {
  const env = browserAndServer();

  test('themes and SDG targets picked on the phone are stored; a record-only pledge stays off the wall', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const [amina, kenji] = panelists;

      // Panelist one: text, then the optional details.
      const phone = await invitedPhone(env.browser, created, amina!.id, errors);
      const sdgChunks: string[] = [];
      phone.on('request', (r) => /SdgPicker/.test(r.url()) && sdgChunks.push(r.url()));
      const text = 'We will co-host a multistakeholder partnership on rural connectivity data by June.';
      await startPledge(phone, text);
      // The picker is not loaded until the details are opened.
      expect(sdgChunks).toEqual([]);
      expect(await phone.getByTestId('pledge-details').getAttribute('open')).toBeNull();

      await openDetails(phone);
      const search = phone.getByLabel('Find an SDG target by code or words');
      await search.waitFor();
      expect(await search.getAttribute('data-testid')).toBe('sdg-search');
      expect(sdgChunks.length).toBeGreaterThan(0);
      await pickSdgTargets(phone, [['partnership', '17.16'], ['9.c', '9.c']]);
      await phone.getByLabel('Inclusion', { exact: true }).check();
      // The stakeholder group is prefilled from the panel.
      expect(await checkedChoices(phone, 'Stakeholder group')).toEqual(['Civil Society']);
      await phone.screenshot({ path: path.join(SHOTS, 'phone-details.png'), fullPage: true });

      await phone.getByTestId('pledge-submit').click();
      const preview = phone.getByTestId('pledge-preview');
      await preview.waitFor();
      const previewText = await preview.innerText();
      expect(previewText).toContain(text);
      expect(previewText).toContain('Amina Diallo');
      expect(previewText).toContain('SDG 17.16');
      expect(previewText).toContain('SDG 9.c');
      expect(previewText).toContain('Inclusion');
      await phone.screenshot({ path: path.join(SHOTS, 'phone-preview.png'), fullPage: true });
      await confirmPledge(phone, text);

      const sync = await moderator.send('session:sync');
      expect(sync.ok).toBe(true);
      const stored = (sync as unknown as { snapshot: SessionSnapshot }).snapshot.pledges.find((p) => p.participantId === amina!.id);
      expect(stored).toMatchObject({
        text,
        sdgTargets: ['17.16', '9.c'],
        themes: ['inclusion'],
        stakeholderGroup: 'Civil Society',
        visibility: 'public',
        timeframe: { kind: 'next-igf' },
      });

      // Panelist two: a record-only pledge.
      const wall = await openPage(env.browser, created.links.wall, errors, { width: 1600, height: 1000 });
      await wall.getByTestId('wall-pledge-list').filter({ hasText: text }).waitFor();
      const phone2 = await invitedPhone(env.browser, created, kenji!.id, errors);
      const secret = 'We will review our national data-sharing rules with civil society by March.';
      await startPledge(phone2, secret);
      await openDetails(phone2);
      await phone2.getByLabel('Record only', { exact: true }).check();
      await phone2.getByLabel('By a date', { exact: true }).check();
      // The choice and its date field each have their own test id.
      expect(await phone2.getByTestId('pledge-timeframe-date').getAttribute('type')).toBe('radio');
      expect(await phone2.getByTestId('pledge-timeframe-when').getAttribute('type')).toBe('date');
      // An incomplete timeframe or deliverable blocks the submit with a reason.
      await phone2.getByTestId('details-problem').waitFor();
      await phone2.getByLabel('Date', { exact: true }).fill('2099-06-30');
      await phone2.getByRole('button', { name: 'Add a deliverable' }).click();
      await phone2.getByLabel('Deliverable 1', { exact: true }).fill('Public consultation report');
      await phone2.getByTestId('details-problem').getByText('Deliverable 1 needs a description (at least 3 characters) and a due date, or remove it.').waitFor();
      await phone2.getByLabel('Due date of deliverable 1').fill('2099-03-31');
      await phone2.getByRole('button', { name: 'Add a partner' }).click();
      await phone2.getByLabel('Partner 1', { exact: true }).fill('Council of Europe');
      await phone2.getByTestId('pledge-submit').click();
      await phone2.getByTestId('pledge-preview').getByText('Only the organizers will see this pledge; it will not appear on the wall').waitFor();
      await confirmPledge(phone2, secret);

      const sync2 = (await moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
      expect(sync2.snapshot.pledges.find((p) => p.participantId === kenji!.id)).toMatchObject({
        text: secret,
        visibility: 'record',
        stakeholderGroup: 'Government',
        timeframe: { kind: 'date', date: '2099-06-30' },
        deliverables: [{ text: 'Public consultation report', due: '2099-03-31' }],
        partners: ['Council of Europe'],
      });
      // The wall has had every delta by now; a reload (fresh snapshot) does not show it either.
      await new Promise((r) => setTimeout(r, 500));
      expect(await wall.getByTestId('wall-pledge-list').innerText()).not.toContain('data-sharing rules');
      await wall.reload();
      await wall.getByTestId('wall-pledge-list').filter({ hasText: text }).waitFor();
      expect(await wall.locator('body').innerText()).not.toContain('data-sharing rules');
      await wall.screenshot({ path: path.join(SHOTS, 'wall-record-only.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 90_000);
});
