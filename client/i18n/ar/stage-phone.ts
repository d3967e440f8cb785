import type { Translation } from '../en';
import type { enStagePhone } from '../en/stage-phone';

/** المنصة على الهاتف: انظر ./stage.ts للكلمات المشتركة بين كل الشاشات. */
export const arStagePhone = {
  'phone.lastCall.edit': 'النداء الأخير: احفظ تعديلاتك الآن.',
  'phone.lastCall.sent': 'النداء الأخير: تُغلق الجولة قريبًا. تعهدك محفوظ، ولا يزال بإمكانك تعديله حتى ذلك الحين.',
  'phone.timer.closesIn': 'تُغلق بعد',
  'phone.timer.autoClose': 'تُغلق الجولة تلقائيًا عند انتهاء العد التنازلي.',
  'phone.timer.stillOpen': 'انتهى الوقت · لا يزال بإمكانك إرسال تعهدك الآن',
} as const satisfies Translation<typeof enStagePhone>;
