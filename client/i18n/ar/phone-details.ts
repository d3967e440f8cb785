import type { Translation } from '../en';
import type { enPhoneDetails } from '../en/phone-details';

/** الهاتف: حقول «مزيد من التفاصيل» واختيار غايات أهداف التنمية المستدامة، تُحمَّل مع تلك الحقول. */
export const arPhoneDetails = {
  'phone.form.stakeholderGroupLabel': 'فئة أصحاب المصلحة',
  'phone.form.regionalGroupLabel': 'المجموعة الإقليمية',
  'phone.form.regionalGroup.none': 'غير محددة',
  'phone.form.themesLegend': 'المواضيع',
  'phone.form.themesMax':
    '{max, plural, zero {يمكنك اختيار # موضوع على الأكثر.} one {يمكنك اختيار موضوع واحد على الأكثر.} two {يمكنك اختيار موضوعين على الأكثر.} few {يمكنك اختيار # مواضيع على الأكثر.} many {يمكنك اختيار # موضوعًا على الأكثر.} other {يمكنك اختيار # موضوع على الأكثر.}}',
  'phone.form.sdgLegend': 'غايات أهداف التنمية المستدامة',
  'phone.form.sdgSearchLabel': 'ابحث عن غاية من غايات أهداف التنمية المستدامة برمزها أو بكلمات منها',
  'phone.form.sdgSearchPlaceholder': 'مثلًا 17.16 أو شراكة',
  'phone.form.sdgLoading': 'جارٍ تحميل غايات أهداف التنمية المستدامة…',
  'phone.form.sdgUnavailable': 'تعذّر تحميل قائمة غايات أهداف التنمية المستدامة. أغلق «تفاصيل إضافية» وافتحها مجددًا بعد عودة الاتصال.',
  'phone.form.sdgNoResults': 'لا غاية تطابق «{query}».',
  'phone.form.sdgResults': 'الغايات المطابقة',
  'phone.form.sdgChosen': 'الغايات المختارة',
  'phone.form.sdgAdd': 'إضافة الغاية {code}: {text}',
  'phone.form.sdgRemove': 'إزالة الغاية {code}',
  'phone.form.sdgMax':
    '{max, plural, zero {يمكنك اختيار # غاية على الأكثر.} one {يمكنك اختيار غاية واحدة على الأكثر.} two {يمكنك اختيار غايتين على الأكثر.} few {يمكنك اختيار # غايات على الأكثر.} many {يمكنك اختيار # غاية على الأكثر.} other {يمكنك اختيار # غاية على الأكثر.}}',
  'phone.form.timeframeLegend': 'الإطار الزمني',
  'phone.form.timeframe.next-igf': 'حتى منتدى إدارة الإنترنت القادم',
  'phone.form.timeframe.date': 'بحلول تاريخ محدد',
  'phone.form.timeframeDateLabel': 'التاريخ',
  'phone.form.visibilityLegend': 'الظهور',
  'phone.form.visibility.public': 'علني',
  'phone.form.visibility.record': 'للسجل الداخلي فقط',
  'phone.form.visibilityHelp.public': 'يُعرض على شاشة العرض وفي السجل العام.',
  'phone.form.visibilityHelp.record': 'يُحفظ في سجل المنظمين فقط؛ ولا يُعرض على شاشة العرض أبدًا.',
  'phone.form.visibilityLocked': 'يُحدَّد الظهور عند إرسال التعهد ولا يمكن تغييره.',
  'phone.form.deliverablesLegend': 'النواتج',
  'phone.form.deliverableText': 'الناتج {n}',
  'phone.form.deliverableDue': 'موعد تسليم الناتج {n}',
  'phone.form.deliverableRemove': 'إزالة الناتج {n}',
  'phone.form.deliverableAdd': 'إضافة ناتج',
  'phone.form.partnersLegend': 'الشركاء',
  'phone.form.partnerLabel': 'الشريك {n}',
  'phone.form.partnerRemove': 'إزالة الشريك {n}',
  'phone.form.partnerAdd': 'إضافة شريك',
  'phone.form.remove': 'إزالة',
} as const satisfies Translation<typeof enPhoneDetails>;
