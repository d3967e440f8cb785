import { moderate } from '../../server/domain/moderation';
import { markDrafting, panelistStatus } from '../../server/domain/panel';
import { editPledge, needsApproval, submitPledge, type Author } from '../../server/domain/pledge';
import { withMetaDefaults, type AudienceRecord, type Participant, type SeatRequestRecord, type SessionMeta } from '../../server/domain/records';
import { initialRound, openRound } from '../../server/domain/round';
import { answerRequest, claimSeat, publicRequest, type ClaimContext } from '../../server/domain/seats';
import { pledgeContentSchema, type Round } from '../../shared/schemas';

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
// The round most cases run in: open to the panel and the audience (audience pledges moderated).
const open = (openRound(draft, { pledgers: 'panel-and-audience' }, 10) as { ok: true; value: Round }).value;
const seat = (id = 'panelist-a', pledgeId: string | null = null): Participant => ({ panelistId: id, deviceTokenHash: 'd', claimedAt: 1, drafting: false, pledgeId });
const panelist = (id = 'panelist-a', pledgeId: string | null = null): Author => ({
  kind: 'panelist',
  id,
  pledgeId,
  panelist: meta.panelists.find((p) => p.id === id)!,
});
const member: AudienceRecord = { id: 'member-1', presence: 'online', name: 'Zoe', organization: 'Zoe Org', joinedAt: 1, deviceTokenHash: 'z', pledgeId: null };
const audience = (pledgeId: string | null = null): Author => ({ kind: 'audience', id: member.id, pledgeId, member });
const ID = '3f0c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11';
/** What a phone sends: `basedOn` is the stored version the text replaces (null: a new pledge). */
const content = (text = 'I will publish our data openly by June.', basedOn: number | null = null) =>
  pledgeContentSchema.parse({ id: ID, text, capacity: 'organization', organization: '', basedOn });

const claim = (over: Partial<ClaimContext>) =>
  claimSeat({ meta, seat: undefined, panelistId: 'panelist-a', deviceTokenHash: 'hash', inviteValid: true, ownRequest: undefined, now: 5, newRequestId: () => 'request-1', ...over });

