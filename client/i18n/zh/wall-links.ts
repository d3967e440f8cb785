import type { Translation } from '../en';
import type { enWallLinks } from '../en/wall-links';

/** 展示墙或论坛展示墙链接旁关于其语言的说明（主持控制台、组织者页面）。 */
export const zhWallLinks = {
  'wallLinks.turns': '{kind, select, forum {论坛展示墙} other {展示墙}}轮流使用活动语言：{languages}（每 {seconds} 秒）。',
  'wallLinks.one': '{kind, select, forum {论坛展示墙} other {展示墙}}以活动语言显示：{language}。',
  'wallLinks.browser': '{kind, select, forum {论坛展示墙} other {展示墙}}以打开它的浏览器的语言显示。',
  'wallLinks.left': '界面尚无以下语言的翻译，因此不显示：{languages}。',
  'wallLinks.pins': '仅一种语言',
  'wallLinks.pinsHelp': '每个链接以一种语言打开{kind, select, forum {论坛展示墙} other {展示墙}}，并一直保持该语言：适用于单一语言的投影仪，或每种语言各一块屏幕。',
  'wallLinks.forumLink': '论坛展示墙链接（会场主屏幕）',
  'wallLinks.pin': '{kind, select, forum {论坛展示墙} other {展示墙}}：{language}',
} as const satisfies Translation<typeof enWallLinks>;
