import type { Translation } from '../en';
import type { enStagePhone } from '../en/stage-phone';

/** 手机上的舞台：各屏幕共用的文字见 ./stage.ts。 */
export const zhStagePhone = {
  'phone.lastCall.edit': '最后提醒：请立即保存您的修改。',
  'phone.lastCall.sent': '最后提醒：环节即将结束。您的承诺已保存；在此之前仍可修改。',
  'phone.timer.closesIn': '距环节结束',
  'phone.timer.autoClose': '倒计时结束时，环节将自动结束。',
  'phone.timer.stillOpen': '时间到 · 您现在仍可发送承诺',
} as const satisfies Translation<typeof enStagePhone>;
