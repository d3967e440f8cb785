import type { Translation } from '../en';
import type { enPhoneSaved } from '../en/phone-saved';

/** El teléfono: el compromiso guardado, su estado ante los moderadores y su enlace de seguimiento. Se carga una vez mostrado el formulario. */
export const esPhoneSaved = {
  'phone.confirm.body': 'Ya está en el muro. Puede modificarlo hasta que el moderador cierre la ronda.',
  'phone.confirm.bodyRecord':
    'Solo los organizadores lo verán; no aparece en el muro. Puede modificarlo hasta que el moderador cierre la ronda.',
  'phone.confirm.edit': 'Modificar',
  'phone.timer.stillEditable': 'Tiempo agotado · aún puede modificar su compromiso mientras la ronda siga abierta',
  'phone.followUp.title': 'Seguimiento de su compromiso',
  'phone.followUp.body':
    'A lo largo del año, utilice este enlace privado para informar de los avances de su compromiso. No lo comparta: cualquier persona que tenga el enlace puede informar sobre su compromiso.',
  'phone.followUp.linkLabel': 'Su enlace privado de seguimiento',
  'phone.followUp.open': 'Abrir',
  'phone.followUp.openLabel': 'Abrir su página de seguimiento',
  'phone.followUp.qrAlt': 'Código QR de su enlace privado de seguimiento',
  'phone.followUp.qrHint': 'Escanéelo con otro dispositivo o copie el enlace en un lugar seguro.',
  'phone.followUp.qrLoading': 'Generando el código QR…',
  'phone.followUp.missing': 'Este teléfono no tiene el enlace de seguimiento de su compromiso.',
  'phone.followUp.get': 'Obtener mi enlace de seguimiento',
  'phone.followUp.getting': 'Obteniendo su enlace…',
  'phone.followUp.replaces': 'Recibirá un nuevo enlace; cualquier enlace anterior a este compromiso dejará de funcionar.',
  'phone.followUp.renewed': 'Este es su nuevo enlace de seguimiento. Los enlaces anteriores ya no funcionan.',
  'phone.status.pending.title': 'En espera del moderador',
  'phone.status.pending.body': 'Su compromiso se ha guardado. Un moderador lo revisa antes de que aparezca en el muro; puede seguir modificándolo hasta que se cierre la ronda.',
  'phone.status.rejected.title': 'El moderador le devolvió su compromiso',
  'phone.status.rejected.body': 'Modifíquelo y vuelva a enviarlo: volverá al moderador.',
  'phone.status.rejected.edit': 'Modificar y volver a enviar',
  'phone.status.hidden.title': 'Retirado del muro',
  'phone.status.hidden.body': 'Los moderadores retiraron su compromiso del muro. Si lo modifica, volverá a ellos para una nueva lectura.',
  'phone.status.pending.bodyRecord': 'Su compromiso se ha guardado. Un moderador lo revisa antes de que entre en el registro del evento (nunca aparece en el muro); puede seguir modificándolo hasta que se cierre la ronda.',
  'phone.status.rejected.bodyRecord': 'No está en el registro del evento. Modifíquelo y vuelva a enviarlo: volverá al moderador.',
  'phone.status.hidden.titleRecord': 'Fuera del registro',
  'phone.status.hidden.bodyRecord': 'Los moderadores retiraron su compromiso del registro del evento, así que no tendrá seguimiento. Si lo modifica, volverá a ellos para una nueva lectura.',
  'phone.status.note.pendingRecord': 'En espera del moderador: entrará en el registro una vez aprobado.',
  'phone.status.note.rejectedRecord': 'El moderador lo devolvió, por lo que no está en el registro.',
  'phone.status.note.hiddenRecord': 'Los moderadores lo dejaron fuera del registro.',
} as const satisfies Translation<typeof enPhoneSaved>;
