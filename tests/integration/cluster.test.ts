import { Client } from '../helpers/clients';
import { dropPrefix, freshPrefix, testRedisUrl } from '../helpers/redis';
import { pledgeFor, seatedPhone, setupSession, texts } from '../helpers/round';
import { spawnServer } from '../helpers/server';

/** Two server processes on different ports sharing one Redis, bridged by the streams adapter. */
describe('two server processes, one Redis', () => {
  const prefix = freshPrefix();
  const clients: Client[] = [];
  let a: Awaited<ReturnType<typeof spawnServer>>;
  let b: Awaited<ReturnType<typeof spawnServer>>;

  beforeAll(async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 30_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a?.stop(), b?.stop()]);
    await dropPrefix(prefix);
  });

  test('pledges, moderator actions and late joiners cross processes', async () => {
    expect(a.port).not.toBe(b.port);
    // Session created through A; its moderator console is on B.
    const { created, moderator: modA, panelists } = await setupSession(a);
    modA.close();
    const moderator = new Client(b.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
    const wallB = new Client(b.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(moderator, wallB);
    await Promise.all([moderator.snapshot(), wallB.snapshot()]);

    // A phone on A; the moderator on B opens the round and nudges it: both reach the phone on A.
    const { phone } = await seatedPhone(a.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    await moderator.waitForDelta('panel', (d) => d.entry.panelistId === panelists[0]!.id && d.entry.status === 'joined');
    expect(await moderator.send('round:open', { prompt: 'Across processes?' })).toMatchObject({ ok: true });
    await phone.waitForDelta('round', (d) => d.round.state === 'open' && d.round.prompt === 'Across processes?');
    expect(await moderator.send('panelist:nudge', { panelistId: panelists[0]!.id })).toEqual({ ok: true });
    await phone.waitFor('panelist:nudged');

    // A pledge submitted through A reaches the wall on B, and its edit too.
    const ack = await phone.send('pledge:submit', pledgeFor('We will mirror our open data in two regions.'));
    expect(ack).toMatchObject({ ok: true, created: true });
    const id = ack.ok ? (ack.pledge.id as string) : '';
    await wallB.waitForDelta('pledge', (d) => d.pledge.id === id);
    const basedOn = ack.ok ? (ack.pledge.updatedAt as number) : 0;
    await phone.send('pledge:edit', { id, basedOn, text: 'We will mirror our open data in three regions.', capacity: 'individual' });
    await wallB.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.text.includes('three regions'));

    // A second phone on B pledges; a late wall on B gets everything in one snapshot.
    const second = await seatedPhone(b.url, created.sessionId, panelists[1]!.id);
    clients.push(second.phone);
    await second.phone.send('pledge:submit', pledgeFor('We will run a multistakeholder review in June.'));
    const late = new Client(b.url, { role: 'wall', sessionId: created.sessionId });
    const lateOnA = new Client(a.url, { role: 'wall', sessionId: created.sessionId });
    clients.push(late, lateOnA);
    for (const w of [late, lateOnA]) {
      const snap = await w.snapshot();
      expect(texts(snap.pledges)).toEqual(['We will mirror our open data in three regions.', 'We will run a multistakeholder review in June.']);
      expect(snap.round.state).toBe('open');
      expect(w.events('session:state')).toHaveLength(1);
    }

    // Closing on B reaches the phone on A and the wall on B.
    await moderator.send('round:close', {});
    await phone.waitForDelta('round', (d) => d.round.state === 'closed');
    await wallB.waitForDelta('round', (d) => d.round.state === 'closed');
  }, 30_000);
});
