import { samplePledge } from '../helpers/pledges';
import { applyDelta, resetSession } from '../../client/store/session';
import { initialRound } from '../../server/domain/round';
import { initialStage } from '../../shared/stage';
import { deltaKey } from '../../server/realtime/coalescer';
import type { DeltaKind, SessionDelta } from '../../shared/protocol';

/**
 * Every kind of delta the protocol has, and the places that must handle each: the server's
 * batching (`deltaKey`) and the clients' store (`applyDelta`). Both end their `switch` in a
 * `never` check, so a new kind fails to compile there until handled; this test (type-checked by
 * `npm run typecheck`) also fails to compile until the kind is listed and has a sample below, and
 * then checks at run time that both really take it.
 */
const DELTA_KINDS = ['round', 'panel', 'pledge', 'pledge-removed', 'request', 'audience', 'activity', 'stage', 'session'] as const;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const listsEveryKind: Equal<(typeof DELTA_KINDS)[number], DeltaKind> = true;

const PLEDGE_ID = '11111111-1111-4111-8111-111111111111';

/** One delta of each kind (a mapped type: a kind without a sample does not compile). */
const SAMPLES: { [K in DeltaKind]: Extract<SessionDelta, { kind: K }> } = {
  round: { seq: 1, kind: 'round', round: initialRound('P', 1) },
  panel: { seq: 2, kind: 'panel', entry: { panelistId: 'panelist-a', status: 'joined', seated: true } },
  pledge: {
    seq: 3,
    kind: 'pledge',
    pledge: samplePledge({
      id: PLEDGE_ID,
      participantId: 'member-1',
      authorRole: 'audience',
      presence: 'online',
      name: '',
      organization: '',
      stakeholderGroup: 'Individual',
      createdAt: 3,
      updatedAt: 3,
    }),
  },
  'pledge-removed': { seq: 4, kind: 'pledge-removed', pledgeId: PLEDGE_ID },
  request: { seq: 5, kind: 'request', request: { id: 'request-1', panelistId: 'panelist-a', seatTaken: false, state: 'pending', at: 5 } },
  audience: { seq: 6, kind: 'audience', member: { id: 'member-1', presence: 'online', name: '', organization: '', joinedAt: 6 } },
  activity: { seq: 7, kind: 'activity', entry: { id: 'entry-1', at: 7, actor: { role: 'organizer' }, action: 'moderator-link', subject: '', detail: 'online' } },
  stage: { seq: 8, kind: 'stage', stage: { ...initialStage(8), view: 'cloud' } },
  session: {
    seq: 9,
    kind: 'session',
    session: {
      id: 'session-1',
      code: 'WS #1',
      title: 'Renamed',
      joinCode: 'ABCDEF',
      createdAt: 1,
      panelists: [],
      eventId: null,
      themes: [],
      details: { start: null, end: null, room: 'Room 2', format: '', moderator: '', onlineModerator: '', rapporteur: '', policyQuestions: [] },
    },
  },
};

describe('every kind of delta is handled end to end', () => {
  test('the list of kinds is the protocol’s', () => {
    expect(listsEveryKind).toBe(true);
    expect(Object.keys(SAMPLES).sort()).toEqual([...DELTA_KINDS].sort());
  });

  test.each(DELTA_KINDS)('%s: the server batches it by entity and a client applies it', (kind) => {
    resetSession();
    const delta = SAMPLES[kind];
    expect(deltaKey(delta)).toEqual(expect.any(String));
    expect(applyDelta(delta)).toBe(true);
    // The same delta again is a duplicate (replays and recoveries deliver some twice).
    expect(applyDelta(delta)).toBe(false);
  });
});
