import type { Translation } from '../en';
import type { enImport } from '../en/import';

/**
 * مشكلات استيراد البرنامج، حسب الرمز (shared/import-problems.ts). أسماء الأعمدة ورموز الجلسات
 * والقيم المقتبسة من الملف تبقى كما كُتبت.
 */
export const arImport = {
  'org.import.issue.not_csv':
    'الملف ليس ملف CSV صالحًا: {problem, select, quote_in_field {علامة اقتباس داخل حقل غير مقتبس} text_after_quote {نص بعد علامة اقتباس ختامية} other {حقل مقتبس غير مغلق}}.',
  'org.import.issue.empty_file': 'الملف فارغ: يلزمه صف عناوين وصف لكل متحدث.',
  'org.import.issue.unknown_column': 'عمود غير معروف «{column}». الأعمدة المعروفة: {known}.',
  'org.import.issue.repeated_column':
    '{count, plural, zero {يرد العمود «{column}» # مرة.} one {يرد العمود «{column}» مرة واحدة.} two {يرد العمود «{column}» مرتين.} few {يرد العمود «{column}» # مرات.} many {يرد العمود «{column}» # مرة.} other {يرد العمود «{column}» # مرة.}}',
  'org.import.issue.missing_columns':
    '{count, plural, zero {أعمدة ناقصة: {columns}.} one {عمود ناقص: {columns}.} two {عمودان ناقصان: {columns}.} few {أعمدة ناقصة: {columns}.} many {أعمدة ناقصة: {columns}.} other {أعمدة ناقصة: {columns}.}}',
  'org.import.issue.no_rows': 'في الملف صف عناوين ولكن لا صفوف بعده.',
  'org.import.issue.too_many_sessions':
    '{count, plural, zero {يتضمن الملف # جلسة؛ والحد الأقصى للاستيراد الواحد {max}.} one {يتضمن الملف جلسة واحدة؛ والحد الأقصى للاستيراد الواحد {max}.} two {يتضمن الملف جلستين؛ والحد الأقصى للاستيراد الواحد {max}.} few {يتضمن الملف # جلسات؛ والحد الأقصى للاستيراد الواحد {max}.} many {يتضمن الملف # جلسة؛ والحد الأقصى للاستيراد الواحد {max}.} other {يتضمن الملف # جلسة؛ والحد الأقصى للاستيراد الواحد {max}.}}',
  'org.import.issue.extra_cells':
    '{cells, plural, zero {في هذا الصف # خلية، لكن عدد الأعمدة في صف العناوين {columns}.} one {في هذا الصف خلية واحدة، لكن عدد الأعمدة في صف العناوين {columns}.} two {في هذا الصف خليتان، لكن عدد الأعمدة في صف العناوين {columns}.} few {في هذا الصف # خلايا، لكن عدد الأعمدة في صف العناوين {columns}.} many {في هذا الصف # خلية، لكن عدد الأعمدة في صف العناوين {columns}.} other {في هذا الصف # خلية، لكن عدد الأعمدة في صف العناوين {columns}.}}',
  'org.import.issue.empty_code': 'رمز الجلسة فارغ.',
  'org.import.issue.session_exists': 'الجلسة «{session}» موجودة بالفعل في هذه الفعالية.',
  'org.import.issue.value_differs': 'القيمة «{value}» في العمود {column} تختلف عن «{earlier}» في السطر {earlierLine} للجلسة نفسها.',
  'org.import.issue.bad_time': 'القيمة «{value}» في العمود {column} ليست تاريخًا ووقتًا بصيغة مثل \u20662025-06-24 09:00\u2069.',
  'org.import.issue.empty_speaker': 'اسم المتحدث فارغ.',
  'org.import.issue.empty_group': 'فئة أصحاب المصلحة فارغة (القيم الممكنة: {groups}).',
  'org.import.issue.unknown_group': 'فئة أصحاب مصلحة غير معروفة «{value}» (القيم الممكنة: {groups}).',
  'org.import.issue.unknown_region': 'مجموعة إقليمية غير معروفة «{value}» (القيم الممكنة: {regions}).',
  'org.import.issue.speaker_twice': 'المتحدث «{name}» مدرج مرتين في الجلسة «{session}».',
  'org.import.issue.no_title': 'الجلسة «{session}» بلا عنوان.',
  'org.import.issue.panel_too_big':
    '{count, plural, zero {في الجلسة «{session}» # متحدث؛ والحد الأقصى للفريق {max}.} one {في الجلسة «{session}» متحدث واحد؛ والحد الأقصى للفريق {max}.} two {في الجلسة «{session}» متحدثان؛ والحد الأقصى للفريق {max}.} few {في الجلسة «{session}» # متحدثين؛ والحد الأقصى للفريق {max}.} many {في الجلسة «{session}» # متحدثًا؛ والحد الأقصى للفريق {max}.} other {في الجلسة «{session}» # متحدث؛ والحد الأقصى للفريق {max}.}}',
  'org.import.issue.too_long':
    '{max, plural, zero {قيمة العمود {column} في الجلسة «{session}» طويلة جدًا: # حرف على الأكثر.} one {قيمة العمود {column} في الجلسة «{session}» طويلة جدًا: حرف واحد على الأكثر.} two {قيمة العمود {column} في الجلسة «{session}» طويلة جدًا: حرفان على الأكثر.} few {قيمة العمود {column} في الجلسة «{session}» طويلة جدًا: # أحرف على الأكثر.} many {قيمة العمود {column} في الجلسة «{session}» طويلة جدًا: # حرفًا على الأكثر.} other {قيمة العمود {column} في الجلسة «{session}» طويلة جدًا: # حرف على الأكثر.}}',
  'org.import.issue.too_many_questions':
    '{count, plural, zero {في الجلسة «{session}» # سؤال سياسات؛ والحد الأقصى للجلسة {max}.} one {في الجلسة «{session}» سؤال سياسات واحد؛ والحد الأقصى للجلسة {max}.} two {في الجلسة «{session}» سؤالا سياسات؛ والحد الأقصى للجلسة {max}.} few {في الجلسة «{session}» # أسئلة سياسات؛ والحد الأقصى للجلسة {max}.} many {في الجلسة «{session}» # سؤالًا عن السياسات؛ والحد الأقصى للجلسة {max}.} other {في الجلسة «{session}» # سؤال سياسات؛ والحد الأقصى للجلسة {max}.}}',
  'org.import.issue.question_too_long':
    '{max, plural, zero {عدد أحرف سؤال السياسات رقم {n} في الجلسة «{session}» هو {length}، والحد الأقصى # حرف.} one {عدد أحرف سؤال السياسات رقم {n} في الجلسة «{session}» هو {length}، والحد الأقصى حرف واحد.} two {عدد أحرف سؤال السياسات رقم {n} في الجلسة «{session}» هو {length}، والحد الأقصى حرفان.} few {عدد أحرف سؤال السياسات رقم {n} في الجلسة «{session}» هو {length}، والحد الأقصى # أحرف.} many {عدد أحرف سؤال السياسات رقم {n} في الجلسة «{session}» هو {length}، والحد الأقصى # حرفًا.} other {عدد أحرف سؤال السياسات رقم {n} في الجلسة «{session}» هو {length}، والحد الأقصى # حرف.}}',
  'org.import.issue.empty_value': 'قيمة العمود {column} في الجلسة «{session}» فارغة.',
  'org.import.issue.bad_value': 'قيمة العمود {column} في الجلسة «{session}» غير صالحة.',
  'org.import.issue.end_before_start': 'يجب أن تنتهي الجلسة «{session}» بعد بدئها.',
} as const satisfies Translation<typeof enImport>;
