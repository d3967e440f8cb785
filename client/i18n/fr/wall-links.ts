import type { Translation } from '../en';
import type { enWallLinks } from '../en/wall-links';

/** Ce que disent les liens d’un mur ou du mur du forum de ses langues (console, pages des organisateurs). */
export const frWallLinks = {
  'wallLinks.turns': '{kind, select, forum {Le mur du forum} other {Le mur}} alterne entre les langues de l’événement : {languages} (toutes les {seconds} s).',
  'wallLinks.one': '{kind, select, forum {Le mur du forum} other {Le mur}} s’affiche dans la langue de l’événement : {language}.',
  'wallLinks.browser': '{kind, select, forum {Le mur du forum} other {Le mur}} s’affiche dans la langue du navigateur qui l’ouvre.',
  'wallLinks.left': 'Pas de traduction de l’interface, donc rien d’affiché en : {languages}.',
  'wallLinks.pins': 'Une seule langue',
  'wallLinks.pinsHelp':
    'Chaque lien ouvre {kind, select, forum {le mur du forum} other {le mur}} dans une langue, et il y reste : un projecteur dans une seule langue, ou un écran par langue.',
  'wallLinks.forumLink': 'Lien du mur du forum (grands écrans du lieu)',
  'wallLinks.pin': '{kind, select, forum {Mur du forum} other {Mur}} : {language}',
} as const satisfies Translation<typeof enWallLinks>;
