import type { Translation } from '../en';
import type { enCommon } from '../en/common';

/** Ce que toutes les pages partagent : l’application, la connexion, la page d’accueil, les engagements, les groupes, l’état du tour. */
export const frCommon = {
  'app.name': 'Pledge Round',
  'app.loading': 'Chargement…',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.body': 'Cette adresse ne mène nulle part dans Pledge Round.',
  'app.backHome': 'Aller à la page d’accueil',
  'app.chunkError': 'Cette page n’a pas pu être chargée. Vérifiez votre connexion et rechargez la page.',
  'app.reload': 'Recharger',

  // le sélecteur de langue (chaque langue figure sous son propre nom)
  'lang.label': 'Langue',

  // connexion
  'conn.connecting': 'Connexion…',
  'conn.online': 'Connecté',
  'conn.offline': 'Connexion perdue — reconnexion…',
  'conn.offlinePhone': 'Connexion perdue — votre texte est conservé sur ce téléphone. Reconnexion…',
  'conn.refused': 'Connexion impossible',
  'round.defaultPrompt': 'Avant de conclure : quel engagement concret prendrez-vous d’ici le prochain FGI ?',

  // compte à rebours
  'countdown.timesUp': 'Temps écoulé',
  'countdown.aria': 'Temps restant : {time}',

  // engagements
  'pledge.onBehalfOf': 'pour {organization}',
  'pledge.personal': 'à titre personnel',
  'pledge.personalMark': '(à titre personnel)',
  'pledge.anonymous': 'Anonyme',
  'pledge.audience.onsite': 'Public · dans la salle',
  'pledge.audience.online': 'Public · en ligne',
  'pledge.edited': 'modifié',
  'pledge.themes': 'Thèmes',
  'theme.data': 'Données',
  'theme.environment': 'Environnement',
  'theme.inclusion': 'Inclusion',
  'theme.trust': 'Confiance',
  'pledge.sdgTargets': 'Cibles des ODD',
  'pledge.sdgTarget': 'ODD {code}',
  'pledge.timeframe.next-igf': 'd’ici le prochain FGI',
  'pledge.timeframe.date': 'd’ici le {date}',
  'pledge.recordOnly': 'Interne uniquement',

  // the pledge’s record, as the phone’s preview and the record pages show it
  'record.deliverables': 'Livrables',
  'record.due': 'échéance : {date}',
  'record.timeframe.next-igf': 'D’ici le prochain FGI',
  'record.timeframe.date': 'D’ici le {date}',
  'record.field.capacity': 'Qualité',
  'record.field.regionalGroup': 'Groupe régional',
  'record.field.timeframe': 'Échéance',
  'record.field.partners': 'Partenaires',
  'record.pledge.onBehalfOf': 'Pour {organization}',
  'record.pledge.personal': 'À titre personnel',

  // groupes régionaux
  'region.African Group': 'Groupe des États d’Afrique',
  'region.Asia-Pacific Group': 'Groupe des États d’Asie et du Pacifique',
  'region.Eastern European Group': 'Groupe des États d’Europe orientale',
  'region.GRULAC': 'Groupe des États d’Amérique latine et des Caraïbes (GRULAC)',
  'region.WEOG': 'Groupe des États d’Europe occidentale et autres États (WEOG)',
  'region.Intergovernmental': 'Intergouvernemental',

  // état du tour
  'round.draft': 'Tour pas encore ouvert',
  'round.open': 'Tour ouvert',
  'round.closed': 'Tour clos',

  // commandes communes
  'copy.copy': 'Copier',
  'copy.copied': 'Copié',
  'copy.label': 'Copier : {label}',

  // groupes de parties prenantes
  'group.Government': 'Gouvernement',
  'group.Private Sector': 'Secteur privé',
  'group.Technical Community': 'Communauté technique',
  'group.Intergovernmental Organization': 'Organisation intergouvernementale',
  'group.Civil Society': 'Société civile',
  'group.Academia': 'Milieu universitaire',
  'group.Individual': 'Particulier',
} as const satisfies Translation<typeof enCommon>;
