import type { Translation } from '../en';
import type { enErrors } from '../en/errors';

/** Los mensajes de los códigos de error: los del servidor (ERROR_CODES) y los del cliente. */
export const esErrors = {
  'error.invalid_payload': 'Hay un dato no válido en el formulario. Revíselo y vuelva a intentarlo.',
  'error.unauthorized': 'Este enlace no funciona: es posible que se haya sustituido por uno nuevo. Pida el enlace vigente al organizador.',
  'error.forbidden': 'No está autorizado a realizar esta acción.',
  'error.session_not_found': 'Esta sesión no existe. Compruebe el código o el enlace.',
  'error.panelist_not_found': 'Este nombre ya no figura en el panel.',
  'error.panelist_taken': 'Este teléfono ya está conectado como otro panelista. Pida primero al moderador que libere ese puesto.',
  'error.not_claimed': 'Elija primero su nombre.',
  'error.invite_invalid': 'Este enlace de invitación se ha sustituido. Pida el nuevo al moderador o solicite que le admita.',
  'error.audience_closed': 'En esta ronda solo el panel presenta compromisos.',
  'error.pledge_changed': 'Este compromiso ha cambiado entretanto. Revise el nuevo texto y vuelva a intentarlo.',
  'error.round_not_open': 'La ronda no está abierta.',
  'error.already_pledged': 'Ya ha enviado un compromiso en esta ronda.',
  'error.pledge_not_found': 'No se encontró este compromiso.',
  'error.not_your_pledge': 'Este compromiso pertenece a otra persona.',
  'error.unknown_theme': 'Elija temas de la lista de este evento.',
  'error.visibility_locked': 'El carácter público de un compromiso se elige al enviarlo.',
  'error.event_not_found': 'Este evento no existe.',
  'error.pledge_id_taken': 'Este identificador de compromiso ya está en uso. Empiece un nuevo compromiso.',
  'error.rate_limited': 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
  'error.conflict': 'Otra persona lo modificó al mismo tiempo. Vuelva a intentarlo.',
  'error.store_unavailable': 'En este momento el servidor no puede acceder a su almacenamiento. No se ha perdido nada; volverá a intentarlo en breve.',
  'error.unknown_command': 'Esta página no está actualizada. Vuelva a cargarla e inténtelo de nuevo.',
  'error.internal': 'Se produjo un error en el servidor. Vuelva a intentarlo.',
  'error.timeout': 'El servidor no respondió a tiempo.',
  'error.network': 'No hay conexión con el servidor. Compruebe su red y vuelva a intentarlo.',
  'error.unknown': 'Se produjo un error. Vuelva a intentarlo.',
} as const satisfies Translation<typeof enErrors>;