describe('seats', () => {
  test('the invite seats its device on a free seat; unknown panelists are refused', () => {
    expect(claim({})).toEqual({
      ok: true,
      value: { kind: 'seated', changed: true, seat: { panelistId: 'panelist-a', deviceTokenHash: 'hash', claimedAt: 5, drafting: false, pledgeId: null } },
    });
    expect(claim({ panelistId: 'nobody-x' })).toMatchObject({ ok: false, error: { code: 'panelist_not_found' } });
    // A replaced invite is refused outright; no invite at all asks the moderators.
    expect(claim({ inviteValid: false })).toMatchObject({ ok: false, error: { code: 'invite_invalid' } });
    expect(claim({ inviteValid: null })).toMatchObject({
      ok: true,
      value: { kind: 'request', changed: true, request: { id: 'request-1', panelistId: 'panelist-a', deviceTokenHash: 'hash', state: 'pending', at: 5 } },
    });
  });

  test('a seat held by another device is never taken by a claim, even with the invite: the claim becomes a request', () => {
    expect(claim({ seat: seat() })).toMatchObject({ ok: true, value: { kind: 'request', request: { state: 'pending' } } });
    expect(claim({ seat: seat(), inviteValid: null })).toMatchObject({ ok: true, value: { kind: 'request' } });
  });

  test('claiming again is harmless: the holder gets its seat back, a waiting device its own request', () => {
    expect(claim({ seat: { ...seat(), deviceTokenHash: 'hash' }, inviteValid: false })).toMatchObject({ ok: true, value: { kind: 'seated', changed: false } });
    const own: SeatRequestRecord = { id: 'request-1', panelistId: 'panelist-a', deviceTokenHash: 'hash', state: 'pending', at: 2 };
    expect(claim({ seat: seat(), inviteValid: null, ownRequest: own })).toEqual({ ok: true, value: { kind: 'request', request: own, changed: false } });
    // A refused device may ask again.
    expect(claim({ seat: seat(), inviteValid: null, ownRequest: { ...own, state: 'refused' } })).toMatchObject({
      ok: true,
      value: { kind: 'request', changed: true, request: { state: 'pending', at: 5 } },
    });
  });

  test('a released seat (no device) can be claimed again with the invite and keeps its pledge', () => {
    const released = { ...seat(), deviceTokenHash: '', pledgeId: ID };
    expect(claim({ seat: released, deviceTokenHash: 'new' })).toMatchObject({ ok: true, value: { kind: 'seated', seat: { deviceTokenHash: 'new', pledgeId: ID } } });
  });

  test('admitting moves the seat to the waiting device (releasing the holder); refusing changes no seat', () => {
    const request: SeatRequestRecord = { id: 'request-1', panelistId: 'panelist-a', deviceTokenHash: 'new', state: 'pending', at: 2 };
    const held = seat('panelist-a', ID);
    expect(publicRequest(request, held)).toEqual({ id: 'request-1', panelistId: 'panelist-a', seatTaken: true, state: 'pending', at: 2 });
    expect(answerRequest(request, held, true, 9)).toEqual({
      ok: true,
      value: { request: { ...request, state: 'admitted' }, seat: { panelistId: 'panelist-a', deviceTokenHash: 'new', claimedAt: 9, drafting: false, pledgeId: ID }, displaced: 'd' },
    });
    expect(answerRequest(request, undefined, false, 9)).toEqual({ ok: true, value: { request: { ...request, state: 'refused' }, seat: null, displaced: null } });
    // An answered request cannot be answered again.
    expect(answerRequest({ ...request, state: 'admitted' }, held, true, 9)).toMatchObject({ ok: false, error: { code: 'request_not_found' } });
    expect(answerRequest(undefined, held, false, 9)).toMatchObject({ ok: false, error: { code: 'request_not_found' } });
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
    const r = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    expect(r).toMatchObject({
      ok: true,
      value: {
        created: true,
        changed: true,
        previous: undefined,
        pledge: {
          id: ID,
          participantId: 'panelist-a',
          authorRole: 'panelist',
          presence: null,
          name: 'Amina',
          organization: 'Org A',
          capacity: 'organization',
          stakeholderGroup: 'Civil Society',
          createdAt: 100,
          edits: [],
          updatedBy: { role: 'author' },
          status: 'visible',
          rejectReason: null,
        },
      },
    });
  });

  test('an individual-capacity pledge does not borrow the organization', () => {
    const c = pledgeContentSchema.parse({ id: ID, text: 'I will mentor two new fellows.', capacity: 'individual' });
    const r = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, c, 100);
    expect(r).toMatchObject({ ok: true, value: { pledge: { organization: '', capacity: 'individual' } } });
  });

  test('no pledge outside an open round', () => {
    expect(submitPledge({ meta, round: draft, author: panelist(), existing: undefined }, content(), 100)).toMatchObject({ ok: false, error: { code: 'round_not_open' } });
  });

  test('a retry with the same id is idempotent, even after the round closed', () => {
    const first = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    const closed = { ...open, state: 'closed' as const };
    const again = submitPledge({ meta, round: closed, author: panelist('panelist-a', ID), existing: first.value.pledge }, content(), 200);
    expect(again).toMatchObject({ ok: true, value: { created: false, changed: false, pledge: first.value.pledge } });
  });

  test('one pledge per panelist; someone else’s id is refused', () => {
    const other = '9a1c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11';
    expect(submitPledge({ meta, round: open, author: panelist('panelist-a', other), existing: undefined }, content(), 100)).toMatchObject({
      ok: false,
      error: { code: 'already_pledged' },
    });
    const first = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    expect(submitPledge({ meta, round: open, author: panelist('panelist-b'), existing: first.value.pledge }, content(), 100)).toMatchObject({
      ok: false,
      error: { code: 'not_your_pledge' },
    });
    expect(editPledge({ meta, round: open, author: panelist('panelist-b'), existing: first.value.pledge }, content('Something else entirely.'), 100)).toMatchObject({
      ok: false,
      error: { code: 'not_your_pledge' },
    });
  });

  test('editing keeps history with its author and is refused once closed', () => {
    const first = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    const edited = editPledge({ meta, round: open, author: panelist('panelist-a', ID), existing: first.value.pledge }, content('A better pledge text.', 100), 300);
    expect(edited).toMatchObject({
      ok: true,
      value: {
        changed: true,
        previous: first.value.pledge,
        pledge: { text: 'A better pledge text.', updatedAt: 300, edits: [{ text: 'I will publish our data openly by June.', at: 100, by: { role: 'author' } }] },
      },
    });
    const closed = { ...open, state: 'closed' as const };
    expect(editPledge({ meta, round: closed, author: panelist('panelist-a', ID), existing: first.value.pledge }, content('Too late now.', 100), 400)).toMatchObject({
      ok: false,
      error: { code: 'round_not_open' },
    });
    expect(editPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 400)).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
  });

  test('the audience pledges only when the round allows it, and waits for a moderator by default', () => {
    expect(submitPledge({ meta, round: { ...open, pledgers: 'panel' }, author: audience(), existing: undefined }, content(), 100)).toMatchObject({
      ok: false,
      error: { code: 'audience_closed' },
    });
    const r = submitPledge({ meta, round: open, author: audience(), existing: undefined }, content(), 100);
    expect(r).toMatchObject({
      ok: true,
      value: { pledge: { authorRole: 'audience', presence: 'online', name: 'Zoe', organization: 'Zoe Org', stakeholderGroup: 'Individual', status: 'pending' } },
    });
    expect(submitPledge({ meta, round: { ...open, moderation: 'none' }, author: audience(), existing: undefined }, content(), 100)).toMatchObject({
      ok: true,
      value: { pledge: { status: 'visible' } },
    });
    expect(submitPledge({ meta, round: { ...open, moderation: 'everything' }, author: panelist(), existing: undefined }, content(), 100)).toMatchObject({
      ok: true,
      value: { pledge: { status: 'pending' } },
    });
    expect([
      needsApproval('none', 'audience', 'public'),
      needsApproval('audience', 'panelist', 'public'),
      needsApproval('audience', 'audience', 'public'),
      needsApproval('everything', 'panelist', 'public'),
    ]).toEqual([false, false, true, true]);
    // Approval is for the walls: a record-only pledge never waits for it.
    expect([needsApproval('audience', 'audience', 'record'), needsApproval('everything', 'panelist', 'record')]).toEqual([false, false]);
    expect(
      submitPledge({ meta, round: { ...open, moderation: 'everything' }, author: panelist(), existing: undefined }, { ...content(), visibility: 'record' }, 100),
    ).toMatchObject({ ok: true, value: { pledge: { status: 'visible', visibility: 'record' } } });
  });

  test('an author’s edit sends a hidden pledge back to the queue, even a panelist’s in an unmoderated round', () => {
    const mine = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    if (!mine.ok) throw new Error();
    const hidden = moderate(mine.value.pledge, { kind: 'hide' }, 150);
    if (!hidden.ok) throw new Error();
    expect(editPledge({ meta, round: open, author: panelist('panelist-a', ID), existing: hidden.value }, content('A rewritten text.', hidden.value.updatedAt), 200)).toMatchObject({
      ok: true,
      value: { pledge: { status: 'pending', text: 'A rewritten text.' } },
    });
  });

  test('an author’s edit sends a rejected pledge (and a shown one that needs approval) back to the queue', () => {
    const first = submitPledge({ meta, round: open, author: audience(), existing: undefined }, content(), 100);
    if (!first.ok) throw new Error();
    const rejected = moderate(first.value.pledge, { kind: 'reject', reason: 'Please be specific' }, 150);
    if (!rejected.ok) throw new Error();
    expect(rejected.value).toMatchObject({ status: 'rejected', rejectReason: 'Please be specific' });
    const resubmitted = editPledge({ meta, round: open, author: audience(ID), existing: rejected.value }, content('I will publish three datasets openly by June.', 100), 200);
    expect(resubmitted).toMatchObject({ ok: true, value: { pledge: { status: 'pending', rejectReason: null } } });
    const approved = moderate(first.value.pledge, { kind: 'approve', basedOn: first.value.pledge.updatedAt }, 150);
    if (!approved.ok) throw new Error();
    const edited = editPledge({ meta, round: open, author: audience(ID), existing: approved.value }, content('I will publish four datasets openly by June.', 100), 200);
    expect(edited).toMatchObject({ ok: true, value: { pledge: { status: 'pending' } } });
    // A panelist's shown pledge stays shown when panel pledges are not moderated.
    const mine = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    if (!mine.ok) throw new Error();
    expect(editPledge({ meta, round: open, author: panelist('panelist-a', ID), existing: mine.value.pledge }, content('A changed text.', 100), 200)).toMatchObject({
      ok: true,
      value: { pledge: { status: 'visible' } },
    });
  });
});

