import { createClient } from 'redis';
import type { Pledge } from '../../shared/schemas';
import { hashSecret } from '../../server/security';
import { fields, redisKeys } from '../../server/store/fields';
import { Client, newDeviceToken } from '../helpers/clients';
import { dumpPrefix, testRedisUrl } from '../helpers/redis';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

/**
 * Nobody supports their own pledge: the phone page offers no Support on it, and the server refuses
 * it (`own_pledge`, nothing stored, no count frame) from every page of the author's browser, the
 * phone's socket and the online viewer's wall presenting the same secret, whether the secret held
 * a seat or a membership when the wall connected or only later. Taking back stays harmless; the
 * others' support still counts. Real server, real Redis, real sockets.
 */
describe('support for one’s own pledge', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  const viewerWall = (sessionId: string, viewerToken: string) => track(new Client(suite.server.url, { role: 'wall', sessionId, viewerToken }));
  const refused = { ok: false, error: { code: 'own_pledge', message: expect.any(String) } };

  /** A session open to the audience, with a panelist's pledge on the walls and a projector wall listening. */
  async function session() {
    const s = await setupSession(suite.server);
    track(s.moderator);
    const sessionId = s.created.sessionId;
    await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
    const panelist = await seatedPhone(suite.server.url, sessionId, s.panelists[0]!.id);
    track(panelist.phone);
    const panelPledge = (await panelist.phone.sendOk('pledge:submit', pledgeFor('We will connect forty rural clinics by March.'))).pledge as Pledge;
    const projector = track(new Client(suite.server.url, { role: 'wall', sessionId }));
    await projector.snapshot();
    /** An audience member's pledge, approved so that the walls show it. */
    const audiencePledge = async (phone: Client, text: string) => {
      const pending = (await phone.sendOk('pledge:submit', pledgeFor(text))).pledge as Pledge;
      await s.moderator.sendOk('pledge:approve', { pledgeId: pending.id, basedOn: pending.updatedAt });
      return pending;
    };
    const join = async () => {
      const fan = await audiencePhone(suite.server.url, sessionId, { presence: 'online', name: 'Ines' });
      track(fan.phone);
      return fan;
    };
    const counts = async () => (await suite.server.store.reactionCounts(sessionId)).counts;
    /** The counts the projector heard for a pledge, in order. */
    const heard = (pledgeId: string) => projector.frames().flatMap((b) => (b.reactions && pledgeId in b.reactions.counts ? [b.reactions.counts[pledgeId]] : []));
    return { sessionId, moderator: s.moderator, panelist, panelistId: s.panelists[0]!.id, panelPledge, projector, audiencePledge, join, counts, heard };
  }

  test('an audience member: refused from their phone and from the viewer wall with their token; taking back is harmless; another’s support counts', async () => {
    const s = await session();
    const author = await s.join();
    const pledge = await s.audiencePledge(author.phone, 'We will run a free coding club every Saturday.');
    const wall = viewerWall(s.sessionId, author.deviceToken);
    const snap = await wall.snapshot();
    // The wall knows whose browser it is, so it offers no Support on that pledge.
    expect(snap.you).toMatchObject({ role: 'wall', panelistId: null, audience: { id: author.member.id } });
    expect(snap.pledges.map((p) => p.id)).toContain(pledge.id);

    const before = await dumpPrefix(suite.server.prefix);
    expect(await author.phone.send('reaction:set', { pledgeId: pledge.id, on: true })).toEqual(refused);
    expect(await wall.send('reaction:set', { pledgeId: pledge.id, on: true })).toEqual(refused);
    // Taking back what was never given changes nothing and is not an error.
    expect(await wall.sendOk('reaction:set', { pledgeId: pledge.id, on: false })).toMatchObject({ count: 0, on: false });
    expect(await author.phone.sendOk('reaction:set', { pledgeId: pledge.id, on: false })).toMatchObject({ count: 0, on: false });
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);

    // The author still supports the others' pledges, and the others support theirs.
    expect(await wall.sendOk('reaction:set', { pledgeId: s.panelPledge.id, on: true })).toMatchObject({ count: 1 });
    const other = await s.join();
    expect(await other.phone.sendOk('reaction:set', { pledgeId: pledge.id, on: true })).toMatchObject({ count: 1 });
    await s.projector.waitFor('session:deltas', (b) => b.reactions?.counts[pledge.id] === 1);
    expect(s.heard(pledge.id).every((n) => n === 1)).toBe(true);
    expect(await s.counts()).toEqual({ [pledge.id]: 1, [s.panelPledge.id]: 1 });
  });

  test('a panelist: the viewer wall with the seat’s token is refused on the seat’s pledge, and knows the seat', async () => {
    const s = await session();
    const wall = viewerWall(s.sessionId, s.panelist.deviceToken);
    expect((await wall.snapshot()).you).toMatchObject({ role: 'wall', panelistId: s.panelistId, audience: null });
    const before = await dumpPrefix(suite.server.prefix);
    expect(await wall.send('reaction:set', { pledgeId: s.panelPledge.id, on: true })).toEqual(refused);
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
    // A device field stored before audiences holds the bare panelist id: the same seat.
    const oldDevice = newDeviceToken();
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    await redis.hSet(redisKeys(suite.server.prefix).session(s.sessionId), fields.device(hashSecret(oldDevice)), JSON.stringify(s.panelistId));
    await redis.close();
    expect(await viewerWall(s.sessionId, oldDevice).send('reaction:set', { pledgeId: s.panelPledge.id, on: true })).toEqual(refused);
    // A stranger's wall knows nobody and supports it.
    const stranger = viewerWall(s.sessionId, newDeviceToken());
    expect((await stranger.snapshot()).you).toMatchObject({ panelistId: null, audience: null });
    expect(await stranger.sendOk('reaction:set', { pledgeId: s.panelPledge.id, on: true })).toMatchObject({ count: 1 });
    await s.projector.waitFor('session:deltas', (b) => b.reactions?.counts[s.panelPledge.id] === 1);
    expect(s.heard(s.panelPledge.id).every((n) => n === 1)).toBe(true);
  });

  test('a wall opened before its browser joined and pledged on the phone page is refused all the same', async () => {
    const s = await session();
    const token = newDeviceToken();
    const wall = viewerWall(s.sessionId, token);
    expect((await wall.snapshot()).you).toMatchObject({ panelistId: null, audience: null });
    // The phone page of the same browser joins with the wall's token and pledges.
    const phone = track(new Client(suite.server.url, { role: 'phone', sessionId: s.sessionId, deviceToken: token }));
    await phone.snapshot();
    const member = ((await phone.sendOk('audience:join', { presence: 'onsite' })) as unknown as { member: { id: string } }).member;
    const pledge = await s.audiencePledge(phone, 'We will plant a tree for every pledge made today.');
    await wall.waitFor('session:deltas', (b) => b.deltas.some((d) => d.kind === 'pledge' && d.pledge.id === pledge.id));
    expect(await wall.send('reaction:set', { pledgeId: pledge.id, on: true })).toEqual(refused);
    expect(await s.counts()).toEqual({});
    // Its next snapshot knows whose browser it is.
    expect((await wall.sendOk('session:sync')).snapshot).toMatchObject({ you: { panelistId: null, audience: { id: member.id } } });
  });
});
