import type { Translation } from '../en';
import type { enForum } from '../en/forum';

/** شاشة المنتدى: شاشة واحدة لكل فعالية، على الشاشات الرئيسية في مكان الانعقاد. */
export const arForum = {
  'forum.title': 'شاشة المنتدى',
  'forum.organizerLink': 'شاشة المنتدى',
  'forum.pledgesWord': '{count, plural, zero {تعهد} one {تعهد} two {تعهدان} few {تعهدات} many {تعهدًا} other {تعهد}}',
  'forum.fromSessions':
    '{count, plural, zero {من # جلسة} one {من جلسة واحدة} two {من جلستين} few {من # جلسات} many {من # جلسة} other {من # جلسة}}',
  'forum.newest': 'أحدث التعهدات',
  'forum.totals': 'المجاميع',
  'forum.bySession': 'حسب الجلسة',
  'forum.byGroup': 'حسب فئة أصحاب المصلحة',
  'forum.byTheme': 'حسب الموضوع',
  'forum.empty': 'ستظهر هنا التعهدات المقدَّمة في كل الجلسات فور تقديمها.',
  'forum.badAddress': 'عنوان شاشة المنتدى هذه غير صالح. افتحها مجددًا من صفحة الفعالية لدى المنظمين.',
  'forum.announce.one': 'تعهد جديد من {name}، {session}: {text}',
  'forum.announce.many':
    '{count, plural, zero {# تعهد جديد، أحدثها من {name}، {session}: {text}} one {تعهد جديد واحد، من {name}، {session}: {text}} two {تعهدان جديدان، أحدثهما من {name}، {session}: {text}} few {# تعهدات جديدة، أحدثها من {name}، {session}: {text}} many {# تعهدًا جديدًا، أحدثها من {name}، {session}: {text}} other {# تعهد جديد، أحدثها من {name}، {session}: {text}}}',
} as const satisfies Translation<typeof enForum>;
