import type { Page } from 'playwright-core';
import { browserAndServer, openPage } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { inviteLink } from '../helpers/phone-page';
import { audiencePhone, pledgeFor, setupSession } from '../helpers/round';

/**
 * The console's main actions and the phone's submit with the keyboard alone: each is reached with
 * Tab from where the last action left the focus and done with Enter or Space. Every element Tab
 * stops at on the way shows a focus ring (an outline of at least 3:1 against its surroundings, or
 * a box shadow; on the element or on the styled box of a hidden radio) and is not hidden under
 * anything sticky (WCAG 2.4.7, 1.4.11, 2.4.11).
 */

interface Stop {
  id: string;
  what: string;
  ring: boolean;
  seen: boolean;
}

/** The focused element: its test id (or tag and name), whether its ring shows, whether any of it is on top. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    /** The first opaque background behind an element (white when none is set). */
    const backdrop = (e: Element | null): number[] => {
      for (let a = e; a; a = a.parentElement) {
        const c = rgb(getComputedStyle(a).backgroundColor);
        if (c.length >= 3 && (c[3] ?? 1) > 0.5) return c;
      }
      return [255, 255, 255];
    };
    /** An outline of at least 3:1 against what is around it, or a box shadow. */
    const ringOf = (e: Element) => {
      const cs = getComputedStyle(e);
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) {
        const behind = backdrop(parseFloat(cs.outlineOffset) >= 0 ? e.parentElement : e);
        // A see-through ring shows as its colour blended with what is behind it.
        const [r, g, b, alpha = 1] = rgb(cs.outlineColor);
        const ring = [r!, g!, b!].map((v, i) => v * alpha + behind[i]! * (1 - alpha));
        const [hi, lo] = [lum(ring), lum(behind)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05) >= 3;
      }
      return cs.boxShadow !== 'none';
    };
    // A radio or checkbox drawn as a styled box next to it (or its label) carries the ring there.
    const hidden = el.getBoundingClientRect().width <= 2;
    const drawn = hidden ? ((el.nextElementSibling as HTMLElement | null) ?? el.closest('label')) : el;
    const box = (drawn ?? el).getBoundingClientRect();
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 3, box.top + 3],
      [box.right - 3, box.bottom - 3],
    ];
    const seen = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && (hit === el || el.contains(hit) || !!drawn?.contains(hit) || hit.contains(el));
    });
    return {
      id: el.dataset.testid ?? '',
      what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      ring: ringOf(el) || (!!drawn && drawn !== el && ringOf(drawn)),
      seen,
    };
  });
}

/**
 * Presses Tab until the element with `testId` has the focus; answers every stop on the way. Fails
 * if it is not reached within `max` presses.
 */
async function tabTo(page: Page, testId: string, max = 200): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) continue;
    stops.push(stop);
    if (stop.id === testId) return stops;
  }
  throw new Error(`Tab never reached ${testId}; stops: ${stops.map((s) => s.id || s.what).join(', ')}`);
}

/** Stops without a visible ring, or hidden under something. */
const unseen = (stops: Stop[]) => stops.filter((s) => !s.ring || !s.seen).map((s) => `${s.id || s.what}${s.ring ? '' : ' (no ring)'}${s.seen ? '' : ' (covered)'}`);

describe('keyboard only', () => {
  const env = browserAndServer();
  const sockets: Client[] = [];
  afterAll(() => sockets.forEach((s) => s.close()));

  test('the console opens the round, approves a queued pledge and spotlights the next with Tab, Enter and Space', async () => {
    const errors: string[] = [];
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:settings', { pledgers: 'panel-and-audience', moderation: 'audience' });
    const page = await openPage(env.browser, s.created.links.moderator, errors, { width: 1366, height: 768 });
    await page.getByTestId('open-round').waitFor();
    const stops: Stop[] = [];

    stops.push(...(await tabTo(page, 'open-round')));
    await page.keyboard.press('Space');
    await page.locator('[data-testid="round-state"][data-state="open"], [data-state="open"]').first().waitFor();

    const member = await audiencePhone(env.server.url, s.created.sessionId, { presence: 'online', name: 'Tom Becker' });
    sockets.push(member.phone);
    const pledge = (await member.phone.sendOk('pledge:submit', pledgeFor('I will mentor two young women entering internet governance this year.', { capacity: 'individual' }))).pledge as { id: string };
    await page.getByTestId(`approve-${pledge.id}`).waitFor();
    stops.push(...(await tabTo(page, `approve-${pledge.id}`)));
    await page.keyboard.press('Enter');
    await expectAttr(page, `mod-pledge-${pledge.id}`, 'data-status', 'visible');

    stops.push(...(await tabTo(page, 'spotlight-next')));
    await page.keyboard.press('Space');
    await page.locator(`[data-testid="spotlight-card"][data-pledge-id="${pledge.id}"]`).waitFor();

    expect(unseen(stops)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  test('a panelist writes, previews and submits the pledge with the keyboard', async () => {
    const errors: string[] = [];
    const s = await setupSession(env.server);
    sockets.push(s.moderator);
    await s.moderator.sendOk('round:open', {});
    const page = await openPage(env.browser, inviteLink(s.created, s.panelists[0]!.id), errors);
    await page.getByTestId('pledge-text').waitFor();
    const stops: Stop[] = [];

    stops.push(...(await tabTo(page, 'pledge-text')));
    const text = 'We will publish our community network maps as open data before the next IGF.';
    await page.keyboard.type(text);
    // Her seat has an organization: how she makes the commitment is hers to choose (Space picks it).
    stops.push(...(await tabTo(page, 'pledge-capacity-individual')));
    await page.keyboard.press('Space');
    stops.push(...(await tabTo(page, 'pledge-submit')));
    await page.keyboard.press('Enter');
    await page.getByTestId('pledge-preview').waitFor();
    stops.push(...(await tabTo(page, 'pledge-confirm')));
    await page.keyboard.press('Space');
    await page.getByTestId('pledge-confirmation').filter({ hasText: text }).waitFor();

    expect(unseen(stops)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});

async function expectAttr(page: Page, testId: string, name: string, value: string, timeout = 5000) {
  await page.waitForFunction(
    ([id, n, v]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(n!) === v,
    [testId, name, value] as const,
    { timeout },
  );
}
