import type { Translation } from '../en';
import type { enLanding } from '../en/landing';

/** La página de inicio (el código para unirse, cómo funciona una ronda): se carga con esa página. */
export const esLanding = {
  'landing.tagline': 'Un compromiso por persona, en directo en el muro.',
  'landing.intro':
    'Al final de una sesión, el moderador abre una ronda de compromisos. Cada panelista escribe un compromiso voluntario en su teléfono, y los compromisos aparecen en directo en la pantalla de la sala y en la transmisión.',
  'landing.join.title': 'Unirse a una ronda de compromisos',
  'landing.join.label': 'Introduzca el código de acceso',
  'landing.join.help': 'Seis caracteres, que se muestran en la pantalla de la sala.',
  'landing.join.submit': 'Unirse',
  'landing.join.checking': 'Comprobando…',
  'landing.join.placeholder': 'K7QM4P',
  'landing.join.invalid': 'Un código de acceso tiene seis letras o cifras, por ejemplo K7QM4P.',
  'landing.steps.title': 'Cómo funciona',
  'landing.steps.one': 'El moderador abre la ronda.',
  'landing.steps.two': 'Cada panelista escribe un compromiso en su teléfono.',
  'landing.steps.three': 'Los compromisos aparecen en el muro y se conservan para su seguimiento.',
  'landing.organizer': '¿Organiza un evento? Cree y gestione las sesiones',
} as const satisfies Translation<typeof enLanding>;
