import type { Translation } from '../en';
import type { enPhoneRoom } from '../en/phone-room';

/** الهاتف: الدعوات، والسماح بالدخول، والجمهور، وحالة المراجعة. */
export const arPhoneRoom = {
  // الانضمام: طريقتا الدخول
  'phone.join.title': 'كيف تشارك؟',
  'phone.join.audience': 'أنا من الجمهور',
  'phone.join.audienceHint': 'تابِع التعهدات مباشرةً، في القاعة أو عبر الإنترنت، وأضف تعهدك عندما تُفتح الجولة للجمهور.',
  'phone.join.panel': 'أنا من المحاورين',
  'phone.join.panelHint': 'اختر اسمك؛ وسيسمح لك مدير الحوار بالدخول.',
  'phone.join.back': 'رجوع',

  // الانضمام إلى الجمهور
  'phone.audience.joinTitle': 'الانضمام إلى الجمهور',
  'phone.audience.presenceLegend': 'أين تتابع الجلسة؟',
  'phone.audience.presence.onsite': 'في القاعة',
  'phone.audience.presence.online': 'عبر الإنترنت',
  'phone.audience.presenceMissing': 'حدّد ما إذا كنت في القاعة أم عبر الإنترنت.',
  'phone.audience.nameLabel': 'اسمك (اختياري)',
  'phone.audience.organizationLabel': 'منظمتك (اختياري)',
  'phone.audience.anonymousHint': 'اتركهما فارغين لتبقى مجهول الهوية على شاشة العرض.',
  'phone.audience.join': 'الانضمام إلى الجمهور',
  'phone.audience.joining': 'جارٍ الانضمام…',

  // هاتف الجمهور
  'phone.audience.youAre': 'من الجمهور · {presence} · {name}',
  'phone.audience.youAreAnonymous': 'من الجمهور · {presence} · مجهول الهوية',
  'phone.audience.waitingBody': 'سيفتح مدير الحوار الجولة قريبًا. أبقِ هذه الصفحة مفتوحة: سيظهر السؤال والتعهدات هنا تلقائيًا.',
  'phone.audience.panelOnlyTitle': 'التعهدات في هذه الجولة للمحاورين وحدهم',
  'phone.audience.panelOnlyBody': 'تابِع أدناه تعهدات المحاورين فور وصولها إلى شاشة العرض.',
  'phone.audience.panelOnlyDraft': 'نصّك محفوظ على هذا الهاتف، تحسّبًا لفتح مدير الحوار الجولةَ للجمهور.',
  'phone.audience.closedNone': 'شكرًا لمتابعتك الجولة.',
  'phone.audience.listTitle': 'على شاشة العرض',
  'phone.audience.listEmpty.draft': 'تظهر التعهدات هنا فور وصولها إلى شاشة العرض.',
  'phone.audience.listEmpty.open': 'لا تعهدات على شاشة العرض بعد.',
  'phone.audience.listEmpty.closed': 'لم يصل أي تعهد إلى شاشة العرض في هذه الجولة.',
  'phone.audience.yours': 'تعهدك',
  'phone.audience.panelist': 'محاور',
  'phone.audience.roundState.draft': 'الجولة لم تُفتح بعد',
  'phone.audience.roundState.open': 'الجولة مفتوحة',

  // طلب مقعد من مدير الحوار
  'phone.seat.confirmTitle': 'الانضمام باسم {name}؟',
  'phone.seat.confirmBody': 'يتحقق مدير الحوار من هويتك ثم يسمح لك بالدخول. لا يُنشر شيء باسمك قبل ذلك.',
  'phone.seat.ask': 'اطلب من مدير الحوار السماح لك بالدخول',
  'phone.seat.asking': 'جارٍ إرسال الطلب…',
  'phone.seat.notMe': 'اختيار اسم آخر',
  'phone.seat.waitingTitle': 'في انتظار سماح مدير الحوار بدخولك باسم {name}',
  'phone.seat.waitingBody': 'أبقِ هذه الصفحة مفتوحة: ستدخل فور موافقة مدير الحوار.',
  'phone.seat.waitingTaken': 'جهاز آخر مسجَّل الدخول بهذا الاسم. إذا سمح لك مدير الحوار بالدخول، يُسجَّل خروج ذلك الجهاز.',
  'phone.seat.refusedTitle': 'لم يسمح لك مدير الحوار بالدخول باسم {name}',
  'phone.seat.refusedBody': 'إذا كان هذا اسمك، فاطلب مجددًا أو تحدّث إلى مدير الحوار. ويمكنك أيضًا متابعة الجولة ضمن الجمهور.',
  'phone.seat.askAgain': 'الطلب مجددًا',
  'phone.seat.audienceInstead': 'الانضمام إلى الجمهور بدلًا من ذلك',
  'phone.seat.taking': 'جارٍ أخذ مقعدك باسم {name}…',
  'phone.seat.takingSomeone': 'جارٍ أخذ مقعدك…',
  'phone.seat.retry': 'حاول مرة أخرى',

  // رابط دعوة شخصي استُبدل
  'phone.invite.replacedTitle': 'استُبدل رابط الدعوة هذا',
  'phone.invite.replacedBody': 'أنشأ مدير الحوار رابطًا جديدًا لـ {name}. اطلب من مدير الحوار السماح لك بالدخول، أو اطلب منه الرابط الجديد.',
  'phone.invite.otherWays': 'طرق أخرى للانضمام',

  // رد مديري الحوار على التعهد
  'phone.preview.moderated': 'يراجعه أحد مديري الحوار قبل ظهوره على شاشة العرض.',
  'phone.status.rejected.reason': 'سبب مدير الحوار',
} as const satisfies Translation<typeof enPhoneRoom>;
