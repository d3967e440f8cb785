import { phoneClient, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

/**
 * A command a new connection sends at once (a phone's seat request queued while it connected) is
 * answered after the connection's first state, never before it: a state read before the request
 * was committed and sent after its answer would tell the phone it has no request, and the phone
 * would show the join page again while the moderator sees the request. Real server and Redis; the
 * order is the one the client receives.
 */
describe('a new connection’s first state', () => {
  const suite = serverSuite();

  test('comes before the answer to a command sent as soon as the socket connected', async () => {
    const s = await setupSession(suite.server);
    suite.clients.push(s.moderator);
    for (const [i, panelist] of s.panelists.entries()) {
      // Buffered by the client while it connects, sent right after the handshake.
      const { phone } = phoneClient(suite.server.url, s.created.sessionId);
      suite.clients.push(phone);
      const answered = new Promise<number>((resolve) => phone.socket.emit('panelist:claim', { panelistId: panelist.id }, () => resolve(phone.received.length)));
      const state = await phone.waitFor('session:state');
      const before = await answered;
      const stateAt = phone.received.findIndex((r) => r.event === 'session:state');
      expect({ i, stateFirst: stateAt >= 0 && stateAt < before, pending: (state as { you: { request: unknown } }).you.request }).toEqual({ i, stateFirst: true, pending: null });
    }
  });
});
