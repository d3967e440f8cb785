/** Field names inside a session document, in one place for both store implementations. */
export const fields = {
  meta: 'meta',
  round: 'round',
  /** What the walls show (shared/stage.ts); absent: the initial stage. */
  stage: 'stage',
  seq: 'seq',
  participantPrefix: 'pt:',
  pledgePrefix: 'pl:',
  devicePrefix: 'dv:',
  audiencePrefix: 'au:',
  requestPrefix: 'rq:',
  invitePrefix: 'iv:',
  activityPrefix: 'ac:',
  moderatorKeyPrefix: 'mk:',
  /** A panelist's seat. */
  participant: (panelistId: string) => `pt:${panelistId}`,
  pledge: (pledgeId: string) => `pl:${pledgeId}`,
  /** What a device token's digest stands for: a seat, an audience member or a request. */
  device: (tokenHash: string) => `dv:${tokenHash}`,
  audience: (memberId: string) => `au:${memberId}`,
  request: (requestId: string) => `rq:${requestId}`,
  /** A panelist's personal invite token. */
  invite: (panelistId: string) => `iv:${panelistId}`,
  /** A moderator link's key, per seat (onsite, online). */
  moderatorKey: (seat: 'onsite' | 'online') => `mk:${seat}`,
  activity: (entryId: string) => `ac:${entryId}`,
} as const;

/** Redis keys, all under a configurable prefix so several deployments or test runs share one Redis. */
export function redisKeys(prefix: string) {
  return {
    /** Hash tag braces keep every key of a session in one Redis Cluster slot. */
    session: (sessionId: string) => `${prefix}session:{${sessionId}}`,
    joinCode: (code: string) => `${prefix}joincode:${code}`,
    pledgeId: (pledgeId: string) => `${prefix}pledge:${pledgeId}`,
    sessionIndex: `${prefix}sessions`,
    eventSessions: (eventId: string) => `${prefix}event-sessions:${eventId}`,
    eventCodes: (eventId: string) => `${prefix}event-codes:${eventId}`,
    eventIndex: `${prefix}events`,
    record: (kind: 'event' | 'followup', id: string) => `${prefix}${kind}:${id}`,
    /** Support counts per pledge id, and the session's reaction version (field REACTION_VERSION). */
    reactions: (sessionId: string) => `${prefix}reactions:{${sessionId}}`,
    /** The pledge ids one browser (by its secret's digest: a phone's or an online viewer's wall) supports. */
    reacted: (sessionId: string, device: string) => `${prefix}reacted:{${sessionId}}:${device}`,
    /**
     * Where an online viewer's wall kept its supports before a browser's phone and wall pages
     * supported as one (`v:` and the digest): merged into `reacted` the first time it is read.
     */
    viewerReactedBefore: (sessionId: string, device: string) => `${prefix}reacted:{${sessionId}}:v:${device}`,
  };
}

/** The field of a session's reactions hash that counts every change (pledge ids are UUIDs, never this). */
export const REACTION_VERSION = 'v';
