import { applyFrame, applySessionChanges, emptyModel } from '../../client/store/forum';
import type { ForumFrame, ForumSession } from '../../shared/forum';

const SESSIONS: ForumSession[] = [
  { id: 'session-a', code: 'WS #215', title: 'Commitments to Action', room: 'Room 3', start: '2025-06-24T09:00', seq: 4 },
  { id: 'session-b', code: 'OF #12', title: 'Open Forum', room: '', start: null, seq: 2 },
];

const changed = (sessionId: string, seq: number, title: string, room: string): ForumFrame['deltas'][number] => ({
  kind: 'session',
  seq,
  sessionId,
  session: {
    id: sessionId,
    code: 'WS #216',
    title,
    joinCode: 'ABCDEF',
    createdAt: 1,
    panelists: [],
    eventId: 'event-1',
    themes: [],
    details: { start: '2025-06-24T10:00', end: null, room, format: '', moderator: '', onlineModerator: '', rapporteur: '', policyQuestions: [] },
  },
});

describe('a forum wall hears that an organizer changed a session', () => {
  test('the session is relabelled; the others and the pledges stay as they are', () => {
    const frame: ForumFrame = { deltas: [changed('session-a', 5, 'Commitments to Action, renamed', 'Plenary Hall')] };
    expect(applySessionChanges(SESSIONS, frame)).toEqual([
      { id: 'session-a', code: 'WS #216', title: 'Commitments to Action, renamed', room: 'Plenary Hall', start: '2025-06-24T10:00', seq: 4 },
      SESSIONS[1],
    ]);
    const model = emptyModel();
    expect(applyFrame(model, frame, 10)).toEqual({ model, added: [], unknownSession: false });
  });

  test('a frame without session changes leaves the list as it is', () => {
    expect(applySessionChanges(SESSIONS, { deltas: [] })).toBe(SESSIONS);
  });
});
