import type { SessionStore } from '../../server/store/types';

/**
 * The behaviour every SessionStore must have. Run against the memory store and against a real
 * Redis server; a difference between the two is a bug in one of them.
 */
export function storeContract(name: string, make: () => Promise<SessionStore>) {
  describe(`${name} store contract`, () => {
    let store: SessionStore;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    const seed = (id: string, joinCode: string, createdAt = 1000) => ({
      sessionId: id,
      joinCode,
      createdAt,
      fields: { meta: JSON.stringify({ id }), round: '{"state":"draft"}' },
    });

    test('creates a session and reads its fields back', async () => {
      expect(await store.createSession(seed('sess-aaaa', 'ABCDEF'))).toBe(true);
      expect(await store.getFields('sess-aaaa', ['meta', 'round', 'nope'])).toEqual(['{"id":"sess-aaaa"}', '{"state":"draft"}', null]);
      expect(await store.sessionIdByJoinCode('ABCDEF')).toBe('sess-aaaa');
      expect(await store.getAll('sess-aaaa')).toEqual({ meta: '{"id":"sess-aaaa"}', round: '{"state":"draft"}', seq: '0' });
    });

    test('refuses a taken join code and writes nothing', async () => {
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      expect(await store.createSession(seed('sess-bbbb', 'ABCDEF'))).toBe(false);
      expect(await store.getAll('sess-bbbb')).toBeNull();
      expect(await store.listSessionIds()).toEqual(['sess-aaaa']);
    });

    test('an unknown session reads as null and cannot be committed to', async () => {
      expect(await store.getFields('missing-1', ['meta'])).toBeNull();
      expect(await store.getAll('missing-1')).toBeNull();
      expect(await store.sessionIdByJoinCode('ZZZZZZ')).toBeNull();
      expect(await store.commit('missing-1', [], [{ field: 'x', value: '1' }])).toEqual({ ok: false, reason: 'missing' });
      expect(await store.getAll('missing-1')).toBeNull();
    });

    test('lists sessions newest first', async () => {
      await store.createSession(seed('sess-old1', 'AAAAAA', 1000));
      await store.createSession(seed('sess-new1', 'BBBBBB', 3000));
      await store.createSession(seed('sess-mid1', 'CCCCCC', 2000));
      expect(await store.listSessionIds()).toEqual(['sess-new1', 'sess-mid1', 'sess-old1']);
      expect(await store.listSessionIds(2)).toEqual(['sess-new1', 'sess-mid1']);
    });

    test('commit writes and deletes fields and bumps the sequence', async () => {
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      expect(await store.commit('sess-aaaa', [], [{ field: 'a', value: '1' }, { field: 'b', value: '2' }])).toEqual({ ok: true, seq: 1 });
      expect(await store.commit('sess-aaaa', [], [{ field: 'a', value: null }])).toEqual({ ok: true, seq: 2 });
      expect(await store.getFields('sess-aaaa', ['a', 'b', 'seq'])).toEqual([null, '2', '2']);
    });

    test('commit applies nothing when an expectation fails', async () => {
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      await store.commit('sess-aaaa', [], [{ field: 'a', value: 'old' }]);
      const before = await store.getAll('sess-aaaa');
      // wrong value expected
      expect(await store.commit('sess-aaaa', [{ field: 'a', value: 'other' }], [{ field: 'b', value: 'x' }])).toEqual({ ok: false, reason: 'conflict' });
      // expected absent but present
      expect(await store.commit('sess-aaaa', [{ field: 'a', value: null }], [{ field: 'b', value: 'x' }])).toEqual({ ok: false, reason: 'conflict' });
      // one good, one bad expectation
      expect(
        await store.commit('sess-aaaa', [{ field: 'a', value: 'old' }, { field: 'c', value: 'x' }], [{ field: 'b', value: 'x' }]),
      ).toEqual({ ok: false, reason: 'conflict' });
      expect(await store.getAll('sess-aaaa')).toEqual(before);
      expect(await store.commit('sess-aaaa', [{ field: 'a', value: 'old' }, { field: 'c', value: null }], [{ field: 'a', value: 'new' }])).toEqual({
        ok: true,
        seq: 2,
      });
    });

    test('values round-trip byte for byte, including unicode and empty strings', async () => {
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      const value = JSON.stringify({ text: 'Ĉu vi — 日本語 — عربى 🚀 "quotes" \\ \n', empty: '' });
      await store.commit('sess-aaaa', [], [{ field: 'u', value }, { field: 'e', value: '' }]);
      expect(await store.getFields('sess-aaaa', ['u', 'e'])).toEqual([value, '']);
      expect(await store.commit('sess-aaaa', [{ field: 'u', value }, { field: 'e', value: '' }], [{ field: 'ok', value: '1' }])).toMatchObject({ ok: true });
    });

    test('concurrent conditional commits: exactly one of racing writers wins each round', async () => {
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      await store.commit('sess-aaaa', [], [{ field: 'counter', value: '0' }]);
      // 20 writers each increment the counter 5 times with read-modify-write and retry.
      const writer = async () => {
        for (let i = 0; i < 5; i++) {
          for (;;) {
            const [cur] = (await store.getFields('sess-aaaa', ['counter']))!;
            const res = await store.commit('sess-aaaa', [{ field: 'counter', value: cur ?? null }], [{ field: 'counter', value: String(Number(cur) + 1) }]);
            if (res.ok) break;
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, writer));
      expect(await store.getFields('sess-aaaa', ['counter', 'seq'])).toEqual(['100', '101']);
    });

    test('a commit claiming a pledge id reserves it for its session only, with the follow-up record, or writes nothing', async () => {
      for (const [id, code] of [['sess-aaaa', 'AAAAAA'], ['sess-bbbb', 'BBBBBB']] as const) await store.createSession(seed(id, code));
      const write = (v: string) => [{ field: 'pledge', value: v }];
      const first = await store.commit('sess-aaaa', [], write('one'), { pledgeId: 'p-1', followUp: 'record-1' });
      expect(first).toEqual({ ok: true, seq: 1 });
      expect(await store.pledgeSession('p-1')).toBe('sess-aaaa');
      expect(await store.getRecords('followup', ['p-1'])).toEqual(['record-1']);
      // The same session again (a retry): allowed; the follow-up record it has is kept as it is.
      expect(await store.commit('sess-aaaa', [], write('two'), { pledgeId: 'p-1', followUp: 'record-2' })).toEqual({ ok: true, seq: 2 });
      expect(await store.getRecords('followup', ['p-1'])).toEqual(['record-1']);
      // Another session: refused, and none of its writes land.
      expect(await store.commit('sess-bbbb', [], write('stolen'), { pledgeId: 'p-1', followUp: 'record-3' })).toEqual({ ok: false, reason: 'taken' });
      expect(await store.getFields('sess-bbbb', ['pledge', 'seq'])).toEqual([null, '0']);
      expect(await store.getRecords('followup', ['p-1'])).toEqual(['record-1']);
      // A conflict writes no claim either.
      const stale = await store.commit('sess-bbbb', [{ field: 'pledge', value: 'x' }], write('y'), { pledgeId: 'p-2', followUp: 'record-4' });
      expect(stale).toEqual({ ok: false, reason: 'conflict' });
      expect(await store.pledgeSession('p-2')).toBeNull();
      expect(await store.getRecords('followup', ['p-2'])).toEqual([null]);
      // Without a follow-up record: the id alone.
      expect(await store.commit('sess-bbbb', [], write('three'), { pledgeId: 'p-3', followUp: null })).toMatchObject({ ok: true });
      expect(await store.pledgeSession('p-3')).toBe('sess-bbbb');
      expect(await store.getRecords('followup', ['p-3'])).toEqual([null]);
    });

    test('a commit changing a session code takes the new one within the event and frees the old one, or writes nothing', async () => {
      const coded = (id: string, join: string, codeKey: string) => ({ ...seed(id, join, 90), eventId: 'ev-code', codeKey });
      expect((await store.createSessions([coded('sess-c1', 'CODEA1', 'ws1'), coded('sess-c2', 'CODEA2', 'ws2')])).ok).toBe(true);
      const change = (from: string, to: string) => ({ eventId: 'ev-code', from, to });
      // Another session's code: refused, nothing written.
      expect(await store.commit('sess-c1', [], [{ field: 'meta', value: 'x' }], undefined, change('ws1', 'ws2'))).toEqual({ ok: false, reason: 'code-taken' });
      expect(await store.getFields('sess-c1', ['meta', 'seq'])).toEqual([JSON.stringify({ id: 'sess-c1' }), '0']);
      // A conflict changes no code either.
      expect(await store.commit('sess-c1', [{ field: 'meta', value: 'y' }], [], undefined, change('ws1', 'ws3'))).toEqual({ ok: false, reason: 'conflict' });
      expect((await store.createSessions([coded('sess-c3', 'CODEA3', 'ws3')])).ok).toBe(true);
      // A free code: taken, and the old one is free for another session.
      expect(await store.commit('sess-c1', [], [{ field: 'meta', value: 'z' }], undefined, change('ws1', 'ws9'))).toEqual({ ok: true, seq: 1 });
      expect((await store.createSessions([coded('sess-c4', 'CODEA4', 'ws9')])).ok).toBe(false);
      expect((await store.createSessions([coded('sess-c5', 'CODEA5', 'ws1')])).ok).toBe(true);
      // Keeping the code (or dropping it) is no conflict with itself.
      expect(await store.commit('sess-c1', [], [{ field: 'meta', value: 'w' }], undefined, change('ws9', 'ws9'))).toEqual({ ok: true, seq: 2 });
      expect(await store.commit('sess-c1', [], [{ field: 'meta', value: 'v' }], undefined, change('ws9', ''))).toEqual({ ok: true, seq: 3 });
      expect((await store.createSessions([coded('sess-c6', 'CODEA6', 'ws9')])).ok).toBe(true);
    });

    test('sessions racing for one pledge id: exactly one wins it', async () => {
      const racers = ['s1', 's2', 's3', 's4'];
      for (const [i, id] of racers.entries()) await store.createSession(seed(id, `RACE${i}A`));
      const results = await Promise.all(racers.map((id) => store.commit(id, [], [{ field: 'pledge', value: id }], { pledgeId: 'p-2', followUp: id })));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const winner = racers[results.findIndex((r) => r.ok)]!;
      expect(await store.pledgeSession('p-2')).toBe(winner);
      expect(await store.getRecords('followup', ['p-2'])).toEqual([winner]);
    });

    test('returned documents are copies: mutating them changes nothing stored', async () => {
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      const all = (await store.getAll('sess-aaaa'))!;
      all.meta = 'tampered';
      expect((await store.getAll('sess-aaaa'))!.meta).toBe('{"id":"sess-aaaa"}');
    });

    test('creates a batch of sessions all or none, and lists them under their event', async () => {
      const inEvent = (id: string, code: string, at: number) => ({ ...seed(id, code, at), eventId: 'event-1' });
      expect(await store.createSessions([inEvent('sess-e1', 'EEEEE1', 10), inEvent('sess-e2', 'EEEEE2', 20), seed('sess-n1', 'NNNNN1', 30)])).toEqual({ ok: true });
      expect(await store.listSessionIds(10, 'event-1')).toEqual(['sess-e2', 'sess-e1']);
      expect(await store.listSessionIds(10, 'event-2')).toEqual([]);
      expect(await store.listSessionIds()).toEqual(['sess-n1', 'sess-e2', 'sess-e1']);
      expect(await store.getFields('sess-e2', ['meta', 'seq'])).toEqual(['{"id":"sess-e2"}', '0']);

      // One taken join code (last in the batch) means nothing of the batch is written.
      const before = await store.listSessionIds();
      expect(await store.createSessions([inEvent('sess-x1', 'XXXXX1', 40), inEvent('sess-x2', 'EEEEE1', 50)])).toEqual({
        ok: false,
        takenJoinCodes: ['EEEEE1'],
        takenCodeKeys: [],
      });
      expect(await store.listSessionIds()).toEqual(before);
      expect(await store.getAll('sess-x1')).toBeNull();
      expect(await store.sessionIdByJoinCode('XXXXX1')).toBeNull();
      // A code repeated inside the batch is refused the same way.
      expect(await store.createSessions([seed('sess-y1', 'YYYYY1', 60), seed('sess-y2', 'YYYYY1', 70)])).toMatchObject({ ok: false });
      expect(await store.createSessions([inEvent('sess-x1', 'XXXXX1', 40)])).toEqual({ ok: true });
      // A session code is unique within its event, not across events nor outside any.
      const coded = (id: string, join: string, eventId: string | null, codeKey: string) => ({ ...seed(id, join, 80), eventId, codeKey });
      expect(await store.createSessions([coded('sess-c1', 'CCCCC1', 'event-1', 'ws#1')])).toEqual({ ok: true });
      expect(await store.createSessions([coded('sess-c2', 'CCCCC2', 'event-1', 'of#2'), coded('sess-c3', 'CCCCC3', 'event-1', 'ws#1')])).toEqual({
        ok: false,
        takenJoinCodes: [],
        takenCodeKeys: ['ws#1'],
      });
      expect(await store.createSessions([coded('sess-c4', 'CCCCC4', 'event-1', 'of#3'), coded('sess-c5', 'CCCCC5', 'event-1', 'of#3')])).toMatchObject({
        ok: false,
        takenCodeKeys: ['of#3'],
      });
      expect(await store.getAll('sess-c2')).toBeNull();
      expect(await store.createSessions([coded('sess-c6', 'CCCCC6', 'event-2', 'ws#1'), coded('sess-c7', 'CCCCC7', null, 'ws#1')])).toEqual({ ok: true });
      // Racing batches with the same code: exactly one is written.
      const racing = await Promise.all(
        ['R1', 'R2', 'R3', 'R4'].map((r) => store.createSessions([coded(`sess-${r}a`, `RRRR${r}`, 'event-3', 'ws#9'), coded(`sess-${r}b`, `SSSS${r}`, 'event-3', `x#${r}`)])),
      );
      expect(racing.filter((r) => r.ok)).toHaveLength(1);
      expect(await store.listSessionIds(10, 'event-3')).toHaveLength(2);
      await store.getAll('sess-x1').then((d) => expect(d).not.toBeNull());
      expect(await store.listSessionIds(10, 'event-1')).toEqual(['sess-c1', 'sess-x1', 'sess-e2', 'sess-e1']);

    });

    test('events are created once and listed newest first', async () => {
      expect(await store.createEvent('event-a', 100, '{"name":"A"}')).toBe(true);
      expect(await store.createEvent('event-b', 200, '{"name":"B"}')).toBe(true);
      expect(await store.createEvent('event-a', 300, '{"name":"again"}')).toBe(false);
      expect(await store.listEventIds()).toEqual(['event-b', 'event-a']);
      expect(await store.getRecords('event', ['event-a', 'event-z', 'event-b'])).toEqual(['{"name":"A"}', null, '{"name":"B"}']);
      expect(await store.getRecords('event', [])).toEqual([]);
    });

    test('records are written by compare-and-set only', async () => {
      expect(await store.swapRecord('followup', 'p-1', null, 'v1')).toBe(true);
      expect(await store.swapRecord('followup', 'p-1', null, 'other')).toBe(false);
      expect(await store.swapRecord('followup', 'p-1', 'stale', 'other')).toBe(false);
      expect(await store.swapRecord('followup', 'p-1', 'v1', 'v2')).toBe(true);
      expect(await store.getRecords('followup', ['p-1'])).toEqual(['v2']);
      // Kinds are separate namespaces.
      expect(await store.getRecords('event', ['p-1'])).toEqual([null]);
      // Racing creators: exactly one wins.
      const wins = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((v) => store.swapRecord('followup', 'p-2', null, v)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    });

    test('the session holding a pledge id can be looked up', async () => {
      expect(await store.pledgeSession('p-9')).toBeNull();
      await store.createSession(seed('sess-aaaa', 'ABCDEF'));
      await store.commit('sess-aaaa', [], [], { pledgeId: 'p-9', followUp: null });
      expect(await store.pledgeSession('p-9')).toBe('sess-aaaa');
    });
  });
}
