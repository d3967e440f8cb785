import type { Translation } from '../en';
import type { enStagePhone } from '../en/stage-phone';

/** El escenario en el teléfono (las palabras comunes a todas las pantallas: ./stage.ts). */
export const esStagePhone = {
  'phone.lastCall.edit': 'Último aviso: guarde ahora sus cambios.',
  'phone.lastCall.sent': 'Último aviso: la ronda se cerrará en breve. Su compromiso está guardado; puede seguir modificándolo hasta entonces.',
  'phone.timer.closesIn': 'Se cierra en',
  'phone.timer.autoClose': 'La ronda se cierra automáticamente al terminar la cuenta atrás.',
  'phone.timer.stillOpen': 'Tiempo agotado · aún puede enviar ahora su compromiso',
} as const satisfies Translation<typeof enStagePhone>;
