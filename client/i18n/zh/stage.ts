import type { Translation } from '../en';
import type { enStage } from '../en/stage';

/** 舞台：展示墙视图、聚焦、发言顺序、最后提醒、对承诺的支持。 */
export const zhStage = {
  'stage.lastCall': '最后提醒',
  'stage.lastCall.phone': '最后提醒：请立即发送您的承诺。',
  'stage.yourTurn': '轮到您了',
  'stage.yourTurn.detail': '主持人请您发言：请宣读您的承诺。',
  'stage.speaking': '正在发言：{name}',
  'stage.support': '支持',
  'stage.supported': '已支持',
  'stage.support.label': '支持{name}的承诺',
  'stage.support.labelAnonymous': '支持这项匿名承诺',
  /** 大屏幕上因空间不足而未列出的行。 */
  'stage.more': '另有{count}项',
  'stage.supporters': '{count, plural, other {#位支持者}}',
  'stage.support.failed.rate_limited': '点击次数过多：请稍候再试。',
  'stage.support.failed.network': '未发送：当前没有网络连接。',
  'stage.support.failed.timeout': '服务器未响应：请重试。',
  'stage.support.failed.pledge_not_found': '此承诺已不在展示墙上。',
  // 供屏幕阅读器播报（礼貌型实时区域）
  'wall.announce.pledge': '{name}作出了新承诺。',
  'wall.announce.open': '环节已开启。',
  'wall.announce.closed': '环节已结束。',
  'wall.announce.lastCall': '承诺提交最后提醒。',
} as const satisfies Translation<typeof enStage>;
