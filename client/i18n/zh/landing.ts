import type { Translation } from '../en';
import type { enLanding } from '../en/landing';

/** 首页（加入代码、环节如何进行）：随该页面加载。 */
export const zhLanding = {
  'landing.tagline': '每人一项承诺，实时呈现在展示墙上。',
  'landing.intro':
    '会议结束时，主持人开启承诺环节。每位小组成员在手机上输入一项自愿承诺，承诺即实时显示在会场屏幕和直播画面上。',
  'landing.join.title': '加入承诺环节',
  'landing.join.label': '输入加入码',
  'landing.join.help': '六个字符，显示在会场屏幕上。',
  'landing.join.submit': '加入',
  'landing.join.checking': '正在核对…',
  'landing.join.placeholder': 'K7QM4P',
  'landing.join.invalid': '加入码由六个字母或数字组成，例如 K7QM4P。',
  'landing.steps.title': '使用方法',
  'landing.steps.one': '主持人开启承诺环节。',
  'landing.steps.two': '每位小组成员在手机上写下一项承诺。',
  'landing.steps.three': '承诺显示在展示墙上，并存档以便后续跟进。',
  'landing.organizer': '您是组织者？创建和管理会议',
} as const satisfies Translation<typeof enLanding>;
