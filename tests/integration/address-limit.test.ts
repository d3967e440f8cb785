import type { Ack } from '../../shared/protocol';
import { Client } from '../helpers/clients';
import { fields } from '../../server/store/fields';
import { pledgeFor, seatedPhone, setupSession, waitingPhone } from '../helpers/round';
import { serverSuite, startServer } from '../helpers/server';

/**
 * The address's rate limit answers while a command reads (one round trip fewer for every
 * command); a command it refuses must still have written nothing: not its pledge, not the
 * pledge id's reservation, not its follow-up record, and no wall hears of it.
 */
describe('the address limit', () => {
  // Each device may pledge freely; the venue's address only twice a minute.
  const suite = serverSuite({ limitRules: { pledge: { perDevice: 100, perIp: 2, seconds: 60 } } });

  test('a submit the address limit refuses writes nothing, though the command read meanwhile', async () => {
    const { created, moderator, panelists, wall } = await setupSession(suite.server);
    await moderator.send('round:open', {});
    const watcher = wall();
    await watcher.snapshot();
    const phones = await Promise.all(panelists.slice(0, 3).map((p) => seatedPhone(suite.server.url, created.sessionId, p.id)));

    try {
      const submits = phones.map((p, i) => pledgeFor(`Pledge ${i + 1} from the venue.`));
      const first: Ack = await phones[0]!.phone.send('pledge:submit', { ...submits[0], followUpToken: 'a'.repeat(32) });
      const second: Ack = await phones[1]!.phone.send('pledge:submit', { ...submits[1], followUpToken: 'b'.repeat(32) });
      const third: Ack = await phones[2]!.phone.send('pledge:submit', { ...submits[2], followUpToken: 'c'.repeat(32) });
      expect(first).toMatchObject({ ok: true, created: true });
      expect(second).toMatchObject({ ok: true, created: true });
      expect(third).toMatchObject({ ok: false, error: { code: 'rate_limited' } });

      // Nothing of the third is stored: the pledge, its seat's link to it, its id, its follow-up record.
      const refused = submits[2]!.id;
      const [stored, seat] = (await suite.server.store.getFields(created.sessionId, [fields.pledge(refused), fields.participant(panelists[2]!.id)]))!;
      expect(stored).toBeNull();
      expect(JSON.parse(seat!).pledgeId ?? null).toBeNull();
      expect(await suite.server.store.pledgeSession(refused)).toBeNull();
      expect(await suite.server.store.getRecords('followup', [refused])).toEqual([null]);
      expect(await suite.server.store.getRecords('followup', [submits[0]!.id])).not.toEqual([null]);

      // The walls heard the two that were let through, and only them.
      await watcher.waitForDelta('pledge', (d) => d.pledge.text === 'Pledge 2 from the venue.');
      await new Promise((r) => setTimeout(r, 300));
      expect(watcher.deltas('pledge').map((d) => d.pledge.text).sort()).toEqual(['Pledge 1 from the venue.', 'Pledge 2 from the venue.']);
    } finally {
      for (const c of [moderator, watcher, ...phones.map((p) => p.phone)]) c.close();
    }
  });
});

/**
 * The product's own work that a refused command happens to start is not refused with it: a
 * snapshot that finds a round overdue closes it, even when the command that asked for the
 * snapshot was over its limit.
 */
describe('work a refused command starts', () => {
  let offset = 0;
  const clock = () => Date.now() + offset;
  // Each address may ask for the whole state once a minute.
  const suite = serverSuite({ clock, limitRules: { sync: { perDevice: 100, perIp: 1, seconds: 60 } } });

  test('a sync refused by its limit still lets the overdue round it found close', async () => {
    const { created, moderator } = await setupSession(suite.server);
    const wall = new Client(suite.server.url, { role: 'wall', sessionId: created.sessionId });
    const closing: { close(): void }[] = [moderator, wall];
    try {
      await wall.snapshot();
      // Another process opens the round with a countdown that closes it, and stops: its timer goes with it.
      const timer = await startServer({ prefix: suite.server.prefix, clock });
      let endsAt = 0;
      try {
        const there = new Client(timer.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
        closing.push(there);
        await there.snapshot();
        await there.sendOk('round:open', {});
        endsAt = (await there.sendOk('round:countdown', { countdownSeconds: 10, autoClose: true })).round.countdownEndsAt;
        await wall.waitForDelta('round', (d) => d.round.countdownEndsAt === endsAt);
      } finally {
        await timer.close();
      }
      expect(await wall.send('session:sync')).toMatchObject({ ok: true });
      offset += endsAt + 50 - clock();
      // Over the limit: refused; the snapshot it read meanwhile found the round overdue.
      expect(await wall.send('session:sync')).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
      const closed = await wall.waitForDelta('round', (d) => d.round.state === 'closed', 3000);
      expect(closed.round).toMatchObject({ closedAt: endsAt });
    } finally {
      for (const c of closing) c.close();
    }
  });
});

/**
 * A claim that writes nothing (a phone a moderator let in takes the seat it was given) changes
 * its connection all the same: the connection acts for the seat from then on. Refused by the
 * address's limit, it must not.
 */
describe('a claim the address limit refuses', () => {
  // The venue's address may claim seats twice a minute.
  const suite = serverSuite({ limitRules: { claim: { perDevice: 100, perIp: 2, seconds: 60 } } });

  test('a phone let in whose claim is refused is not seated on its connection', async () => {
    const { created, moderator, panelists } = await setupSession(suite.server);
    const closing: { close(): void }[] = [moderator];
    try {
      const amina = panelists[0]!.id;
      const holder = await seatedPhone(suite.server.url, created.sessionId, amina);
      const asking = await waitingPhone(suite.server.url, created.sessionId, amina);
      closing.push(holder.phone, asking.phone);
      await moderator.sendOk('seat:admit', { requestId: asking.request.id });
      await asking.phone.waitFor('seat:answered', (a) => a.request.state === 'admitted');
      const since = asking.phone.received.length;
      // Taking the seat it was given writes nothing, and is the address's third claim: refused.
      expect(await asking.phone.send('panelist:claim', { panelistId: amina })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
      await new Promise((r) => setTimeout(r, 300));
      const states = asking.phone.received.slice(since).filter((r) => r.event === 'session:state');
      expect(states).toEqual([]);
      // Its connection still acts for no seat: a pledge from it is refused.
      expect(await asking.phone.send('pledge:drafting', { drafting: true })).toMatchObject({ ok: false, error: { code: 'not_claimed' } });
    } finally {
      for (const c of closing) c.close();
    }
  });
});
