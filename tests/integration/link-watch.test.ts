import { QUIET_MS, watchLink, type PageSignals } from '../../client/link-watch';
import { emitUntilAnswered, type AppSocket } from '../../client/socket';
import type { ClaimResult } from '../../shared/protocol';
import type { Client } from '../helpers/clients';
import { NetworkCut } from '../helpers/proxy';
import { dropPrefix } from '../helpers/redis';
import { phoneClient, setupSession } from '../helpers/round';
import { startServer, type TestServer } from '../helpers/server';

/**
 * A link that dies without a word (no close, no error: a phone asleep in a pocket, Wi-Fi handing
 * over) on a real server through a relay the test silences. Engine.IO's pings notice after 20–45 s
 * (25 s interval, 20 s timeout); the phone and console pages notice within a command's timeout
 * (8 s) of waking up or of a quiet spell, and a command sent into the dead link goes again on a
 * fresh connection. Every wait below ends before the pings could have told.
 */
describe('a link that dies without a word', () => {
  let server: TestServer;
  let net: NetworkCut;
  const clients: Client[] = [];
  const stops: (() => void)[] = [];

  beforeEach(async () => {
    server = await startServer();
    net = new NetworkCut(Number(new URL(server.url).port));
    await net.start();
  });
  afterEach(async () => {
    stops.splice(0).forEach((stop) => stop());
    clients.splice(0).forEach((c) => c.close());
    await net.close();
    await server.close();
    await dropPrefix(server.prefix);
  });

  /** A page someone looks at; the test says when it wakes up (shown again, back online). */
  function lookedAtPage() {
    let wake = () => undefined as unknown;
    const signals: PageSignals = {
      visible: () => true,
      onWake: (listener) => ((wake = listener), () => (wake = () => undefined)),
    };
    return { signals, wake: () => wake() };
  }

  /** A phone through the relay, connected, in a session whose moderator connects directly. */
  async function phoneBehindRelay() {
    const s = await setupSession(server);
    clients.push(s.moderator);
    const { phone } = phoneClient(net.url, s.created.sessionId);
    clients.push(phone);
    await phone.snapshot();
    return { ...s, phone, socket: phone.socket as AppSocket };
  }

  /** How many `conn:check` commands the socket has sent on its connections so far. */
  function countChecks(socket: AppSocket) {
    let sent = 0;
    const onPacket = (packet: { type: string; data?: unknown }) => {
      if (packet.type === 'message' && typeof packet.data === 'string' && packet.data.includes('"conn:check"')) sent++;
    };
    const follow = () => socket.io.engine.on('packetCreate', onPacket);
    follow();
    socket.on('connect', follow);
    return () => sent;
  }

  const disconnected = (socket: AppSocket, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`still "connected" after ${timeoutMs} ms`)), timeoutMs);
      socket.once('disconnect', (reason) => (clearTimeout(timer), resolve(reason)));
    });

  test('a page that wakes up asks at once: a live link keeps its connection; a dead one gets a fresh connection and the round that opened meanwhile', async () => {
    const { moderator, phone, socket } = await phoneBehindRelay();
    const page = lookedAtPage();
    const checks = countChecks(socket);
    stops.push(watchLink(socket, page.signals));
    const first = socket.id;

    // Woken right after it heard something: nothing to ask.
    page.wake();
    expect(checks()).toBe(0);
    // Woken after a quiet spell on a live link: asked, answered, same connection.
    await new Promise((r) => setTimeout(r, 2100));
    page.wake();
    expect(checks()).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(socket.connected).toBe(true);
    expect(socket.id).toBe(first);

    // The link dies without a word; the round opens; the phone wakes up.
    await new Promise((r) => setTimeout(r, 2100));
    net.silence();
    await moderator.sendOk('round:open', {});
    const mark = phone.received.length;
    page.wake();
    expect(checks()).toBe(2);
    expect(await disconnected(socket, 12_000)).toBe('forced close');
    const state = await phone.waitFor('session:state', (s) => s.round.state === 'open', 8000, mark);
    expect(state.round.state).toBe('open');
    expect(socket.id).not.toBe(first);
  }, 40_000);

  test(`a page left quiet for ${QUIET_MS / 1000} s asks by itself, and a dead link is found well before the pings would`, async () => {
    const { socket } = await phoneBehindRelay();
    const page = lookedAtPage();
    const checks = countChecks(socket);
    stops.push(watchLink(socket, page.signals));
    net.silence();
    // Quiet for QUIET_MS (looked at every 5 s), then the check's 8 s: under 30 s, where the pings take 45.
    expect(await disconnected(socket, 40_000)).toBe('forced close');
    expect(checks()).toBe(1);
  }, 60_000);

  test('a claim sent into a dead link goes again on a fresh connection and takes the seat', async () => {
    const { created, panelists, socket } = await phoneBehindRelay();
    const first = socket.id;
    net.silence();
    const started = Date.now();
    const claim = (await emitUntilAnswered(socket, 'panelist:claim', [{ panelistId: panelists[0]!.id, invite: created.invites[panelists[0]!.id] }], {
      stillWanted: () => Date.now() - started < 20_000,
    })) as { ok: boolean } & ClaimResult;
    expect(claim).toMatchObject({ ok: true, state: 'seated', panelistId: panelists[0]!.id });
    expect(socket.id).not.toBe(first);
  }, 40_000);
});
