import type { Pledge } from '../../shared/schemas';

/** A stored pledge with every field, for unit tests; a panelist's, visible, unless overridden. */
export function samplePledge(overrides: Partial<Pledge> = {}): Pledge {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    sessionId: 'session-1',
    participantId: 'panelist-a',
    authorRole: 'panelist',
    presence: null,
    name: 'Amina',
    organization: 'Org A',
    stakeholderGroup: 'Civil Society',
    capacity: 'individual',
    text: 'We will publish our data.',
    regionalGroup: null,
    themes: [],
    sdgTargets: [],
    timeframe: { kind: 'next-igf' },
    visibility: 'public',
    deliverables: [],
    partners: [],
    createdAt: 1,
    updatedAt: 1,
    updatedBy: { role: 'author' },
    edits: [],
    status: 'visible',
    rejectReason: null,
    ...overrides,
  };
}
