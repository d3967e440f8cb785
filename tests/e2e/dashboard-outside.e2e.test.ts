import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Dashboard } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import { browserAndServer, openPage, pageErrors, SHOTS } from '../helpers/browser';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { PANEL_OF_FOUR } from '../helpers/round';
import { adminApi, ADMIN_TOKEN } from '../helpers/server';

/**
 * The organizer's dashboard, on a real server, Redis and Chromium: of the pledges the moderators
 * have not accepted, a hidden public one and a record-only one they kept out of the record are
 * counted apart, in the console's words ("kept out of the record"), never the record-only one as
 * "hidden"; in English and Arabic, on a laptop and a projector.
 */
describe('the dashboard’s pledges outside the record', () => {
  const env = browserAndServer();
  const errors = pageErrors();
  const sockets: { close(): void }[] = [];
  let eventId = '';
  afterAll(() => sockets.forEach((s) => s.close()));

  beforeAll(async () => {
    const { event, created, moderator, panelists } = await sessionInEvent(env.server, { name: 'IGF 2026' }, PANEL_OF_FOUR);
    sockets.push(moderator);
    eventId = event.id;
    await moderator.sendOk('round:open', { moderation: 'none' });
    const pledge = async (n: number, text: string, visibility: Pledge['visibility']) => {
      const made = await submitFromPhone(env.server.url, created.sessionId, panelists[n]!.id, { id: randomUUID(), capacity: 'organization', text, visibility }, sockets);
      return (made.ack as unknown as { pledge: Pledge }).pledge;
    };
    const shownThenHidden = await pledge(0, 'We will publish our national AI guidelines in three languages.', 'public');
    const keptOut = await pledge(1, 'We will brief our regulator on the outcome of this session.', 'record');
    await pledge(2, 'We will report back to our board before the next IGF.', 'record');
    await pledge(3, 'We will train 500 community network operators across West Africa.', 'public');
    await moderator.sendOk('pledge:hide', { pledgeId: shownThenHidden.id });
    await moderator.sendOk('pledge:hide', { pledgeId: keptOut.id });
  });

  test('the API counts the record-only pledges kept out apart from the public ones', async () => {
    const d = (await adminApi<Dashboard>(env.server.url, `/api/events/${eventId}/dashboard`)).body;
    expect({ total: d.total, recordOnly: d.recordOnly, outside: d.outside, recordOnlyOutside: d.recordOnlyOutside }).toEqual({
      total: 2,
      recordOnly: 1,
      outside: [
        { key: 'pending', count: 0 },
        { key: 'hidden', count: 1 },
        { key: 'rejected', count: 0 },
      ],
      recordOnlyOutside: [
        { key: 'pending', count: 0 },
        { key: 'hidden', count: 1 },
        { key: 'rejected', count: 0 },
      ],
    });
  });

  const cases = [
    ['en', { width: 1366, height: 768 }, 'Not counted here, as they are not in the record: 1 hidden and 1 record-only pledge kept out of the record.'],
    ['en', { width: 1920, height: 1080 }, 'Not counted here, as they are not in the record: 1 hidden and 1 record-only pledge kept out of the record.'],
    ['ar', { width: 1366, height: 768 }, 'غير محسوبة هنا لأنها ليست في السجل: تعهد واحد مخفي وتعهد داخلي واحد خارج السجل.'],
    ['ar', { width: 1920, height: 1080 }, 'غير محسوبة هنا لأنها ليست في السجل: تعهد واحد مخفي وتعهد داخلي واحد خارج السجل.'],
  ] as const;
  test.each(cases)('%s, %o: the page says so in the console’s words', async (lang, screen, expected) => {
    const page = await openPage(env.browser, `${env.server.url}/organizer/events/${eventId}/dashboard?lang=${lang}#token=${ADMIN_TOKEN}`, errors, screen);
    const outside = page.getByTestId('dashboard-outside');
    await outside.waitFor();
    expect(await outside.innerText()).toBe(expected);
    expect(await outside.getAttribute('data-record-only')).toBe('1');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(SHOTS, `dashboard-outside-${lang}-${screen.width}.png`) });
    await page.context().close();
  });
});
