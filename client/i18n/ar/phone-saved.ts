import type { Translation } from '../en';
import type { enPhoneSaved } from '../en/phone-saved';

/** الهاتف: التعهد المحفوظ، وموقفه لدى المشرفين، ورابط متابعته. يُحمَّل بعد ظهور النموذج. */
export const arPhoneSaved = {
  'phone.confirm.body': 'تعهدك الآن على شاشة العرض. يمكنك تعديله إلى أن يُغلق مدير الحوار الجولة.',
  'phone.confirm.bodyRecord': 'لن يراه إلا المنظمون؛ ولا يظهر على شاشة العرض. يمكنك تعديله إلى أن يُغلق مدير الحوار الجولة.',
  'phone.confirm.edit': 'تعديل',
  'phone.timer.stillEditable': 'انتهى الوقت · لا يزال بإمكانك تعديل تعهدك ما دامت الجولة مفتوحة',
  'phone.followUp.title': 'تابِع تعهدك',
  'phone.followUp.body':
    'خلال العام، استخدم هذا الرابط الخاص للإبلاغ عن سير تنفيذ تعهدك. احتفظ به لنفسك: فكل من لديه الرابط يمكنه الإبلاغ عن تعهدك.',
  'phone.followUp.linkLabel': 'رابط المتابعة الخاص بك',
  'phone.followUp.open': 'فتح',
  'phone.followUp.openLabel': 'فتح صفحة المتابعة الخاصة بك',
  'phone.followUp.qrAlt': 'رمز QR لرابط المتابعة الخاص بك',
  'phone.followUp.qrHint': 'امسحه بجهاز آخر، أو انسخ الرابط واحفظه في مكان آمن.',
  'phone.followUp.qrLoading': 'جارٍ رسم رمز QR…',
  'phone.followUp.missing': 'لا يحتفظ هذا الهاتف برابط المتابعة الخاص بتعهدك.',
  'phone.followUp.get': 'الحصول على رابط المتابعة',
  'phone.followUp.getting': 'جارٍ الحصول على الرابط…',
  'phone.followUp.replaces': 'ستحصل على رابط جديد؛ ويتوقف أي رابط سابق لهذا التعهد عن العمل.',
  'phone.followUp.renewed': 'هذا رابط المتابعة الجديد. لم يعد أي رابط سابق يعمل.',
  'phone.status.pending.title': 'في انتظار مدير الحوار',
  'phone.status.pending.body': 'حُفظ تعهدك. يراجعه أحد مديري الحوار قبل ظهوره على شاشة العرض؛ ولا يزال بإمكانك تعديله حتى تُغلق الجولة.',
  'phone.status.rejected.title': 'أعاد مدير الحوار تعهدك إليك',
  'phone.status.rejected.body': 'عدّله وأرسله مجددًا: سيعود إلى مدير الحوار.',
  'phone.status.rejected.edit': 'تعديل وإرسال مجددًا',
  'phone.status.hidden.title': 'أُزيل من شاشة العرض',
  'phone.status.hidden.body': 'أزال مديرو الحوار تعهدك من شاشة العرض. إذا عدّلته، يعود إليهم لمراجعته مجددًا.',
  'phone.status.pending.bodyRecord': 'حُفظ تعهدك. يراجعه أحد مديري الحوار قبل أن يدخل سجل الفعالية (ولا يظهر على شاشة العرض أبدًا)؛ ولا يزال بإمكانك تعديله حتى تُغلق الجولة.',
  'phone.status.rejected.bodyRecord': 'تعهدك ليس في سجل الفعالية. عدّله وأرسله مجددًا: سيعود إلى مدير الحوار.',
  'phone.status.hidden.titleRecord': 'خارج السجل',
  'phone.status.hidden.bodyRecord': 'أزال مديرو الحوار تعهدك من سجل الفعالية، فلن تكون له متابعة. إذا عدّلته، يعود إليهم لمراجعته مجددًا.',
  'phone.status.note.pendingRecord': 'في انتظار مدير الحوار: يدخل السجل بعد الموافقة عليه.',
  'phone.status.note.rejectedRecord': 'أعاده مدير الحوار، لذا فهو ليس في السجل.',
  'phone.status.note.hiddenRecord': 'أبقاه مديرو الحوار خارج السجل.',
} as const satisfies Translation<typeof enPhoneSaved>;
