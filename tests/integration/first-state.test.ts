import { RedisStore } from '../../server/store/redis';
import { phoneClient, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

/**
 * A command a new connection sends at once (a phone's seat request queued while it connected) is
 * answered after the connection's first state, never before it: a state read before the request
 * was committed and sent after its answer would tell the phone it has no request, and the phone
 * would show the join page again while the moderator sees the request. Real server and Redis; the
 * order is the one the client receives.
 */

// When armed, the session's next state read (its reactions' counts, read beside the session) is
// held after reading until the promise settles: a state slow to read, as on a loaded machine.
let holdNextRead: { sessionId: string; until: Promise<unknown>; held: boolean } | null = null;
const readCounts = RedisStore.prototype.reactionCounts;
beforeAll(() => {
  RedisStore.prototype.reactionCounts = async function (this: RedisStore, ...args: Parameters<typeof readCounts>) {
    const counts = await readCounts.apply(this, args);
    const hold = holdNextRead;
    if (hold && !hold.held && args[0] === hold.sessionId) {
      hold.held = true;
      await hold.until;
    }
    return counts;
  };
});
afterAll(() => {
  RedisStore.prototype.reactionCounts = readCounts;
});

describe('a new connection’s first state', () => {
  const suite = serverSuite();

  /** A phone that asks for the panelist's seat the moment it connects; resolves the state it got and whether the state came before the answer. */
  async function askAtOnce(sessionId: string, panelistId: string, hold?: (answered: Promise<unknown>) => Promise<unknown>) {
    const { phone } = phoneClient(suite.server.url, sessionId);
    suite.clients.push(phone);
    // Buffered by the client while it connects, sent right after the handshake.
    const answered = new Promise<number>((resolve) => phone.socket.emit('panelist:claim', { panelistId }, () => resolve(phone.received.length)));
    if (hold) holdNextRead = { sessionId, until: hold(answered), held: false };
    const state = await phone.waitFor('session:state');
    const before = await answered;
    const stateAt = phone.received.findIndex((r) => r.event === 'session:state');
    return { stateFirst: stateAt >= 0 && stateAt < before, pending: (state as { you: { request: unknown } }).you.request };
  }

  test('comes before the answer to a command sent as soon as the socket connected', async () => {
    const s = await setupSession(suite.server);
    suite.clients.push(s.moderator);
    for (const [i, panelist] of s.panelists.entries()) {
      expect({ i, ...(await askAtOnce(s.created.sessionId, panelist.id)) }).toEqual({ i, stateFirst: true, pending: null });
    }
  });

  test('comes first even when it is slow to read and the command quick to commit', async () => {
    const s = await setupSession(suite.server);
    suite.clients.push(s.moderator);
    // The state is held after its read until the request was answered, or, as it must be, until
    // it is plain the answer waits for the state (the bound only gives a wrong order its chance).
    const untilAnswered = (answered: Promise<unknown>) => Promise.race([answered, new Promise((r) => setTimeout(r, 500))]);
    expect(await askAtOnce(s.created.sessionId, s.panelists[0]!.id, untilAnswered)).toEqual({ stateFirst: true, pending: null });
    expect(holdNextRead?.held).toBe(true);
  });
});
