import type { AudienceCount, AudienceMember, PanelEntry, Pledge, SessionInfo } from '../../shared/schemas';
import { sessionInfo, type AudienceRecord, type SessionMeta } from '../domain/records';
import { isPublic, publicView } from '../domain/registry';
import type { Audience, RoutedDelta } from './fanout';

const readers: Audience = { kind: 'readers' };
const moderators: Audience = { kind: 'moderators' };
const phones: Audience = { kind: 'phones' };
const own = (participantId: string): Audience => ({ kind: 'participant', participantId });
const forum = (eventId: string): Audience => ({ kind: 'event', eventId });

/** Whether walls, the audience and the registry show a pledge. */
export const onWalls = (p: Pledge | undefined): boolean => !!p && isPublic(p);

/**
 * A pledge's change, by audience: moderators and its author see every version with its history;
 * walls and the audience — and the forum walls of the session's event (`eventId`: its meta's) —
 * see its public view (the current version only) while it is public and visible, and are told to
 * drop it when it stops being so.
 */
export function pledgeDeltas(previous: Pledge | undefined, pledge: Pledge, eventId: string | null): RoutedDelta[] {
  const routed: RoutedDelta[] = [{ to: [moderators, own(pledge.participantId)], delta: { kind: 'pledge', pledge } }];
  const walls = eventId ? [readers, forum(eventId)] : [readers];
  if (onWalls(pledge)) routed.push({ to: walls, delta: { kind: 'pledge', pledge: publicView(pledge) } });
  else if (onWalls(previous)) routed.push({ to: walls, delta: { kind: 'pledge-removed', pledgeId: pledge.id } });
  return routed;
}

/** A panelist's status, for everyone who shows the panel. */
export function panelDelta(entry: PanelEntry): RoutedDelta {
  return { to: [readers, moderators, phones], delta: { kind: 'panel', entry } };
}

/** A new audience member: moderators see who; walls and the audience only count them. */
export function audienceDeltas(member: AudienceRecord): RoutedDelta[] {
  return [
    { to: [moderators], delta: { kind: 'audience', member: shownMember(member) } },
    { to: [readers], delta: { kind: 'audience', member: { ...shownMember(member), name: '', organization: '' } } },
  ];
}

export function shownMember({ id, presence, name, organization, joinedAt }: AudienceRecord): AudienceMember {
  return { id, presence, name, organization, joinedAt };
}

export function countAudience(members: Iterable<Pick<AudienceRecord, 'presence'>>): AudienceCount {
  const count = { onsite: 0, online: 0 };
  for (const m of members) count[m.presence]++;
  return count;
}

/** The session as walls and phones see it: without the policy questions, which only consoles show. */
export function readerSession(session: SessionInfo): SessionInfo {
  return session.details.policyQuestions.length ? { ...session, details: { ...session.details, policyQuestions: [] } } : session;
}

/**
 * The session as it now is (an organizer changed it): consoles see all of it, walls and phones —
 * and the forum walls of its event, which label pledges with its code and title — their view.
 */
export function sessionDeltas(meta: SessionMeta): RoutedDelta[] {
  const session = sessionInfo(meta);
  const walls = meta.eventId ? [readers, phones, forum(meta.eventId)] : [readers, phones];
  return [
    { to: [moderators], delta: { kind: 'session', session } },
    { to: walls, delta: { kind: 'session', session: readerSession(session) } },
  ];
}
