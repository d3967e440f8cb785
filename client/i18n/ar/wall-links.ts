import type { Translation } from '../en';
import type { enWallLinks } from '../en/wall-links';

/** ما تقوله روابط شاشة العرض أو شاشة المنتدى عن لغاتها (لوحة الإدارة، صفحات المنظمين). */
export const arWallLinks = {
  'wallLinks.turns': '{kind, select, forum {تتناوب شاشة المنتدى} other {تتناوب شاشة العرض}} بين لغات الفعالية: {languages} (كل {seconds} ثانية).',
  'wallLinks.one': '{kind, select, forum {تظهر شاشة المنتدى} other {تظهر شاشة العرض}} بلغة الفعالية: {language}.',
  'wallLinks.browser': '{kind, select, forum {تظهر شاشة المنتدى} other {تظهر شاشة العرض}} بلغة المتصفح الذي يفتحها.',
  'wallLinks.left': 'لا تتوفر ترجمة للواجهة، لذا لا تُعرض: {languages}.',
  'wallLinks.pins': 'لغة واحدة فقط',
  'wallLinks.pinsHelp':
    'يفتح كل رابط {kind, select, forum {شاشة المنتدى} other {شاشة العرض}} بلغة واحدة وتبقى عليها: جهاز عرض بلغة واحدة، أو شاشة لكل لغة.',
  'wallLinks.forumLink': 'رابط شاشة المنتدى (الشاشات الرئيسية في مكان الانعقاد)',
  'wallLinks.pin': '{kind, select, forum {شاشة المنتدى} other {شاشة العرض}}: {language}',
} as const satisfies Translation<typeof enWallLinks>;
