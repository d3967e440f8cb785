import type { Translation } from '../en';
import type { enPhoneRoom } from '../en/phone-room';

/** Le téléphone : invitations, admission, public, état de modération. */
export const frPhoneRoom = {
  // rejoindre : les deux façons d’entrer
  'phone.join.title': 'Comment participez-vous ?',
  'phone.join.audience': 'Je suis dans le public',
  'phone.join.audienceHint': 'Suivez les engagements en direct, dans la salle ou en ligne, et ajoutez le vôtre quand le tour est ouvert au public.',
  'phone.join.panel': 'Je fais partie du panel',
  'phone.join.panelHint': 'Choisissez votre nom ; le modérateur vous admet.',
  'phone.join.back': 'Retour',

  // rejoindre le public
  'phone.audience.joinTitle': 'Rejoindre le public',
  'phone.audience.presenceLegend': 'D’où suivez-vous la session ?',
  'phone.audience.presence.onsite': 'Dans la salle',
  'phone.audience.presence.online': 'En ligne',
  'phone.audience.presenceMissing': 'Indiquez si vous êtes dans la salle ou en ligne.',
  'phone.audience.nameLabel': 'Votre nom (facultatif)',
  'phone.audience.organizationLabel': 'Votre organisation (facultatif)',
  'phone.audience.anonymousHint': 'Laissez ces champs vides pour rester anonyme sur le mur.',
  'phone.audience.join': 'Rejoindre le public',
  'phone.audience.joining': 'Connexion…',

  // le téléphone d’une personne du public
  'phone.audience.youAre': 'Dans le public · {presence} · {name}',
  'phone.audience.youAreAnonymous': 'Dans le public · {presence} · Anonyme',
  'phone.audience.waitingBody': 'Le modérateur va bientôt ouvrir le tour. Gardez cette page ouverte : la question et les engagements s’y afficheront d’eux-mêmes.',
  'phone.audience.panelOnlyTitle': 'Dans ce tour, seul le panel prend des engagements',
  'phone.audience.panelOnlyBody': 'Suivez ci-dessous les engagements du panel à mesure qu’ils arrivent sur le mur.',
  'phone.audience.panelOnlyDraft': 'Votre texte est conservé sur ce téléphone, au cas où le modérateur ouvrirait le tour au public.',
  'phone.audience.closedNone': 'Merci d’avoir suivi le tour.',
  'phone.audience.listTitle': 'Sur le mur',
  'phone.audience.listEmpty.draft': 'Les engagements s’affichent ici dès qu’ils arrivent sur le mur.',
  'phone.audience.listEmpty.open': 'Aucun engagement sur le mur pour le moment.',
  'phone.audience.listEmpty.closed': 'Aucun engagement n’est arrivé sur le mur dans ce tour.',
  'phone.audience.yours': 'Le vôtre',
  'phone.audience.panelist': 'Panel',
  'phone.audience.roundState.draft': 'Tour pas encore ouvert',
  'phone.audience.roundState.open': 'Tour ouvert',

  // demander une place au modérateur
  'phone.seat.confirmTitle': 'Rejoindre la session sous le nom {name} ?',
  'phone.seat.confirmBody': 'Le modérateur vérifie qu’il s’agit bien de vous et vous admet. Rien n’est publié en votre nom d’ici là.',
  'phone.seat.ask': 'Demander au modérateur de m’admettre',
  'phone.seat.asking': 'Demande en cours…',
  'phone.seat.notMe': 'Choisir un autre nom',
  'phone.seat.waitingTitle': 'En attente de votre admission par le modérateur, sous le nom {name}',
  'phone.seat.waitingBody': 'Gardez cette page ouverte : vous entrez dès que le modérateur accepte.',
  'phone.seat.waitingTaken': 'Un autre appareil est connecté sous ce nom. Si le modérateur vous admet, cet appareil sera déconnecté.',
  'phone.seat.refusedTitle': 'Le modérateur ne vous a pas admis sous le nom {name}',
  'phone.seat.refusedBody': 'S’il s’agit bien de votre nom, demandez à nouveau ou adressez-vous au modérateur. Vous pouvez aussi suivre le tour depuis le public.',
  'phone.seat.askAgain': 'Demander à nouveau',
  'phone.seat.audienceInstead': 'Rejoindre plutôt le public',
  'phone.seat.taking': 'Prise de votre place sous le nom {name}…',
  'phone.seat.takingSomeone': 'Prise de votre place…',
  'phone.seat.retry': 'Réessayer',

  // un lien d’invitation personnel qui a été remplacé
  'phone.invite.replacedTitle': 'Ce lien d’invitation a été remplacé',
  'phone.invite.replacedBody': 'Le modérateur a créé un nouveau lien pour {name}. Demandez au modérateur de vous admettre, ou demandez-lui le nouveau lien.',
  'phone.invite.otherWays': 'Autres façons de rejoindre',

  // la réponse des modérateurs à un engagement
  'phone.preview.moderated': 'Un modérateur le vérifie avant qu’il n’apparaisse sur le mur.',
  'phone.status.rejected.reason': 'Le motif du modérateur',
} as const satisfies Translation<typeof enPhoneRoom>;
