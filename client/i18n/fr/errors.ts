import type { Translation } from '../en';
import type { enErrors } from '../en/errors';

/** Les messages des codes d’erreur : ceux du serveur (ERROR_CODES) et ceux du client. */
export const frErrors = {
  'error.invalid_payload': 'Un élément du formulaire n’est pas valide. Vérifiez-le et réessayez.',
  'error.unauthorized': 'Ce lien ne fonctionne pas : il a peut-être été remplacé. Demandez le lien actuel à l’organisateur.',
  'error.forbidden': 'Vous n’êtes pas autorisé à faire cela.',
  'error.session_not_found': 'Cette session n’existe pas. Vérifiez le code ou le lien.',
  'error.panelist_not_found': 'Ce nom ne figure plus dans le panel.',
  'error.panelist_taken': 'Ce téléphone est déjà connecté au nom d’un autre panéliste. Demandez d’abord au modérateur de libérer cette place.',
  'error.not_claimed': 'Choisissez d’abord votre nom.',
  'error.invite_invalid': 'Ce lien d’invitation a été remplacé. Demandez le nouveau lien au modérateur, ou demandez à être admis.',
  'error.audience_closed': 'Dans ce tour, seul le panel prend des engagements.',
  'error.pledge_changed': 'Cet engagement a changé entre-temps. Vérifiez le nouveau texte et réessayez.',
  'error.round_not_open': 'Le tour n’est pas ouvert.',
  'error.already_pledged': 'Vous avez déjà envoyé un engagement dans ce tour.',
  'error.pledge_not_found': 'Cet engagement est introuvable.',
  'error.not_your_pledge': 'Cet engagement appartient à quelqu’un d’autre.',
  'error.unknown_theme': 'Choisissez des thèmes dans la liste de cet événement.',
  'error.visibility_locked': 'Le caractère public d’un engagement se choisit à son envoi.',
  'error.event_not_found': 'Cet événement n’existe pas.',
  'error.pledge_id_taken': 'Cet identifiant d’engagement est déjà utilisé. Commencez un nouvel engagement.',
  'error.rate_limited': 'Trop de tentatives. Patientez un instant et réessayez.',
  'error.conflict': 'Quelqu’un a modifié cet élément au même moment. Réessayez.',
  'error.store_unavailable': 'Le serveur n’accède pas à son stockage pour le moment. Rien n’est perdu ; il va réessayer sous peu.',
  'error.unknown_command': 'Cette page n’est plus à jour. Rechargez-la et réessayez.',
  'error.internal': 'Une erreur s’est produite sur le serveur. Réessayez.',
  'error.timeout': 'Le serveur n’a pas répondu à temps.',
  'error.network': 'Pas de connexion au serveur. Vérifiez votre réseau et réessayez.',
  'error.unknown': 'Une erreur s’est produite. Réessayez.',
} as const satisfies Translation<typeof enErrors>;
