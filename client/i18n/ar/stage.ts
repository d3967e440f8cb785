import type { Translation } from '../en';
import type { enStage } from '../en/stage';

/** المنصة: طرق العرض على الشاشات، وتسليط الضوء، وترتيب الكلام، والنداء الأخير، وتأييد التعهدات. */
export const arStage = {
  'stage.lastCall': 'النداء الأخير',
  'stage.lastCall.phone': 'النداء الأخير: أرسل تعهدك الآن.',
  'stage.yourTurn': 'حان دورك',
  'stage.yourTurn.detail': 'دعاك مدير الحوار إلى الكلام: اقرأ تعهدك.',
  'stage.speaking': 'المتكلم الآن: {name}',
  'stage.support': 'تأييد',
  'stage.supported': 'مؤيَّد',
  'stage.support.label': 'تأييد تعهد {name}',
  'stage.support.labelAnonymous': 'تأييد هذا التعهد المجهول الهوية',
  /** صفوف تُسقطها قائمة على شاشة كبيرة لضيق المساحة. */
  'stage.more': '+{count} أخرى',
  'stage.supporters':
    '{count, plural, zero {لا مؤيدين} one {مؤيد واحد} two {مؤيدان} few {# مؤيدين} many {# مؤيدًا} other {# مؤيد}}',
  'stage.support.failed.rate_limited': 'نقرات كثيرة جدًا: انتظر قليلًا ثم حاول مرة أخرى.',
  'stage.support.failed.network': 'لم يُرسَل: لا يوجد اتصال حاليًا.',
  'stage.support.failed.timeout': 'لا رد من الخادم: حاول مرة أخرى.',
  'stage.support.failed.pledge_not_found': 'لم يعد هذا التعهد على شاشة العرض.',
  // إعلانات لقارئات الشاشة (منطقة حية مهذبة)
  'wall.announce.pledge': 'تعهد جديد من {name}.',
  'wall.announce.open': 'الجولة مفتوحة.',
  'wall.announce.closed': 'الجولة مغلقة.',
  'wall.announce.lastCall': 'النداء الأخير لتقديم التعهدات.',
} as const satisfies Translation<typeof enStage>;
