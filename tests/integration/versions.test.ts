import { randomBytes } from 'node:crypto';
import type { FollowUpView } from '../../shared/http';
import type { Pledge } from '../../shared/schemas';
import type { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { adminApi, serverSuite } from '../helpers/server';

/**
 * Every pledge write carries the version it is based on, on a real server and Redis: a late
 * resend of an older text never replaces a newer one (on the store or on any wall), and the
 * follow-up link, made by the phone, survives a first answer that never arrived.
 */
describe('pledge versions and the follow-up token', () => {
  const suite = serverSuite();
  const track = <T extends { close(): void }>(c: T) => (suite.clients.push(c), c);

  /** A session with its round open, two walls reading it and Amina's phone seated. */
  async function openRound() {
    const s = await setupSession(suite.server);
    track(s.moderator);
    expect((await s.moderator.send('round:open', {})).ok).toBe(true);
    const walls = [track(s.wall()), track(s.wall())];
    await Promise.all(walls.map((w) => w.snapshot()));
    const { phone } = await seatedPhone(suite.server.url, s.created.sessionId, s.panelists[0]!.id);
    track(phone);
    return { ...s, walls, phone };
  }

  /** The pledge as the store holds it, read through a fresh moderator snapshot. */
  const stored = async (moderator: Client, id: string) => {
    const sync = (await moderator.sendOk('session:sync')) as { snapshot: { pledges: Pledge[] } };
    return sync.snapshot.pledges.find((p) => p.id === id)!;
  };

  /**
   * Waits until every reader has heard of a later commit (a new prompt), so every frame about
   * earlier commits has arrived; answers the texts of the pledge each reader received, in order.
   */
  async function textsSeen(moderator: Client, readers: Client[], id: string, prompt: string) {
    const { round } = (await moderator.sendOk('round:prompt', { prompt })) as { round: { prompt: string } };
    await Promise.all(readers.map((r) => r.waitForDelta('round', (d) => d.round.prompt === round.prompt)));
    return readers.map((r) => r.deltas('pledge').filter((d) => d.pledge.id === id).map((d) => d.pledge.text));
  }

  test('a stale resend after an edit is answered pledge_changed and leaves the newer text stored and on every wall', async () => {
    const { moderator, walls, phone, wall } = await openRound();
    const first = pledgeFor('We will open our spectrum data to researchers.');
    const saved = (await phone.sendOk('pledge:submit', first)).pledge as Pledge;
    const newer = 'We will open our spectrum data to researchers and the public.';
    const edited = await phone.sendOk('pledge:edit', { ...first, text: newer, basedOn: saved.updatedAt });
    expect(edited).toMatchObject({ created: false, pledge: { text: newer } });
    const current = edited.pledge as Pledge;
    for (const w of walls) await w.waitForDelta('pledge', (d) => d.pledge.id === first.id && d.pledge.text === newer);

    // The first submit, resent late (its retry crossed the edit): based on no version at all.
    const resent = await phone.send('pledge:submit', first);
    expect(resent).toMatchObject({ ok: false, error: { code: 'pledge_changed', current: { id: first.id, text: newer, updatedAt: current.updatedAt } } });
    // An edit typed on the first version, arriving after the newer one: refused the same way.
    const staleEdit = await phone.send('pledge:edit', { ...first, text: 'We will open part of our spectrum data.', basedOn: saved.updatedAt });
    expect(staleEdit).toMatchObject({ ok: false, error: { code: 'pledge_changed', current: { text: newer } } });
    // A retry of exactly what is stored is still a plain success.
    expect(await phone.send('pledge:edit', { ...first, text: newer, basedOn: saved.updatedAt })).toMatchObject({ ok: true, created: false, pledge: { text: newer } });

    expect(await stored(moderator, first.id)).toMatchObject({ text: newer, updatedAt: current.updatedAt, edits: [{ text: first.text }] });
    const seen = await textsSeen(moderator, walls, first.id, 'What will you do before the next IGF?');
    for (const texts of seen) {
      expect(texts.at(-1)).toBe(newer);
      // Never the older version after the newer one.
      expect(texts.slice(texts.indexOf(newer))).toEqual(texts.slice(texts.indexOf(newer)).map(() => newer));
    }
    // A wall that connects now shows the newer text.
    const late = track(wall());
    expect((await late.snapshot()).pledges.find((p) => p.id === first.id)?.text).toBe(newer);
  });

  test('the follow-up token made by the phone stays valid when the first answer is lost: no new link is needed', async () => {
    const { moderator, phone } = await openRound();
    const followUpToken = randomBytes(16).toString('base64url');
    const pledge = { ...pledgeFor('We will train forty community network operators this year.'), followUpToken };

    // The first submit is stored, but its answer never reaches the phone (the Wi-Fi dropped).
    phone.socket.emit('pledge:submit', pledge as never, () => undefined);
    await moderator.waitForDelta('pledge', (d) => d.pledge.id === pledge.id);
    phone.socket.disconnect();
    phone.socket.connect();
    await phone.connected();

    // The phone retries the same pledge: already stored, and its token opens the follow-up page.
    const retry = await phone.sendOk('pledge:submit', pledge);
    expect(retry).toMatchObject({ created: false, pledge: { id: pledge.id } });
    expect(retry).not.toHaveProperty('followUpToken');
    const view = await adminApi<FollowUpView & { ok: boolean }>(suite.server.url, `/api/follow-up/${pledge.id}`, { token: followUpToken });
    expect(view.status).toBe(200);
    expect(view.body.pledge).toMatchObject({ id: pledge.id, text: pledge.text });

    // Another retry with another token (a forged or mixed-up one) neither replaces the link nor opens it.
    const other = randomBytes(16).toString('base64url');
    expect(await phone.send('pledge:submit', { ...pledge, followUpToken: other })).toMatchObject({ ok: true, created: false });
    expect((await adminApi(suite.server.url, `/api/follow-up/${pledge.id}`, { token: other })).status).toBe(401);
    expect((await adminApi(suite.server.url, `/api/follow-up/${pledge.id}`, { token: followUpToken })).status).toBe(200);
  });

  test('an author’s edit based on the version before a moderator’s fix is answered with the moderator’s text', async () => {
    const { moderator, walls, phone } = await openRound();
    const first = pledgeFor('We will pubish our spectrum data openly.');
    const saved = (await phone.sendOk('pledge:submit', first)).pledge as Pledge;
    const fixedText = 'We will publish our spectrum data openly.';
    const fixed = (await moderator.sendOk('pledge:fix', { pledgeId: first.id, text: fixedText, basedOn: saved.updatedAt })).pledge as Pledge;
    expect(fixed.updatedAt).toBeGreaterThan(saved.updatedAt);
    await phone.waitForDelta('pledge', (d) => d.pledge.id === first.id && d.pledge.text === fixedText);

    // The author, still looking at the version before the fix, changes it.
    const edit = await phone.send('pledge:edit', { ...first, text: 'We will pubish our spectrum data openly, with maps.', basedOn: saved.updatedAt });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'pledge_changed', current: { text: fixedText, updatedAt: fixed.updatedAt, updatedBy: { role: 'moderator' } } },
    });
    expect(await stored(moderator, first.id)).toMatchObject({ text: fixedText, updatedBy: { role: 'moderator' } });
    for (const texts of await textsSeen(moderator, walls, first.id, 'One thing you will do this year?')) expect(texts.at(-1)).toBe(fixedText);

    // Based on the fixed version, the author's change goes through.
    const again = await phone.sendOk('pledge:edit', { ...first, text: 'We will publish our spectrum data openly, with maps.', basedOn: fixed.updatedAt });
    expect(again).toMatchObject({ pledge: { text: 'We will publish our spectrum data openly, with maps.', updatedBy: { role: 'author' } } });
  });
});
