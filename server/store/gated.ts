import { writesAllowed } from '../realtime/command-scope';
import type { SessionStore } from './types';

type Method = Exclude<keyof SessionStore, 'kind'>;

/**
 * What each store call does. Every method is listed (the compiler holds a new one to it), so none
 * can write without waiting for its command's rate-limit verdict.
 */
const ACCESS: Record<Method, 'read' | 'write'> = {
  createSession: 'write',
  createSessions: 'write',
  listSessionIds: 'read',
  sessionIdByJoinCode: 'read',
  getFields: 'read',
  getAll: 'read',
  commit: 'write',
  pledgeSession: 'read',
  createEvent: 'write',
  listEventIds: 'read',
  getRecords: 'read',
  swapRecord: 'write',
  react: 'write',
  reactionCounts: 'read',
  reactedBy: 'read',
  close: 'read',
};

/**
 * The store as the services use it: reads go straight through; a write made by a socket command
 * first waits for that command's rate-limit verdict, and is refused (`LimitRefused`, nothing
 * written) when the limit said no (realtime/command-scope.ts). Outside a command, writes go
 * straight through too.
 */
export function gatedStore(store: SessionStore): SessionStore {
  const gated: Record<string, unknown> = { kind: store.kind };
  for (const [name, access] of Object.entries(ACCESS) as [Method, 'read' | 'write'][]) {
    const call = (store[name] as (...args: unknown[]) => Promise<unknown>).bind(store);
    gated[name] = access === 'read' ? call : async (...args: unknown[]) => (await writesAllowed(), call(...args));
  }
  return gated as unknown as SessionStore;
}
