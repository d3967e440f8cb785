import type { Translation } from '../en';
import type { enCommon } from '../en/common';

/** ما تشترك فيه كل الصفحات: التطبيق، والاتصال، وصفحة البداية، والتعهدات، والفئات، وحالة الجولة. */
export const arCommon = {
  'app.name': 'Pledge Round',
  'app.loading': 'جارٍ التحميل…',
  'app.notFound.title': 'الصفحة غير موجودة',
  'app.notFound.body': 'لا يؤدي هذا العنوان إلى أي صفحة في Pledge Round.',
  'app.backHome': 'الانتقال إلى صفحة البداية',
  'app.chunkError': 'تعذّر تحميل هذه الصفحة. تحقّق من الاتصال وأعد التحميل.',
  'app.reload': 'إعادة التحميل',

  // منتقي اللغة (كل لغة مدرجة باسمها)
  'lang.label': 'اللغة',

  // الاتصال
  'conn.connecting': 'جارٍ الاتصال…',
  'conn.online': 'متصل',
  'conn.offline': 'انقطع الاتصال — جارٍ إعادة الاتصال…',
  'conn.offlinePhone': 'انقطع الاتصال — نصّك محفوظ على هذا الهاتف. جارٍ إعادة الاتصال…',
  'conn.refused': 'تعذّر الاتصال',
  'round.defaultPrompt': 'قبل أن نختتم: ما الالتزام الملموس الذي ستتعهد به قبل منتدى إدارة الإنترنت القادم؟',

  // العد التنازلي
  'countdown.timesUp': 'انتهى الوقت',
  'countdown.aria': 'الوقت المتبقي: {time}',

  // التعهدات
  'pledge.onBehalfOf': 'باسم {organization}',
  'pledge.personal': 'بصفة شخصية',
  'pledge.personalMark': '(بصفة شخصية)',
  'pledge.anonymous': 'مجهول الهوية',
  'pledge.audience.onsite': 'الجمهور · في القاعة',
  'pledge.audience.online': 'الجمهور · عبر الإنترنت',
  'pledge.edited': 'معدَّل',
  'pledge.themes': 'المواضيع',
  'theme.data': 'البيانات',
  'theme.environment': 'البيئة',
  'theme.inclusion': 'الشمول',
  'theme.trust': 'الثقة',
  'pledge.sdgTargets': 'غايات أهداف التنمية المستدامة',
  'pledge.sdgTarget': 'الغاية {code}',
  'pledge.timeframe.next-igf': 'حتى منتدى إدارة الإنترنت القادم',
  'pledge.timeframe.date': 'بحلول {date}',
  'pledge.recordOnly': 'داخلي فقط',

  // the pledge’s record, as the phone’s preview and the record pages show it
  'record.deliverables': 'النواتج',
  'record.due': 'موعد التسليم {date}',
  'record.timeframe.next-igf': 'حتى منتدى إدارة الإنترنت القادم',
  'record.timeframe.date': 'بحلول {date}',
  'record.field.capacity': 'الصفة',
  'record.field.regionalGroup': 'المجموعة الإقليمية',
  'record.field.timeframe': 'الإطار الزمني',
  'record.field.partners': 'الشركاء',
  'record.pledge.onBehalfOf': 'باسم {organization}',
  'record.pledge.personal': 'بصفة شخصية',

  // المجموعات الإقليمية
  'region.African Group': 'مجموعة الدول الأفريقية',
  'region.Asia-Pacific Group': 'مجموعة دول آسيا والمحيط الهادئ',
  'region.Eastern European Group': 'مجموعة دول أوروبا الشرقية',
  'region.GRULAC': 'مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي',
  'region.WEOG': 'مجموعة دول أوروبا الغربية ودول أخرى',
  'region.Intergovernmental': 'حكومي دولي',

  // حالة الجولة
  'round.draft': 'الجولة لم تُفتح بعد',
  'round.open': 'الجولة مفتوحة',
  'round.closed': 'الجولة مغلقة',

  // أوامر مشتركة
  'copy.copy': 'نسخ',
  'copy.copied': 'تم النسخ',
  'copy.label': 'نسخ: {label}',

  // فئات أصحاب المصلحة
  'group.Government': 'الحكومات',
  'group.Private Sector': 'القطاع الخاص',
  'group.Technical Community': 'المجتمع التقني',
  'group.Intergovernmental Organization': 'المنظمات الحكومية الدولية',
  'group.Civil Society': 'المجتمع المدني',
  'group.Academia': 'الأوساط الأكاديمية',
  'group.Individual': 'الأفراد',
} as const satisfies Translation<typeof enCommon>;
