import { PledgeOutbox, type OutboxTransport, type PendingPledge } from '../../client/outbox';
import type { PledgeResult } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { MapStorage } from '../helpers/phones';

/**
 * The outbox's decisions on a scripted transport (the fault tests run it against a real server;
 * this pins down each answer's handling one by one).
 */
type Sent = PendingPledge['payload'];

function scripted(answers: ((payload: Sent) => unknown)[], connected = true) {
  const listeners = new Set<() => void>();
  const sent: { event: string; id: string; payload: Sent }[] = [];
  const transport: OutboxTransport & { setConnected(v: boolean): void } = {
    connected: () => connected,
    onConnect: (l) => (listeners.add(l), () => listeners.delete(l)),
    send: async (event, payload) => {
      sent.push({ event, id: payload.id, payload });
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

const saved = (p: Sent) =>
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
    expect(sent.map(({ event, id }) => ({ event, id }))).toEqual([{ event: 'pledge:submit', id: payload.id }]);
  });

  test('every retry carries the same version and follow-up token', async () => {
    const { transport, sent } = scripted([refused('timeout'), refused('conflict'), saved]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    const token = 'Abc_def-0123456789ghij';
    box.enqueue('pledge:submit', { ...payload, basedOn: null, followUpToken: token });
    await until(box, 'saved');
    expect(sent.map((s) => [s.payload.basedOn, s.payload.followUpToken])).toEqual([
      [null, token],
      [null, token],
      [null, token],
    ]);
  });

  test('a newer version saved meanwhile: the stored one is shown, the text not applied is kept aside, nothing is retried', async () => {
    const current = { id: payload.id, text: 'We will publish the data, as the moderator wrote it.', updatedAt: 900 } as Pledge;
    const { transport, sent } = scripted([() => ({ ok: false, error: { code: 'pledge_changed', message: 'changed', current } })]);
    const storage = new MapStorage();
    const box = new PledgeOutbox({ storage, key: 'k', transport, retryDelayMs: () => 1 });
    const edit = { ...payload, text: 'We will publish the data, with maps.', basedOn: 500 };
    box.enqueue('pledge:edit', edit);
    await until(box, 'changed');
    expect(box.state).toMatchObject({ pending: null, saved: current, superseded: edit, error: 'pledge_changed' });
    expect(storage.get('k')).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toHaveLength(1);
    // Forgetting the overtaken text leaves the stored version as saved.
    box.discard();
    expect(box.state).toMatchObject({ status: 'saved', superseded: null, saved: current });
  });

  test('a "changed" answer without the stored pledge is a refusal that keeps the text', async () => {
    const { transport } = scripted([refused('pledge_changed')]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:edit', { ...payload, basedOn: 500 });
    await until(box, 'refused');
    expect(box.state.pending?.payload.text).toBe(payload.text);
  });

  test('a newer text that replaced a send in flight is sent on top of what that send stored', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { transport, sent } = scripted([
      async (p) => {
        await gate;
        return { ...saved(p), pledge: { ...saved(p).pledge, updatedAt: 777 } };
      },
      (p) => ({ ...saved(p), created: false }),
    ]);
    const storage = new MapStorage();
    const box = new PledgeOutbox({ storage, key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:submit', { ...payload, basedOn: null });
    await until(box, 'sending');
    // The panelist fixes a typo before the first answer arrives: typed on the same (no) version.
    box.enqueue('pledge:submit', { ...payload, text: 'We will publish the data openly.', basedOn: null });
    release();
    await until(box, 'saved');
    expect(sent.map((s) => s.payload.basedOn)).toEqual([null, 777]);
    expect(box.state.saved?.text).toBe('We will publish the data openly.');
    expect(storage.get('k')).toBeNull();
  });

  test('a newer text based on another version than the send it replaced keeps its own', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { transport, sent } = scripted([
      async (p) => {
        await gate;
        return { ...saved(p), pledge: { ...saved(p).pledge, updatedAt: 777 } };
      },
      saved,
    ]);
    const box = new PledgeOutbox({ storage: new MapStorage(), key: 'k', transport, retryDelayMs: () => 1 });
    box.enqueue('pledge:edit', { ...payload, basedOn: 100 });
    await until(box, 'sending');
    box.enqueue('pledge:edit', { ...payload, text: 'We will publish the data openly.', basedOn: 300 });
    release();
    await until(box, 'saved');
    expect(sent.map((s) => s.payload.basedOn)).toEqual([100, 300]);
  });
});
