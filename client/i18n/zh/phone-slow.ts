import type { Translation } from '../en';
import type { enPhoneSlow } from '../en/phone-slow';

/** 手机上对存档内容的预览，以及对已过日期的确认。 */
export const zhPhoneSlow = {
  'phone.preview.recordTitle': '存档将包含的内容',
  'phone.confirm.recordTitle': '存档包含的内容',
  'phone.preview.pastKept': '日期已过，仍保留',
  'phone.pastDate.title': '此日期已过——确定吗？',
  'phone.pastDate.deliverable': '交付成果{n}“{text}”的截止日期为{date}。',
  'phone.pastDate.timeframe': '您的承诺日期为{date}。',
  'phone.pastDate.late': '日期已过的承诺自作出之日起，在公开记录中即显示为逾期。',
  'phone.pastDate.change': '更改日期',
  'phone.pastDate.keep': '保留',
} as const satisfies Translation<typeof enPhoneSlow>;
