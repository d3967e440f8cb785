import path from 'node:path';
import { ar } from '../../client/i18n/ar';
import { en } from '../../client/i18n/en';
import type { SessionSnapshot } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { browserAndServer, newPage, SHOTS } from '../helpers/browser';
import { inviteLink, invitedPhone, openFollowUp, shownFollowUpLink, startPledge, submitPledge } from '../helpers/phone-page';
import { setupSession } from '../helpers/round';

/** How the notice of a moderator's correction begins, in the languages the test reads it in. */
const FIXED_STARTS = [en, ar].map((c) => c['phone.fixedByModerator'].split('{time}')[0]!);

const LINK = /\/f\/([0-9a-f-]{36})#token=([A-Za-z0-9_-]{22})$/;

/**
 * The phone page against a real server on real Redis: the follow-up link it makes itself survives
 * a submit whose first answer never arrives, and a change overtaken by a moderator's fix is shown
 * as such, with the saved text on the card and the change that was not applied beside it.
 */
describe('versions and the follow-up link on the phone', () => {
  const env = browserAndServer();

  const followUp = (pledgeId: string, token: string) => openFollowUp(env.server.url, pledgeId, token);
  const shownLink = shownFollowUpLink;

  const stored = async (moderator: { sendOk(e: 'session:sync'): Promise<Record<string, unknown>> }) =>
    ((await moderator.sendOk('session:sync')).snapshot as SessionSnapshot).pledges;

  test('the first answer to a submit is lost: the phone sends again, is saved, and keeps the link it made', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const phone = await newPage(env.browser, 'phone', errors);
      // Between the phone and the server: the first acknowledgement of a new pledge is dropped.
      let dropped = 0;
      await phone.context().routeWebSocket(/\/socket\.io\//, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((m) => server.send(m));
        server.onMessage((m) => {
          if (dropped === 0 && typeof m === 'string' && m.startsWith('43') && m.includes('"created":true')) return void dropped++;
          ws.send(m);
        });
      });
      await phone.goto(inviteLink(created, panelists[0]!.id));
      const text = 'We will publish our spectrum auction data, openly, every quarter.';
      await startPledge(phone, text);
      await submitPledge(phone, text);

      // The link is there at once (the phone made it), and stays the same through the retry.
      const link = await shownLink(phone);
      const [, pledgeId, token] = LINK.exec(link) as unknown as [string, string, string];
      // The outbox sends again after its 8 s wait and is answered: nothing is left to send.
      await phone.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('pledge-round:outbox:')), null, { timeout: 20_000 });
      expect(dropped).toBe(1);
      await phone.getByTestId('send-status').and(phone.locator('[data-state="saved"]')).waitFor();
      expect(await shownLink(phone)).toBe(link);
      expect(await phone.getByTestId('follow-up-get').count()).toBe(0);
      expect(await phone.evaluate((k) => localStorage.getItem(k), `pledge-round:followup:${pledgeId}`)).toBe(token);
      const res = await followUp(pledgeId, token);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { pledge: Pledge }).pledge).toMatchObject({ id: pledgeId, text });
      expect((await stored(moderator)).filter((p) => p.id === pledgeId)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('an edit begun before a moderator’s fix: the phone shows the fixed text, says so, and keeps the change in view', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const phone = await invitedPhone(env.browser, created, panelists[0]!.id, errors);
      const text = 'We will pubish our spectrum data openly by June.';
      await startPledge(phone, text);
      await submitPledge(phone, text);
      const [saved] = await stored(moderator);

      // The author starts changing it; meanwhile a moderator fixes the typo.
      await phone.getByTestId('pledge-edit').click();
      const change = 'We will pubish our spectrum data openly by June, with maps.';
      await phone.getByTestId('pledge-text').fill(change);
      const fixedText = 'We will publish our spectrum data openly by June.';
      await moderator.sendOk('pledge:fix', { pledgeId: saved!.id, text: fixedText, basedOn: saved!.updatedAt });

      // The change was based on the version before the fix: not applied; the phone says why.
      await phone.getByTestId('pledge-submit').click();
      await phone.getByTestId('pledge-confirm').click();
      const confirmation = phone.getByTestId('pledge-confirmation').filter({ hasText: fixedText });
      await confirmation.waitFor();
      const status = phone.getByTestId('send-status');
      await status.and(phone.locator('[data-state="changed"]')).waitFor();
      expect(await status.innerText()).toContain('A moderator corrected your pledge');
      expect(await phone.getByTestId('pledge-superseded').innerText()).toContain(change);
      // The send status says it: no second note.
      expect(await phone.getByTestId('pledge-fixed').count()).toBe(0);
      await phone.screenshot({ path: path.join(SHOTS, 'phone-pledge-changed.png'), fullPage: true });
      expect((await stored(moderator)).find((p) => p.id === saved!.id)).toMatchObject({ text: fixedText, updatedBy: { role: 'moderator' } });

      // Editing starts from the saved (fixed) version; based on it, the change goes through.
      await phone.getByTestId('pledge-edit').click();
      expect(await phone.getByTestId('pledge-text').inputValue()).toBe(fixedText);
      const final = 'We will publish our spectrum data openly by June, with maps.';
      await phone.getByTestId('pledge-text').fill(final);
      await submitPledge(phone, final);
      await status.and(phone.locator('[data-state="saved"]')).waitFor();
      expect(await phone.getByTestId('pledge-superseded').count()).toBe(0);
      expect((await stored(moderator)).find((p) => p.id === saved!.id)).toMatchObject({ text: final, updatedBy: { role: 'author' } });
      expect(await phone.getByTestId('pledge-fixed').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);

  test('a moderator’s fix while the author looks at the saved pledge: the phone shows the fixed text, and a notice readable at 360 px says a moderator corrected it, announced once', async () => {
    const { created, moderator, panelists } = await setupSession(env.server);
    const errors: string[] = [];
    try {
      expect((await moderator.send('round:open', {})).ok).toBe(true);
      const phone = await invitedPhone(env.browser, created, panelists[0]!.id, errors);
      const text = 'We will tranlsate our data guidelines into Arabic by June.';
      await startPledge(phone, text);
      await submitPledge(phone, text);
      const [saved] = await stored(moderator);
      expect(await phone.getByTestId('pledge-fixed').count()).toBe(0);

      // What the page's live regions are given to say about the correction, from now on.
      await phone.evaluate((starts) => {
        const said: string[] = [];
        Object.assign(window, { said });
        const live = '[role="status"], [role="alert"], [aria-live]';
        new MutationObserver((records) => {
          const regions = new Set<Element>();
          for (const r of records) {
            const inside = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(live);
            if (inside) regions.add(inside);
            for (const n of r.addedNodes) if (n instanceof Element) [n, ...n.querySelectorAll(live)].filter((e) => e.matches(live)).forEach((e) => regions.add(e));
          }
          for (const region of regions) if (starts.some((w) => region.textContent!.includes(w))) said.push(region.textContent!);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }, FIXED_STARTS);
      const saidSoFar = () => phone.evaluate(() => (window as unknown as { said: string[] }).said);

      const fixedText = 'We will translate our data guidelines into Arabic by June.';
      await moderator.sendOk('pledge:fix', { pledgeId: saved!.id, text: fixedText, basedOn: saved!.updatedAt });
      await phone.getByTestId('pledge-confirmation').filter({ hasText: fixedText }).waitFor();
      const note = phone.getByTestId('pledge-fixed');
      await note.waitFor();
      const words = /^A moderator corrected your text at \d\d:\d\d: the card above is what is saved\. “Edit” changes it\.$/;
      expect(await note.innerText()).toMatch(words);
      // A notice like the phone's others, between the card and "Edit"; said once, politely.
      expect(await note.getAttribute('class')).toContain('notice');
      await phone.getByTestId('pledge-fixed-said').getByText(words).waitFor();
      expect(await phone.getByTestId('pledge-fixed-said').getAttribute('role')).toBe('status');
      expect(await saidSoFar()).toEqual([expect.stringMatching(words)]);
      await phone.screenshot({ path: path.join(SHOTS, 'phone-pledge-fixed.png'), fullPage: true });

      // Readable on a 360 px phone, in English and in Arabic (right to left): whole, in the screen's width, not covered, in text no smaller than the page's.
      await phone.setViewportSize({ width: 360, height: 640 });
      for (const lang of ['ar', 'en']) {
        await phone.getByTestId('language-picker').selectOption(lang);
        await phone.locator(`html[lang="${lang}"]`).waitFor();
        await note.scrollIntoViewIfNeeded();
        const shown = await note.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const edit = document.querySelector('[data-testid="pledge-edit"]')!.getBoundingClientRect();
          const card = document.querySelector('[data-testid="pledge-confirmation"] .pledge-card')!.getBoundingClientRect();
          return {
            inWidth: r.left >= 0 && r.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth,
            seen: !!hit && el.contains(hit),
            betweenCardAndEdit: r.top >= card.bottom && r.bottom <= edit.top,
            size: parseFloat(getComputedStyle(el).fontSize) >= parseFloat(getComputedStyle(document.body).fontSize) - 1,
            direction: getComputedStyle(el).direction,
          };
        });
        expect({ lang, ...shown }).toEqual({ lang, inWidth: true, seen: true, betweenCardAndEdit: true, size: true, direction: lang === 'ar' ? 'rtl' : 'ltr' });
        await phone.screenshot({ path: path.join(SHOTS, `phone-pledge-fixed-${lang}-360.png`) });
      }

      // Neither the change of language nor coming back to the screen (an edit cancelled) says it again; the notice is still there.
      await phone.getByTestId('pledge-edit').click();
      await phone.getByRole('button', { name: 'Cancel' }).click();
      await note.waitFor();
      expect(await note.innerText()).toMatch(words);
      expect(await saidSoFar()).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      moderator.close();
    }
  }, 60_000);
});
