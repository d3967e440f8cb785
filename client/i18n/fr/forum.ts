import type { Translation } from '../en';
import type { enForum } from '../en/forum';

/** Le mur du forum : un mur par événement, sur les grands écrans du lieu. */
export const frForum = {
  'forum.title': 'Mur du forum',
  'forum.organizerLink': 'Mur du forum',
  'forum.pledgesWord': '{count, plural, one {engagement} other {engagements}}',
  'forum.fromSessions': '{count, plural, one {provenant de # session} other {provenant de # sessions}}',
  'forum.newest': 'Derniers engagements',
  'forum.totals': 'Totaux',
  'forum.bySession': 'Par session',
  'forum.byGroup': 'Par groupe de parties prenantes',
  'forum.byTheme': 'Par thème',
  'forum.empty': 'Les engagements de toutes les sessions s’afficheront ici au fur et à mesure.',
  'forum.badAddress': 'L’adresse de ce mur du forum n’est pas valide. Rouvrez-le depuis la page de l’événement côté organisateur.',
  'forum.announce.one': 'Nouvel engagement pris par {name}, {session} : {text}',
  'forum.announce.many':
    '{count, plural, one {# nouvel engagement, le plus récent pris par {name}, {session} : {text}} other {# nouveaux engagements, le plus récent pris par {name}, {session} : {text}}}',
} as const satisfies Translation<typeof enForum>;
