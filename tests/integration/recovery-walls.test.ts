import { Client } from '../helpers/clients';
import { holdRestoredSessions } from '../helpers/recovery';
import { setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

const WALLS = 40;

/**
 * Many walls drop at once and Socket.IO recovers their connections, while one commit lands in the
 * gap between the recovery's read of what they missed and their rejoining the rooms: that commit
 * is neither replayed nor delivered to them. Each recovered wall is told the store's seq, and one
 * behind asks for the state (as the page does, client/store/live.ts): once released, every wall
 * holds the store's seq, with no further commit to reveal the gap.
 */
describe('many walls recovering at once', () => {
  const suite = serverSuite();
  const { clients } = suite;

  test('a commit during their recovery reaches every wall, without another commit', async () => {
    const s = await setupSession(suite.server);
    clients.push(s.moderator);
    expect((await s.moderator.send('round:open', { prompt: 'The first question.' })).ok).toBe(true);
    const walls = Array.from({ length: WALLS }, () => new Client(suite.server.url, { role: 'wall', sessionId: s.created.sessionId }));
    clients.push(...walls);
    const first = await Promise.all(walls.map((w) => w.snapshot()));
    expect(new Set(first.map((snap) => snap.seq)).size).toBe(1);
    // A wall is recovered from the last frame it heard (its first state went to it alone).
    await s.moderator.sendOk('round:prompt', { prompt: 'Heard before the drop.' });
    for (const w of walls) await w.waitForDelta('round', (d) => d.round.prompt === 'Heard before the drop.');

    // Hold every restored session until all of them have read what they missed.
    const io = suite.server.app.io;
    const hold = holdRestoredSessions(io, WALLS);
    const marks = walls.map((w) => w.received.length);
    for (const socket of [...io.of('/').sockets.values()].filter((x) => x.data.principal.role === 'wall')) socket.conn.close();
    await hold.allRead;
    const changed = await s.moderator.sendOk('round:prompt', { prompt: 'Changed during the recovery.' });
    const storeSeq = (await s.moderator.waitForDelta('round', (d) => d.round.prompt === 'Changed during the recovery.')).seq;
    expect(changed.ok).toBe(true);
    hold.release();

    // Each wall: the commit's frame, or the store's seq and then the state for it.
    const reached = await Promise.all(
      walls.map(async (wall, i) => {
        const told = await wall.waitFor('session:seq', () => true, 5000, marks[i]);
        expect(told.seq).toBe(storeSeq);
        if (wall.seqs(marks[i]).includes(storeSeq)) return { seq: storeSeq, synced: false };
        const ack = await wall.sendOk('session:sync');
        expect(ack.snapshot.round.prompt).toBe('Changed during the recovery.');
        return { seq: ack.snapshot.seq as number, synced: true };
      }),
    );
    expect(reached.map((r) => r.seq)).toEqual(Array(WALLS).fill(storeSeq));
    // The gap is real: the walls held outside their rooms missed the commit's frame.
    expect(reached.filter((r) => r.synced)).toHaveLength(WALLS);
    // Recovered, not reconnected from scratch: no wall got a new first state.
    const sockets = [...io.of('/').sockets.values()].filter((x) => x.data.principal.role === 'wall');
    expect(sockets.map((x) => x.recovered)).toEqual(Array(WALLS).fill(true));
    expect(walls.every((w, i) => w.events('session:state').length === 1 && w.received.slice(marks[i]).every((r) => r.event !== 'session:state'))).toBe(true);
  }, 30_000);
});
