import type { Translation } from '../en';
import type { enWallLinks } from '../en/wall-links';

/** Lo que dicen los enlaces de un muro o del muro del foro sobre sus idiomas (consola, páginas de organización). */
export const esWallLinks = {
  'wallLinks.turns': '{kind, select, forum {El muro del foro} other {El muro}} alterna los idiomas del evento: {languages} (cada {seconds} s).',
  'wallLinks.one': '{kind, select, forum {El muro del foro} other {El muro}} se muestra en el idioma del evento: {language}.',
  'wallLinks.browser': '{kind, select, forum {El muro del foro} other {El muro}} se muestra en el idioma del navegador que lo abre.',
  'wallLinks.left': 'Sin traducción de la interfaz, así que no se muestra en: {languages}.',
  'wallLinks.pins': 'Un solo idioma',
  'wallLinks.pinsHelp':
    'Cada enlace abre {kind, select, forum {el muro del foro} other {el muro}} en un idioma, y se queda en él: un proyector en un solo idioma o una pantalla por idioma.',
  'wallLinks.forumLink': 'Enlace del muro del foro (pantallas principales del recinto)',
  'wallLinks.pin': '{kind, select, forum {Muro del foro} other {Muro}}: {language}',
} as const satisfies Translation<typeof enWallLinks>;
