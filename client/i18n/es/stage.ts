import type { Translation } from '../en';
import type { enStage } from '../en/stage';

/** El escenario: vistas del muro, compromiso destacado, orden de intervención, último aviso, apoyo a los compromisos. */
export const esStage = {
  'stage.lastCall': 'Último aviso',
  'stage.lastCall.phone': 'Último aviso: envíe ahora su compromiso.',
  'stage.yourTurn': 'Es su turno',
  'stage.yourTurn.detail': 'El moderador le ha dado la palabra: lea su compromiso en voz alta.',
  'stage.speaking': 'Tiene la palabra: {name}',
  'stage.support': 'Apoyar',
  'stage.supported': 'Apoyado',
  'stage.support.label': 'Apoyar el compromiso de {name}',
  'stage.support.labelAnonymous': 'Apoyar este compromiso anónimo',
  'stage.more': '+{count} más',
  'stage.supporters': '{count, plural, one {# apoyo} many {# de apoyos} other {# apoyos}}',
  'stage.support.failed.rate_limited': 'Demasiados toques: espere un momento y vuelva a intentarlo.',
  'stage.support.failed.network': 'No enviado: no hay conexión en este momento.',
  'stage.support.failed.timeout': 'El servidor no responde: vuelva a intentarlo.',
  'stage.support.failed.pledge_not_found': 'Este compromiso ya no está en el muro.',
  // anuncios para lectores de pantalla (región dinámica discreta)
  'wall.announce.pledge': 'Nuevo compromiso de {name}.',
  'wall.announce.open': 'La ronda está abierta.',
  'wall.announce.closed': 'La ronda está cerrada.',
  'wall.announce.lastCall': 'Último aviso para los compromisos.',
} as const satisfies Translation<typeof enStage>;
