import { PledgeOutbox, type OutboxTransport } from '../../client/outbox';
import type { PledgeResult } from '../../shared/protocol';
import { MapStorage } from '../helpers/phones';

/**
 * The outbox's decisions on a scripted transport (the fault tests run it against a real server;
 * this pins down each answer's handling one by one).
 */
function scripted(answers: ((payload: { id: string; text: string }) => unknown)[], connected = true) {
  const listeners = new Set<() => void>();
  const sent: { event: string; id: string }[] = [];
  const transport: OutboxTransport & { setConnected(v: boolean): void } = {
    connected: () => connected,
    onConnect: (l) => (listeners.add(l), () => listeners.delete(l)),
    send: async (event, payload) => {
      sent.push({ event, id: payload.id });
      const next = answers.shift();
      return (next ? next(payload) : { ok: false, error: { code: 'timeout', message: '' } }) as never;
    },
    setConnected(v) {
      connected = v;
      if (v) listeners.forEach((l) => l());
    },
  };
  return { transport, sent };
}

const saved = (p: { id: string; text: string }) =>
  ({ ok: true, created: true, pledge: { id: p.id, text: p.text } as PledgeResult['pledge'] }) as const;
const refused = (code: string) => () => ({ ok: false, error: { code, message: code } });
const payload = { id: '3f0c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11', text: 'We will publish the data.', capacity: 'individual' as const };
const until = async (box: PledgeOutbox, status: string) => {
  for (let i = 0; i < 200 && box.state.status !== status; i++) await new Promise((r) => setTimeout(r, 5));
  expect(box.state.status).toBe(status);
};

describe('pledge outbox', () => {
  test('retries timeouts and transient errors with the same id, then clears storage', async () => {
    const { transport, sent } = scripted([refused('timeout'), refused('internal'), refused('rate_limited'), saved]);
    const storage = new MapStorage();
    const box = new PledgeOutbox({ storage, key: 'k', transport, retryDelayMs: () => 1, now: () => 42 });
    box.enqueue('pledge:submit', payload);
    expect(storage.get('k')).toContain(payload.id);
    await until(box, 'saved');
    expect(sent.map((s) => s.id)).toEqual([payload.id, payload.id, payload.id, payload.id]);
    expect(box.state.lastSavedAt).toBe(42);
    expect(storage.get('k')).toBeNull();
  });

  test('waits offline and sends when the connection returns', async () => {
    const { transport, sent } = scripted([saved], false);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:submit', payload);
    await until(box, 'offline');
    expect(sent).toHaveLength(0);
    transport.setConnected(true);
    await until(box, 'saved');
    expect(sent).toHaveLength(1);
  });

  test('a closed round holds the pledge until woken; a refusal keeps it for editing', async () => {
    const { transport, sent } = scripted([refused('round_not_open'), saved]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:submit', payload);
    await until(box, 'held');
    box.wake();
    await until(box, 'saved');
    expect(sent).toHaveLength(2);

    const other = scripted([refused('already_pledged')]);
    const box2 = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport: other.transport, retryDelayMs: () => 1 });
    box2.enqueue('pledge:submit', payload);
    await until(box2, 'refused');
    expect(box2.state.pending?.payload.text).toBe(payload.text);
    expect(box2.state.error).toBe('already_pledged');
  });

  test('an edit of a pledge that never arrived is sent as a submit', async () => {
    const { transport, sent } = scripted([refused('pledge_not_found'), saved]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:edit', payload);
    await until(box, 'saved');
    expect(sent.map((s) => s.event)).toEqual(['pledge:edit', 'pledge:submit']);
  });

  test('a pledge left by an earlier page load is resumed from storage', async () => {
    const storage = new MapStorage();
    storage.set('k', JSON.stringify({ event: 'pledge:submit', payload, queuedAt: 1 }));
    const { transport, sent } = scripted([saved], false);
    const box = new PledgeOutbox({ storage, key: 'k', transport, retryDelayMs: () => 1 });
    expect(box.state.status).toBe('offline');
    box.resume();
    transport.setConnected(true);
    await until(box, 'saved');
    expect(sent).toEqual([{ event: 'pledge:submit', id: payload.id }]);
  });

  test('the follow-up token of the answer that stored the pledge is passed on with it', async () => {
    const token = 'Abc_def-0123456789ghij';
    const { transport } = scripted([(p) => ({ ...saved(p), followUpToken: token })]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    const seen: (string | null)[] = [];
    box.subscribe((s) => s.status === 'saved' && seen.push(s.followUpToken));
    expect(box.state.followUpToken).toBeNull();
    box.enqueue('pledge:submit', payload);
    await until(box, 'saved');
    expect(box.state.saved?.id).toBe(payload.id);
    expect(box.state.followUpToken).toBe(token);
    // Listeners see the token in the same update as the saved pledge.
    expect(seen).toEqual([token]);
  });

  test('a retry answered without a token (the first answer was lost) keeps none', async () => {
    // The first attempt is stored but its answer never arrives; the retry is told "already stored".
    const { transport, sent } = scripted([refused('timeout'), (p) => ({ ...saved(p), created: false })]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:submit', payload);
    await until(box, 'saved');
    expect(sent).toHaveLength(2);
    expect(box.state.saved?.id).toBe(payload.id);
    expect(box.state.followUpToken).toBeNull();
  });

  test('a later save without a token does not carry the earlier one over', async () => {
    const { transport } = scripted([(p) => ({ ...saved(p), followUpToken: 'first-token-0123456789' }), saved]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:submit', payload);
    await until(box, 'saved');
    expect(box.state.followUpToken).toBe('first-token-0123456789');
    box.enqueue('pledge:edit', { ...payload, text: 'We will publish the data, with maps.' });
    await until(box, 'sending');
    await until(box, 'saved');
    expect(box.state.saved?.text).toBe('We will publish the data, with maps.');
    expect(box.state.followUpToken).toBeNull();
  });

  test('a follow-up token in the answer to a send replaced in flight is not lost', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { transport } = scripted([
      async (p) => {
        await gate;
        return { ...saved(p), followUpToken: 'first-answer-token-0000' };
      },
      (p) => ({ ...saved(p), created: false }),
    ]);
    const tokens: [string, string][] = [];
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1, onFollowUpToken: (id, t) => tokens.push([id, t]) });
    box.enqueue('pledge:submit', payload);
    await until(box, 'sending');
    // The panelist fixes a typo before the first answer arrives.
    box.enqueue('pledge:edit', { ...payload, text: 'We will publish the data openly.' });
    release();
    await until(box, 'saved');
    expect(box.state.saved?.text).toBe('We will publish the data openly.');
    expect(box.state.followUpToken).toBeNull();
    expect(tokens).toEqual([[payload.id, 'first-answer-token-0000']]);
  });
});
