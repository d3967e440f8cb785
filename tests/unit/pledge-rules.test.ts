import { claimSeat, markDrafting, panelistStatus } from '../../server/domain/panel';
import { editPledge, submitPledge } from '../../server/domain/pledge';
import { withMetaDefaults, type Participant, type SessionMeta } from '../../server/domain/records';
import { initialRound, openRound } from '../../server/domain/round';
import { pledgeContentSchema } from '../../shared/schemas';

const meta: SessionMeta = withMetaDefaults({
  id: 'session-1',
  code: 'WS #1',
  title: 'T',
  joinCode: 'ABCDEF',
  createdAt: 0,
  moderatorKeyHash: 'h',
  panelists: [
    { id: 'panelist-a', name: 'Amina', organization: 'Org A', stakeholderGroup: 'Civil Society' },
    { id: 'panelist-b', name: 'Ben', organization: 'Org B', stakeholderGroup: 'Government' },
  ],
} as unknown as SessionMeta);
const draft = initialRound('P', 0);
const open = (openRound(draft, {}, 10) as { ok: true; value: typeof draft }).value;
const seat = (id = 'panelist-a'): Participant => ({ panelistId: id, deviceTokenHash: 'd', claimedAt: 1, drafting: false, pledgeId: null });
const ID = '3f0c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11';
const content = (text = 'I will publish our data openly by June.') => pledgeContentSchema.parse({ id: ID, text, capacity: 'organization', organization: '' });

describe('seats', () => {
  test('a panelist seat is claimed once; unknown panelists are refused', () => {
    const claimed = claimSeat(meta, undefined, 'panelist-a', 'hash', 5);
    expect(claimed).toEqual({ ok: true, value: { panelistId: 'panelist-a', deviceTokenHash: 'hash', claimedAt: 5, drafting: false, pledgeId: null } });
    expect(claimSeat(meta, seat(), 'panelist-a', 'other', 6)).toMatchObject({ ok: false, error: { code: 'panelist_taken' } });
    expect(claimSeat(meta, undefined, 'nobody-x', 'hash', 5)).toMatchObject({ ok: false, error: { code: 'panelist_not_found' } });
  });

  test('a released seat (no device) can be claimed again and keeps its pledge', () => {
    const released = { ...seat(), deviceTokenHash: '', pledgeId: ID };
    expect(claimSeat(meta, released, 'panelist-a', 'new', 9)).toMatchObject({ ok: true, value: { deviceTokenHash: 'new', pledgeId: ID } });
  });

  test('status follows the seat', () => {
    expect(panelistStatus(undefined)).toBe('not_joined');
    expect(panelistStatus(seat())).toBe('joined');
    expect(panelistStatus({ ...seat(), drafting: true })).toBe('drafting');
    expect(panelistStatus({ ...seat(), drafting: true, pledgeId: ID })).toBe('submitted');
  });

  test('drafting changes only when it means something', () => {
    expect(markDrafting(seat(), false)).toBeNull();
    expect(markDrafting(seat(), true)).toMatchObject({ drafting: true });
    expect(markDrafting({ ...seat(), pledgeId: ID }, true)).toBeNull();
  });
});

describe('pledges', () => {
  test('submitting in an open round creates the pledge with the panelist identity', () => {
    const r = submitPledge({ meta, round: open, participant: seat(), existing: undefined }, content(), 100);
    expect(r).toMatchObject({
      ok: true,
      value: {
        created: true,
        changed: true,
        pledge: { id: ID, participantId: 'panelist-a', name: 'Amina', organization: 'Org A', capacity: 'organization', stakeholderGroup: 'Civil Society', createdAt: 100, edits: [] },
        participant: { pledgeId: ID, drafting: false },
      },
    });
  });

  test('an individual-capacity pledge does not borrow the organization', () => {
    const c = pledgeContentSchema.parse({ id: ID, text: 'I will mentor two new fellows.', capacity: 'individual' });
    const r = submitPledge({ meta, round: open, participant: seat(), existing: undefined }, c, 100);
    expect(r).toMatchObject({ ok: true, value: { pledge: { organization: '', capacity: 'individual' } } });
  });

  test('no pledge outside an open round', () => {
    expect(submitPledge({ meta, round: draft, participant: seat(), existing: undefined }, content(), 100)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
  });

  test('a retry with the same id is idempotent, even after the round closed', () => {
    const first = submitPledge({ meta, round: open, participant: seat(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    const closed = { ...open, state: 'closed' as const };
    const again = submitPledge({ meta, round: closed, participant: first.value.participant, existing: first.value.pledge }, content(), 200);
    expect(again).toMatchObject({ ok: true, value: { created: false, changed: false, pledge: first.value.pledge } });
  });

  test('one pledge per panelist; someone else’s id is refused', () => {
    const other = '9a1c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11';
    expect(
      submitPledge({ meta, round: open, participant: { ...seat(), pledgeId: other }, existing: undefined }, content(), 100),
    ).toMatchObject({ ok: false, error: { code: 'already_pledged' } });
    const first = submitPledge({ meta, round: open, participant: seat(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    expect(submitPledge({ meta, round: open, participant: seat('panelist-b'), existing: first.value.pledge }, content(), 100)).toMatchObject({
      ok: false,
      error: { code: 'not_your_pledge' },
    });
    expect(editPledge({ meta, round: open, participant: seat('panelist-b'), existing: first.value.pledge }, content('Something else entirely.'), 100)).toMatchObject({
      ok: false,
      error: { code: 'not_your_pledge' },
    });
  });

  test('editing keeps history and is refused once closed', () => {
    const first = submitPledge({ meta, round: open, participant: seat(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    const edited = editPledge({ meta, round: open, participant: first.value.participant, existing: first.value.pledge }, content('A better pledge text.'), 300);
    expect(edited).toMatchObject({ ok: true, value: { changed: true, pledge: { text: 'A better pledge text.', updatedAt: 300, edits: [{ text: 'I will publish our data openly by June.', at: 100 }] } } });
    const closed = { ...open, state: 'closed' as const };
    expect(editPledge({ meta, round: closed, participant: first.value.participant, existing: first.value.pledge }, content('Too late now.'), 400)).toMatchObject({
      ok: false,
      error: { code: 'round_not_open' },
    });
    expect(editPledge({ meta, round: open, participant: seat(), existing: undefined }, content(), 400)).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
  });
});
