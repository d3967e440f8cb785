import type { Translation } from '../en';
import type { enRecord } from '../en/record';

/** Le registre public : registre, pages des engagements, suivi, rapport du rapporteur. */
export const frRecord = {
  // éléments communs
  'record.loadFailed': 'Cette page n’a pas pu être chargée',
  'record.retry': 'Réessayer',
  'record.notSpecified': 'Non précisé',
  'record.themes': 'Thèmes',
  'record.sdgTargets': 'Cibles des ODD',
  'record.sdgCode': 'ODD {code}',
  'record.sdgTargetCode': 'Cible {code}',
  'record.sdgGoalTitle': '{goal} · {title}',
  'record.sdgUnknown': 'Cette cible ne figure pas dans la liste des cibles des ODD.',
  'record.pastDue': 'échéance dépassée',
  'record.months': '{count, plural, one {# mois} other {# mois}}',

  // avancement et voyant de suivi
  'record.status.label': 'État',
  'record.status.not_started': 'Pas commencé',
  'record.status.in_progress': 'En cours',
  'record.status.completed': 'Achevé',
  'record.status.discontinued': 'Abandonné',
  'record.light.label': 'Suivi',
  'record.light.on_track': 'En bonne voie',
  'record.light.late': 'En retard',
  'record.light.silent': 'Sans nouvelles',
  'record.light.finished': 'Terminé',
  'record.lightWhy.on_track': 'En bonne voie : aucune échéance n’est dépassée, et cet engagement a donné des nouvelles il y a moins de {months}.',
  'record.lightWhy.on_trackNew': 'En bonne voie : aucune échéance n’est dépassée, et l’engagement a été pris il y a moins de {months} : aucun compte rendu n’est encore attendu.',
  'record.lightWhy.late': 'En retard : un livrable (ou l’échéance de l’engagement lui-même) est dépassé et l’engagement n’est pas achevé.',
  'record.lightWhy.silent': 'Sans nouvelles : aucun avancement n’a été signalé depuis {months}. Une courte mise à jour le remet en bonne voie.',
  'record.lightWhy.finished': 'Terminé : l’engagement est marqué comme achevé ou abandonné. Vous pouvez encore ajouter une note.',

  // informations sur un engagement
  'record.field.organization': 'Organisation',
  'record.field.stakeholderGroup': 'Groupe de parties prenantes',
  'record.field.session': 'Session',
  'record.field.event': 'Événement',
  'record.field.made': 'Pris le',

  // historique de l’avancement
  'record.history.title': 'Avancement',
  'record.history.noNote': 'Pas de note.',
  'record.history.emptyPublic': 'Aucun avancement n’a encore été signalé pour cet engagement.',
  'record.history.emptyOwn': 'Vous n’avez encore signalé aucun avancement. Votre premier compte rendu apparaîtra ici.',

  // copier le lien
  'record.copy.button': 'Copier le lien',
  'record.copy.copied': 'Lien copié',
  'record.copy.manual': 'Copiez ce lien',

  // registre
  'record.registry.section': 'Registre public',
  'record.registry.title': 'Engagements',
  'record.registry.eyebrow': 'Registre public des engagements',
  'record.registry.intro':
    'Les engagements volontaires pris par les panélistes et le public à la fin des sessions, et l’avancement que leurs auteurs ont signalé depuis.',
  'record.registry.loading': 'Chargement des engagements…',
  'record.registry.notFoundTitle': 'Pas de registre ici',
  'record.registry.notFoundBody': 'Il n’y a pas d’événement à cette adresse. Vérifiez le lien que vous avez reçu.',
  'record.registry.count': '{count, plural, one {# engagement} other {# engagements}}',
  'record.registry.countOf': '{count, plural, one {{shown} sur # engagement} other {{shown} sur # engagements}}',
  'record.registry.emptyTitle': 'Pas encore d’engagements publics',
  'record.registry.emptyBody': 'Les engagements apparaissent ici dès que les panélistes les prennent dans les sessions de cet événement.',
  'record.registry.noMatchTitle': 'Aucun engagement ne correspond à ces filtres',
  'record.registry.noMatchBody': 'Essayez d’autres mots, ou retirez un filtre.',
  'record.registry.json': 'Données (JSON)',
  'record.registry.openPledge': 'Ouvrir l’engagement',
  'record.registry.openPledgeOf': 'Ouvrir l’engagement de {name}',

  // filtres
  'record.filters.title': 'Rechercher et filtrer les engagements',
  'record.filters.search': 'Recherche',
  'record.filters.searchPlaceholder': 'Mots, noms, codes des ODD…',
  'record.filters.searchHelp': 'Cherche dans le texte, l’auteur, l’organisation, la session, les partenaires et les livrables.',
  'record.filters.all': 'Tous',
  'record.filters.theme': 'Thème',
  'record.filters.stakeholder': 'Groupe de parties prenantes',
  'record.filters.region': 'Groupe régional',
  'record.filters.goal': 'Objectif de développement durable',
  'record.filters.status': 'État',
  'record.filters.light': 'Voyant de suivi',
  'record.filters.clear': 'Effacer les filtres',

  // page publique d’un engagement
  'record.pledge.section': 'Engagement public',
  'record.pledge.docTitle': 'Engagement de {name}',
  'record.pledge.loading': 'Chargement de l’engagement…',
  'record.pledge.notFoundTitle': 'Pas d’engagement public ici',
  'record.pledge.notFoundBody':
    'Il n’y a pas d’engagement public à cette adresse. Le lien est peut-être mal saisi, ou l’engagement a été pris pour le seul dossier des organisateurs.',
  'record.pledge.breadcrumb': 'Registre',
  'record.pledge.backTo': 'Tous les engagements de {event}',
  'record.pledge.about': 'À propos de cet engagement',
  'record.pledge.personalAt': '{organization} · à titre personnel',

  // suivi
  'record.followUp.section': 'Suivi de l’engagement',
  'record.followUp.docTitle': 'Suivre votre engagement',
  'record.followUp.loading': 'Ouverture de votre engagement…',
  'record.followUp.title': 'Signaler l’avancement de votre engagement',
  'record.followUp.private':
    'Cette page est privée : toute personne qui a son lien peut rendre compte de votre engagement. Ajoutez-la à vos favoris pour y revenir ; ne la partagez pas.',
  'record.followUp.publicLink': 'Voir la page publique de votre engagement',
  'record.followUp.recordOnly': 'Interne uniquement : cet engagement n’est pas public. Seuls les organisateurs le voient, avec vos comptes rendus.',
  'record.followUp.outside.pending.title': 'En attente des modérateurs',
  'record.followUp.outside.pending.body': 'Votre engagement attend l’approbation d’un modérateur. Une fois approuvé, il entre dans le registre et vous pourrez rendre compte ici de son avancement.',
  'record.followUp.outside.hidden.title': 'Hors du registre',
  'record.followUp.outside.hidden.body': 'Les modérateurs de la session ont retiré cet engagement du registre : il n’y a pas d’avancement à en rendre. Si vous pensez qu’il s’agit d’une erreur, écrivez aux organisateurs.',
  'record.followUp.outside.rejected.title': 'Non accepté',
  'record.followUp.outside.rejected.body': 'Les modérateurs de la session n’ont pas accepté cet engagement : il n’est pas dans le registre et il n’y a pas d’avancement à en rendre.',
  'record.followUp.outside.reason': 'Motif des modérateurs : {reason}',
  'error.not_in_record': 'Cet engagement n’est pas dans le registre pour le moment : on ne peut pas rendre compte de son avancement.',
  'record.followUp.statusTitle': 'État',
  'record.followUp.badLinkTitle': 'Ce lien de suivi ne fonctionne pas',
  'record.followUp.badLinkBody': 'Le lien est incomplet, ou il a été remplacé par un plus récent.',
  'record.followUp.badLinkHow':
    'Ouvrez votre engagement sur le téléphone où vous l’avez pris et demandez un nouveau lien de suivi. Le nouveau lien remplace celui-ci.',

  // formulaire de compte rendu
  'record.form.title': 'Nouveau compte rendu d’avancement',
  'record.form.status': 'Où en est votre engagement ?',
  'record.form.note': 'Note (facultatif)',
  'record.form.notePlaceholder': 'Ce qui a été fait, la suite, des liens vers les résultats…',
  'record.form.noteHelp': 'Affichée avec l’état sur la page publique de votre engagement.',
  'record.form.noteHelpRecord': 'Seuls les organisateurs la voient, comme votre engagement.',
  'record.form.counter': '{count} / {max}',
  'record.form.chooseStatus': 'Choisissez où en est votre engagement, puis enregistrez.',
  'record.form.noteTooLong': '{max, plural, one {Raccourcissez la note à # caractère.} other {Raccourcissez la note à # caractères.}}',
  'record.form.date': 'Date',
  'record.form.dateHelp': 'Le jour dont parle ce compte rendu ; aujourd’hui, sauf si vous rattrapez un retard.',
  'record.form.submit': 'Enregistrer le compte rendu',
  'record.form.saving': 'Enregistrement…',
  'record.form.saved': 'Compte rendu enregistré. Le voyant de suivi indique désormais : {light}.',

  // rapport du rapporteur
  'record.links.report': 'Rapport du rapporteur',
  'record.report.title': 'Rapport du rapporteur',
  'record.report.docTitle': 'Rapport {session}',
  'record.report.loading': 'Préparation du rapport…',
  'record.report.print': 'Imprimer / enregistrer en PDF',
  'record.report.errorTitle': 'Le rapport ne peut pas être ouvert',
  'record.report.unauthorized':
    'Ce lien n’ouvre pas le rapport : la clé est erronée ou a été remplacée. Ouvrez le rapport depuis la console du modérateur, ou demandez le lien de modérateur actuel à l’organisateur.',
  'record.report.noKey':
    'Ouvrez le rapport avec le lien de modérateur de la session (il se termine par #key=…), ou connectez-vous d’abord sur la page des organisateurs dans cet onglet.',
  'record.report.when': 'Date et heure',
  'record.report.room': 'Salle',
  'record.report.format': 'Format',
  'record.report.moderator': 'Modérateur',
  'record.report.onlineModerator': 'Modérateur en ligne',
  'record.report.rapporteur': 'Rapporteur',
  'record.report.speakers': 'Intervenants',
  'record.report.col.name': 'Nom',
  'record.report.prompt': 'La question posée',
  'record.report.summary': 'Synthèse',
  'record.report.publicLabel': '{count, plural, one {engagement public} other {engagements publics}}',
  'record.report.recordOnly':
    '{count, plural, one {# engagement a été pris pour le seul dossier interne et n’est pas affiché.} other {# engagements ont été pris pour le seul dossier interne et ne sont pas affichés.}}',
  'record.report.noRecordOnly': 'Aucun engagement n’a été pris pour le seul dossier interne.',
  'record.report.withheld':
    '{count, plural, one {# engagement public n’a pas été affiché par les modérateurs (en attente, masqué ou refusé).} other {# engagements publics n’ont pas été affichés par les modérateurs (en attente, masqués ou refusés).}}',
  'record.report.recordOnlyWithheld':
    '{count, plural, one {# engagement pris pour le seul dossier interne en a été écarté par les modérateurs (en attente, retiré ou refusé).} other {# engagements pris pour le seul dossier interne en ont été écartés par les modérateurs (en attente, retirés ou refusés).}}',
  'record.report.supportersLabel': '{count, plural, one {soutien} other {soutiens}}',
  'record.report.supportNote': 'Soutiens : personnes dans la salle et en ligne qui ont appuyé un engagement sur le mur, chaque appareil une fois.',
  'record.report.support': 'Soutien',
  'record.report.supporters': '{count, plural, one {# soutien} other {# soutiens}}',
  'record.report.pledges': 'Engagements par groupe de parties prenantes',
  'record.report.pledgeCount': '{count, plural, one {# engagement} other {# engagements}}',
  'record.report.noPledges': 'Aucun engagement public n’a été pris dans cette session.',
  'record.report.counts': 'Décomptes',
  'record.report.countsNote': 'Sur les engagements publics. Un engagement compte une fois sous chaque thème, objectif et cible qu’il mentionne.',
  'record.report.byTheme': 'Par thème',
  'record.report.byGoal': 'Par objectif de développement durable',
  'record.report.byTarget': 'Par cible des ODD',
  'record.report.noSdg': 'Aucun engagement public ne mentionne de cible des ODD.',
  'record.report.col.theme': 'Thème',
  'record.report.col.goal': 'Objectif',
  'record.report.col.target': 'Cible',
  'record.report.col.targetText': 'Texte officiel',
  'record.report.col.pledges': 'Engagements',
  'record.report.activity': 'Ce qu’ont fait les modérateurs',
  'record.report.noActivity': 'Rien n’a été consigné pendant cette session.',
  'record.report.col.time': 'Heure',
  'record.report.col.what': 'Ce qui s’est passé',
  'record.report.generated': 'Généré le {time} par {app}.',

  // the capacity a pledge was made in, as its page labels it
  'pledge.capacity.individual': 'À titre personnel',
  'pledge.capacity.organization': 'Au nom d’une organisation',
} as const satisfies Translation<typeof enRecord>;
