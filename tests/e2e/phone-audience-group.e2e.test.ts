import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, newPage, pageErrors, SHOTS, type Screen } from '../helpers/browser';
import { inLanguage } from '../helpers/axe';
import { confirmPledge, inviteLink, joinAudience } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/**
 * An audience member who pledges on behalf of an organization says which stakeholder group it is
 * in: Submit without one opens "More details" at the group, which says so and takes the focus,
 * and the pledge is not counted as an individual's; the section's summary says the group is
 * required rather than "optional" (a panelist's, whose seat has its group, stays optional). A phone
 * that could not load the details' fields at all (offline from the start) still sends its pledge,
 * as before.
 */

const SUMMARY = {
  en: { optional: 'More details (optional)', required: 'More details · stakeholder group required' },
  ar: { optional: 'تفاصيل إضافية (اختيارية)', required: 'تفاصيل إضافية · فئة أصحاب المصلحة مطلوبة' },
} as const;

const TEXT = 'Youth IGF Lebanon will run four school workshops on online safety before the next IGF.';

describe('the stakeholder group of an audience pledge on behalf of an organization', () => {
  const env = browserAndServer();
  const errors = pageErrors();

  /** The audience form filled in on behalf of an organization; `detailsFetched`: the details' fields were asked for (and refused, with `refuseDetails`). */
  async function audienceForm(screen: Screen, sessionId: { joinCode: string }, refuseDetails = false): Promise<{ page: Page; detailsFetched: Promise<unknown> }> {
    // Refused: no service worker either, which would otherwise serve the fields from its cache
    // once it controls the page (a route does not see what the worker answers).
    const page = await newPage(env.browser, `audience ${String(screen)}`, errors, screen, refuseDetails ? { serviceWorkers: 'block' } : {});
    const details = /PledgeDetailsFields-[^/]*\.js$/;
    if (refuseDetails) await page.route(details, (route) => route.abort());
    const detailsFetched = refuseDetails
      ? page.waitForEvent('requestfailed', { predicate: (r) => details.test(r.url()), timeout: 10_000 })
      : page.waitForResponse(details, { timeout: 10_000 });
    await page.goto(`${env.server.url}/j/${encodeURIComponent(sessionId.joinCode)}`);
    await joinAudience(page, 'online', { name: 'Lina Haddad', organization: 'Youth IGF Lebanon' });
    await page.getByTestId('pledge-text').fill(TEXT);
    await page.getByTestId('pledge-capacity-organization').check();
    return { page, detailsFetched };
  }

  const stored = async (s: Awaited<ReturnType<typeof setupSession>>) => {
    const sync = (await s.moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
    return sync.snapshot.pledges.find((p) => p.text === TEXT);
  };

  test.each(['phone', 'short-phone'] as Screen[])('on a %s, Submit asks for the group at the group; the pledge keeps the one chosen', async (screen) => {
    const s = await setupSession(env.server);
    try {
      await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
      const { page, detailsFetched } = await audienceForm(screen, s.created);
      // The details' fields arrive in the first idle moment after the form shows (in the closed section).
      await detailsFetched;
      await page.getByTestId('pledge-stakeholder-group').waitFor({ state: 'attached' });
      await page.getByTestId('pledge-submit').click();

      const missing = page.getByTestId('group-missing');
      await missing.waitFor();
      expect(await missing.innerText()).toBe('Not submitted: choose your organization’s stakeholder group.');
      expect(await page.getByTestId('pledge-preview').count()).toBe(0);
      expect(await page.getByTestId('pledge-details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      const groups = page.getByTestId('pledge-stakeholder-group');
      expect(await groups.getAttribute('aria-invalid')).toBe('true');
      expect(await groups.getByRole('radio', { checked: true }).count()).toBe(0);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'pledge-group-0');
      // The reason in view with the first choice, which has the focus.
      for (const el of [missing, page.getByTestId('pledge-group-0')]) {
        const box = (await el.boundingBox())!;
        expect([box.y >= 0, box.y + box.height <= page.viewportSize()!.height]).toEqual([true, true]);
      }
      await page.screenshot({ path: path.join(SHOTS, `phone-audience-group-missing-${String(screen)}.png`) });

      // Civil Society, the fifth group.
      await page.getByTestId('pledge-group-4').check();
      expect(await missing.count()).toBe(0);
      await page.getByTestId('pledge-submit').click();
      await page.getByTestId('pledge-preview').waitFor();
      await confirmPledge(page, TEXT);
      expect(await stored(s)).toMatchObject({ capacity: 'organization', organization: 'Youth IGF Lebanon', stakeholderGroup: 'Civil Society' });
    } finally {
      s.moderator.close();
    }
  }, 60_000);

  test('a phone that could not load the details’ fields still sends its pledge', async () => {
    const s = await setupSession(env.server);
    try {
      await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
      const { page, detailsFetched } = await audienceForm('phone', s.created, true);
      // The fields' fetch, made in the first idle moment, has failed before Submit.
      await detailsFetched;
      await page.getByTestId('pledge-submit').click();
      await page.getByTestId('pledge-preview').waitFor();
      await confirmPledge(page, TEXT);
      expect(await stored(s)).toMatchObject({ capacity: 'organization', organization: 'Youth IGF Lebanon' });
      // The refused chunk is the page's only error.
      errors.splice(0, errors.length, ...errors.filter((e) => !/net::ERR_FAILED|PledgeDetailsFields/.test(e)));
    } finally {
      s.moderator.close();
    }
  }, 60_000);

  test.each([
    ['en', 'phone'],
    ['en', 'short-phone'],
    ['ar', 'phone'],
    ['ar', 'short-phone'],
  ] as const)('in %s on a %s, “More details” says the group is required on behalf of an organization, optional otherwise', async (lang, screen) => {
    const s = await setupSession(env.server);
    try {
      await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
      const page = await newPage(env.browser, `audience ${lang} ${screen}`, errors, screen);
      await page.goto(inLanguage(`${env.server.url}/j/${encodeURIComponent(s.created.joinCode)}`, lang));
      await joinAudience(page, 'online', { name: 'Lina Haddad', organization: 'Youth IGF Lebanon' });
      const summary = page.getByTestId('pledge-details-summary');
      expect(await summary.innerText()).toBe(SUMMARY[lang].optional);
      await page.getByTestId('pledge-capacity-organization').check();
      expect(await summary.innerText()).toBe(SUMMARY[lang].required);
      // On one line's worth of room: nothing runs off the screen's side.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `phone-audience-group-summary-${lang}-${String(screen)}.png`) });
      await page.getByTestId('pledge-capacity-individual').check();
      expect(await summary.innerText()).toBe(SUMMARY[lang].optional);

      // A panelist on behalf of their organization: the seat has its group, nothing is asked.
      const panelist = await newPage(env.browser, `panelist ${lang} ${screen}`, errors, screen);
      await panelist.goto(inLanguage(inviteLink(s.created, s.panelists[0]!.id), lang));
      await panelist.getByTestId('pledge-text').waitFor();
      await panelist.getByTestId('pledge-capacity-organization').check();
      expect(await panelist.getByTestId('pledge-details-summary').innerText()).toBe(SUMMARY[lang].optional);
    } finally {
      s.moderator.close();
    }
  }, 60_000);
});
