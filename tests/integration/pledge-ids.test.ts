import { randomBytes, randomUUID } from 'node:crypto';
import { fields } from '../../server/store/fields';
import { seatedPhone, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

const token = () => randomBytes(16).toString('base64url');
const followUpStatus = (url: string, id: string, secret: string) =>
  fetch(`${url}/api/follow-up/${id}`, { headers: { authorization: `Bearer ${secret}` } }).then((r) => r.status);

/**
 * A pledge's id appears in public links and is chosen by its phone: it is claimed, with the
 * pledge's follow-up record, in the same atomic step that stores the pledge. A phone of another
 * session that sends a taken id gets nothing of it: no pledge, and no say over its follow-up.
 */
describe('pledge ids', () => {
  const suite = serverSuite();

  test("another session's phone sending a taken pledge id is refused and changes nothing; the first author's link keeps working", async () => {
    const a = await setupSession(suite.server);
    const b = await setupSession(suite.server);
    const closing: { close(): void }[] = [a.moderator, b.moderator];
    try {
      await a.moderator.send('round:open', {});
      await b.moderator.send('round:open', {});
      const author = await seatedPhone(suite.server.url, a.created.sessionId, a.panelists[0]!.id);
      const other = await seatedPhone(suite.server.url, b.created.sessionId, b.panelists[0]!.id);
      closing.push(author.phone, other.phone);
      const id = randomUUID();
      const [mine, theirs] = [token(), token()];
      const first = await author.phone.send('pledge:submit', { id, text: 'We will open our data.', capacity: 'organization', followUpToken: mine });
      expect(first).toMatchObject({ ok: true, created: true });

      const taken = await other.phone.send('pledge:submit', { id, text: 'A pledge under a taken id.', capacity: 'organization', followUpToken: theirs });
      expect(taken).toMatchObject({ ok: false, error: { code: 'pledge_id_taken' } });
      const [stored, seat, seq] = (await suite.server.store.getFields(b.created.sessionId, [fields.pledge(id), fields.participant(b.panelists[0]!.id), fields.seq]))!;
      expect(stored).toBeNull();
      expect(JSON.parse(seat!).pledgeId ?? null).toBeNull();
      expect(await suite.server.store.pledgeSession(id)).toBe(a.created.sessionId);
      // The follow-up link is still the first author's alone.
      expect(await followUpStatus(suite.server.url, id, mine)).toBe(200);
      expect(await followUpStatus(suite.server.url, id, theirs)).toBe(401);

      // The other phone's own pledge, under its own id, is stored as usual.
      const own = await other.phone.send('pledge:submit', { id: randomUUID(), text: 'Our own pledge.', capacity: 'organization', followUpToken: theirs });
      expect(own).toMatchObject({ ok: true, created: true });
      const [, , seqAfter] = (await suite.server.store.getFields(b.created.sessionId, [fields.pledge(id), fields.participant(b.panelists[0]!.id), fields.seq]))!;
      expect(Number(seqAfter)).toBe(Number(seq) + 1);
    } finally {
      for (const c of closing) c.close();
    }
  });
});
