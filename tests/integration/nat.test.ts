import { io, Manager, type Socket } from 'socket.io-client';
import type { Handshake } from '../../shared/schemas';
import { newDeviceToken } from '../helpers/clients';
import { dropPrefix } from '../helpers/redis';
import { sessionInEvent } from '../helpers/record';
import { setupSession } from '../helpers/round';
import { startServer, type TestServer } from '../helpers/server';

/**
 * A venue's phones share one public address. Limits hold a flooding device back by its own
 * credential; the address is limited only at a scale a 1,000-person venue never reaches, so
 * one device (or many) behind the venue's NAT cannot lock the next phone out.
 */

type Outcome = { socket: Socket; ok: boolean; code?: string };

/** Opens a connection and says whether the handshake let it in (it stays open when it did). */
function open(url: string, auth: Handshake): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.once('connect', () => resolve({ socket, ok: true }));
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.disconnect();
      resolve({ socket, ok: false, code: err.data?.code });
    });
  });
}

/** `count` connections, `parallel` at a time, as fast as they go. */
async function openMany(count: number, parallel: number, auth: (i: number) => Handshake, url: string): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - i) }, (_, k) => open(url, auth(i + k)));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

describe('venue NAT', () => {
  const servers: TestServer[] = [];
  const sockets: Socket[] = [];
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    for (const s of servers) {
      await s.close();
      await dropPrefix(s.prefix);
    }
  });

  /**
   * A new phone is let in at its first attempt and joins the audience: nothing is refused, so it
   * has nothing to wait for before trying again (a refused handshake is not retried here).
   */
  async function newPhoneJoins(server: TestServer, sessionId: string) {
    const first = await open(server.url, { role: 'phone', sessionId, deviceToken: newDeviceToken() });
    sockets.push(first.socket);
    expect({ ok: first.ok, refused: first.code }).toEqual({ ok: true, refused: undefined });
    const joined = await first.socket.timeout(5000).emitWithAck('audience:join', { presence: 'onsite', name: 'Latecomer' });
    expect(joined).toMatchObject({ ok: true, member: { name: 'Latecomer' } });
  }

  test('one device opening 700 connections from the venue address is held back; a new phone still joins at its first attempt', async () => {
    const server = await startServer();
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    sockets.push(moderator.socket as unknown as Socket);
    const flooder = newDeviceToken();

    const flood = await openMany(700, 50, () => ({ role: 'phone', sessionId: created.sessionId, deviceToken: flooder }), server.url);
    sockets.push(...flood.map((o) => o.socket));
    await newPhoneJoins(server, created.sessionId);

    // The flooding device itself was held back by its own limit.
    const refused = flood.filter((o) => !o.ok);
    expect(refused.length).toBeGreaterThan(500);
    expect(new Set(refused.map((o) => o.code))).toEqual(new Set(['rate_limited']));
  }, 60_000);

  test('700 phones of one venue behind one address all connect, and the next one joins at its first attempt', async () => {
    const server = await startServer();
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    sockets.push(moderator.socket as unknown as Socket);

    const venue = await openMany(700, 50, () => ({ role: 'phone', sessionId: created.sessionId, deviceToken: newDeviceToken() }), server.url);
    sockets.push(...venue.map((o) => o.socket));
    expect(venue.filter((o) => !o.ok)).toEqual([]);

    await newPhoneJoins(server, created.sessionId);
  }, 60_000);

  test('sockets held open per address are capped; one closing makes room', async () => {
    const server = await startServer({ openPerIp: 30 });
    servers.push(server);
    const { created, moderator } = await setupSession(server);
    sockets.push(moderator.socket as unknown as Socket);

    const walls = await openMany(40, 10, () => ({ role: 'wall', sessionId: created.sessionId }), server.url);
    sockets.push(...walls.map((o) => o.socket));
    const inside = walls.filter((o) => o.ok);
    // The moderator's console holds one of the 30.
    expect(inside).toHaveLength(29);
    expect(new Set(walls.filter((o) => !o.ok).map((o) => o.code))).toEqual(new Set(['rate_limited']));

    for (const o of inside.slice(0, 3)) o.socket.disconnect();
    await new Promise((r) => setTimeout(r, 200));
    await newPhoneJoins(server, created.sessionId);
  }, 30_000);

  test('a socket that leaves its namespace while its connection stays open gives its place back at once', async () => {
    const server = await startServer({ openPerIp: 3 });
    servers.push(server);
    const { created, moderator, event } = await sessionInEvent(server, { name: 'IGF 2026' });
    sockets.push(moderator.socket as unknown as Socket);
    // One connection carrying a forum wall and a session wall: with the console, the address's three.
    const manager = new Manager(server.url, { transports: ['websocket'], reconnection: false });
    const connected = (socket: Socket) => new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const forum = manager.socket('/forum', { auth: { eventId: event.id } });
    const wall = manager.socket('/', { auth: { role: 'wall', sessionId: created.sessionId } });
    sockets.push(forum, wall);
    await Promise.all([connected(forum.connect()), connected(wall.connect())]);
    const refused = await open(server.url, { role: 'wall', sessionId: created.sessionId });
    expect(refused).toMatchObject({ ok: false, code: 'rate_limited' });

    // The session wall leaves; the forum wall keeps the connection open.
    const onServer = server.app.io.of('/').sockets.get(wall.id!)!;
    const left = new Promise((resolve) => onServer.once('disconnect', resolve));
    wall.disconnect();
    await left;
    expect(forum.connected).toBe(true);
    const next = await open(server.url, { role: 'wall', sessionId: created.sessionId });
    sockets.push(next.socket);
    expect(next.ok).toBe(true);
  }, 30_000);
});
