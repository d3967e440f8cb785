import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { routes } from '../../shared/http';
import type { CreateSessionInput } from '../../shared/schemas';
import { browserAndServer, newPage } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { audiencePhone, pledgeFor, setupSession } from '../helpers/round';
import { submitFromPhone } from '../helpers/record';
import { createEvent } from '../helpers/server';
import { seenText } from '../helpers/text-layout';

const SESSIONS: CreateSessionInput[] = [
  {
    code: 'WS #215',
    title: 'Commitments to Action: Meaningful Connectivity for the Next Billion',
    panelists: [
      { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' },
      { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications, Japan', stakeholderGroup: 'Government' },
    ],
  },
  {
    code: 'OF #12',
    title: 'Open Forum: Data, Trust and Governance',
    panelists: [{ name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community' }],
  },
  {
    code: 'MS #3',
    title: 'Main Session: Digital Cooperation after WSIS+20',
    panelists: [{ name: 'Grace Mutungu', organization: 'KICTANet', stakeholderGroup: 'Civil Society' }],
  },
];

const LONG =
  'We will map every public access point in the twelve counties we serve, publish the map as open data with a licence that lets ' +
  'anyone reuse it, train forty community network operators in maintenance, security and billing, mentor ten young women into ' +
  'technical roles, report our progress at each open consultation, and hand the whole programme over to a local cooperative before the next IGF.';

/**
 * The forum wall in a real browser: one page per event on the venue's main screens, showing the
 * pledges of every session live, with totals by session, stakeholder group and theme; at 1080p
 * and at 4K, with every card and totals row whole on screen.
 */
describe('the forum wall page', () => {
  const env = browserAndServer();
  const sockets: { close(): void }[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  /** Every card and totals row inside its box; the pledge text at least `minPx` and the largest type. */
  async function checkLayout(page: Page, minPx: number) {
    const report = await page.evaluate(() => {
      const inside = (el: Element, box: DOMRect) => {
        const r = el.getBoundingClientRect();
        return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
      };
      const newest = document.querySelector('.forum__newest')!.getBoundingClientRect();
      const side = document.querySelector('.forum__side')!.getBoundingClientRect();
      const cards = [...document.querySelectorAll('[data-testid="forum-card"]')];
      const rows = [...document.querySelectorAll('.forum__tally li, .forum__tally-head')];
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const texts = [...document.querySelectorAll('[data-testid="forum-card"] .forum-card__text')].map(size);
      const others = [...document.querySelectorAll('.forum h1, .forum p, .forum li, .forum span')].filter((el) => !el.closest('.forum-card__text, .visually-hidden'));
      return {
        cards: cards.length,
        cardsOutside: cards.filter((c) => !inside(c, newest)).length,
        rowsOutside: rows.filter((r) => !inside(r, side)).length,
        smallestText: Math.min(...texts),
        largestOther: Math.max(...others.map(size)),
        scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(report).toMatchObject({ cardsOutside: 0, rowsOutside: 0, scrolls: false });
    expect(report.cards).toBeGreaterThan(0);
    expect(report.smallestText).toBeGreaterThanOrEqual(minPx);
    expect(report.largestOther).toBeLessThan(report.smallestText);
  }

  type Tally = { rows: [string | null, number, string | null][]; more: string | null };
  /** Each totals list as shown: its rows (label, count, detail) and its "+N more". */
  const tallies = (page: Page): Promise<Record<string, Tally>> =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.forum__tally')].map((section) => [
          section.getAttribute('data-testid'),
          {
            rows: [...section.querySelectorAll('li')].map((li): [string | null, number, string | null] => [
              li.querySelector('.forum__tally-label')!.textContent,
              Number(li.querySelector('.forum__tally-count')!.textContent),
              li.querySelector('.forum__tally-detail')?.textContent ?? null,
            ]),
            more: section.querySelector('.forum__tally-more')?.textContent ?? null,
          },
        ]),
      ),
    );

  /** Counts by label, most first (ties by label), as the totals list them. */
  const expectedRows = (labels: string[]) => {
    const counts = new Map<string, number>();
    for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }));
  };

  /** A list shows the first rows of `expected`, and says how many more there are. */
  const showsTopOf = (list: Tally, expected: [string, number][]) => {
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.map(([label, count]) => [label, count])).toEqual(expected.slice(0, list.rows.length));
    expect(list.more).toBe(list.rows.length < expected.length ? `+${expected.length - list.rows.length} more` : null);
  };

  test('shows pledges from three sessions live, with the totals, at 1080p and 4K', async () => {
    const THEMES = ['Data governance', 'Meaningful access', 'Trust and security', 'Cybersecurity', 'Artificial intelligence', 'Digital inclusion', 'Environment', 'Human rights', 'Gender equality', 'Youth', 'Capacity building', 'Open source', 'Connectivity', 'Local content'];
    const event = await createEvent(env.server.url, { name: 'IGF 2025', startDate: '2025-06-23', endDate: '2025-06-27', themes: THEMES });
    const themeIds = event.themes.map((th) => th.id);
    const sessions: Awaited<ReturnType<typeof setupSession>>[] = [];
    for (const body of SESSIONS) {
      const s = await setupSession(env.server, { ...body, eventId: event.id });
      sockets.push(s.moderator);
      await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience', moderation: 'none' });
      sessions.push(s);
    }
    const [ws, of, ms] = sessions as [(typeof sessions)[number], (typeof sessions)[number], (typeof sessions)[number]];
    /** What the wall should count: each shown pledge's session code, group and theme labels. */
    const made: { code: string; group: string; themes: string[] }[] = [];
    const codeOf = (s: (typeof sessions)[number]) => SESSIONS[sessions.indexOf(s)]!.code!;
    const submit = async (s: (typeof sessions)[number], i: number, text: string, themes: string[] = [], extra: Record<string, unknown> = {}) => {
      await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[i]!.id, { id: randomUUID(), text, capacity: 'organization', themes, ...extra }, sockets);
      if (extra.visibility !== 'record') made.push({ code: codeOf(s), group: s.panelists[i]!.stakeholderGroup, themes });
    };
    const fromAudience = async (s: (typeof sessions)[number], name: string, text: string, themes: string[], group = 'Individual') => {
      const { phone } = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name, organization: 'Youth IGF' });
      sockets.push(phone);
      await (phone as Client).sendOk('pledge:submit', { ...pledgeFor(text), themes, stakeholderGroup: group });
      made.push({ code: codeOf(s), group, themes });
    };

    // Before the page opens: two pledges of the first session (one record-only, never shown).
    await submit(ws, 0, 'We will fund community networks in three rural districts and publish their coverage.', ['meaningful-access', 'connectivity']);
    await submit(ws, 1, 'We will keep this commitment in the record only.', [], { visibility: 'record' });

    const errors: string[] = [];
    const page = await newPage(env.browser, 'forum 1080p', errors, { width: 1920, height: 1080 });
    await page.goto(env.server.url + routes.forum(event.id));
    await page.getByTestId('forum-wall').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('IGF 2025');
    expect(await page.title()).toBe('IGF 2025 · Forum wall · Pledge Round');
    const count = (n: number) => page.waitForFunction((n) => document.querySelector('[data-testid="forum-total"]')?.getAttribute('data-count') === String(n), n);
    await count(1);

    // Live, from all three sessions.
    const groups = ['Government', 'Private Sector', 'Academia', 'Intergovernmental Organization', 'Technical Community', 'Individual'];
    for (const [i, s] of [ws, of, ms, ms, ws, of].entries()) {
      const themes = themeIds.slice(i * 2, i * 2 + 3);
      await fromAudience(s, `Delegate ${i + 1}`, `We will host ${i + 2} local dialogues on safe and affordable access and report their outcomes to the next IGF.`, themes, groups[i]);
    }
    await fromAudience(ws, 'Nadia Rahman', LONG, ['meaningful-access', 'data-governance', 'youth', 'gender-equality']);
    await fromAudience(of, '', 'We will translate the guidelines into Kiswahili and Amharic and share them with every school we work with.', ['data-governance', 'local-content']);
    await submit(of, 0, 'We will open our registry data under a public licence and report on its reuse each quarter.', ['data-governance', 'trust-and-security']);
    const card = page.getByTestId('forum-card').filter({ hasText: 'open our registry data' });
    await card.waitFor();
    // What the eye sees (the commas between the parts are for screen readers only).
    expect(await seenText(card)).toContain('Lucía Fernández · LACNIC · OF #12');
    await page.waitForFunction(() => document.querySelector('[data-testid="forum-announcer"]')?.textContent?.includes('New pledge from Lucía Fernández, OF #12'));
    await submit(ms, 0, 'We will run a national multistakeholder consultation on the WSIS+20 outcome before the next IGF.', ['trust-and-security']);
    await page.getByTestId('forum-card').filter({ hasText: 'multistakeholder consultation' }).waitFor();
    await count(made.length);
    expect(await page.getByTestId('forum-total').innerText()).toMatch(new RegExp(`${made.length}\\s*pledges\\s*from 3 sessions`));
    expect(await page.getByText('We will keep this commitment in the record only.').count()).toBe(0);

    // Totals: by session (code, title under it), by stakeholder group, by theme with the event's labels;
    // each as many rows as fit, most first, and "+N more" for the rest.
    const label = new Map(event.themes.map((th) => [th.id, th.label]));
    const checkTotals = async (p: Page) => {
      const shown = await tallies(p);
      showsTopOf(shown['forum-by-session']!, expectedRows(made.map((m) => m.code)));
      expect(shown['forum-by-session']!.rows.find(([code]) => code === 'WS #215')?.[2]).toBe(SESSIONS[0]!.title);
      showsTopOf(shown['forum-by-group']!, expectedRows(made.map((m) => m.group)));
      showsTopOf(shown['forum-by-theme']!, expectedRows(made.flatMap((m) => m.themes.map((id) => label.get(id)!))));
      return shown;
    };
    const shown = await checkTotals(page);
    expect(shown['forum-by-session']!.rows).toHaveLength(3);
    expect(shown['forum-by-theme']!.more).toMatch(/^\+\d+ more$/);
    await page.waitForTimeout(1200); // the newest cards finish animating in
    await checkLayout(page, 32);
    await page.screenshot({ path: '/tmp/forum-1080.png' });

    // At 4K the same picture, twice the size.
    const big = await newPage(env.browser, 'forum 4K', errors, { width: 3840, height: 2160 });
    await big.goto(env.server.url + routes.forum(event.id));
    await big.waitForFunction((n) => document.querySelector('[data-testid="forum-total"]')?.getAttribute('data-count') === String(n), made.length);
    await big.getByTestId('forum-card').first().waitFor();
    await checkLayout(big, 64);
    await checkTotals(big);
    await big.screenshot({ path: '/tmp/forum-2160.png' });

    // The longest pledge there can be, as the newest: whole on the screen, at the smaller pledge size.
    const longest = `${LONG} ${'We will also publish every quarterly report in plain language.'.repeat(4)}`.slice(0, 600);
    await fromAudience(ms, 'Joseph Mensah', longest, ['connectivity']);
    await big.getByTestId('forum-card').filter({ hasText: 'Joseph Mensah' }).waitFor();
    await page.getByTestId('forum-card').filter({ hasText: 'Joseph Mensah' }).waitFor();
    await page.waitForTimeout(1200);
    await checkLayout(page, 32);
    await checkLayout(big, 64);
    await page.screenshot({ path: '/tmp/forum-1080-longest.png' });
    expect(errors).toEqual([]);
  }, 120_000);

  test('new pledges do not move for viewers who asked for less motion; an unknown event says so', async () => {
    const event = await createEvent(env.server.url, { name: 'WSIS+20 Forum' });
    const s = await setupSession(env.server, { ...SESSIONS[1]!, eventId: event.id });
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    const errors: string[] = [];
    const page = await newPage(env.browser, 'forum reduced motion', errors, { width: 1920, height: 1080 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(env.server.url + routes.forum(event.id));
    await page.getByTestId('forum-empty').waitFor();
    await page.screenshot({ path: '/tmp/forum-empty.png' });
    await submitFromPhone(env.server.url, s.created.sessionId, s.panelists[0]!.id, { id: randomUUID(), text: 'We will publish our peering policy.', capacity: 'organization' }, sockets);
    const card = page.locator('.forum-card--new');
    await card.waitFor();
    expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');

    const missing = await newPage(env.browser, 'forum unknown', [], { width: 1920, height: 1080 });
    await missing.goto(env.server.url + routes.forum('no-such-event'));
    await missing.getByRole('alert').waitFor();
    expect(await missing.getByRole('alert').innerText()).toBe('This event does not exist.');
    await missing.screenshot({ path: '/tmp/forum-unknown.png' });
    expect(errors).toEqual([]);
  }, 60_000);
});
