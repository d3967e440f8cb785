import type { Translation } from '../en';
import type { enForum } from '../en/forum';

/** 论坛展示墙：每个活动一面，显示在会场的主屏幕上。 */
export const zhForum = {
  'forum.title': '论坛展示墙',
  'forum.organizerLink': '论坛展示墙',
  'forum.pledgesWord': '{count, plural, other {项承诺}}',
  'forum.fromSessions': '{count, plural, other {来自#场会议}}',
  'forum.newest': '最新承诺',
  'forum.totals': '总计',
  'forum.bySession': '按会议',
  'forum.byGroup': '按利益攸关方群体',
  'forum.byTheme': '按主题',
  'forum.empty': '各场会议作出的承诺将随时显示在这里。',
  'forum.badAddress': '此论坛展示墙的地址无效。请从组织者的活动页面重新打开。',
  'forum.announce.one': '{name}（{session}）作出了新承诺：{text}',
  'forum.announce.many': '{count, plural, other {#项新承诺，最新一项来自{name}（{session}）：{text}}}',
} as const satisfies Translation<typeof enForum>;
