import { backoffDelay } from '../../client/outbox';
import { emitUntilAnswered, type AppSocket } from '../../client/socket';

/**
 * A seat claim, joining the audience and asking for a new follow-up link repeat themselves until
 * the server answers (client/socket.ts): each unanswered attempt is told to the page and asked
 * again after a growing pause, which a connection coming back cuts short.
 */
function fakeSocket(answers: (Record<string, unknown> | 'no answer')[]) {
  const listeners = new Set<() => void>();
  const sent: unknown[] = [];
  const socket = {
    connected: true,
    // No engine to listen to: link-silence.ts has nothing to close (tests/integration/link-watch.test.ts covers that).
    io: {},
    on: (_event: string, fn: () => void) => listeners.add(fn),
    off: (_event: string, fn: () => void) => listeners.delete(fn),
    once: (_event: string, fn: () => void) => listeners.add(fn),
    timeout: () => ({
      emit: (_event: string, payload: unknown, cb: (err: Error | null, res?: unknown) => void) => {
        sent.push(payload);
        const next = answers.shift() ?? 'no answer';
        if (next === 'no answer') cb(new Error('operation has timed out'));
        else cb(null, next);
        // The connection comes back a moment later: the pause before the next attempt ends then.
        setTimeout(() => [...listeners].forEach((l) => l()), 5);
      },
    }),
  };
  return { socket: socket as unknown as AppSocket, sent };
}

describe('commands repeated until answered', () => {
  test('unanswered attempts are repeated, and each is told to the page, until the answer comes', async () => {
    const { socket, sent } = fakeSocket(['no answer', { ok: false, error: { code: 'internal', message: '' } }, { ok: true, state: 'seated', panelistId: 'p1' }]);
    const told: [number, string][] = [];
    const res = await emitUntilAnswered(socket, 'panelist:claim', [{ panelistId: 'p1' }], { stillWanted: () => true, onRetry: (n, code) => told.push([n, code]) });
    expect(res).toEqual({ ok: true, state: 'seated', panelistId: 'p1' });
    expect(sent).toEqual([{ panelistId: 'p1' }, { panelistId: 'p1' }, { panelistId: 'p1' }]);
    expect(told).toEqual([
      [1, 'timeout'],
      [2, 'internal'],
    ]);
  });

  test('a refusal is the server’s last word, and nothing is repeated once the page moved on', async () => {
    const refused = fakeSocket([{ ok: false, error: { code: 'invite_invalid', message: '' } }]);
    expect(await emitUntilAnswered(refused.socket, 'panelist:claim', [{ panelistId: 'p1' }], { stillWanted: () => true })).toMatchObject({ error: { code: 'invite_invalid' } });
    expect(refused.sent).toHaveLength(1);
    let wanted = true;
    const gone = fakeSocket(['no answer', 'no answer']);
    const res = await emitUntilAnswered(gone.socket, 'audience:join', [{ presence: 'onsite', name: '', organization: '' }], {
      stillWanted: () => wanted,
      onRetry: () => (wanted = false),
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(gone.sent).toHaveLength(1);
  });

  test('the pauses grow from half a second to five, with jitter', () => {
    for (let i = 0; i < 50; i++) {
      expect(backoffDelay(1)).toBeGreaterThanOrEqual(375);
      expect(backoffDelay(1)).toBeLessThanOrEqual(625);
      expect(backoffDelay(3)).toBeGreaterThanOrEqual(1500);
      expect(backoffDelay(10)).toBeLessThanOrEqual(6250);
      expect(backoffDelay(10)).toBeGreaterThanOrEqual(3750);
    }
  });
});
