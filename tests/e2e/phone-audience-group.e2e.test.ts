import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, newPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import { confirmPledge, joinAudience } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * An audience member who pledges on behalf of an organization says which stakeholder group it is
 * in: Submit without one says so on the group, in "More details" opened at it, with the focus
 * there; the pledge is never counted as an individual's. A phone that could not load the rest of
 * the details (offline) still offers the group, and submits with it.
 */
/** The test id of the focused element, once the focus has settled (or after 3 s). */
async function focusedTestId(page: Page): Promise<string | null | undefined> {
  const read = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  for (let i = 0; i < 30 && (await read()) !== 'pledge-group-0'; i++) await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return read();
}

describe('the stakeholder group of an audience pledge on behalf of an organization', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  test.each([
    ['phone', false],
    ['short-phone', true],
  ] as [Screen, boolean][])('on a %s (details unavailable: %s), Submit asks for the group; the pledge keeps the one chosen', async (screen, offline) => {
    const s = await setupSession(env.server);
    try {
      await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
      const page = await newPage(env.browser, `audience ${String(screen)}`, errors, screen);
      // The details' own chunk never arrives.
      if (offline) await page.route(/PledgeDetailsFields-[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${env.server.url}/j/${encodeURIComponent(s.created.joinCode)}`);
      await joinAudience(page, 'online', { name: 'Lina Haddad', organization: 'Youth IGF Lebanon' });
      const text = 'Youth IGF Lebanon will run four school workshops on online safety before the next IGF.';
      await page.getByTestId('pledge-text').fill(text);
      await page.getByTestId('pledge-capacity-organization').check();
      // Offline: the chunk's fetch, made in the first idle moment, has failed before Submit.
      for (let i = 0; offline && i < 50 && !errors.some((e) => e.includes('net::ERR_FAILED')); i++) await page.waitForTimeout(100);
      await page.getByTestId('pledge-submit').click();

      const missing = page.getByTestId('group-missing');
      await missing.waitFor({ timeout: 3000 });
      expect(await missing.innerText()).toBe('Not submitted: choose your organization’s stakeholder group.');
      expect(await page.getByTestId('pledge-preview').count()).toBe(0);
      expect(await page.getByTestId('pledge-details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      const groups = page.getByTestId('pledge-stakeholder-group');
      expect(await groups.getAttribute('aria-invalid')).toBe('true');
      expect(await groups.getByRole('radio', { checked: true }).count()).toBe(0);
      expect(await focusedTestId(page)).toBe('pledge-group-0');
      expect(await page.getByTestId('pledge-group-0').isVisible()).toBe(true);
      if (offline) await page.getByTestId('pledge-details-loading').filter({ hasText: 'could not be loaded' }).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(SHOTS, `phone-audience-group-missing-${String(screen)}.png`) });

      // Civil Society, the fifth group.
      await page.getByTestId('pledge-group-4').check();
      expect(await missing.count()).toBe(0);
      await page.getByTestId('pledge-submit').click();
      await page.getByTestId('pledge-preview').waitFor();
      await confirmPledge(page, text);
      const sync = (await s.moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
      expect(sync.snapshot.pledges.find((p) => p.text === text)).toMatchObject({
        capacity: 'organization',
        organization: 'Youth IGF Lebanon',
        stakeholderGroup: 'Civil Society',
      });
      // The details' chunk, refused on purpose, is the page's only error.
      const refused = errors.filter((e) => /net::ERR_FAILED|PledgeDetailsFields/.test(e));
      expect(refused.length > 0).toBe(offline);
      errors.splice(0, errors.length, ...errors.filter((e) => !refused.includes(e)));
    } finally {
      s.moderator.close();
    }
  }, 60_000);
});
