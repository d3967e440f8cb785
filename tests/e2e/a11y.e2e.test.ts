import type { Page } from 'playwright-core';
import { AxeAudit, clientLanguages, inLanguage, LANDMARK_RULES, openIn, pageIn } from '../helpers/axe';
import { browserAndServer } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink, openDetails, startPledge } from '../helpers/phone-page';
import { audiencePhone, panelPledges, pledgeFor, setupSession, THREE_PLEDGES, waitingPhone } from '../helpers/round';

/**
 * WCAG 2.2 AA with axe-core on every page a session has, in each state that shows something new,
 * in English and each right-to-left language the client ships (tests/helpers/axe.ts): landing,
 * join and audience phone, panelist phone (waiting, form, details, preview, confirmation), console
 * (round not open, open with pledges, a queue and a seat request, closed), every wall view, the
 * viewers' wall, the embed and the not-found page. A serious or critical finding fails, naming the
 * rule, the elements and the page. The record's pages (forum, report, organizer, event, dashboard,
 * registry, pledge, follow-up) are in a11y-record.e2e.test.ts.
 */
const LANGUAGES = clientLanguages();
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

describe('accessibility of a session (axe, WCAG 2.2 AA)', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test.each(LANGUAGES)('landing, not found, joining the audience [%s]', async (lang) => {
    const audit = new AxeAudit(lang);
    const errors: string[] = [];
    const s = await setupSession(env.server);
    sockets.push(s.moderator);

    const landing = await openIn(env.browser, lang, `${env.server.url}/`, errors);
    await landing.getByTestId('join-code-input').waitFor();
    await audit.check(landing, 'landing');

    const missing = await openIn(env.browser, lang, `${env.server.url}/no/such/page`, errors);
    await missing.locator('main h1').waitFor();
    await audit.check(missing, 'not found');

    const phone = await openIn(env.browser, lang, s.created.links.join, errors);
    await phone.getByTestId('join-choice').waitFor();
    await audit.check(phone, 'join: audience or panel');
    await phone.getByTestId('join-audience').click();
    await phone.getByTestId('audience-join-form').waitFor();
    await audit.check(phone, 'join: audience form');
    await phone.getByTestId('audience-presence-online').check();
    await phone.getByTestId('audience-name').fill('Tom Becker');
    await phone.getByTestId('audience-join').click();
    await phone.getByTestId('audience-phone').waitFor();
    await audit.check(phone, 'audience phone, round not open');

    // The round opens to the audience: the phone gets the form; someone else's pledge arrives.
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none' });
    await phone.getByTestId('pledge-text').waitFor();
    await audit.check(phone, 'audience phone, round open');
    const { phones } = await panelPledges(env.server.url, s.created.sessionId, [[s.panelists[0]!.id, THREE_PLEDGES[0]]]);
    sockets.push(...phones);
    await phone.getByTestId('audience-pledge-list').getByText(THREE_PLEDGES[0]).waitFor();
    await audit.check(phone, 'audience phone with a pledge');

    audit.assertClean();
    expect(errors).toEqual([]);
  }, 120_000);

  test.each(LANGUAGES)('panelist phone and console through a round [%s]', async (lang) => {
    const audit = new AxeAudit(lang);
    const errors: string[] = [];
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    const [amina, kenji] = s.panelists.map((p) => p.id) as [string, string];

    const consolePage = await openIn(env.browser, lang, s.created.links.moderator, errors, LAPTOP);
    await consolePage.getByTestId('open-round').waitFor();
    await audit.check(consolePage, 'console, round not open');

    const phone = await pageIn(env.browser, lang, 'panelist phone', errors);
    await phone.goto(inLanguage(inviteLink(s.created, amina), lang));
    await phone.getByTestId('waiting').waitFor();
    await audit.check(phone, 'panelist phone, waiting');

    // Open to the audience with approval, so the console gets a queue.
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'audience' });
    await startPledge(phone, '');
    await audit.check(phone, 'panelist phone, empty form');
    await startPledge(phone, 'We will publish our community network maps as open data.');
    await openDetails(phone);
    await phone.getByTestId('pledge-stakeholder-group').waitFor();
    await audit.check(phone, 'panelist phone, form with details open');
    await phone.getByTestId('pledge-submit').click();
    await phone.getByTestId('pledge-preview').waitFor();
    await audit.check(phone, 'panelist phone, preview');
    await phone.getByTestId('pledge-confirm').click();
    await phone.getByTestId('pledge-confirmation').waitFor();
    await audit.check(phone, 'panelist phone, confirmation');

    // A pledge waiting for approval and a second device asking for Kenji's seat.
    const member = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'onsite', name: 'Ana' });
    sockets.push(member.phone);
    const pending = await member.phone.sendOk('pledge:submit', pledgeFor('I will mentor two students in internet governance.', { capacity: 'individual' }));
    const asking = await waitingPhone(env.server.url, s.created.sessionId, kenji);
    sockets.push(asking.phone);
    await consolePage.getByTestId(`mod-pledge-${(pending.pledge as { id: string }).id}`).waitFor();
    await consolePage.getByTestId('seat-requests').waitFor();
    await audit.check(consolePage, 'console, open with pledges, a queue and a seat request');

    await s.moderator.sendOk('round:close', {});
    await consolePage.getByTestId('open-round').waitFor();
    await phone.locator('[data-testid="pledge-confirmation"]').waitFor();
    await audit.check(consolePage, 'console, round closed');
    await audit.check(phone, 'panelist phone, round closed');

    audit.assertClean();
    expect(errors).toEqual([]);
  }, 120_000);

  test.each(LANGUAGES)('every wall view, the viewers’ wall and the embed [%s]', async (lang) => {
    const audit = new AxeAudit(lang);
    const errors: string[] = [];
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    const wallUrl = s.created.links.wall;

    const holding = await openIn(env.browser, lang, wallUrl, errors, PROJECTOR);
    await waitView(holding, 'holding');
    await audit.check(holding, 'wall, holding screen', LANDMARK_RULES);

    await s.moderator.sendOk('round:open', {});
    const { phones, pledges } = await panelPledges(
      env.server.url,
      s.created.sessionId,
      s.panelists.map((p, i) => [p.id, THREE_PLEDGES[i]!] as const),
    );
    sockets.push(...phones);
    await s.moderator.sendOk('stage:spotlight', { pledgeId: pledges[1]!.id });
    await s.moderator.sendOk('round:last-call', {});

    for (const view of ['grid', 'spotlight', 'ticker', 'cloud', 'breakdown', 'holding'] as const) {
      const page = await openIn(env.browser, lang, `${wallUrl}?view=${view}`, errors, PROJECTOR);
      if (view === 'ticker') await page.getByTestId('wall-ticker').waitFor();
      else await waitView(page, view);
      await page.getByText(view === 'holding' ? s.created.joinCode : /./).first().waitFor();
      await audit.check(page, `wall, ${view}`, LANDMARK_RULES);
      await page.context().close();
    }

    // Online viewers get the grid with a support button on each pledge.
    await s.moderator.sendOk('stage:spotlight', { pledgeId: null });
    const viewer = await openIn(env.browser, lang, `${wallUrl}?viewer=1`, errors, LAPTOP);
    await viewer.getByTestId(`support-${pledges[2]!.id}`).waitFor();
    await audit.check(viewer, 'viewers’ wall', LANDMARK_RULES);
    const embed = await openIn(env.browser, lang, `${env.server.url}/embed/${s.created.sessionId}`, errors, { width: 800, height: 700 });
    await embed.getByTestId('embed-list').getByText(THREE_PLEDGES[0]).waitFor();
    await audit.check(embed, 'embed');

    audit.assertClean();
    expect(errors).toEqual([]);
  }, 180_000);
});

const waitView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.querySelector('[data-testid="wall"]')?.getAttribute('data-view') === v, view, { timeout: 10_000 });
