import type { Translation } from '../en';
import type { enErrors } from '../en/errors';

/** رسائل رموز الأخطاء: رموز الخادم (ERROR_CODES) ورموز الواجهة نفسها. */
export const arErrors = {
  // الأخطاء حسب الرمز (رموز الخادم ورموز الواجهة)
  'error.invalid_payload': 'في النموذج ما هو غير صالح. راجِعه وحاول مرة أخرى.',
  'error.unauthorized': 'هذا الرابط لا يعمل: ربما استُبدل برابط جديد. اطلب الرابط الحالي من المنظمين.',
  'error.forbidden': 'غير مسموح لك بهذا الإجراء.',
  'error.session_not_found': 'هذه الجلسة غير موجودة. تحقّق من الرمز أو الرابط.',
  'error.panelist_not_found': 'لم يعد هذا الاسم ضمن المحاورين.',
  'error.panelist_taken': 'هذا الهاتف مسجَّل الدخول باسم محاور آخر. اطلب من مدير الحوار تحرير ذلك المقعد أولًا.',
  'error.not_claimed': 'اختر اسمك أولًا.',
  'error.invite_invalid': 'استُبدل رابط الدعوة هذا. اطلب الرابط الجديد من مدير الحوار، أو اطلب السماح لك بالدخول.',
  'error.audience_closed': 'التعهدات في هذه الجولة للمحاورين وحدهم.',
  'error.pledge_changed': 'تغيّر هذا التعهد في الأثناء. راجِع النص الجديد وحاول مرة أخرى.',
  'error.round_not_open': 'الجولة غير مفتوحة.',
  'error.already_pledged': 'سبق أن قدّمت تعهدًا في هذه الجولة.',
  'error.pledge_not_found': 'تعذّر العثور على هذا التعهد.',
  'error.not_your_pledge': 'هذا التعهد يخص شخصًا آخر.',
  'error.unknown_theme': 'اختر المواضيع من قائمة هذه الفعالية.',
  'error.visibility_locked': 'يُحدَّد ما إذا كان التعهد علنيًا عند إرساله.',
  'error.event_not_found': 'هذه الفعالية غير موجودة.',
  'error.pledge_id_taken': 'معرّف التعهد هذا مستخدم بالفعل. ابدأ تعهدًا جديدًا.',
  'error.rate_limited': 'محاولات كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.',
  'error.conflict': 'عدّل شخص آخر هذا في الوقت نفسه. حاول مرة أخرى.',
  'error.store_unavailable': 'يتعذّر على الخادم الوصول إلى وحدة التخزين حاليًا. لم يُفقد شيء؛ وسيحاول مجددًا بعد قليل.',
  'error.unknown_command': 'هذه الصفحة قديمة. أعد تحميلها وحاول مرة أخرى.',
  'error.internal': 'حدث خطأ في الخادم. حاول مرة أخرى.',
  'error.timeout': 'لم يردّ الخادم في الوقت المحدد.',
  'error.network': 'لا يوجد اتصال بالخادم. تحقّق من الشبكة وحاول مرة أخرى.',
  'error.unknown': 'حدث خطأ ما. حاول مرة أخرى.',
} as const satisfies Translation<typeof enErrors>;
