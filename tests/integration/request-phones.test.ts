import { Client } from '../helpers/clients';
import { audiencePhone, phoneClient, sessionOnTwoServers, waitingPhone } from '../helpers/round';
import { serverSuite, startServer, type TestServer } from '../helpers/server';

/**
 * Whether a phone that asked for a seat is still connected, as the consoles see it beside its
 * request: live as the phone goes and comes back, on two server processes sharing one Redis.
 */
describe('the phones of seat requests', () => {
  const suite = serverSuite();
  const track = <T extends { close(): void }>(c: T) => (suite.clients.push(c), c);
  let other: TestServer;
  beforeAll(async () => {
    other = await startServer({ prefix: suite.server.prefix });
  });
  afterAll(() => other?.close());

  /** The next `request:phones` a console receives from now on that says `connected` of the request. */
  const told = (c: Client, requestId: string, connected: boolean) =>
    c.waitFor('request:phones', (p) => p.connected[requestId] === connected, 5000, c.received.length);

  test('a console sees the asking phone go and come back, whichever process either is on', async () => {
    const s = await sessionOnTwoServers(suite.server, other.url);
    s.clients.forEach(track);
    // Each console was told the (empty) list of waiting phones as it connected.
    expect(await s.moderator.waitFor('request:phones')).toEqual({ connected: {}, complete: true });
    expect(await s.online.waitFor('request:phones')).toEqual({ connected: {}, complete: true });

    // A second device asks for Amina's seat from the other process.
    const amina = s.panelists[0]!;
    const asking = await waitingPhone(other.url, s.sessionId, amina.id);
    await s.moderator.waitForDelta('request', (d) => d.request.id === asking.request.id && d.request.state === 'pending');

    // It goes: both consoles are told, on either process.
    const goneHere = told(s.moderator, asking.request.id, false);
    const goneThere = told(s.online, asking.request.id, false);
    asking.phone.close();
    await Promise.all([goneHere, goneThere]);

    // A console opened now is told it is gone, with the whole list.
    const late = track(new Client(suite.server.url, { role: 'moderator', sessionId: s.sessionId, key: s.created.moderatorKey }));
    expect(await late.waitFor('request:phones')).toEqual({ connected: { [asking.request.id]: false }, complete: true });

    // The same device comes back, on the first process this time: connected again, for every console.
    const backHere = told(s.moderator, asking.request.id, true);
    const backThere = told(s.online, asking.request.id, true);
    const back = track(phoneClient(suite.server.url, s.sessionId, asking.deviceToken).phone);
    await Promise.all([backHere, backThere, back.snapshot()]);

    // Admitted: the phone that came back is let in.
    expect(await s.moderator.send('seat:admit', { requestId: asking.request.id })).toEqual({ ok: true });
    await back.waitFor('seat:answered', (a) => a.request.state === 'admitted');
  });

  test('a phone that joined the audience and then asked for a panelist\'s seat is followed too', async () => {
    const s = await sessionOnTwoServers(suite.server, other.url);
    s.clients.forEach(track);
    await s.moderator.waitFor('request:phones');
    const member = await audiencePhone(other.url, s.sessionId, { presence: 'onsite', name: 'Kenji Watanabe' });
    track(member.phone);
    const claim = await member.phone.send('panelist:claim', { panelistId: s.panelists[1]!.id });
    expect(claim).toMatchObject({ ok: true, state: 'waiting' });
    const requestId = (claim as unknown as { request: { id: string } }).request.id;
    await s.moderator.waitForDelta('request', (d) => d.request.id === requestId && d.request.state === 'pending');

    const gone = told(s.moderator, requestId, false);
    member.phone.close();
    await gone;
    const back = told(s.online, requestId, true);
    const again = track(phoneClient(suite.server.url, s.sessionId, member.deviceToken).phone);
    await Promise.all([back, again.snapshot()]);
  });
});
