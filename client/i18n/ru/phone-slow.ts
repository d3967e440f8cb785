import type { Translation } from '../en';
import type { enPhoneSlow } from '../en/phone-slow';

/** Телефон: предварительный просмотр записи и вопрос об уже прошедших датах. */
export const ruPhoneSlow = {
  'phone.preview.recordTitle': 'Что будет зарегистрировано',
  'phone.confirm.recordTitle': 'Что зарегистрировано',
  'phone.preview.pastKept': 'дата прошла, оставлена',
  'phone.pastDate.title': 'Эта дата уже прошла — всё верно?',
  'phone.pastDate.deliverable': 'Срок результата {n} «{text}» — {date}.',
  'phone.pastDate.timeframe': 'Срок вашего обязательства — {date}.',
  'phone.pastDate.late':
    'Обязательство с прошедшей датой с самого начала отображается в открытом реестре как просроченное.',
  'phone.pastDate.change': 'Изменить дату',
  'phone.pastDate.keep': 'Оставить',
} as const satisfies Translation<typeof enPhoneSlow>;
