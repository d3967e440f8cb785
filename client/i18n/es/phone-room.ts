import type { Translation } from '../en';
import type { enPhoneRoom } from '../en/phone-room';

/** El teléfono: invitaciones, admisión, público, estado de moderación. */
export const esPhoneRoom = {
  // unirse: las dos vías de acceso
  'phone.join.title': '¿Cómo participa?',
  'phone.join.audience': 'Formo parte del público',
  'phone.join.audienceHint': 'Siga los compromisos en directo, en la sala o en línea, y añada el suyo cuando la ronda se abra al público.',
  'phone.join.panel': 'Formo parte del panel',
  'phone.join.panelHint': 'Elija su nombre; el moderador le dará acceso.',
  'phone.join.back': 'Volver',

  // unirse al público
  'phone.audience.joinTitle': 'Unirse al público',
  'phone.audience.presenceLegend': '¿Desde dónde sigue la sesión?',
  'phone.audience.presence.onsite': 'En la sala',
  'phone.audience.presence.online': 'En línea',
  'phone.audience.presenceMissing': 'Indique si está en la sala o en línea.',
  'phone.audience.nameLabel': 'Su nombre (opcional)',
  'phone.audience.organizationLabel': 'Su organización (opcional)',
  'phone.audience.anonymousHint': 'Déjelos en blanco para aparecer de forma anónima en el muro.',
  'phone.audience.join': 'Unirse al público',
  'phone.audience.joining': 'Uniéndose…',

  // el teléfono del público
  'phone.audience.youAre': 'Público · {presence} · {name}',
  'phone.audience.youAreAnonymous': 'Público · {presence} · Anónimo',
  'phone.audience.waitingBody': 'El moderador abrirá la ronda en breve. Mantenga esta página abierta: la pregunta y los compromisos aparecerán aquí automáticamente.',
  'phone.audience.panelOnlyTitle': 'En esta ronda solo el panel presenta compromisos',
  'phone.audience.panelOnlyBody': 'Siga a continuación los compromisos del panel a medida que llegan al muro.',
  'phone.audience.panelOnlyDraft': 'Su texto se conserva en este teléfono, por si el moderador abre la ronda al público.',
  'phone.audience.closedNone': 'Gracias por seguir la ronda.',
  'phone.audience.listTitle': 'En el muro',
  'phone.audience.listEmpty.draft': 'Los compromisos aparecerán aquí en cuanto lleguen al muro.',
  'phone.audience.listEmpty.open': 'Todavía no hay compromisos en el muro.',
  'phone.audience.listEmpty.closed': 'Ningún compromiso llegó al muro en esta ronda.',
  'phone.audience.yours': 'El suyo',
  'phone.audience.panelist': 'Panel',
  'phone.audience.roundState.draft': 'Ronda aún no abierta',
  'phone.audience.roundState.open': 'Ronda abierta',

  // pedir un puesto al moderador
  'phone.seat.confirmTitle': '¿Unirse como {name}?',
  'phone.seat.confirmBody': 'El moderador comprueba que es usted y le da acceso. Hasta entonces no se publica nada en su nombre.',
  'phone.seat.ask': 'Pedir acceso al moderador',
  'phone.seat.asking': 'Solicitando…',
  'phone.seat.notMe': 'Elegir otro nombre',
  'phone.seat.waitingTitle': 'Esperando a que el moderador le dé acceso como {name}',
  'phone.seat.waitingBody': 'Mantenga esta página abierta: entrará en cuanto el moderador lo acepte.',
  'phone.seat.waitingTaken': 'Otro dispositivo está conectado con este nombre. Si el moderador le da acceso, ese dispositivo se desconectará.',
  'phone.seat.refusedTitle': 'El moderador no le dio acceso como {name}',
  'phone.seat.refusedBody': 'Si este es su nombre, vuelva a pedirlo o hable con el moderador. También puede seguir la ronda como público.',
  'phone.seat.askAgain': 'Volver a pedir',
  'phone.seat.audienceInstead': 'Unirse al público en su lugar',
  'phone.seat.taking': 'Ocupando su puesto como {name}…',
  'phone.seat.takingSomeone': 'Ocupando su puesto…',
  'phone.seat.retry': 'Volver a intentar',

  // un enlace de invitación personal que se sustituyó
  'phone.invite.replacedTitle': 'Este enlace de invitación se ha sustituido',
  'phone.invite.replacedBody': 'El moderador creó un nuevo enlace para {name}. Pida al moderador que le dé acceso o que le facilite el nuevo enlace.',
  'phone.invite.otherWays': 'Otras formas de unirse',

  // la respuesta de los moderadores a un compromiso
  'phone.preview.moderated': 'Un moderador lo revisa antes de que aparezca en el muro.',
  'phone.status.rejected.reason': 'Motivo del moderador',
} as const satisfies Translation<typeof enPhoneRoom>;
