/** Field names inside a session document, in one place for both store implementations. */
export const fields = {
  meta: 'meta',
  round: 'round',
  seq: 'seq',
  participantPrefix: 'pt:',
  pledgePrefix: 'pl:',
  devicePrefix: 'dv:',
  participant: (panelistId: string) => `pt:${panelistId}`,
  pledge: (pledgeId: string) => `pl:${pledgeId}`,
  device: (tokenHash: string) => `dv:${tokenHash}`,
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
  };
}
