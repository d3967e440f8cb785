import type { Translation } from '../en';
import type { enLanding } from '../en/landing';

/** La page d’accueil (le code pour rejoindre, le déroulement d’un tour) : chargée avec cette page. */
export const frLanding = {
  'landing.tagline': 'Un engagement chacun, en direct sur le mur.',
  'landing.intro':
    'À la fin d’une session, le modérateur ouvre un tour d’engagements. Chaque panéliste saisit un engagement volontaire sur son téléphone, et les engagements s’affichent en direct sur l’écran de la salle et dans la retransmission.',
  'landing.join.title': 'Rejoindre un tour d’engagements',
  'landing.join.label': 'Saisissez le code d’accès',
  'landing.join.help': 'Six caractères, affichés sur l’écran de la salle.',
  'landing.join.submit': 'Rejoindre',
  'landing.join.checking': 'Vérification…',
  'landing.join.placeholder': 'K7QM4P',
  'landing.join.invalid': 'Un code d’accès comporte six lettres ou chiffres, par exemple K7QM4P.',
  'landing.steps.title': 'Comment ça marche',
  'landing.steps.one': 'Le modérateur ouvre le tour.',
  'landing.steps.two': 'Chaque panéliste écrit un engagement sur son téléphone.',
  'landing.steps.three': 'Les engagements s’affichent sur le mur et sont conservés pour le suivi.',
  'landing.organizer': 'Vous organisez ? Créez et gérez les sessions',
} as const satisfies Translation<typeof enLanding>;
