import type { ModeratorSeat } from './domain';

/**
 * The name the session's schedule gives a moderator seat; '' when it names nobody (screens then
 * name the seat). Read from the session as it is now: an organizer may rename a moderator while
 * their console is open. A module of its own, so the phone's pages never carry it.
 */
export function moderatorName(details: { moderator: string; onlineModerator: string }, seat: ModeratorSeat): string {
  return seat === 'onsite' ? details.moderator : details.onlineModerator;
}
