import type { Translation } from '../en';
import type { enForum } from '../en/forum';

/** El muro del foro: un muro por evento, en las pantallas principales del recinto. */
export const esForum = {
  'forum.title': 'Muro del foro',
  'forum.organizerLink': 'Muro del foro',
  'forum.pledgesWord': '{count, plural, one {compromiso} many {de compromisos} other {compromisos}}',
  'forum.fromSessions': '{count, plural, one {de # sesión} many {de # de sesiones} other {de # sesiones}}',
  'forum.newest': 'Últimos compromisos',
  'forum.totals': 'Totales',
  'forum.bySession': 'Por sesión',
  'forum.byGroup': 'Por grupo de partes interesadas',
  'forum.byTheme': 'Por tema',
  'forum.empty': 'Los compromisos de todas las sesiones aparecerán aquí a medida que se formulen.',
  'forum.badAddress': 'La dirección de este muro del foro no es válida. Vuelva a abrirlo desde la página del evento del organizador.',
  'forum.announce.one': 'Nuevo compromiso de {name}, {session}: {text}',
  'forum.announce.many':
    '{count, plural, one {# nuevo compromiso; el más reciente, de {name}, {session}: {text}} many {# de nuevos compromisos; el más reciente, de {name}, {session}: {text}} other {# nuevos compromisos; el más reciente, de {name}, {session}: {text}}}',
} as const satisfies Translation<typeof enForum>;
