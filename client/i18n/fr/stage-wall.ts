import type { Translation } from '../en';
import type { enStageWall } from '../en/stage-wall';

/** La scène sur le mur (les mots communs à tous les écrans : ./stage.ts). */
export const frStageWall = {
  // écran d’attente
  'wall.holding.appear': 'Les engagements s’afficheront ici',
  'wall.holding.join': 'Scannez pour suivre sur votre téléphone',
  'wall.holding.soFar': '{pledges} jusqu’ici',
  // un compte à rebours qui clôt le tour
  'wall.countdown.closes': 'Clôture du tour dans',
  // gros plan
  'wall.spotlight.label': 'Gros plan',
  'wall.spotlight.position': '{index} sur {total}',
  // bandeau défilant
  'wall.ticker.label': 'Engagements',
  'wall.ticker.join': 'Rejoindre : {url}',
  'wall.ticker.empty': 'Les engagements s’afficheront ici',
  // nuage de mots
  'wall.cloud.title': 'Les engagements, en leurs propres mots',
  'wall.cloud.list': 'Mots les plus employés dans les engagements',
  'wall.cloud.word': '{count, plural, one {{word} : # fois} other {{word} : # fois}}',
  'wall.cloud.empty': 'Les mots des engagements s’afficheront ici.',
  // répartition en plein écran
  'wall.breakdown.title': 'Qui s’est engagé, et sur quoi',
  'wall.breakdown.total': '{count, plural, one {engagement} other {engagements}}',
  'wall.breakdown.fromPanel': '{count} du panel',
  'wall.breakdown.fromAudience': '{count} du public',
  'wall.breakdown.noThemes': 'Aucun thème choisi pour le moment',
  // la vue intégrable
  'embed.label': 'Engagements en direct',
  'embed.empty.draft': 'Les engagements s’afficheront ici dès l’ouverture du tour.',
  'embed.empty.open': 'En attente du premier engagement…',
  'embed.empty.closed': 'Aucun engagement n’a été pris dans ce tour.',

  // last call, as the walls say it
  'stage.lastCall.wall': 'Dernier appel pour les engagements',
} as const satisfies Translation<typeof enStageWall>;
