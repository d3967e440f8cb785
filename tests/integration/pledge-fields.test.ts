import { randomUUID } from 'node:crypto';
import type { Pledge } from '../../shared/schemas';
import { dumpPrefix } from '../helpers/redis';
import { seatedPhone, setupSession } from '../helpers/round';
import { serverSuite } from '../helpers/server';

const TEXT = 'We will publish our broadband mapping data under an open licence.';

describe('registry-grade pledge fields', () => {
  const suite = serverSuite();
  const { clients } = suite;

  async function openRoundWithPhone(panelistIndex = 0) {
    const s = await setupSession(suite.server);
    await s.moderator.send('round:open', {});
    const seat = await seatedPhone(suite.server.url, s.created.sessionId, s.panelists[panelistIndex]!.id);
    const wall = s.wall();
    await wall.snapshot();
    clients.push(s.moderator, seat.phone, wall);
    return { ...s, phone: seat.phone, wallClient: wall };
  }

  test('a hurried pledge gets the defaults; a full one keeps every field', async () => {
    const { phone, panelists } = await openRoundWithPhone();
    const quick = await phone.send('pledge:submit', { id: randomUUID(), text: TEXT, capacity: 'individual' });
    expect(quick).toMatchObject({
      ok: true,
      pledge: {
        stakeholderGroup: panelists[0]!.stakeholderGroup,
        regionalGroup: null,
        themes: [],
        sdgTargets: [],
        timeframe: { kind: 'next-igf' },
        visibility: 'public',
        deliverables: [],
        partners: [],
      },
    });
    const id = quick.ok ? (quick.pledge.id as string) : '';
    const full = {
      id,
      text: TEXT,
      capacity: 'organization',
      organization: 'West Africa ICT Alliance',
      stakeholderGroup: 'Civil Society',
      regionalGroup: 'African Group',
      themes: ['data', 'inclusion', 'data'],
      sdgTargets: ['9.c', '17.16'],
      timeframe: { kind: 'date', date: '2026-06-30' },
      deliverables: [{ text: 'Open dataset published', due: '2026-03-31' }],
      partners: ['LACNIC'],
    };
    const edited = await phone.send('pledge:edit', { ...full, basedOn: quick.ok ? (quick.pledge.updatedAt as number) : 0 });
    expect(edited).toMatchObject({
      ok: true,
      pledge: { ...full, themes: ['data', 'inclusion'], visibility: 'public' },
    });
  });

  test('bad fields get clear errors and change nothing', async () => {
    const { phone } = await openRoundWithPhone(1);
    const before = await dumpPrefix(suite.server.prefix);
    const base = { id: randomUUID(), text: TEXT, capacity: 'individual' };
    const cases: [unknown, string, RegExp][] = [
      [{ ...base, sdgTargets: ['17.99'] }, 'invalid_payload', /SDG target "17\.99"/],
      [{ ...base, sdgTargets: ['nonsense'] }, 'invalid_payload', /SDG/],
      [{ ...base, text: 'x'.repeat(601) }, 'invalid_payload', /text/],
      [{ ...base, themes: ['space-travel'] }, 'unknown_theme', /space-travel/],
      [{ ...base, themes: ['Not A Theme!'] }, 'invalid_payload', /theme/],
      [{ ...base, regionalGroup: 'Atlantis' }, 'invalid_payload', /regionalGroup/],
      [{ ...base, timeframe: { kind: 'date', date: '2026-02-30' } }, 'invalid_payload', /date/],
      [{ ...base, timeframe: { kind: 'someday' } }, 'invalid_payload', /timeframe/],
      [{ ...base, deliverables: Array.from({ length: 6 }, () => ({ text: 'A deliverable', due: '2026-01-01' })) }, 'invalid_payload', /deliverables/],
      [{ ...base, visibility: 'secret' }, 'invalid_payload', /visibility/],
    ];
    for (const [payload, code, message] of cases) {
      const res = await phone.send('pledge:submit', payload);
      expect(res).toMatchObject({ ok: false, error: { code } });
      expect(!res.ok && res.error.message).toMatch(message);
    }
    expect(await dumpPrefix(suite.server.prefix)).toEqual(before);
  });

  test('a record-only pledge reaches moderators and its author, never a wall', async () => {
    const { phone, moderator, wallClient, wall, panelists } = await openRoundWithPhone(2);
    const res = await phone.send('pledge:submit', { id: randomUUID(), text: 'Record only: we will fund a local IXP study.', capacity: 'individual', visibility: 'record' });
    expect(res).toMatchObject({ ok: true, pledge: { visibility: 'record' } });
    const id = res.ok ? (res.pledge.id as string) : '';
    await moderator.waitForDelta('pledge', (d) => d.pledge.id === id);
    await phone.waitForDelta('pledge', (d) => d.pledge.id === id);
    // The wall hears that the panelist pledged, not what.
    await wallClient.waitForDelta('panel', (d) => d.entry.panelistId === panelists[2]!.id && d.entry.status === 'submitted');
    const basedOn = res.ok ? (res.pledge.updatedAt as number) : 0;
    const changed = await phone.send('pledge:edit', { id, basedOn, text: 'Record only: we will fund two local IXP studies.', capacity: 'individual', visibility: 'record' });
    await moderator.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.text.includes('two local'));
    await new Promise((r) => setTimeout(r, 150));
    const seen = JSON.stringify(wallClient.received);
    expect(seen).not.toContain('IXP');
    expect(seen).not.toContain(id);
    // The wall heard of both commits (their seqs), with nothing of the pledge in them.
    expect(wallClient.deltas('pledge')).toEqual([]);
    expect(wallClient.deltas('pledge-removed')).toEqual([]);
    // Late joiners: a wall's snapshot leaves it out; the moderator's has it.
    const late = wall();
    clients.push(late);
    expect((await late.snapshot()).pledges.map((p: Pledge) => p.id)).not.toContain(id);
    const sync = await moderator.send('session:sync');
    expect(sync.ok && (sync.snapshot as { pledges: Pledge[] }).pledges.map((p) => p.id)).toContain(id);
    // Public and record-only are chosen once.
    const current = changed.ok ? (changed.pledge.updatedAt as number) : 0;
    expect(await phone.send('pledge:edit', { id, basedOn: current, text: 'Now I want it on the wall.', capacity: 'individual', visibility: 'public' })).toMatchObject({
      ok: false,
      error: { code: 'visibility_locked' },
    });
  });
});
