import type { Translation } from '../en';
import type { enWall } from '../en/wall';

/** 展示墙：加入信息框、环节状态、计数（其各种视图见 ./stage-wall.ts）。 */
export const zhWall = {
  // 展示墙
  'wall.title': '展示墙',
  'wall.joinAt': '加入网址',
  'wall.joinCode': '加入码',
  'wall.qrAlt': '链接到加入页面的二维码',
  'wall.state.draft': '环节即将开启',
  'wall.state.open': '承诺环节进行中',
  'wall.state.closed': '环节已结束——谢谢',
  'wall.state.timeUpOpen': '时间到 · 最后的承诺仍在提交中',
  'wall.state.timeUpClosing': '时间到 · 环节正在结束',
  'wall.empty.open': '正在等待第一项承诺…',
  'wall.empty.draft': '小组成员的承诺将显示在这里。',
  'wall.empty.draftHint': '扫描二维码或打开链接，即可在会场或线上用手机关注本环节。',
  'wall.empty.closed': '本环节没有作出任何承诺。',
  'wall.fullscreen': '全屏',
  'wall.pledgesLabel': '承诺',
  'wall.page': '第{page}页，共{pages}页',
  'wall.byGroup': '按利益攸关方群体',
  'wall.byTheme': '按主题',
  'wall.pledges': '{count, plural, other {#项承诺}}',
  'wall.panelists': '{count, plural, other {#位小组成员}}',
  'wall.counter': '{pledges} · {panelists}',
  'wall.audience': '已加入：{onsite} · {online}',
  'wall.audience.onsite': '{count, plural, other {现场#人}}',
  'wall.audience.online': '{count, plural, other {线上#人}}',
  'error.own_pledge': '这是您自己的承诺：由会场中的其他人来支持。',
} as const satisfies Translation<typeof enWall>;