describe('versions', () => {
  const stored = (() => {
    const r = submitPledge({ meta, round: open, author: panelist(), existing: undefined }, content(), 100);
    if (!r.ok) throw new Error();
    return r.value.pledge;
  })();
  const ctx = (existing = stored) => ({ meta, round: open, author: panelist('panelist-a', ID), existing });
  const newer = (() => {
    const r = editPledge(ctx(), content('I will publish all our data openly by June.', 100), 200);
    if (!r.ok) throw new Error();
    return r.value.pledge;
  })();

  test('a write based on an older version changes nothing and answers with the stored pledge', () => {
    // A late resend of the first submit (based on no version) after the edit.
    expect(submitPledge(ctx(newer), content(), 300)).toEqual({ ok: false, error: { code: 'pledge_changed', message: expect.any(String), current: newer } });
    // An edit typed on the first version, arriving after the newer one.
    expect(editPledge(ctx(newer), content('I will publish some data by June.', 100), 300)).toMatchObject({ ok: false, error: { code: 'pledge_changed', current: newer } });
    // Also while the round is closed: the phone learns what is stored instead of holding a stale text.
    expect(editPledge({ ...ctx(newer), round: { ...open, state: 'closed' } }, content('I will publish some data by June.', 100), 300)).toMatchObject({
      ok: false,
      error: { code: 'pledge_changed' },
    });
  });

  test('a submit based on nothing never replaces a stored text, not even the first one', () => {
    expect(submitPledge(ctx(), content('I will publish our data openly by May.'), 300)).toMatchObject({ ok: false, error: { code: 'pledge_changed', current: stored } });
  });

  test('what is stored already is a plain success, whatever it was based on', () => {
    expect(editPledge(ctx(newer), content(newer.text, 100), 300)).toEqual({ ok: true, value: { pledge: newer, previous: newer, created: false, changed: false } });
    expect(submitPledge(ctx(newer), content(newer.text), 300)).toMatchObject({ ok: true, value: { created: false, changed: false } });
  });

  test('an author’s edit begun before a moderator’s fix meets the fix; based on the fix it applies', () => {
    const by = { role: 'moderator' as const, seat: 'onsite' as const, name: 'Nnenna' };
    const fixed = moderate(newer, { kind: 'fix', text: 'I will publish all of our data openly by June.', basedOn: newer.updatedAt, by }, 300);
    if (!fixed.ok) throw new Error();
    expect(editPledge(ctx(fixed.value), content('I will publish all our data openly by July.', newer.updatedAt), 400)).toMatchObject({
      ok: false,
      error: { code: 'pledge_changed', current: { text: 'I will publish all of our data openly by June.', updatedBy: by } },
    });
    expect(editPledge(ctx(fixed.value), content('I will publish all our data openly by July.', fixed.value.updatedAt), 400)).toMatchObject({
      ok: true,
      value: { pledge: { text: 'I will publish all our data openly by July.', updatedBy: { role: 'author' }, updatedAt: 400 } },
    });
  });

  test('versions always move forward, within one millisecond and when the clock steps back', () => {
    const same = editPledge(ctx(newer), content('I will publish all our data openly by May.', newer.updatedAt), newer.updatedAt);
    expect(same).toMatchObject({ ok: true, value: { pledge: { updatedAt: newer.updatedAt + 1 } } });
    const back = editPledge(ctx(newer), content('I will publish all our data openly by May.', newer.updatedAt), 50);
    expect(back).toMatchObject({ ok: true, value: { pledge: { updatedAt: newer.updatedAt + 1 } } });
  });
});

