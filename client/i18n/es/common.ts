import type { Translation } from '../en';
import type { enCommon } from '../en/common';

/** Lo que comparten todas las páginas: la aplicación, la conexión, la página de inicio, los compromisos, los grupos, el estado de la ronda. */
export const esCommon = {
  'app.name': 'Pledge Round',
  'app.loading': 'Cargando…',
  'app.notFound.title': 'Página no encontrada',
  'app.notFound.body': 'Esta dirección no lleva a ninguna parte en Pledge Round.',
  'app.backHome': 'Ir a la página de inicio',
  'app.chunkError': 'No se pudo cargar esta página. Compruebe su conexión y vuelva a cargarla.',
  'app.reload': 'Volver a cargar',

  // el selector de idioma (cada idioma figura con su propio nombre)
  'lang.label': 'Idioma',

  // conexión
  'conn.connecting': 'Conectando…',
  'conn.online': 'Conectado',
  'conn.offline': 'Conexión perdida — reconectando…',
  'conn.offlinePhone': 'Conexión perdida — su texto se conserva en este teléfono. Reconectando…',
  'conn.refused': 'No se pudo conectar',
  'round.defaultPrompt': 'Antes de cerrar: ¿qué compromiso concreto asumirá antes del próximo FGI?',

  // cuenta atrás
  'countdown.timesUp': 'Tiempo agotado',
  'countdown.aria': 'Tiempo restante: {time}',

  // compromisos
  'pledge.onBehalfOf': 'en nombre de {organization}',
  'pledge.personal': 'a título personal',
  'pledge.personalMark': '(a título personal)',
  'pledge.anonymous': 'Anónimo',
  'pledge.audience.onsite': 'Público · en la sala',
  'pledge.audience.online': 'Público · en línea',
  'pledge.edited': 'modificado',
  'pledge.themes': 'Temas',
  'theme.data': 'Datos',
  'theme.environment': 'Medio ambiente',
  'theme.inclusion': 'Inclusión',
  'theme.trust': 'Confianza',
  'pledge.sdgTargets': 'Metas de los ODS',
  'pledge.sdgTarget': 'ODS {code}',
  'pledge.timeframe.next-igf': 'hasta el próximo FGI',
  'pledge.timeframe.date': 'para el {date}',
  'pledge.recordOnly': 'Solo uso interno',

  // the pledge’s record, as the phone’s preview and the record pages show it
  'record.deliverables': 'Entregables',
  'record.due': 'vence el {date}',
  'record.timeframe.next-igf': 'Hasta el próximo FGI',
  'record.timeframe.date': 'Para el {date}',
  'record.field.capacity': 'Calidad',
  'record.field.regionalGroup': 'Grupo regional',
  'record.field.timeframe': 'Plazo',
  'record.field.partners': 'Asociados',
  'record.pledge.onBehalfOf': 'En nombre de {organization}',
  'record.pledge.personal': 'A título personal',

  // grupos regionales
  'region.African Group': 'Grupo de los Estados de África',
  'region.Asia-Pacific Group': 'Grupo de los Estados de Asia y el Pacífico',
  'region.Eastern European Group': 'Grupo de los Estados de Europa Oriental',
  'region.GRULAC': 'Grupo de los Estados de América Latina y el Caribe (GRULAC)',
  'region.WEOG': 'Grupo de los Estados de Europa Occidental y otros Estados (WEOG)',
  'region.Intergovernmental': 'Intergubernamental',

  // estado de la ronda
  'round.draft': 'Ronda aún no abierta',
  'round.open': 'Ronda abierta',
  'round.closed': 'Ronda cerrada',

  // controles comunes
  'copy.copy': 'Copiar',
  'copy.copied': 'Copiado',
  'copy.label': 'Copiar: {label}',

  // grupos de partes interesadas
  'group.Government': 'Gobierno',
  'group.Private Sector': 'Sector privado',
  'group.Technical Community': 'Comunidad técnica',
  'group.Intergovernmental Organization': 'Organización intergubernamental',
  'group.Civil Society': 'Sociedad civil',
  'group.Academia': 'Círculos académicos',
  'group.Individual': 'Particular',
} as const satisfies Translation<typeof enCommon>;
