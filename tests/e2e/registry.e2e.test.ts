import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, openPage, SHOTS, type Screen } from '../helpers/browser';
import { invitedPhone, openDetails, pickSdgTargets, startPledge, submitPledge } from '../helpers/phone-page';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

const DESKTOP: Screen = { width: 1360, height: 900 };

/**
 * The public registry: a pledge made on a real phone page (SDG targets through the picker) shows
 * up in the event's registry, where search and filters find it and the address keeps the filters;
 * its public page shows the targets. A record-only pledge appears nowhere in public.
 */
describe('the public registry', () => {
  const env = browserAndServer();

  const visibleTexts = async (page: Page) => (await page.getByTestId('registry-list').innerText().catch(() => '')) as string;

  test('a pledge with SDG targets picked on the phone is found by search and filters; record-only pledges stay private', async () => {
    const { event, created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2025 Norway', startDate: '2025-06-23', endDate: '2025-06-27' });
    const errors: string[] = [];
    const sockets: { close(): void }[] = [moderator];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const [amina, kenji, lucia] = panelists;

      // Amina pledges on a real phone page, picking SDG targets through the lazily loaded picker.
      const phone = await invitedPhone(env.browser, created, amina!.id, errors);
      const text = 'We will co-host a multistakeholder partnership on rural connectivity data by June.';
      await startPledge(phone, text);
      await openDetails(phone);
      await pickSdgTargets(phone, [['partnership', '17.16'], ['9.c', '9.c']]);
      await phone.getByLabel('Inclusion', { exact: true }).check();
      await submitPledge(phone, text);

      const sync = (await moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
      const aminaPledge = sync.snapshot.pledges.find((p) => p.participantId === amina!.id)!;
      expect(aminaPledge).toMatchObject({ text, sdgTargets: ['17.16', '9.c'], visibility: 'public' });

      // Kenji pledges for the record only; Lucía makes a public pledge about health (goal 3).
      const secret = 'We will review our national data-sharing rules quietly with regulators by March.';
      const recordOnly = { ...pledgeFor(secret), visibility: 'record' };
      await submitFromPhone(env.server.url, created.sessionId, kenji!.id, recordOnly, sockets);
      const healthText = 'LACNIC will fund telemedicine links for twelve rural clinics in the Andes.';
      const health = { ...pledgeFor(healthText), sdgTargets: ['3.8'], regionalGroup: 'GRULAC' };
      await submitFromPhone(env.server.url, created.sessionId, lucia!.id, health, sockets);

      // The registry page lists both public pledges, not the record-only one.
      const registryUrl = `${env.server.url}/e/${event.id}`;
      const page = await openPage(env.browser, registryUrl, errors, DESKTOP);
      await page.getByTestId(`registry-pledge-${aminaPledge.id}`).waitFor();
      await page.getByTestId(`registry-pledge-${health.id}`).waitFor();
      expect(await page.getByTestId('registry-event').innerText()).toBe('IGF 2025 Norway');
      expect(await page.locator('.registry__dates').innerText()).toBe('June 23 – 27, 2025');
      expect(await page.getByTestId('registry-count').innerText()).toBe('2 pledges');
      expect(await page.locator('body').innerText()).not.toContain('data-sharing rules');
      const card = page.getByTestId(`registry-pledge-${aminaPledge.id}`);
      const cardText = await card.innerText();
      for (const part of [text, 'Amina Diallo', 'West Africa ICT Alliance', 'Civil Society', 'WS #215', 'Commitments to Action', 'Inclusion', 'SDG 17.16', 'SDG 9.c', 'Not started', 'On track']) {
        expect(cardText).toContain(part);
      }
      // The card names the session by its code and its title.
      expect(await card.getByTestId('registry-pledge-session').innerText()).toMatch(/^WS #215\s+Commitments to Action$/);
      await page.screenshot({ path: path.join(SHOTS, 'registry.png'), fullPage: true });

      // Search by a word: only Amina's pledge, the count and the address follow.
      await page.getByTestId('registry-search').fill('connectivity');
      await page.getByTestId('registry-count').filter({ hasText: '1 of 2 pledges' }).waitFor();
      expect(await visibleTexts(page)).toContain(text);
      expect(await visibleTexts(page)).not.toContain(healthText);
      expect(new URL(page.url()).searchParams.get('q')).toBe('connectivity');

      // The SDG goal filter: 17 keeps Amina's pledge, 3 hides it (and shows Lucía's).
      await page.getByTestId('registry-search').fill('');
      await page.getByTestId('filter-goal').selectOption('17');
      await page.getByTestId('registry-count').filter({ hasText: '1 of 2 pledges' }).waitFor();
      expect(await visibleTexts(page)).toContain(text);
      expect(new URL(page.url()).searchParams.get('goal')).toBe('17');
      expect(new URL(page.url()).searchParams.has('q')).toBe(false);
      await page.getByTestId('filter-goal').selectOption('3');
      await page.getByTestId(`registry-pledge-${health.id}`).waitFor();
      expect(await page.getByTestId(`registry-pledge-${aminaPledge.id}`).count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('goal')).toBe('3');
      // The JSON link carries the same filters.
      expect(await page.getByTestId('registry-json').getAttribute('href')).toBe(`/api/events/${event.id}/registry?goal=3`);

      // Two filters that exclude each other: the empty state offers to clear them.
      await page.getByTestId('registry-search').fill('partnership');
      await page.getByTestId('registry-empty').filter({ hasText: 'No pledge matches these filters' }).waitFor();
      expect(page.url()).toContain('?q=partnership&goal=3');
      await page.screenshot({ path: path.join(SHOTS, 'registry-no-match.png'), fullPage: true });

      // A shared filtered address opens with the same filters.
      const shared = await openPage(env.browser, `${registryUrl}?goal=17&stakeholder=Civil+Society`, errors);
      await shared.getByTestId(`registry-pledge-${aminaPledge.id}`).waitFor();
      expect(await shared.getByTestId('filter-goal').inputValue()).toBe('17');
      expect(await shared.getByTestId('filter-stakeholder').inputValue()).toBe('Civil Society');
      expect(await shared.getByTestId('registry-count').innerText()).toBe('1 of 2 pledges');
      await shared.screenshot({ path: path.join(SHOTS, 'registry-phone.png'), fullPage: true });
      await shared.getByTestId('clear-filters').click();
      await shared.getByTestId('registry-count').filter({ hasText: /^2 pledges$/ }).waitFor();
      expect(new URL(shared.url()).search).toBe('');

      // The JSON API agrees, and never carries the record-only pledge.
      const api = await fetch(`${env.server.url}/api/events/${event.id}/registry`);
      const body = await api.text();
      expect(api.status).toBe(200);
      expect(body).toContain(aminaPledge.id);
      expect(body).not.toContain(recordOnly.id);
      expect(body).not.toContain('data-sharing rules');
      const filtered = (await (await fetch(`${env.server.url}/api/events/${event.id}/registry?goal=3`)).json()) as { pledges: { id: string }[] };
      expect(filtered.pledges.map((p) => p.id)).toEqual([health.id]);

      // The pledge page, reached from the registry card, shows the SDG targets with their official texts.
      await page.getByTestId('clear-filters').click();
      await card.getByRole('link', { name: 'Open the pledge of Amina Diallo' }).click();
      await page.getByTestId('public-pledge').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/p/${aminaPledge.id}`);
      expect(await page.getByTestId('pledge-text').innerText()).toBe(text);
      const target = await page.getByTestId('sdg-target-17.16').innerText();
      expect(target).toContain('Target 17.16');
      expect(target).toContain('17 · Partnerships for the Goals');
      expect(target).toContain('Enhance the Global Partnership for Sustainable Development');
      expect(await page.getByTestId('sdg-target-9.c').innerText()).toContain('Significantly increase access to information and communications technology');
      const pledgePage = await page.locator('main').innerText();
      for (const part of ['WS #215', 'Commitments to Action', 'IGF 2025 Norway', 'Until the next IGF', 'No progress has been reported on this pledge yet.']) {
        expect(pledgePage).toContain(part);
      }
      await page.screenshot({ path: path.join(SHOTS, 'pledge-page.png'), fullPage: true });
      // Back to the registry through the event link.
      await page.getByTestId('back-to-registry').click();
      await page.getByTestId('registry-list').waitFor();

      // The record-only pledge has no public page: the API answers 404 and the page says so.
      const missing = await fetch(`${env.server.url}/api/pledges/${recordOnly.id}`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('pledge_not_found');
      const hidden = await openPage(env.browser, `${env.server.url}/p/${recordOnly.id}`, []);
      await hidden.getByTestId('pledge-not-found').filter({ hasText: 'No public pledge here' }).waitFor();
      expect(await hidden.locator('body').innerText()).not.toContain('data-sharing rules');
      await hidden.screenshot({ path: path.join(SHOTS, 'pledge-page-none.png'), fullPage: true });

      expect(errors).toEqual([]);
    } finally {
      sockets.forEach((s) => s.close());
    }
  }, 120_000);
});
