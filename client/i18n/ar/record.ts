import type { Translation } from '../en';
import type { enRecord } from '../en/record';

/** السجل العام: سجل التعهدات، وصفحات التعهدات، والمتابعة، وتقرير المقرر. */
export const arRecord = {
  // عناصر مشتركة
  'record.loadFailed': 'تعذّر تحميل هذه الصفحة',
  'record.retry': 'حاول مرة أخرى',
  'record.notSpecified': 'غير محدد',
  'record.themes': 'المواضيع',
  'record.sdgTargets': 'غايات أهداف التنمية المستدامة',
  'record.sdgCode': 'الغاية {code}',
  'record.sdgTargetCode': 'الغاية {code}',
  'record.sdgGoalTitle': '{goal} · {title}',
  'record.sdgUnknown': 'هذه الغاية ليست في قائمة غايات أهداف التنمية المستدامة.',
  'record.pastDue': 'فات موعده',
  'record.done': 'أُنجز',
  'record.months': '{count, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}',

  // حالة التقدم ومؤشر المتابعة
  'record.status.label': 'الحالة',
  'record.status.not_started': 'لم يبدأ',
  'record.status.in_progress': 'قيد التنفيذ',
  'record.status.completed': 'مكتمل',
  'record.status.discontinued': 'متوقف',
  'record.light.label': 'المتابعة',
  'record.light.on_track': 'في المسار الصحيح',
  'record.light.late': 'متأخر',
  'record.light.silent': 'بلا أخبار',
  'record.light.finished': 'منتهٍ',
  'record.lightWhy.on_track': 'في المسار الصحيح: لا شيء فات موعده، ووردت أخبار عن هذا التعهد خلال آخر {months}.',
  'record.lightWhy.on_trackNew': 'في المسار الصحيح: لا شيء فات موعده، وقُدّم التعهد خلال آخر {months}، فلا تقرير مطلوبًا بعد.',
  'record.lightWhy.late': 'متأخر: فات موعد ناتج لم يُنجز بعد (أو الموعد النهائي للتعهد نفسه) ولم يكتمل التعهد.',
  'record.lightWhy.silent': 'بلا أخبار: لم يُبلَّغ عن أي تقدم منذ {months}. تحديث قصير يعيده إلى المسار الصحيح.',
  'record.lightWhy.finished': 'منتهٍ: التعهد مصنَّف مكتملًا أو متوقفًا. لا يزال بإمكانك إضافة ملاحظة.',

  // بيانات التعهد
  'record.field.organization': 'المنظمة',
  'record.field.stakeholderGroup': 'فئة أصحاب المصلحة',
  'record.field.session': 'الجلسة',
  'record.field.event': 'الفعالية',
  'record.field.made': 'تاريخ التقديم',

  // سجل التقدم
  'record.history.title': 'التقدم',
  'record.history.noNote': 'لا ملاحظة.',
  'record.history.done': 'أُنجز: {list}',
  'record.history.emptyPublic': 'لم يُبلَّغ بعد عن أي تقدم في هذا التعهد.',
  'record.history.emptyOwn': 'لم تُبلغ بعد عن أي تقدم. سيظهر تقريرك الأول هنا.',

  // نسخ الرابط
  'record.copy.button': 'نسخ الرابط',
  'record.copy.copied': 'نُسخ الرابط',
  'record.copy.manual': 'انسخ هذا الرابط',

  // السجل العام
  'record.registry.section': 'السجل العام',
  'record.registry.title': 'التعهدات',
  'record.registry.eyebrow': 'السجل العام للتعهدات',
  'record.registry.intro': 'التزامات طوعية قدّمها المحاورون والجمهور في ختام الجلسات، والتقدم الذي أبلغ عنه أصحابها منذ ذلك الحين.',
  'record.registry.loading': 'جارٍ تحميل التعهدات…',
  'record.registry.notFoundTitle': 'لا سجل هنا',
  'record.registry.notFoundBody': 'لا توجد فعالية على هذا العنوان. تحقّق من الرابط الذي أُعطي لك.',
  'record.registry.count': '{count, plural, zero {لا تعهدات} one {تعهد واحد} two {تعهدان} few {# تعهدات} many {# تعهدًا} other {# تعهد}}',
  'record.registry.countOf':
    '{count, plural, zero {{shown} من أصل # تعهد} one {{shown} من أصل تعهد واحد} two {{shown} من أصل تعهدين} few {{shown} من أصل # تعهدات} many {{shown} من أصل # تعهدًا} other {{shown} من أصل # تعهد}}',
  'record.registry.emptyTitle': 'لا تعهدات علنية بعد',
  'record.registry.emptyBody': 'تظهر التعهدات هنا فور تقديم المحاورين لها في جلسات هذه الفعالية.',
  'record.registry.noMatchTitle': 'لا تعهد يطابق عوامل التصفية هذه',
  'record.registry.noMatchBody': 'جرّب كلمات أخرى، أو أزِل أحد عوامل التصفية.',
  'record.registry.json': 'البيانات (JSON)',
  'record.registry.openPledge': 'فتح التعهد',
  'record.registry.openPledgeOf': 'فتح تعهد {name}',

  // عوامل التصفية
  'record.filters.title': 'البحث في التعهدات وتصفيتها',
  'record.filters.search': 'بحث',
  'record.filters.searchPlaceholder': 'كلمات، أسماء، رموز الغايات…',
  'record.filters.searchHelp': 'يبحث في النص، وصاحب التعهد، والمنظمة، والجلسة، والشركاء، والنواتج.',
  'record.filters.all': 'الكل',
  'record.filters.theme': 'الموضوع',
  'record.filters.stakeholder': 'فئة أصحاب المصلحة',
  'record.filters.region': 'المجموعة الإقليمية',
  'record.filters.goal': 'هدف التنمية المستدامة',
  'record.filters.status': 'الحالة',
  'record.filters.light': 'مؤشر المتابعة',
  'record.filters.clear': 'مسح عوامل التصفية',

  // صفحة التعهد العلنية
  'record.pledge.section': 'تعهد علني',
  'record.pledge.docTitle': 'تعهد {name}',
  'record.pledge.loading': 'جارٍ تحميل التعهد…',
  'record.pledge.notFoundTitle': 'لا تعهد علنيًا هنا',
  'record.pledge.notFoundBody':
    'لا يوجد تعهد علني على هذا العنوان. ربما كُتب الرابط خطأً، أو قُدّم التعهد لسجل المنظمين الداخلي فقط.',
  'record.pledge.breadcrumb': 'السجل العام',
  'record.pledge.backTo': 'كل تعهدات {event}',
  'record.pledge.about': 'عن هذا التعهد',
  'record.pledge.personalAt': '{organization} · بصفة شخصية',

  // المتابعة
  'record.followUp.section': 'متابعة التعهد',
  'record.followUp.docTitle': 'متابعة تعهدك',
  'record.followUp.loading': 'جارٍ فتح تعهدك…',
  'record.followUp.title': 'الإبلاغ عن التقدم في تعهدك',
  'record.followUp.private':
    'هذه الصفحة خاصة: كل من لديه رابطها يمكنه الإبلاغ عن تعهدك. احفظها في المفضلة للعودة إليها؛ ولا تشاركها.',
  'record.followUp.publicLink': 'عرض الصفحة العلنية لتعهدك',
  'record.followUp.recordOnly': 'للسجل الداخلي فقط: هذا التعهد ليس علنيًا. لا يراه هو وتقاريرك إلا المنظمون.',
  'record.followUp.outside.pending.title': 'في انتظار مديري الحوار',
  'record.followUp.outside.pending.body': 'تعهدك في انتظار موافقة أحد مديري الحوار. بعد الموافقة عليه يدخل السجل، ويمكنك الإبلاغ هنا عن التقدّم في تنفيذه.',
  'record.followUp.outside.hidden.title': 'خارج السجل',
  'record.followUp.outside.hidden.body': 'أزال مديرو حوار الجلسة هذا التعهد من السجل، فلا يوجد تقدّم للإبلاغ عنه. إذا كنت تعتقد أن ذلك خطأ، فراسل المنظمين.',
  'record.followUp.outside.rejected.title': 'غير مقبول',
  'record.followUp.outside.rejected.body': 'لم يقبل مديرو حوار الجلسة هذا التعهد، فهو ليس في السجل ولا يوجد تقدّم للإبلاغ عنه.',
  'record.followUp.outside.reason': 'سبب مديري الحوار: {reason}',
  'error.not_in_record': 'هذا التعهد ليس في السجل الآن، فلا يمكن الإبلاغ عن التقدّم فيه.',
  'record.followUp.statusTitle': 'الحالة',
  'record.followUp.badLinkTitle': 'رابط المتابعة هذا لا يعمل',
  'record.followUp.badLinkBody': 'الرابط ناقص، أو استُبدل برابط أحدث.',
  'record.followUp.badLinkHow': 'افتح تعهدك على الهاتف الذي قدّمته منه واطلب رابط متابعة جديدًا. يحل الرابط الجديد محل هذا الرابط.',

  // نموذج تقرير التقدم
  'record.form.title': 'تقرير تقدم جديد',
  'record.form.status': 'أين وصل تعهدك؟',
  'record.form.note': 'ملاحظة (اختيارية)',
  'record.form.notePlaceholder': 'ما أُنجز، وما سيأتي، وروابط إلى النتائج…',
  'record.form.noteHelp': 'تُعرض مع الحالة في الصفحة العلنية لتعهدك.',
  'record.form.noteHelpRecord': 'لا يراها إلا المنظمون، كما هو الحال مع تعهدك.',
  'record.form.counter': '{count} / {max}',
  'record.form.chooseStatus': 'اختر المرحلة التي بلغها تعهدك، ثم احفظ.',
  'record.form.noteTooLong':
    '{max, plural, zero {يُرجى اختصار الملاحظة إلى # حرف.} one {يُرجى اختصار الملاحظة إلى حرف واحد.} two {يُرجى اختصار الملاحظة إلى حرفين.} few {يُرجى اختصار الملاحظة إلى # أحرف.} many {يُرجى اختصار الملاحظة إلى # حرفًا.} other {يُرجى اختصار الملاحظة إلى # حرف.}}',
  'record.form.delivered': 'ما النواتج التي أُنجزت؟',
  'record.form.deliveredHelp': 'ضع علامة على كل ناتج أُنجز. الناتج المنجز لا يُحسب متأخرًا بعد الآن.',
  'record.form.date': 'التاريخ',
  'record.form.dateHelp': 'اليوم الذي يتناوله هذا التقرير؛ اليوم الحالي ما لم تكن تستدرك تقارير سابقة.',
  'record.form.submit': 'حفظ تقرير التقدم',
  'record.form.saving': 'جارٍ الحفظ…',
  'record.form.saved': 'حُفظ تقرير التقدم. يشير مؤشر المتابعة الآن إلى: {light}.',

  // تقرير المقرر
  'record.links.report': 'تقرير المقرر',
  'record.report.title': 'تقرير المقرر',
  'record.report.docTitle': 'تقرير {session}',
  'record.report.loading': 'جارٍ إعداد التقرير…',
  'record.report.print': 'طباعة / حفظ بصيغة PDF',
  'record.report.errorTitle': 'تعذّر فتح التقرير',
  'record.report.unauthorized':
    'لا يفتح هذا الرابط التقرير: المفتاح خاطئ أو استُبدل. افتح التقرير من وحدة تحكم مدير الحوار، أو اطلب من المنظمين الرابط الحالي لمدير الحوار.',
  'record.report.noKey':
    'افتح التقرير برابط المشرف على الجلسة (ينتهي بـ ⁦#key=…⁩)، أو الصق رمز المشرف الخاص بالمنظِّمين أدناه.',
  'record.report.when': 'التاريخ والوقت',
  'record.report.room': 'القاعة',
  'record.report.format': 'الشكل',
  'record.report.moderator': 'مدير الحوار',
  'record.report.onlineModerator': 'مدير الحوار عبر الإنترنت',
  'record.report.rapporteur': 'المقرر',
  'record.report.speakers': 'المتحدثون',
  'record.report.col.name': 'الاسم',
  'record.report.policyQuestions': 'أسئلة السياسات',
  'record.report.prompt': 'السؤال المطروح',
  'record.report.prompts': 'الأسئلة المطروحة',
  'record.report.promptAsked': 'طُرح في {time}',
  'record.report.questionN': 'السؤال {n}',
  'record.report.answered': 'ردًّا على',
  'record.report.summary': 'الخلاصة',
  'record.report.publicLabel':
    '{count, plural, zero {تعهدات علنية} one {تعهد علني} two {تعهدان علنيان} few {تعهدات علنية} many {تعهدًا علنيًا} other {تعهد علني}}',
  'record.report.recordOnly':
    '{count, plural, zero {قُدّم # تعهد للسجل الداخلي فقط، وهي غير معروضة.} one {قُدّم تعهد واحد للسجل الداخلي فقط، وهو غير معروض.} two {قُدّم تعهدان للسجل الداخلي فقط، وهما غير معروضين.} few {قُدّمت # تعهدات للسجل الداخلي فقط، وهي غير معروضة.} many {قُدّم # تعهدًا للسجل الداخلي فقط، وهي غير معروضة.} other {قُدّم # تعهد للسجل الداخلي فقط، وهي غير معروضة.}}',
  'record.report.noRecordOnly': 'لم يُقدَّم أي تعهد للسجل الداخلي فقط.',
  'record.report.withheld':
    '{count, plural, zero {لم يعرض مديرو الحوار # تعهد علني (بسبب الانتظار أو الإخفاء أو الرفض).} one {لم يعرض مديرو الحوار تعهدًا علنيًا واحدًا (بسبب الانتظار أو الإخفاء أو الرفض).} two {لم يعرض مديرو الحوار تعهدين علنيين (بسبب الانتظار أو الإخفاء أو الرفض).} few {لم يعرض مديرو الحوار # تعهدات علنية (بسبب الانتظار أو الإخفاء أو الرفض).} many {لم يعرض مديرو الحوار # تعهدًا علنيًا (بسبب الانتظار أو الإخفاء أو الرفض).} other {لم يعرض مديرو الحوار # تعهد علني (بسبب الانتظار أو الإخفاء أو الرفض).}}',
  'record.report.recordOnlyWithheld':
    '{count, plural, zero {أبقى مديرو الحوار # تعهد قُدّم للسجل الداخلي فقط خارج السجل (بسبب الانتظار أو الإزالة أو الرفض).} one {أبقى مديرو الحوار تعهدًا واحدًا قُدّم للسجل الداخلي فقط خارج السجل (بسبب الانتظار أو الإزالة أو الرفض).} two {أبقى مديرو الحوار تعهدين قُدّما للسجل الداخلي فقط خارج السجل (بسبب الانتظار أو الإزالة أو الرفض).} few {أبقى مديرو الحوار # تعهدات قُدّمت للسجل الداخلي فقط خارج السجل (بسبب الانتظار أو الإزالة أو الرفض).} many {أبقى مديرو الحوار # تعهدًا قُدّم للسجل الداخلي فقط خارج السجل (بسبب الانتظار أو الإزالة أو الرفض).} other {أبقى مديرو الحوار # تعهد قُدّم للسجل الداخلي فقط خارج السجل (بسبب الانتظار أو الإزالة أو الرفض).}}',
  'record.report.supportersLabel': '{count, plural, zero {مؤيدين} one {مؤيد} two {مؤيدان} few {مؤيدين} many {مؤيدًا} other {مؤيد}}',
  'record.report.supportNote': 'التأييد: أشخاص في القاعة وعبر الإنترنت أيّدوا تعهدًا على شاشة العرض، ويُحتسب كل جهاز مرة واحدة.',
  'record.report.support': 'التأييد',
  'record.report.supporters':
    '{count, plural, zero {لا مؤيدين} one {مؤيد واحد} two {مؤيدان} few {# مؤيدين} many {# مؤيدًا} other {# مؤيد}}',
  'record.report.pledges': 'التعهدات حسب فئة أصحاب المصلحة',
  'record.report.pledgeCount':
    '{count, plural, zero {لا تعهدات} one {تعهد واحد} two {تعهدان} few {# تعهدات} many {# تعهدًا} other {# تعهد}}',
  'record.report.noPledges': 'لم يُقدَّم أي تعهد علني في هذه الجلسة.',
  'record.report.counts': 'الأعداد',
  'record.report.countsNote': 'على أساس التعهدات العلنية. يُحتسب التعهد مرة واحدة تحت كل موضوع وهدف وغاية يذكرها.',
  'record.report.byGroup': 'حسب فئة أصحاب المصلحة',
  'record.report.byTheme': 'حسب الموضوع',
  'record.report.byGoal': 'حسب هدف التنمية المستدامة',
  'record.report.byTarget': 'حسب غاية أهداف التنمية المستدامة',
  'record.report.noSdg': 'لا يذكر أي تعهد علني غايةً من غايات أهداف التنمية المستدامة.',
  'record.report.col.theme': 'الموضوع',
  'record.report.col.goal': 'الهدف',
  'record.report.col.target': 'الغاية',
  'record.report.col.targetText': 'النص الرسمي',
  'record.report.col.pledges': 'التعهدات',
  'record.report.activity': 'ما قام به مديرو الحوار',
  'record.report.noActivity': 'لم يُسجَّل أي نشاط في هذه الجلسة.',
  'record.report.col.time': 'الوقت',
  'record.report.col.what': 'ما حدث',
  'record.report.generated': 'أُعدّ في {time} بواسطة {app}.',

  // the capacity a pledge was made in, as its page labels it
  'pledge.capacity.individual': 'بصفة شخصية',
  'pledge.capacity.organization': 'باسم منظمة',
} as const satisfies Translation<typeof enRecord>;
