import type { ClientEventName } from '../../shared/protocol';
import type { ClientRole } from '../../shared/schemas';

/**
 * Who may send which command. Checked before any payload reaches a rule; a phone must in addition
 * hold a claimed seat for the pledge commands (checked against the store on every command).
 */
export const PERMISSIONS = {
  'session:sync': ['moderator', 'phone', 'wall'],
  /** The pages where someone acts check a quiet connection; walls wait for Engine.IO's pings. */
  'conn:check': ['moderator', 'phone'],
  'panelist:claim': ['phone'],
  'seat:withdraw': ['phone'],
  'audience:join': ['phone'],
  'pledge:drafting': ['phone'],
  'pledge:submit': ['phone'],
  'pledge:edit': ['phone'],
  'pledge:follow-up': ['phone'],
  'round:open': ['moderator'],
  'round:close': ['moderator'],
  'round:prompt': ['moderator'],
  'round:countdown': ['moderator'],
  'panelist:nudge': ['moderator'],
  'round:settings': ['moderator'],
  'round:last-call': ['moderator'],
  'stage:wall': ['moderator'],
  'stage:spotlight': ['moderator'],
  'stage:order': ['moderator'],
  'stage:call': ['moderator'],
  /** Audience phones and online viewers' walls (checked further in service/reactions.ts). */
  'reaction:set': ['phone', 'wall'],
  'panelist:release': ['moderator'],
  'panel:invites': ['moderator'],
  'panelist:reinvite': ['moderator'],
  'seat:admit': ['moderator'],
  'seat:refuse': ['moderator'],
  'pledge:approve': ['moderator'],
  'pledge:approve-all': ['moderator'],
  'pledge:reject': ['moderator'],
  'pledge:hide': ['moderator'],
  'pledge:unhide': ['moderator'],
  'pledge:fix': ['moderator'],
} as const satisfies Record<ClientEventName, readonly ClientRole[]>;

export function mayRun(role: ClientRole, event: ClientEventName): boolean {
  return (PERMISSIONS[event] as readonly ClientRole[]).includes(role);
}
