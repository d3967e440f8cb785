import { randomUUID } from 'node:crypto';
import type { ClientEventName } from '../../shared/protocol';

/**
 * A corpus of malformed and hostile input across every socket event and HTTP route. Each one
 * must get an error, leave the store unchanged, and leave the server serving everyone else.
 */
const deep = (depth: number) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const deepArray = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
export const label = (v: unknown) => {
  try {
    return String(JSON.stringify(v)).slice(0, process.env.DEBUG_CORPUS ? 400 : 60);
  } catch {
    return '(unprintable)';
  }
};

/** Values that are wrong wherever a payload object is expected. */
export const HOSTILE_PAYLOADS: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  'x'.repeat(20_000),
  [],
  [1, 2, 3],
  deep(200),
  deepArray(2000),
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  { $where: 'sleep(1000)' },
];

/**
 * Field-level attacks on each event's own fields; `other` holds ids from another session, `own`
 * a shown pledge of this session (which moderation commands may not apply to in its state).
 */
export function fieldAttacks(event: ClientEventName, other: { panelistId: string; pledgeId: string }, own: { pledgeId: string; updatedAt: number }): unknown[] {
  const id = randomUUID();
  const text = 'A perfectly reasonable pledge text.';
  switch (event) {
    case 'pledge:submit':
    case 'pledge:edit':
      return [
        { id, text: 'short', capacity: 'individual' },
        { id, text: 'y'.repeat(601), capacity: 'individual' },
        { id, text: 'z'.repeat(200_00), capacity: 'individual' },
        { id, text: '   \u0000\u0007\u202E   ', capacity: 'individual' },
        { id, text: 'Invalid \uD800 surrogate in text', capacity: 'individual' },
        { id: 'not-a-uuid', text, capacity: 'individual' },
        { id: '../../etc/passwd', text, capacity: 'individual' },
        { id, text, capacity: 'king' },
        { id, text, capacity: 'individual', organization: 'o'.repeat(500) },
        { id, text, capacity: 'individual', admin: true },
        { id, text: { $gt: '' }, capacity: 'individual' },
        { id, text: ['array', 'of', 'strings'], capacity: 'individual' },
        { id: other.pledgeId, text, capacity: 'individual' },
        // Versions that are not (negative, fractional, a string); follow-up secrets too short, too long, not base64url.
        ...[-1, 1.5, '1'].map((basedOn) => ({ id, text, capacity: 'individual', basedOn })),
        ...['short', 'A'.repeat(129), 'not base64url: ++++++++++++'].map((followUpToken) => ({ id, text, capacity: 'individual', followUpToken })),
        // Someone else's pledge, based on its current version and with a new link's secret.
        { id: own.pledgeId, text, capacity: 'individual', basedOn: own.updatedAt, followUpToken: 'B'.repeat(22) },
      ];
    case 'panelist:claim':
      return [{ panelistId: other.panelistId }, { panelistId: '' }, { panelistId: 'x'.repeat(100) }, { panelistId: '<script>' }, { panelistId: 12345678 }];
    case 'pledge:drafting':
      return [{ drafting: 'yes' }, { drafting: 1 }, { drafting: null }];
    case 'pledge:follow-up':
      // Someone else's pledge, a malformed id, a pledge that does not exist, extra keys.
      // …and a link's secret for a pledge not the caller's, or too short.
      const link = [{ pledgeId: own.pledgeId, followUpToken: 'C'.repeat(22) }, { pledgeId: id, followUpToken: 'short' }];
      return [{ pledgeId: other.pledgeId }, { pledgeId: 'nope' }, { pledgeId: id }, { pledgeId: id, token: 'x' }, ...link, {}];
    case 'round:open':
      return [{ prompt: '' }, { prompt: 'p'.repeat(501) }, { countdownSeconds: 5 }, { countdownSeconds: 1e9 }, { countdownSeconds: 1.5 }, { prompt: 'ok', extra: 1 }];
    case 'round:prompt':
      return [{ prompt: '' }, { prompt: '\u0000\u0000' }, { prompt: 42 }, { prompt: 'Bad \uDC00 surrogate' }];
    case 'round:countdown':
      return [{ countdownSeconds: -10 }, { countdownSeconds: '60' }, {}, { countdownSeconds: 60, autoClose: 'yes' }];
    case 'stage:wall':
      return [{ view: 'disco' }, { order: 'random' }, {}, { view: 'grid', extra: 1 }, { view: null }];
    case 'stage:spotlight':
      // Another session's pledge, one that does not exist, a malformed id, a rotation out of range.
      return [{ pledgeId: other.pledgeId }, { pledgeId: id }, { pledgeId: 'nope' }, { pledgeId: own.pledgeId, rotateSeconds: 1 }, { pledgeId: own.pledgeId, rotateSeconds: 1e6 }, {}];
    case 'stage:order':
      return [{ panelistIds: [] }, { panelistIds: [other.panelistId] }, { panelistIds: ['a', 'a'] }, { panelistIds: 'all' }, {}];
    case 'stage:call':
      return [{ panelistId: other.panelistId }, { panelistId: '../../x' }, {}];
    case 'reaction:set':
      return [{ pledgeId: other.pledgeId, on: true }, { pledgeId: id, on: true }, { pledgeId: 'nope', on: true }, { pledgeId: own.pledgeId, on: 'yes' }, {}];
    case 'panelist:nudge':
    case 'panelist:release':
    case 'seat:withdraw':
      return [{ panelistId: other.panelistId }, { panelistId: '../../x' }, {}];
    case 'round:close':
    case 'round:last-call':
    case 'session:sync':
    case 'conn:check':
    case 'panel:invites':
    case 'pledge:approve-all':
      return [{ unexpected: true }];
    case 'audience:join':
      // Sent by a seated panelist: even a well-formed one is refused (one device, one role).
      return [{ presence: 'onsite' }, { presence: 'mars' }, { presence: 'online', name: 'n'.repeat(500) }, { presence: 'online', name: { $gt: '' } }, { presence: 'onsite', admin: true }, {}];
    case 'round:settings':
      return [{ pledgers: 'everyone' }, { moderation: 'some' }, { moderation: null }, { pledgers: 'panel', extra: 1 }];
    case 'panelist:reinvite':
      return [{ panelistId: other.panelistId }, { panelistId: '../../x' }, {}];
    case 'seat:admit':
    case 'seat:refuse':
      return [{ requestId: 'no-such-request' }, { requestId: '../../x' }, { requestId: 12345678 }, {}];
    case 'pledge:approve':
    case 'pledge:hide':
    case 'pledge:unhide':
      // Another session's pledge, none, a malformed id; approving or showing again a shown pledge.
      return [{ pledgeId: other.pledgeId }, { pledgeId: id }, { pledgeId: 'nope' }, {}, ...(event === 'pledge:hide' ? [] : [{ pledgeId: own.pledgeId }])];
    case 'pledge:reject':
      return [
        { pledgeId: other.pledgeId, reason: 'Off topic' },
        { pledgeId: own.pledgeId, reason: 'A shown pledge cannot be rejected' },
        { pledgeId: own.pledgeId, reason: '' },
        { pledgeId: own.pledgeId, reason: 'r'.repeat(301) },
        { pledgeId: own.pledgeId },
      ];
    case 'pledge:fix':
      return [
        { pledgeId: own.pledgeId, text, basedOn: own.updatedAt - 1 },
        { pledgeId: other.pledgeId, text, basedOn: own.updatedAt },
        { pledgeId: own.pledgeId, text: 'short', basedOn: own.updatedAt },
        { pledgeId: own.pledgeId, text, basedOn: -1 },
        { pledgeId: own.pledgeId, text, basedOn: 1.5 },
        { pledgeId: own.pledgeId, text },
      ];
    default: {
      const never: never = event;
      return never;
    }
  }
}
