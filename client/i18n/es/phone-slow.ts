import type { Translation } from '../en';
import type { enPhoneSlow } from '../en/phone-slow';

/** El teléfono: vista previa del expediente y pregunta sobre las fechas ya pasadas. */
export const esPhoneSlow = {
  'phone.preview.recordTitle': 'Lo que constará en el expediente',
  'phone.confirm.recordTitle': 'Lo que consta en el expediente',
  'phone.preview.pastKept': 'fecha pasada, mantenida',
  'phone.pastDate.title': 'Esta fecha ya ha pasado — ¿es correcto?',
  'phone.pastDate.deliverable': 'El entregable {n}, «{text}», vence el {date}.',
  'phone.pastDate.timeframe': 'Su compromiso tiene fecha del {date}.',
  'phone.pastDate.late': 'Un compromiso con una fecha pasada figura como atrasado en el registro público desde el día en que se formula.',
  'phone.pastDate.change': 'Cambiar la fecha',
  'phone.pastDate.keep': 'Mantenerla',
} as const satisfies Translation<typeof enPhoneSlow>;
