import { createClient } from 'redis';
import type { Pledge } from '../../shared/schemas';
import { hashSecret } from '../../server/security';
import { redisKeys } from '../../server/store/fields';
import { Client, newDeviceToken } from '../helpers/clients';
import { dumpPrefix, testRedisUrl } from '../helpers/redis';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

/**
 * One browser, one supporter: a browser presents the same secret on the phone page (its device
 * token) and on the online viewer's wall (its viewer token), and the server keys its supports by
 * that secret's digest on both, so a pledge it supports from either page counts once. Nobody
 * supports, or takes back a support, as someone else without their secret: a token of another
 * session or one made up is a viewer of its own. Real server, real Redis, real sockets.
 */
describe('one browser supports a pledge once, from the phone page or the viewer wall', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  const viewerWall = (sessionId: string, viewerToken: string) => track(new Client(suite.server.url, { role: 'wall', sessionId, viewerToken }));

  /** A session with the audience allowed and two panelists' pledges on the walls. */
  async function shownPledges() {
    const s = await setupSession(suite.server);
    track(s.moderator);
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
    const shown: Pledge[] = [];
    for (const [i, text] of ['We will map every rural school’s connection by June.', 'We will fund two community networks this year.'].entries()) {
      const { phone } = await seatedPhone(suite.server.url, s.created.sessionId, s.panelists[i]!.id);
      track(phone);
      shown.push((await phone.sendOk('pledge:submit', pledgeFor(text))).pledge as Pledge);
    }
    const sessionId = s.created.sessionId;
    const counts = async () => (await suite.server.store.reactionCounts(sessionId)).counts;
    const join = async () => {
      const fan = await audiencePhone(suite.server.url, sessionId, { presence: 'online' });
      track(fan.phone);
      return fan;
    };
    return { sessionId, ids: shown.map((p) => p.id) as [string, string], counts, join };
  }

  test('phone page first, then the viewer wall with the same token: the wall shows the support as given, and it stays one', async () => {
    const s = await shownPledges();
    const [id] = s.ids;
    const me = await s.join();
    expect(await me.phone.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1 });
    const someoneElse = await s.join();
    const two = await someoneElse.phone.sendOk('reaction:set', { pledgeId: id, on: true });
    expect(two).toMatchObject({ count: 2 });

    const wall = viewerWall(s.sessionId, me.deviceToken);
    expect((await wall.snapshot()).you.reacted).toEqual([id]);
    // Supported again from the wall: nothing changes.
    expect(await wall.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 2, v: two.v });
    expect(await s.counts()).toEqual({ [id]: 2 });
    // Taken back from the wall: it was this browser's one support, and the phone page knows it.
    expect(await wall.sendOk('reaction:set', { pledgeId: id, on: false })).toMatchObject({ count: 1 });
    const again = track(new Client(suite.server.url, { role: 'phone', sessionId: s.sessionId, deviceToken: me.deviceToken }));
    expect((await again.snapshot()).you.reacted).toEqual([]);
    expect(await s.counts()).toEqual({ [id]: 1 });
  });

  test('viewer wall first, then the phone page joining with the wall’s token: still one', async () => {
    const s = await shownPledges();
    const [, id] = s.ids;
    const token = newDeviceToken();
    const wall = viewerWall(s.sessionId, token);
    await wall.snapshot();
    expect(await wall.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1 });

    const phone = track(new Client(suite.server.url, { role: 'phone', sessionId: s.sessionId, deviceToken: token }));
    await phone.snapshot();
    const joined = await phone.sendOk('audience:join', { presence: 'online' });
    const member = (joined as { member: { id: string } }).member;
    const state = await phone.waitFor('session:state', (x) => x.you.audience?.id === member.id);
    expect(state.you.reacted).toEqual([id]);
    expect(await phone.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1 });
    expect(await s.counts()).toEqual({ [id]: 1 });
  });

  test('a token of another session, or one made up, is nobody here: it neither sees nor takes back the phone’s support', async () => {
    const s = await shownPledges();
    const [id] = s.ids;
    const me = await s.join();
    expect(await me.phone.sendOk('reaction:set', { pledgeId: id, on: true })).toMatchObject({ count: 1 });
    // The same browser in another session holds another token; someone who never had the phone's.
    const elsewhere = await shownPledges();
    const otherSession = await elsewhere.join();
    const before = await dumpPrefix(suite.server.prefix);
    for (const token of [otherSession.deviceToken, newDeviceToken()]) {
      const wall = viewerWall(s.sessionId, token);
      expect((await wall.snapshot()).you.reacted).toEqual([]);
      expect(await wall.sendOk('reaction:set', { pledgeId: id, on: false })).toMatchObject({ count: 1, on: false });
      wall.close();
    }
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    expect(await s.counts()).toEqual({ [id]: 1 });
  });

  test('what a viewer wall kept apart before (`v:` and its digest) is read as the browser’s own, a pledge in both counted once', async () => {
    const s = await shownPledges();
    const [a, b] = s.ids;
    const token = newDeviceToken();
    const digest = hashSecret(token);
    // As stored before: the wall's supports apart from the phone's, the same browser counted twice for `a`.
    const keys = redisKeys(suite.server.prefix);
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    await redis.sAdd(keys.viewerReactedBefore(s.sessionId, digest), [a, b]);
    await redis.sAdd(keys.reacted(s.sessionId, digest), [a]);
    await redis.hSet(keys.reactions(s.sessionId), { [a]: '2', [b]: '1', v: '3' });
    await redis.close();

    const wall = viewerWall(s.sessionId, token);
    expect((await wall.snapshot()).you.reacted.sort()).toEqual([a, b].sort());
    expect(await s.counts()).toEqual({ [a]: 1, [b]: 1 });
    const phone = track(new Client(suite.server.url, { role: 'phone', sessionId: s.sessionId, deviceToken: token }));
    await phone.snapshot();
    await phone.sendOk('audience:join', { presence: 'onsite' });
    expect(await phone.sendOk('reaction:set', { pledgeId: b, on: true })).toMatchObject({ count: 1 });
    expect(await wall.sendOk('reaction:set', { pledgeId: a, on: false })).toMatchObject({ count: 0 });
  });
});
