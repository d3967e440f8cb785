import type { Translation } from '../en';
import type { enWall } from '../en/wall';

/** Le mur : encart pour rejoindre, état du tour, compteurs (ses vues : ./stage-wall.ts). */
export const frWall = {
  'wall.title': 'Mur',
  'wall.joinAt': 'Rejoindre sur',
  'wall.joinCode': 'Code',
  'wall.qrAlt': 'Code QR menant à la page pour rejoindre',
  'wall.state.draft': 'Le tour ouvre bientôt',
  'wall.state.open': 'Les engagements sont ouverts',
  'wall.state.closed': 'Tour clos — merci',
  'wall.state.timeUpOpen': 'Temps écoulé · derniers engagements en cours',
  'wall.state.timeUpClosing': 'Temps écoulé · le tour se termine',
  'wall.empty.open': 'En attente du premier engagement…',
  'wall.empty.draft': 'Les engagements du panel s’afficheront ici.',
  'wall.empty.draftHint': 'Scannez le code ou ouvrez le lien pour suivre le tour sur votre téléphone, dans la salle ou en ligne.',
  'wall.empty.closed': 'Aucun engagement n’a été pris dans ce tour.',
  'wall.fullscreen': 'Plein écran',
  'wall.pledgesLabel': 'Engagements',
  'wall.page': 'Page {page} sur {pages}',
  'wall.byGroup': 'Par groupe de parties prenantes',
  'wall.byTheme': 'Par thème',
  'wall.pledges': '{count, plural, one {# engagement} other {# engagements}}',
  'wall.panelists': '{count, plural, one {# panéliste} other {# panélistes}}',
  'wall.counter': '{pledges} · {panelists}',
  'wall.audience': 'Ont rejoint : {onsite} · {online}',
  'wall.audience.onsite': '{count, plural, one {# dans la salle} other {# dans la salle}}',
  'wall.audience.online': '{count, plural, one {# en ligne} other {# en ligne}}',
  'error.own_pledge': 'C’est votre propre engagement : ce sont les autres participants qui le soutiennent.',
} as const satisfies Translation<typeof enWall>;
