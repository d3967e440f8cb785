import type { Translation } from '../en';
import type { enWall } from '../en/wall';

/** شاشة العرض: مربع الانضمام، وحالات الجولة، والعدادات (انظر ./stage-wall.ts لطرق العرض). */
export const arWall = {
  // شاشة العرض
  'wall.title': 'شاشة العرض',
  'wall.joinAt': 'انضم عبر',
  'wall.joinCode': 'الرمز',
  'wall.qrAlt': 'رمز QR يؤدي إلى صفحة الانضمام',
  'wall.state.draft': 'تُفتح الجولة قريبًا',
  'wall.state.open': 'باب التعهدات مفتوح',
  'wall.state.closed': 'أُغلقت الجولة — شكرًا لكم',
  'wall.state.timeUpOpen': 'انتهى الوقت · آخر التعهدات ما زالت تصل',
  'wall.state.timeUpClosing': 'انتهى الوقت · الجولة تُغلق الآن',
  'wall.empty.open': 'في انتظار التعهد الأول…',
  'wall.empty.draft': 'ستظهر هنا التزامات المحاورين.',
  'wall.empty.draftHint': 'امسح الرمز أو افتح الرابط لمتابعة الجولة على هاتفك، في القاعة أو عبر الإنترنت.',
  'wall.empty.closed': 'لم تُقدَّم أي تعهدات في هذه الجولة.',
  'wall.fullscreen': 'ملء الشاشة',
  'wall.pledgesLabel': 'التعهدات',
  'wall.page': 'الصفحة {page} من {pages}',
  'wall.byGroup': 'حسب فئة أصحاب المصلحة',
  'wall.byTheme': 'حسب الموضوع',
  'wall.pledges': '{count, plural, zero {لا تعهدات} one {تعهد واحد} two {تعهدان} few {# تعهدات} many {# تعهدًا} other {# تعهد}}',
  'wall.panelists': '{count, plural, zero {لا محاورين} one {محاور واحد} two {محاوران} few {# محاورين} many {# محاورًا} other {# محاور}}',
  'wall.counter': '{pledges} · {panelists}',
  'wall.audience': 'انضموا: {onsite} · {online}',
  'wall.audience.onsite':
    '{count, plural, zero {# في القاعة} one {# في القاعة} two {# في القاعة} few {# في القاعة} many {# في القاعة} other {# في القاعة}}',
  'wall.audience.online':
    '{count, plural, zero {# عبر الإنترنت} one {# عبر الإنترنت} two {# عبر الإنترنت} few {# عبر الإنترنت} many {# عبر الإنترنت} other {# عبر الإنترنت}}',
  'error.own_pledge': 'هذا تعهدك أنت: يؤيده الآخرون في الجلسة.',
} as const satisfies Translation<typeof enWall>;
