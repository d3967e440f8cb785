import { AxeAudit, clientLanguages, inLanguage, openIn } from '../helpers/axe';
import { browserAndServer } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor, THREE_PLEDGES } from '../helpers/round';
import { ADMIN_TOKEN } from '../helpers/server';

/**
 * WCAG 2.2 AA with axe-core on the pages of the record, in English and each right-to-left language
 * the client ships (tests/helpers/axe.ts): the forum wall, the rapporteur report, the organizer
 * page (before and after signing in), the event page, the follow-up dashboard, the public
 * registry, a pledge's page and its author's follow-up page. The session's own pages are in
 * a11y.e2e.test.ts.
 */
const LANGUAGES = clientLanguages();
const LAPTOP = { width: 1366, height: 900 };

describe('accessibility of the record (axe, WCAG 2.2 AA)', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test.each(LANGUAGES)('forum, report, organizer, event, dashboard, registry, pledge, follow-up [%s]', async (lang) => {
    const audit = new AxeAudit(lang);
    const errors: string[] = [];
    const { event, created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2026', themes: ['Data', 'Inclusion'] });
    sockets.push(moderator);
    await moderator.sendOk('round:open', {});
    const { ack, followUpToken } = await submitFromPhone(
      env.server.url,
      created.sessionId,
      panelists[0]!.id,
      { ...pledgeFor(THREE_PLEDGES[0]), sdgTargets: ['9.c'], themes: ['data'], deliverables: [{ text: 'Open coverage maps', due: '2027-03-31' }] },
      sockets,
    );
    await submitFromPhone(env.server.url, created.sessionId, panelists[1]!.id, pledgeFor(THREE_PLEDGES[1]), sockets);
    const pledgeId = (ack.pledge as { id: string }).id;
    const url = env.server.url;

    const forum = await openIn(env.browser, lang, `${url}/forum/${event.id}`, errors, { width: 1920, height: 1080 });
    await forum.getByTestId('forum-wall').getByText(THREE_PLEDGES[1]).first().waitFor({ state: 'attached' });
    await audit.check(forum, 'forum wall');

    const report = await openIn(env.browser, lang, `${url}/s/${created.sessionId}/report#key=${created.moderatorKey}`, errors, LAPTOP);
    await report.getByTestId('report').getByText(THREE_PLEDGES[0]).waitFor();
    await audit.check(report, 'rapporteur report');

    const organizer = await openIn(env.browser, lang, `${url}/organizer`, errors, LAPTOP);
    await organizer.getByTestId('admin-token').waitFor();
    await audit.check(organizer, 'organizer, token form');
    await organizer.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await organizer.getByTestId('admin-token').press('Enter');
    await organizer.getByTestId('events-section').getByText('IGF 2026').first().waitFor();
    await audit.check(organizer, 'organizer, signed in');

    // The token is kept for the tab: the event page and its dashboard open signed in.
    await organizer.goto(inLanguage(`${url}/organizer/events/${event.id}`, lang));
    await organizer.getByTestId('event-summary').waitFor();
    await organizer.getByText('WS #215').first().waitFor();
    await audit.check(organizer, 'event page');
    await organizer.goto(inLanguage(`${url}/organizer/events/${event.id}/dashboard`, lang));
    await organizer.getByTestId('dashboard-totals').waitFor();
    await audit.check(organizer, 'follow-up dashboard');

    const registry = await openIn(env.browser, lang, `${url}/e/${event.id}`, errors, LAPTOP);
    await registry.getByTestId('registry-list').getByText(THREE_PLEDGES[0]).waitFor();
    await audit.check(registry, 'public registry');

    const pledge = await openIn(env.browser, lang, `${url}/p/${pledgeId}`, errors);
    await pledge.getByTestId('public-pledge').waitFor();
    await audit.check(pledge, 'pledge page');

    const followUp = await openIn(env.browser, lang, `${url}/f/${pledgeId}#token=${followUpToken}`, errors);
    await followUp.getByTestId('follow-up').waitFor();
    await followUp.getByTestId('report-submit').waitFor();
    await audit.check(followUp, 'follow-up page');

    audit.assertClean();
    expect(errors).toEqual([]);
  }, 150_000);
});
