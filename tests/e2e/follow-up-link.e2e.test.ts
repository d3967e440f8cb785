import path from 'node:path';
import type { Page } from 'playwright-core';
import type { FollowUpView } from '../../shared/http';
import type { SessionSnapshot } from '../../shared/protocol';
import { browserAndServer, openPage, SHOTS } from '../helpers/browser';
import { checkedChoices, confirmPledge, invitedPhone, openDetails, openFollowUp, openRoundOnPhone, shownFollowUpLink, startPledge, submitPledge } from '../helpers/phone-page';
import { sessionInEvent } from '../helpers/record';
import { PANEL } from '../helpers/server';

const LINK = /\/f\/([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})#token=([A-Za-z0-9_-]{22})$/;

/**
 * The author's private follow-up link on the phone: shown with the confirmation (link, QR code),
 * kept across reloads, and asked for again by a phone that does not have it, which ends the old
 * link. Also: a session in an event with its own themes offers (and shows) those themes.
 */
describe('the follow-up link and event themes on the phone', () => {
  const env = browserAndServer();

  const followUp = (pledgeId: string, token: string) => openFollowUp(env.server.url, pledgeId, token);
  const shownLink = shownFollowUpLink;

  /** A full-page screenshot from the top (a scrolled page repeats the sticky header mid-picture). */
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  };

  /** No horizontal scrolling on the phone: every box fits the 390px viewport. */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  test('the confirmation shows a private follow-up link and its QR code; a phone without it gets a new one', async () => {
    const errors: string[] = [];
    const { created, moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      const qrChunks: string[] = [];
      phone.on('request', (r) => r.resourceType() === 'script' && qrChunks.push(r.url()));
      const text = 'We will publish quarterly progress on our community network rollout until the next IGF.';
      await startPledge(phone, text);
      const scriptsBefore = qrChunks.length;
      await submitPledge(phone, text);

      // The link: this origin, the pledge's page, the secret in the fragment only.
      const link = await shownLink(phone);
      expect(link.startsWith(`${env.server.url}/f/`)).toBe(true);
      const match = LINK.exec(link);
      expect(match).not.toBeNull();
      const [, pledgeId, token] = match as unknown as [string, string, string];
      expect(await phone.getByTestId('follow-up-open').getAttribute('href')).toBe(link);
      const section = phone.getByTestId('follow-up');
      expect(await section.innerText()).toContain('Follow up on your pledge');
      expect(await section.innerText()).toContain('anyone with the link can report on your pledge');

      // Its QR code, drawn in the browser by a chunk loaded only now.
      const qr = phone.getByTestId('follow-up-qr');
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      expect(await qr.getAttribute('alt')).toBe('QR code of your private follow-up link');
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(qrChunks.length).toBeGreaterThan(scriptsBefore);
      expect(await fitsWidth(phone)).toBe(true);
      await shot(phone, 'phone-follow-up-link');

      // The token opens the pledge's follow-up record.
      const res = await followUp(pledgeId, token);
      expect(res.status).toBe(200);
      const view = (await res.json()) as { ok: boolean } & FollowUpView;
      expect(view.ok).toBe(true);
      expect(view.pledge).toMatchObject({ id: pledgeId, text, name: 'Amina Diallo' });

      // A reload keeps the link (stored on this phone per pledge).
      const key = `pledge-round:followup:${pledgeId}`;
      expect(await phone.evaluate((k) => localStorage.getItem(k), key)).toBe(token);
      await phone.reload();
      await phone.getByTestId('pledge-confirmation').filter({ hasText: text }).waitFor();
      expect(await shownLink(phone)).toBe(link);

      // Without the stored token, the phone asks for a new link, and the old one stops working.
      await phone.evaluate((k) => localStorage.removeItem(k), key);
      await phone.reload();
      const get = phone.getByRole('button', { name: 'Get my follow-up link' });
      await get.waitFor();
      expect(await phone.getByTestId('follow-up').innerText()).toContain('any earlier link to this pledge stops working');
      expect(await phone.getByTestId('follow-up-link').count()).toBe(0);
      await shot(phone, 'phone-follow-up-missing');
      await get.click();
      await phone.getByTestId('follow-up-renewed').waitFor();
      const renewed = await shownLink(phone);
      const again = LINK.exec(renewed);
      expect(again).not.toBeNull();
      expect(again![1]).toBe(pledgeId);
      expect(renewed).not.toBe(link);
      await phone.getByTestId('follow-up-qr').waitFor();
      expect((await followUp(pledgeId, token)).status).toBe(401);
      expect((await followUp(pledgeId, again![2]!)).status).toBe(200);
      expect(await phone.evaluate((k) => localStorage.getItem(k), key)).toBe(again![2]);
      await shot(phone, 'phone-follow-up-renewed');

      // After the round closes the link is still there.
      expect((await moderator.send('round:close', {})).ok).toBe(true);
      await phone.getByTestId('round-closed').waitFor();
      expect(await shownLink(phone)).toBe(renewed);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 90_000);

  test('a session in an event with its own themes offers them on the phone and labels them on the wall', async () => {
    const panel = PANEL.panelists.map((p, i) => (i === 0 ? { ...p, regionalGroup: 'African Group' as const } : p));
    const { created, moderator, panelists } = await sessionInEvent(
      env.server,
      { name: 'IGF 2026', themes: ['Digital Trust', 'AI Governance'] },
      { ...PANEL, panelists: panel },
    );
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const amina = panelists[0]!;
      const wall = await openPage(env.browser, created.links.wall, errors, { width: 1600, height: 1000 });
      const phone = await invitedPhone(env.browser, created, amina.id, errors);
      const text = 'We will run an open review of how our ministry procures AI systems, with civil society.';
      await startPledge(phone, text);
      await openDetails(phone);

      // The event's themes, by label, and none of the default list.
      const themes = phone.getByRole('group', { name: 'Themes' });
      expect((await themes.getByRole('checkbox').all()).length).toBe(2);
      expect(await themes.innerText()).toContain('Digital Trust');
      expect(await themes.innerText()).not.toContain('Inclusion');
      await phone.getByLabel('AI Governance', { exact: true }).check();
      // The regional group comes from the schedule.
      expect(await checkedChoices(phone, 'Regional group')).toEqual(['African Group']);
      expect(await fitsWidth(phone)).toBe(true);
      await shot(phone, 'phone-event-themes');

      await phone.getByTestId('pledge-submit').click();
      expect(await phone.getByTestId('pledge-preview').innerText()).toContain('AI Governance');
      const confirmation = await confirmPledge(phone, text);
      expect(await confirmation.locator('.pledge-card').innerText()).toContain('AI Governance');

      const card = wall.getByTestId('wall-pledge-list').locator('[data-testid^="pledge-"]').filter({ hasText: text });
      await card.waitFor();
      expect(await card.innerText()).toContain('AI Governance');
      expect(await card.innerText()).not.toContain('ai-governance');
      await new Promise((r) => setTimeout(r, 1000)); // the card's entrance animation
      await wall.screenshot({ path: path.join(SHOTS, 'wall-event-themes.png') });

      const sync = (await moderator.send('session:sync')) as unknown as { snapshot: SessionSnapshot };
      expect(sync.snapshot.session.themes).toEqual([
        { id: 'digital-trust', label: 'Digital Trust' },
        { id: 'ai-governance', label: 'AI Governance' },
      ]);
      expect(sync.snapshot.pledges.find((p) => p.participantId === amina.id)).toMatchObject({
        text,
        themes: ['ai-governance'],
        regionalGroup: 'African Group',
      });
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 90_000);

  test('in Arabic the link still shows from its start (the site), left to right, not from the end of its token', async () => {
    const errors: string[] = [];
    const { moderator, phone } = await openRoundOnPhone(env.server, env.browser, errors);
    try {
      const text = 'We will report every quarter on the rural schools we connect until the next IGF.';
      await startPledge(phone, text);
      await submitPledge(phone, text);
      await phone.getByTestId('language-picker').selectOption('ar');
      await phone.locator('html[dir="rtl"]').waitFor();
      const input = phone.getByTestId('follow-up-link').locator('input');
      await shot(phone, 'phone-follow-up-link-ar');
      // The first characters the field shows are the link's own first ones.
      const shown = await input.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = style.font;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const fits = ctx.measureText(el.value).width <= room;
        return { fits, direction: style.direction, scrolled: el.scrollLeft };
      });
      expect(shown).toEqual({ fits: false, direction: 'ltr', scrolled: 0 });
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
