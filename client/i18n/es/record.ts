import type { Translation } from '../en';
import type { enRecord } from '../en/record';

/** El registro público: registro, páginas de los compromisos, seguimiento, informe del relator. */
export const esRecord = {
  // elementos comunes
  'record.loadFailed': 'No se pudo cargar esta página',
  'record.retry': 'Volver a intentar',
  'record.notSpecified': 'Sin especificar',
  'record.themes': 'Temas',
  'record.sdgTargets': 'Metas de los ODS',
  'record.sdgCode': 'ODS {code}',
  'record.sdgTargetCode': 'Meta {code}',
  'record.sdgGoalTitle': '{goal} · {title}',
  'record.sdgUnknown': 'Esta meta no figura en la lista de metas de los ODS.',
  'record.pastDue': 'vencido',
  'record.done': 'cumplido',
  'record.months': '{count, plural, one {# mes} many {# de meses} other {# meses}}',

  // estado de avance y semáforo
  'record.status.label': 'Estado',
  'record.status.not_started': 'Sin iniciar',
  'record.status.in_progress': 'En curso',
  'record.status.completed': 'Completado',
  'record.status.discontinued': 'Abandonado',
  'record.light.label': 'Seguimiento',
  'record.light.on_track': 'En buen camino',
  'record.light.late': 'Con retraso',
  'record.light.silent': 'Sin noticias',
  'record.light.finished': 'Finalizado',
  'record.lightWhy.on_track': 'En buen camino: no hay nada vencido y se ha informado sobre este compromiso hace menos de {months}.',
  'record.lightWhy.on_trackNew': 'En buen camino: no hay nada vencido y el compromiso se asumió hace menos de {months}, así que aún no se espera ningún informe.',
  'record.lightWhy.late': 'Con retraso: un entregable aún no cumplido (o el plazo del propio compromiso) ha vencido y el compromiso no se ha completado.',
  'record.lightWhy.silent': 'Sin noticias: no se ha informado de ningún avance desde hace {months}. Una breve actualización lo devuelve al buen camino.',
  'record.lightWhy.finished': 'Finalizado: el compromiso está marcado como completado o abandonado. Aún puede añadir una nota.',

  // datos de un compromiso
  'record.field.organization': 'Organización',
  'record.field.stakeholderGroup': 'Grupo de partes interesadas',
  'record.field.session': 'Sesión',
  'record.field.event': 'Evento',
  'record.field.made': 'Formulado el',

  // historial de avances
  'record.history.title': 'Avances',
  'record.history.noNote': 'Sin nota.',
  'record.history.done': 'Cumplido: {list}',
  'record.history.emptyPublic': 'Aún no se ha informado de ningún avance sobre este compromiso.',
  'record.history.emptyOwn': 'Aún no ha informado de ningún avance. Su primer informe aparecerá aquí.',

  // copiar el enlace
  'record.copy.button': 'Copiar el enlace',
  'record.copy.copied': 'Enlace copiado',
  'record.copy.manual': 'Copie este enlace',

  // registro
  'record.registry.section': 'Registro público',
  'record.registry.title': 'Compromisos',
  'record.registry.eyebrow': 'Registro público de compromisos',
  'record.registry.intro':
    'Compromisos voluntarios asumidos por los panelistas y el público al final de las sesiones, y los avances que sus autores han comunicado desde entonces.',
  'record.registry.loading': 'Cargando los compromisos…',
  'record.registry.notFoundTitle': 'No hay ningún registro aquí',
  'record.registry.notFoundBody': 'No hay ningún evento en esta dirección. Compruebe el enlace que recibió.',
  'record.registry.count': '{count, plural, one {# compromiso} many {# de compromisos} other {# compromisos}}',
  'record.registry.countOf':
    '{count, plural, one {{shown} de # compromiso} many {{shown} de # de compromisos} other {{shown} de # compromisos}}',
  'record.registry.emptyTitle': 'Aún no hay compromisos públicos',
  'record.registry.emptyBody': 'Los compromisos aparecen aquí en cuanto los panelistas los formulan en las sesiones de este evento.',
  'record.registry.noMatchTitle': 'Ningún compromiso coincide con estos filtros',
  'record.registry.noMatchBody': 'Pruebe con otras palabras o quite un filtro.',
  'record.registry.json': 'Datos (JSON)',
  'record.registry.openPledge': 'Abrir el compromiso',
  'record.registry.openPledgeOf': 'Abrir el compromiso de {name}',

  // filtros
  'record.filters.title': 'Buscar y filtrar compromisos',
  'record.filters.search': 'Buscar',
  'record.filters.searchPlaceholder': 'Palabras, nombres, códigos de los ODS…',
  'record.filters.searchHelp': 'Busca en el texto, el autor, la organización, la sesión, los asociados y los entregables.',
  'record.filters.all': 'Todos',
  'record.filters.theme': 'Tema',
  'record.filters.stakeholder': 'Grupo de partes interesadas',
  'record.filters.region': 'Grupo regional',
  'record.filters.goal': 'Objetivo de Desarrollo Sostenible',
  'record.filters.status': 'Estado',
  'record.filters.light': 'Semáforo de seguimiento',
  'record.filters.clear': 'Quitar los filtros',

  // página pública de un compromiso
  'record.pledge.section': 'Compromiso público',
  'record.pledge.docTitle': 'Compromiso de {name}',
  'record.pledge.loading': 'Cargando el compromiso…',
  'record.pledge.notFoundTitle': 'No hay ningún compromiso público aquí',
  'record.pledge.notFoundBody':
    'No hay ningún compromiso público en esta dirección. Puede que el enlace esté mal escrito, o que el compromiso se formulara solo para el expediente de los organizadores.',
  'record.pledge.breadcrumb': 'Registro',
  'record.pledge.backTo': 'Todos los compromisos de {event}',
  'record.pledge.about': 'Acerca de este compromiso',
  'record.pledge.personalAt': '{organization} · a título personal',

  // seguimiento
  'record.followUp.section': 'Seguimiento del compromiso',
  'record.followUp.docTitle': 'Seguimiento de su compromiso',
  'record.followUp.loading': 'Abriendo su compromiso…',
  'record.followUp.title': 'Informe de los avances de su compromiso',
  'record.followUp.private':
    'Esta página es privada: cualquier persona que tenga su enlace puede informar sobre su compromiso. Guárdela en favoritos para volver; no la comparta.',
  'record.followUp.publicLink': 'Ver la página pública de su compromiso',
  'record.followUp.recordOnly': 'Solo uso interno: este compromiso no es público. Solo los organizadores lo ven, junto con sus informes.',
  'record.followUp.outside.pending.title': 'A la espera de los moderadores',
  'record.followUp.outside.pending.body': 'Su compromiso espera la aprobación de un moderador. Una vez aprobado, entra en el registro y podrá informar aquí de sus avances.',
  'record.followUp.outside.hidden.title': 'Fuera del registro',
  'record.followUp.outside.hidden.body': 'Los moderadores de la sesión retiraron este compromiso del registro, así que no hay avances que informar. Si cree que se trata de un error, escriba a los organizadores.',
  'record.followUp.outside.rejected.title': 'No aceptado',
  'record.followUp.outside.rejected.body': 'Los moderadores de la sesión no aceptaron este compromiso, así que no está en el registro y no hay avances que informar.',
  'record.followUp.outside.reason': 'Motivo de los moderadores: {reason}',
  'error.not_in_record': 'Este compromiso no está en el registro ahora, así que no se pueden informar avances.',
  'record.followUp.statusTitle': 'Estado',
  'record.followUp.badLinkTitle': 'Este enlace de seguimiento no funciona',
  'record.followUp.badLinkBody': 'El enlace está incompleto o se ha sustituido por uno más reciente.',
  'record.followUp.badLinkHow':
    'Abra su compromiso en el teléfono desde el que lo formuló y pida un nuevo enlace de seguimiento. El nuevo enlace sustituye a este.',

  // formulario del informe de avance
  'record.form.title': 'Nuevo informe de avance',
  'record.form.status': '¿En qué situación se encuentra su compromiso?',
  'record.form.note': 'Nota (opcional)',
  'record.form.notePlaceholder': 'Lo que se ha hecho, los próximos pasos, enlaces a resultados…',
  'record.form.noteHelp': 'Se muestra con el estado en la página pública de su compromiso.',
  'record.form.noteHelpRecord': 'Solo la ven los organizadores, al igual que su compromiso.',
  'record.form.counter': '{count} / {max}',
  'record.form.chooseStatus': 'Elija en qué punto está su compromiso y luego guarde.',
  'record.form.noteTooLong':
    '{max, plural, one {Acorte la nota a # carácter.} many {Acorte la nota a # de caracteres.} other {Acorte la nota a # caracteres.}}',
  'record.form.delivered': '¿Qué entregables se han cumplido?',
  'record.form.deliveredHelp': 'Marque cada uno que esté cumplido. Un entregable cumplido ya no cuenta como retrasado.',
  'record.form.date': 'Fecha',
  'record.form.dateHelp': 'El día al que corresponde este informe; hoy, salvo que esté poniéndose al día.',
  'record.form.submit': 'Guardar el informe de avance',
  'record.form.saving': 'Guardando…',
  'record.form.saved': 'Informe de avance guardado. El semáforo de seguimiento indica ahora: {light}.',

  // informe del relator
  'record.links.report': 'Informe del relator',
  'record.report.title': 'Informe del relator',
  'record.report.docTitle': 'Informe {session}',
  'record.report.loading': 'Preparando el informe…',
  'record.report.print': 'Imprimir / guardar como PDF',
  'record.report.errorTitle': 'No se puede abrir el informe',
  'record.report.unauthorized':
    'Este enlace no abre el informe: la clave es incorrecta o se ha sustituido. Abra el informe desde la consola del moderador o pida al organizador el enlace de moderador vigente.',
  'record.report.noKey':
    'Abra el informe con el enlace de moderación de la sesión (termina en #key=…), o pegue abajo el token de administración de la organización.',
  'record.report.when': 'Fecha y hora',
  'record.report.room': 'Sala',
  'record.report.format': 'Formato',
  'record.report.moderator': 'Moderador',
  'record.report.onlineModerator': 'Moderador en línea',
  'record.report.rapporteur': 'Relator',
  'record.report.speakers': 'Oradores',
  'record.report.col.name': 'Nombre',
  'record.report.policyQuestions': 'Preguntas de política',
  'record.report.prompt': 'La pregunta formulada',
  'record.report.prompts': 'Las preguntas formuladas',
  'record.report.promptAsked': 'Formulada el {time}',
  'record.report.questionN': 'Pregunta {n}',
  'record.report.answered': 'En respuesta a',
  'record.report.summary': 'Resumen',
  'record.report.publicLabel':
    '{count, plural, one {compromiso público} many {de compromisos públicos} other {compromisos públicos}}',
  'record.report.recordOnly':
    '{count, plural, one {# compromiso se formuló solo para uso interno y no se muestra.} many {# de compromisos se formularon solo para uso interno y no se muestran.} other {# compromisos se formularon solo para uso interno y no se muestran.}}',
  'record.report.noRecordOnly': 'No se formuló ningún compromiso solo para uso interno.',
  'record.report.withheld':
    '{count, plural, one {Los moderadores no mostraron # compromiso público (pendiente, oculto o rechazado).} many {Los moderadores no mostraron # de compromisos públicos (pendientes, ocultos o rechazados).} other {Los moderadores no mostraron # compromisos públicos (pendientes, ocultos o rechazados).}}',
  'record.report.recordOnlyWithheld':
    '{count, plural, one {Los moderadores dejaron fuera del registro # compromiso formulado solo para uso interno (pendiente, retirado o rechazado).} many {Los moderadores dejaron fuera del registro # de compromisos formulados solo para uso interno (pendientes, retirados o rechazados).} other {Los moderadores dejaron fuera del registro # compromisos formulados solo para uso interno (pendientes, retirados o rechazados).}}',
  'record.report.supportersLabel': '{count, plural, one {apoyo} many {de apoyos} other {apoyos}}',
  'record.report.supportNote': 'Apoyos: personas en la sala y en línea que respaldaron un compromiso en el muro, una vez por dispositivo.',
  'record.report.support': 'Apoyos',
  'record.report.supporters': '{count, plural, one {# apoyo} many {# de apoyos} other {# apoyos}}',
  'record.report.pledges': 'Compromisos por grupo de partes interesadas',
  'record.report.pledgeCount': '{count, plural, one {# compromiso} many {# de compromisos} other {# compromisos}}',
  'record.report.noPledges': 'No se formuló ningún compromiso público en esta sesión.',
  'record.report.counts': 'Recuentos',
  'record.report.countsNote': 'Sobre los compromisos públicos. Un compromiso cuenta una vez en cada tema, objetivo y meta que menciona.',
  'record.report.byGroup': 'Por grupo de partes interesadas',
  'record.report.byTheme': 'Por tema',
  'record.report.byGoal': 'Por Objetivo de Desarrollo Sostenible',
  'record.report.byTarget': 'Por meta de los ODS',
  'record.report.noSdg': 'Ningún compromiso público menciona una meta de los ODS.',
  'record.report.col.theme': 'Tema',
  'record.report.col.goal': 'Objetivo',
  'record.report.col.target': 'Meta',
  'record.report.col.targetText': 'Texto oficial',
  'record.report.col.pledges': 'Compromisos',
  'record.report.activity': 'Lo que hicieron los moderadores',
  'record.report.noActivity': 'No se registró nada en esta sesión.',
  'record.report.col.time': 'Hora',
  'record.report.col.what': 'Qué ocurrió',
  'record.report.generated': 'Generado el {time} por {app}.',

  // the capacity a pledge was made in, as its page labels it
  'pledge.capacity.individual': 'A título personal',
  'pledge.capacity.organization': 'En nombre de una organización',
} as const satisfies Translation<typeof enRecord>;
