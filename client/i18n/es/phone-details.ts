import type { Translation } from '../en';
import type { enPhoneDetails } from '../en/phone-details';

/** El teléfono: los campos de «Más detalles» y el selector de metas de los ODS, cargados con esos campos. */
export const esPhoneDetails = {
  'phone.form.stakeholderGroupLabel': 'Grupo de partes interesadas',
  'phone.form.regionalGroupLabel': 'Grupo regional',
  'phone.form.regionalGroup.none': 'Sin especificar',
  'phone.form.themesLegend': 'Temas',
  'phone.form.themesMax':
    '{max, plural, one {Puede elegir hasta # tema.} many {Puede elegir hasta # de temas.} other {Puede elegir hasta # temas.}}',
  'phone.form.sdgLegend': 'Metas de los ODS',
  'phone.form.sdgSearchLabel': 'Buscar una meta de los ODS por código o por palabras',
  'phone.form.sdgSearchPlaceholder': 'p. ej., 17.16 o alianza',
  'phone.form.sdgLoading': 'Cargando las metas de los ODS…',
  'phone.form.sdgUnavailable': 'No se pudo cargar la lista de metas de los ODS. Cierre y vuelva a abrir «Más detalles» cuando tenga conexión.',
  'phone.form.sdgNoResults': 'Ninguna meta coincide con «{query}».',
  'phone.form.sdgResults': 'Metas coincidentes',
  'phone.form.sdgChosen': 'Metas elegidas',
  'phone.form.sdgAdd': 'Añadir la meta {code}: {text}',
  'phone.form.sdgRemove': 'Quitar la meta {code}',
  'phone.form.sdgMax':
    '{max, plural, one {Puede elegir hasta # meta.} many {Puede elegir hasta # de metas.} other {Puede elegir hasta # metas.}}',
  'phone.form.timeframeLegend': 'Plazo',
  'phone.form.timeframe.next-igf': 'Hasta el próximo FGI',
  'phone.form.timeframe.date': 'Para una fecha',
  'phone.form.timeframeDateLabel': 'Fecha',
  'phone.form.visibilityLegend': 'Visibilidad',
  'phone.form.visibility.public': 'Público',
  'phone.form.visibility.record': 'Solo uso interno',
  'phone.form.visibilityHelp.public': 'Se muestra en el muro y en el registro público.',
  'phone.form.visibilityHelp.record': 'Solo se conserva en el expediente de los organizadores; nunca se muestra en el muro.',
  'phone.form.visibilityLocked': 'La visibilidad se elige al enviar el compromiso y no puede cambiarse.',
  'phone.form.deliverablesLegend': 'Entregables',
  'phone.form.deliverableText': 'Entregable {n}',
  'phone.form.deliverableDue': 'Fecha límite del entregable {n}',
  'phone.form.deliverableRemove': 'Quitar el entregable {n}',
  'phone.form.deliverableAdd': 'Añadir un entregable',
  'phone.form.partnersLegend': 'Asociados',
  'phone.form.partnerLabel': 'Asociado {n}',
  'phone.form.partnerRemove': 'Quitar el asociado {n}',
  'phone.form.partnerAdd': 'Añadir un asociado',
  'phone.form.remove': 'Quitar',
} as const satisfies Translation<typeof enPhoneDetails>;
