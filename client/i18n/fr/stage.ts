import type { Translation } from '../en';
import type { enStage } from '../en/stage';

/** La scène : vues du mur, gros plan, ordre de parole, dernier appel, soutien aux engagements. */
export const frStage = {
  'stage.lastCall': 'Dernier appel',
  'stage.lastCall.phone': 'Dernier appel : envoyez votre engagement maintenant.',
  'stage.yourTurn': 'À vous',
  'stage.yourTurn.detail': 'Le modérateur vous donne la parole : lisez votre engagement.',
  'stage.speaking': 'À la parole : {name}',
  'stage.support': 'Soutenir',
  'stage.supported': 'Soutenu',
  'stage.support.label': 'Soutenir l’engagement pris par {name}',
  'stage.support.labelAnonymous': 'Soutenir cet engagement anonyme',
  'stage.more': '+{count} de plus',
  'stage.supporters': '{count, plural, one {# soutien} other {# soutiens}}',
  'stage.support.failed.rate_limited': 'Trop d’appuis : patientez un instant, puis réessayez.',
  'stage.support.failed.network': 'Non envoyé : pas de connexion pour le moment.',
  'stage.support.failed.timeout': 'Pas de réponse du serveur : réessayez.',
  'stage.support.failed.pledge_not_found': 'Cet engagement n’est plus sur le mur.',
  // annonces pour les lecteurs d’écran (une région live polie)
  'wall.announce.pledge': 'Nouvel engagement, pris par {name}.',
  'wall.announce.open': 'Le tour est ouvert.',
  'wall.announce.closed': 'Le tour est clos.',
  'wall.announce.lastCall': 'Dernier appel pour les engagements.',
} as const satisfies Translation<typeof enStage>;
