import type { Translation } from '../en';
import type { enPhoneSlow } from '../en/phone-slow';

/** Le téléphone : aperçu du dossier et question sur les dates déjà passées. */
export const frPhoneSlow = {
  'phone.preview.recordTitle': 'Ce que le dossier contiendra',
  'phone.confirm.recordTitle': 'Ce que contient le dossier',
  'phone.preview.pastKept': 'date passée, conservée',
  'phone.pastDate.title': 'Cette date est passée — est-ce bien voulu ?',
  'phone.pastDate.deliverable': 'Le livrable {n}, « {text} », est dû le {date}.',
  'phone.pastDate.timeframe': 'Votre engagement est daté du {date}.',
  'phone.pastDate.late': 'Un engagement dont la date est passée apparaît en retard dans le registre public dès le jour où il est pris.',
  'phone.pastDate.change': 'Changer la date',
  'phone.pastDate.keep': 'La conserver',
} as const satisfies Translation<typeof enPhoneSlow>;
