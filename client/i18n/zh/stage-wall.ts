import type { Translation } from '../en';
import type { enStageWall } from '../en/stage-wall';

/** 展示墙上的舞台：各屏幕共用的文字见 ./stage.ts。 */
export const zhStageWall = {
  // 待机画面
  'wall.holding.appear': '承诺将显示在这里',
  'wall.holding.join': '扫码即可用手机关注',
  'wall.holding.soFar': '目前已有{pledges}',
  // 结束时即结束环节的倒计时
  'wall.countdown.closes': '距环节结束',
  // 聚焦
  'wall.spotlight.label': '聚焦',
  'wall.spotlight.position': '第{index}项，共{total}项',
  // 滚动字幕
  'wall.ticker.label': '承诺',
  'wall.ticker.join': '加入：{url}',
  'wall.ticker.empty': '承诺将显示在这里',
  // 词云
  'wall.cloud.title': '承诺中的关键词',
  'wall.cloud.list': '承诺中最常用的词',
  'wall.cloud.word': '{count, plural, other {{word}：#次}}',
  'wall.cloud.empty': '承诺中的词语将显示在这里。',
  // 全屏分类统计
  'wall.breakdown.title': '谁作出了承诺，涉及哪些方面',
  'wall.breakdown.total': '{count, plural, other {项承诺}}',
  'wall.breakdown.fromPanel': '{count}项来自小组成员',
  'wall.breakdown.fromAudience': '{count}项来自观众',
  'wall.breakdown.noThemes': '尚未选择主题',
  // 可嵌入视图
  'embed.label': '实时承诺',
  'embed.empty.draft': '环节开启后，承诺将显示在这里。',
  'embed.empty.open': '正在等待第一项承诺…',
  'embed.empty.closed': '本环节没有作出任何承诺。',

  // last call, as the walls say it
  'stage.lastCall.wall': '承诺提交最后提醒',
} as const satisfies Translation<typeof enStageWall>;
