import type { Session } from 'socket.io-adapter';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

/**
 * Connection-state recovery proves the same credentials as a new connection: a phone whose seat
 * was released while it was away is not resumed in the seat's rooms; it starts over through the
 * handshake, as a phone without a seat, and hears nothing more of the seat.
 */
describe('recovered connections', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);

  test('a phone whose seat was released while it was away starts over without the seat', async () => {
    const s = await setupSession(suite.server);
    track(s.moderator);
    expect(await s.moderator.send('round:open', {})).toMatchObject({ ok: true });
    const amina = s.panelists[0]!;
    const old = await seatedPhone(suite.server.url, s.created.sessionId, amina.id);
    track(old.phone);

    // The phone drops; while its connection is being restored the moderator releases the seat.
    const io = suite.server.app.io;
    const adapter = io.of('/').adapter;
    const restore = adapter.restoreSession.bind(adapter);
    let released: () => void = () => undefined;
    const seatReleased = new Promise<void>((resolve) => (released = resolve));
    let reachedRestore: () => void = () => undefined;
    const restoring = new Promise<void>((resolve) => (reachedRestore = resolve));
    adapter.restoreSession = async (pid, offset) => {
      reachedRestore();
      await seatReleased;
      return restore(pid, offset) as Promise<Session>;
    };
    const socketOf = () => [...io.of('/').sockets.values()].find((x) => x.data.principal.deviceTokenHash && x.data.principal.role === 'phone')!;
    const before = socketOf();
    expect(before.rooms.has(`s:${s.created.sessionId}:p:${amina.id}`)).toBe(true);
    const since = old.phone.received.length;
    before.conn.close();
    await restoring;
    expect(await s.moderator.send('panelist:release', { panelistId: amina.id })).toEqual({ ok: true });
    released();
    adapter.restoreSession = restore;

    // Not resumed: a fresh connection, told it holds no seat, outside the seat's room.
    const snapshot = await old.phone.waitFor('session:state', () => true, 5000, since);
    expect(snapshot.you.panelistId).toBeNull();
    const after = socketOf();
    expect(after.recovered).toBe(false);
    expect(after.rooms.has(`s:${s.created.sessionId}:p:${amina.id}`)).toBe(false);

    // The seat goes to a new device, whose pledge the old phone never hears of.
    const fresh = await seatedPhone(suite.server.url, s.created.sessionId, amina.id);
    track(fresh.phone);
    const mark = old.phone.received.length;
    expect(await fresh.phone.send('pledge:submit', pledgeFor('The new phone’s pledge, not the old one’s.'))).toMatchObject({ ok: true });
    await s.moderator.waitForDelta('pledge', (d) => d.pledge.participantId === amina.id);
    expect(JSON.stringify(old.phone.received.slice(mark))).not.toContain('The new phone’s pledge');
    expect(await old.phone.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
  });
});