describe('moderation', () => {
  const pending = (() => {
    const r = submitPledge({ meta, round: open, author: audience(), existing: undefined }, content(), 100);
    if (!r.ok) throw new Error();
    return r.value.pledge;
  })();
  const by = { role: 'moderator' as const, seat: 'online' as const, name: 'Paola' };

  test('approving is based on the version read: a pledge changed since is not approved', () => {
    expect(moderate(pending, { kind: 'approve', basedOn: pending.updatedAt - 1 }, 200)).toMatchObject({ ok: false, error: { code: 'pledge_changed' } });
  });

  test('each action applies only in its state', () => {
    const shown = moderate(pending, { kind: 'approve', basedOn: pending.updatedAt }, 200);
    expect(shown).toMatchObject({ ok: true, value: { status: 'visible' } });
    if (!shown.ok) throw new Error();
    expect(moderate(shown.value, { kind: 'approve', basedOn: shown.value.updatedAt }, 300)).toMatchObject({ ok: false, error: { code: 'wrong_status' } });
    expect(moderate(shown.value, { kind: 'reject', reason: 'x' }, 300)).toMatchObject({ ok: false, error: { code: 'wrong_status' } });
    expect(moderate(shown.value, { kind: 'unhide' }, 300)).toMatchObject({ ok: false, error: { code: 'wrong_status' } });
    const hidden = moderate(shown.value, { kind: 'hide' }, 300);
    expect(hidden).toMatchObject({ ok: true, value: { status: 'hidden' } });
    if (!hidden.ok) throw new Error();
    expect(moderate(hidden.value, { kind: 'hide' }, 400)).toMatchObject({ ok: false, error: { code: 'wrong_status' } });
    expect(moderate(hidden.value, { kind: 'unhide' }, 400)).toMatchObject({ ok: true, value: { status: 'visible' } });
    expect(moderate(pending, { kind: 'hide' }, 400)).toMatchObject({ ok: false, error: { code: 'wrong_status' } });
    expect(moderate(undefined, { kind: 'approve', basedOn: 0 }, 400)).toMatchObject({ ok: false, error: { code: 'pledge_not_found' } });
    // A rejected pledge may still be approved (the reason goes).
    const rejected = moderate(pending, { kind: 'reject', reason: 'Off topic' }, 200);
    if (!rejected.ok) throw new Error();
    expect(moderate(rejected.value, { kind: 'approve', basedOn: rejected.value.updatedAt }, 300)).toMatchObject({ ok: true, value: { status: 'visible', rejectReason: null } });
  });

  test('a fix keeps the author’s version in the history, names the moderator, and never overwrites a newer text', () => {
    const fixed = moderate(pending, { kind: 'fix', text: 'I will publish our data openly by July.', basedOn: pending.updatedAt, by }, 500);
    expect(fixed).toMatchObject({
      ok: true,
      value: { text: 'I will publish our data openly by July.', updatedBy: by, updatedAt: 500, edits: [{ text: pending.text, by: { role: 'author' } }], status: 'pending' },
    });
    expect(moderate(pending, { kind: 'fix', text: 'Something else entirely.', basedOn: pending.updatedAt - 1, by }, 500)).toMatchObject({
      ok: false,
      error: { code: 'pledge_changed' },
    });
    expect(moderate(pending, { kind: 'fix', text: pending.text, basedOn: pending.updatedAt, by }, 600)).toEqual({ ok: true, value: pending });
  });
});
