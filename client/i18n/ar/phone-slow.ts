import type { Translation } from '../en';
import type { enPhoneSlow } from '../en/phone-slow';

/** الهاتف: معاينة ما سيحفظه السجل، والسؤال عن التواريخ التي مضت. */
export const arPhoneSlow = {
  'phone.preview.recordTitle': 'ما سيتضمنه السجل',
  'phone.confirm.recordTitle': 'ما يتضمنه السجل',
  'phone.preview.pastKept': 'تاريخ مضى، أُبقي عليه',
  'phone.pastDate.title': 'هذا التاريخ قد مضى — هل هذا صحيح؟',
  'phone.pastDate.deliverable': 'موعد تسليم الناتج {n}، «{text}»، هو {date}.',
  'phone.pastDate.timeframe': 'تعهدك مؤرَّخ بـ {date}.',
  'phone.pastDate.late': 'يظهر التعهد ذو التاريخ الماضي متأخرًا في السجل العام منذ يوم تقديمه.',
  'phone.pastDate.change': 'تغيير التاريخ',
  'phone.pastDate.keep': 'الإبقاء عليه',
} as const satisfies Translation<typeof enPhoneSlow>;
