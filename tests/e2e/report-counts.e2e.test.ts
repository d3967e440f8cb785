import path from 'node:path';
import { STAKEHOLDER_GROUPS } from '../../shared/domain';
import { openPage, SHOTS } from '../helpers/browser';
import { browserRoomInEvent, submitFromPhone } from '../helpers/record';
import { pledgeFor } from '../helpers/round';

/**
 * The rapporteur's counts, on a real server, Redis and Chromium: every stakeholder group and every
 * theme of the session, 0 included, so the report says who and what no pledge came from (the
 * themes were listed at 0, the groups left out); in English and Arabic.
 */
describe('the report’s counts', () => {
  const ctx = browserRoomInEvent({ name: 'IGF 2026' });
  const { env, errors, sockets } = ctx;

  beforeAll(async () => {
    const { room } = ctx;
    const [civil, government] = room.panelists;
    await submitFromPhone(env.server.url, room.created.sessionId, civil!.id, { ...pledgeFor('We will open our spectrum data before the next IGF.'), themes: ['data'] }, sockets);
    await submitFromPhone(env.server.url, room.created.sessionId, government!.id, { ...pledgeFor('We will fund ten community networks in rural areas.'), themes: ['data', 'inclusion'] }, sockets);
  });

  test.each([
    ['en', 'By stakeholder group', ['Government', 'Private Sector', 'Technical Community', 'Intergovernmental Organization', 'Civil Society', 'Academia', 'Individual'], ['Data', 'Environment', 'Inclusion', 'Trust']],
    ['ar', 'حسب فئة أصحاب المصلحة', null, ['البيانات', 'البيئة', 'الشمول', 'الثقة']],
  ] as const)('%s: every group and every theme, 0 included', async (lang, caption, groupNames, themeNames) => {
    const { sessionId, moderatorKey } = ctx.room.created;
    const page = await openPage(env.browser, `${env.server.url}/s/${sessionId}/report?lang=${lang}#key=${moderatorKey}`, errors, { width: 1366, height: 768 });
    const groups = page.getByTestId('count-group');
    await groups.waitFor();
    const table = (id: string) =>
      page.getByTestId(id).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-key'), r.querySelector('td')!.textContent, Number(r.querySelector('td.num')!.textContent)]));
    expect(await groups.locator('caption').innerText()).toBe(caption);
    const byGroup = await table('count-group');
    expect(byGroup.map(([key, , n]) => [key, n])).toEqual(STAKEHOLDER_GROUPS.map((g) => [g, g === 'Civil Society' || g === 'Government' ? 1 : 0]));
    if (groupNames) expect(byGroup.map(([, label]) => label)).toEqual(groupNames);
    expect((await table('count-theme')).map(([key, label, n]) => [key, label, n])).toEqual([
      ['data', themeNames[0], 2],
      ['environment', themeNames[1], 0],
      ['inclusion', themeNames[2], 1],
      ['trust', themeNames[3], 0],
    ]);
    await page.locator('.report__counts').screenshot({ path: path.join(SHOTS, `report-counts-${lang}.png`) });
    await page.context().close();
  });
});
