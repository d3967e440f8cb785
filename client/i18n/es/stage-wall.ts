import type { Translation } from '../en';
import type { enStageWall } from '../en/stage-wall';

/** El escenario en el muro (las palabras comunes a todas las pantallas: ./stage.ts). */
export const esStageWall = {
  // pantalla de espera
  'wall.holding.appear': 'Los compromisos aparecerán aquí',
  'wall.holding.join': 'Escanee para seguir en su teléfono',
  'wall.holding.soFar': '{pledges} hasta ahora',
  // una cuenta atrás que cierra la ronda al terminar
  'wall.countdown.closes': 'La ronda se cierra en',
  // destacado
  'wall.spotlight.label': 'Destacado',
  'wall.spotlight.position': '{index} de {total}',
  // cinta desplazable
  'wall.ticker.label': 'Compromisos',
  'wall.ticker.join': 'Únase: {url}',
  'wall.ticker.empty': 'Los compromisos aparecerán aquí',
  // nube de palabras
  'wall.cloud.title': 'Los compromisos, en sus propias palabras',
  'wall.cloud.list': 'Palabras más utilizadas en los compromisos',
  'wall.cloud.word': '{count, plural, one {{word}: # vez} many {{word}: # de veces} other {{word}: # veces}}',
  'wall.cloud.empty': 'Las palabras de los compromisos aparecerán aquí.',
  // desglose a pantalla completa
  'wall.breakdown.title': 'Quién se comprometió, y con qué',
  'wall.breakdown.total': '{count, plural, one {compromiso} many {de compromisos} other {compromisos}}',
  'wall.breakdown.fromPanel': '{count} del panel',
  'wall.breakdown.fromAudience': '{count} del público',
  'wall.breakdown.noThemes': 'Aún no se ha elegido ningún tema',
  // la vista incrustable
  'embed.label': 'Compromisos en directo',
  'embed.empty.draft': 'Los compromisos aparecerán aquí cuando se abra la ronda.',
  'embed.empty.open': 'En espera del primer compromiso…',
  'embed.empty.closed': 'No se formuló ningún compromiso en esta ronda.',

  // last call, as the walls say it
  'stage.lastCall.wall': 'Último aviso para los compromisos',
} as const satisfies Translation<typeof enStageWall>;
