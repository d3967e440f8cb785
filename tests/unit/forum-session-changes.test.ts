import { applyFrame, applySessionChanges, emptyModel, mergeSessions } from '../../client/store/forum';
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
  test('the session is relabelled (as at the change\'s seq); the others and the pledges stay as they are', () => {
    const frame: ForumFrame = { deltas: [changed('session-a', 5, 'Commitments to Action, renamed', 'Plenary Hall')] };
    expect(applySessionChanges(SESSIONS, frame)).toEqual([
      { id: 'session-a', code: 'WS #216', title: 'Commitments to Action, renamed', room: 'Plenary Hall', start: '2025-06-24T10:00', seq: 5 },
      SESSIONS[1],
    ]);
    const model = emptyModel();
    expect(applyFrame(model, frame, 10)).toEqual({ model, added: [], unknownSession: false });
  });

  test('a frame without session changes leaves the list as it is', () => {
    expect(applySessionChanges(SESSIONS, { deltas: [] })).toBe(SESSIONS);
  });

  test('a change that comes again, or crosses a newer one, is dropped; the newest of a frame wins', () => {
    const renamed = applySessionChanges(SESSIONS, { deltas: [changed('session-a', 7, 'Renamed twice', 'Plenary Hall')] });
    expect(applySessionChanges(renamed, { deltas: [changed('session-a', 6, 'Renamed once', 'Room 1')] })).toBe(renamed);
    expect(applySessionChanges(renamed, { deltas: [changed('session-a', 7, 'Renamed twice', 'Plenary Hall')] })).toBe(renamed);
    const both = applySessionChanges(SESSIONS, { deltas: [changed('session-a', 9, 'Latest', 'Room 9'), changed('session-a', 8, 'Earlier', 'Room 8')] });
    expect(both[0]).toMatchObject({ title: 'Latest', room: 'Room 9', seq: 9 });
  });

  test('a snapshot read before a change the wall holds keeps the change; one read at or after it replaces it', () => {
    const renamed = applySessionChanges(SESSIONS, { deltas: [changed('session-a', 6, 'Commitments to Action, renamed', 'Plenary Hall')] });
    const newcomer = { id: 'session-c', code: 'MS #3', title: 'Main Session', room: '', start: null, seq: 1 };
    // Read at seq 5 (before the change at 6), in the snapshot's order, with a session the wall did not know.
    const older = mergeSessions(renamed, [{ ...SESSIONS[0]!, seq: 5 }, SESSIONS[1]!, newcomer]);
    expect(older).toEqual([renamed[0], SESSIONS[1], newcomer]);
    const newer = { ...SESSIONS[0]!, title: 'Renamed again', seq: 6 };
    expect(mergeSessions(renamed, [newer, SESSIONS[1]!])).toEqual([newer, SESSIONS[1]]);
  });
});
