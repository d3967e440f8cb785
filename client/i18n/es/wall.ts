import type { Translation } from '../en';
import type { enWall } from '../en/wall';

/** El muro: recuadro para unirse, estado de la ronda, contadores (sus vistas: ./stage-wall.ts). */
export const esWall = {
  'wall.title': 'Muro',
  'wall.joinAt': 'Únase en',
  'wall.joinCode': 'Código',
  'wall.qrAlt': 'Código QR que lleva a la página de acceso',
  'wall.state.draft': 'La ronda se abrirá en breve',
  'wall.state.open': 'Se aceptan compromisos',
  'wall.state.closed': 'Ronda cerrada — gracias',
  'wall.state.timeUpOpen': 'Se acabó el tiempo · llegan los últimos compromisos',
  'wall.state.timeUpClosing': 'Se acabó el tiempo · la ronda se cierra',
  'wall.empty.open': 'En espera del primer compromiso…',
  'wall.empty.draft': 'Los compromisos del panel aparecerán aquí.',
  'wall.empty.draftHint': 'Escanee el código o abra el enlace para seguir la ronda en su teléfono, en la sala o en línea.',
  'wall.empty.closed': 'No se formuló ningún compromiso en esta ronda.',
  'wall.fullscreen': 'Pantalla completa',
  'wall.pledgesLabel': 'Compromisos',
  'wall.page': 'Página {page} de {pages}',
  'wall.byGroup': 'Por grupo de partes interesadas',
  'wall.byTheme': 'Por tema',
  'wall.pledges': '{count, plural, one {# compromiso} many {# de compromisos} other {# compromisos}}',
  'wall.panelists': '{count, plural, one {# panelista} many {# de panelistas} other {# panelistas}}',
  'wall.counter': '{pledges} · {panelists}',
  'wall.audience': 'Se han unido: {onsite} · {online}',
  'wall.audience.onsite': '{count, plural, one {# en la sala} many {# en la sala} other {# en la sala}}',
  'wall.audience.online': '{count, plural, one {# en línea} many {# en línea} other {# en línea}}',
  'error.own_pledge': 'Es su propio compromiso: son los demás participantes quienes lo apoyan.',
} as const satisfies Translation<typeof enWall>;
