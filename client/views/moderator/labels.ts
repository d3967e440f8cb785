import type { ModeratorSeat } from '../../../shared/domain';
import { moderatorName } from '../../../shared/moderator-name';
import type { Actor, Editor, Pledge, SessionInfo } from '../../../shared/schemas';
import { audienceLine, authorName } from '../../components/PledgeCard';
import { t } from '../../i18n';

/** A moderator's own name; '' when the session's schedule names nobody. */
const ownName = (name: string) => name.trim();

/**
 * The console's heading: "Online moderator — Paola Galvez", or just the seat. The name is the
 * session's as it is now (an organizer may rename the seat's moderator while the console is open).
 */
export function identityLabel(seat: ModeratorSeat, details: SessionInfo['details'] | undefined): string {
  const name = ownName(details ? moderatorName(details, seat) : '');
  return name ? t(`console.identity.${seat}`, { name }) : t(`console.seat.${seat}`);
}

/** Who did something, in a sentence: "Paola Galvez (online moderator)", "An organizer". */
export function actorLabel(actor: Actor): string {
  if (actor.role === 'organizer') return t('console.actor.organizer');
  if (actor.role === 'countdown') return t('console.actor.countdown');
  if (actor.role === 'author') return t('console.editor.author');
  const name = ownName(actor.name);
  return name ? t(`console.actor.${actor.seat}`, { name }) : t(`console.seat.${actor.seat}`);
}

/** Who wrote a version of a pledge. */
export function editorLabel(by: Editor): string {
  return by.role === 'author' ? t('console.editor.author') : actorLabel(by);
}

/** "Panelist", or "Audience · online". */
export function authorRole(pledge: Pledge): string {
  return audienceLine(pledge) ?? t('console.pledge.panelist');
}

export { authorName };
