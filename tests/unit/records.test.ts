import { decodeDeviceRef } from '../../server/domain/records';
import { decodeDoc, decodePledge, decodeRound } from '../../server/service/codec';

/** Sessions stored before moderation, audiences and invites existed read with sensible defaults. */
describe('records stored by earlier versions', () => {
  const oldPledge = {
    id: '11111111-1111-4111-8111-111111111111',
    sessionId: 'session-1',
    participantId: 'panelist-a',
    name: 'Amina',
    organization: 'Org A',
    stakeholderGroup: 'Civil Society',
    capacity: 'individual',
    text: 'We will publish our data openly.',
    regionalGroup: null,
    themes: [],
    sdgTargets: [],
    timeframe: { kind: 'next-igf' },
    visibility: 'public',
    deliverables: [],
    partners: [],
    createdAt: 1,
    updatedAt: 2,
    edits: [{ text: 'We will publish data.', capacity: 'individual', organization: '', at: 1 }],
  };
  const oldRound = { state: 'open', prompt: 'P', countdownEndsAt: null, openedAt: 1, closedAt: null, updatedAt: 1 };

  test('an old pledge is a visible panelist pledge written by its author', () => {
    expect(decodePledge(JSON.stringify(oldPledge))).toEqual({
      ...oldPledge,
      authorRole: 'panelist',
      presence: null,
      status: 'visible',
      rejectReason: null,
      updatedBy: { role: 'author' },
      edits: [{ ...oldPledge.edits[0], by: { role: 'author' } }],
    });
  });

  test('an old round lets the panel pledge; audience pledges, once allowed, are moderated', () => {
    expect(decodeRound(JSON.stringify(oldRound))).toEqual({ ...oldRound, pledgers: 'panel', moderation: 'audience', lastCallAt: null, autoClose: false });
  });

  test('an old device field (a bare panelist id) is that panelist’s seat', () => {
    expect(decodeDeviceRef('panelist-a')).toEqual({ kind: 'panelist', id: 'panelist-a' });
    expect(decodeDeviceRef({ kind: 'audience', id: 'member-1' })).toEqual({ kind: 'audience', id: 'member-1' });
    expect(decodeDeviceRef(undefined)).toBeUndefined();
  });

  test('an old session document has no invites, moderator keys, audience, requests or activity', () => {
    const meta = { id: 'session-1', code: 'WS #1', title: 'T', joinCode: 'ABCDEF', createdAt: 0, moderatorKeyHash: 'h', panelists: [] };
    const doc = decodeDoc({ meta: JSON.stringify(meta), round: JSON.stringify(oldRound), seq: '4', [`pl:${oldPledge.id}`]: JSON.stringify(oldPledge) });
    expect(doc).toMatchObject({ seq: 4, moderatorKeys: {}, activity: [], round: { moderation: 'audience' }, pledges: [{ status: 'visible' }] });
    expect([doc.invites.size, doc.audience.size, doc.requests.size]).toEqual([0, 0, 0]);
    expect(doc.meta).toMatchObject({ eventId: null, moderatorKeyHash: 'h', details: { moderator: '', onlineModerator: '', policyQuestions: [] } });
  });

  test('a session stored with schedule details but before policy questions keeps its details and has none', () => {
    const details = { start: '2025-06-24T09:00', end: null, room: 'Room 3', format: 'Roundtable', moderator: 'M', onlineModerator: 'O', rapporteur: 'R' };
    const meta = { id: 'session-1', code: 'WS #1', title: 'T', joinCode: 'ABCDEF', createdAt: 0, panelists: [], eventId: null, themes: [], details };
    const doc = decodeDoc({ meta: JSON.stringify(meta), round: JSON.stringify(oldRound), seq: '1' });
    expect(doc.meta.details).toEqual({ ...details, policyQuestions: [] });
  });
});
