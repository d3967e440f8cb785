import type { Translation } from '../en';
import type { enStagePhone } from '../en/stage-phone';

/** Сцена на телефоне: общие для всех экранов слова — в ./stage.ts. */
export const ruStagePhone = {
  'phone.lastCall.edit': 'Последний призыв: сохраните изменения сейчас.',
  'phone.lastCall.sent': 'Последний призыв: раунд скоро закроется. Ваше обязательство сохранено; до закрытия его ещё можно изменить.',
  'phone.timer.closesIn': 'До закрытия',
  'phone.timer.autoClose': 'Раунд закроется автоматически по окончании обратного отсчёта.',
  'phone.timer.stillOpen': 'Время истекло · вы ещё можете отправить обязательство сейчас',
} as const satisfies Translation<typeof enStagePhone>;
