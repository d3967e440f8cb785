import type { ModeratorSeat } from '../../../shared/domain';
import type { Actor, Editor, Pledge } from '../../../shared/schemas';
import { audienceLine, authorName } from '../../components/PledgeCard';
import { t } from '../../i18n';

/** A moderator's own name; '' when the session's schedule names nobody. */
const ownName = (name: string) => name.trim();

/** The console's heading: "Online moderator — Paola Galvez", or just the seat. */
export function identityLabel(moderator: { seat: ModeratorSeat; name: string }): string {
  const name = ownName(moderator.name);
  return name ? t(`console.identity.${moderator.seat}`, { name }) : t(`console.seat.${moderator.seat}`);
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
