import type { Translation } from '../en';
import type { enImport } from '../en/import';

/**
 * Ошибки импорта программы, по кодам (shared/import-problems.ts). Названия столбцов, коды сессий
 * и значения, процитированные из файла, остаются в написании файла.
 */
export const ruImport = {
  'org.import.issue.not_csv':
    'Файл не является корректным CSV: {problem, select, quote_in_field {кавычка внутри поля без кавычек} text_after_quote {текст после закрывающей кавычки} other {поле в кавычках не закрыто}}.',
  'org.import.issue.empty_file': 'Файл пуст: нужны строка заголовков и по одной строке на каждого выступающего.',
  'org.import.issue.unknown_column': 'Неизвестный столбец «{column}». Допустимые столбцы: {known}.',
  'org.import.issue.repeated_column':
    '{count, plural, one {Столбец «{column}» встречается # раз.} few {Столбец «{column}» встречается # раза.} many {Столбец «{column}» встречается # раз.} other {Столбец «{column}» встречается # раза.}}',
  'org.import.issue.missing_columns':
    '{count, plural, one {Отсутствует столбец: {columns}.} few {Отсутствуют столбцы: {columns}.} many {Отсутствуют столбцы: {columns}.} other {Отсутствуют столбцы: {columns}.}}',
  'org.import.issue.no_rows': 'В файле есть заголовок, но нет строк.',
  'org.import.issue.too_many_sessions':
    '{count, plural, one {В файле # сессия; за один импорт принимается не более {max}.} few {В файле # сессии; за один импорт принимается не более {max}.} many {В файле # сессий; за один импорт принимается не более {max}.} other {В файле # сессии; за один импорт принимается не более {max}.}}',
  'org.import.issue.extra_cells':
    '{cells, plural, one {В этой строке # ячейка, а в заголовке столбцов: {columns}.} few {В этой строке # ячейки, а в заголовке столбцов: {columns}.} many {В этой строке # ячеек, а в заголовке столбцов: {columns}.} other {В этой строке # ячейки, а в заголовке столбцов: {columns}.}}',
  'org.import.issue.empty_code': 'Код сессии пуст.',
  'org.import.issue.session_exists': 'Сессия «{session}» уже есть в этом мероприятии.',
  'org.import.issue.value_differs':
    'Значение столбца {column} «{value}» отличается от значения «{earlier}» в строке {earlierLine} для той же сессии.',
  'org.import.issue.bad_time': 'Значение столбца {column} «{value}» не является датой и временем вида 2025-06-24 09:00.',
  'org.import.issue.empty_speaker': 'Имя выступающего не указано.',
  'org.import.issue.empty_group': 'Группа заинтересованных сторон не указана (допустимые значения: {groups}).',
  'org.import.issue.unknown_group': 'Неизвестная группа заинтересованных сторон «{value}» (допустимые значения: {groups}).',
  'org.import.issue.unknown_region': 'Неизвестная региональная группа «{value}» (допустимые значения: {regions}).',
  'org.import.issue.speaker_twice': 'Выступающий «{name}» указан в сессии «{session}» дважды.',
  'org.import.issue.no_title': 'У сессии «{session}» нет названия.',
  'org.import.issue.panel_too_big':
    '{count, plural, one {В сессии «{session}» # выступающий; в дискуссии может быть не более {max}.} few {В сессии «{session}» # выступающих; в дискуссии может быть не более {max}.} many {В сессии «{session}» # выступающих; в дискуссии может быть не более {max}.} other {В сессии «{session}» # выступающего; в дискуссии может быть не более {max}.}}',
  'org.import.issue.too_long':
    '{max, plural, one {Значение столбца {column} в сессии «{session}» слишком длинное: не более # символа.} few {Значение столбца {column} в сессии «{session}» слишком длинное: не более # символов.} many {Значение столбца {column} в сессии «{session}» слишком длинное: не более # символов.} other {Значение столбца {column} в сессии «{session}» слишком длинное: не более # символа.}}',
  'org.import.issue.too_many_questions':
    '{count, plural, one {В сессии «{session}» # вопрос политики; в сессии может быть не более {max}.} few {В сессии «{session}» # вопроса политики; в сессии может быть не более {max}.} many {В сессии «{session}» # вопросов политики; в сессии может быть не более {max}.} other {В сессии «{session}» # вопроса политики; в сессии может быть не более {max}.}}',
  'org.import.issue.question_too_long':
    '{max, plural, one {Вопрос политики {n} в сессии «{session}» содержит {length} симв.: допускается не более # символа.} few {Вопрос политики {n} в сессии «{session}» содержит {length} симв.: допускается не более # символов.} many {Вопрос политики {n} в сессии «{session}» содержит {length} симв.: допускается не более # символов.} other {Вопрос политики {n} в сессии «{session}» содержит {length} симв.: допускается не более # символа.}}',
  'org.import.issue.empty_value': 'Значение столбца {column} в сессии «{session}» пусто.',
  'org.import.issue.bad_value': 'Значение столбца {column} в сессии «{session}» недопустимо.',
  'org.import.issue.end_before_start': 'Сессия «{session}» должна заканчиваться после своего начала.',
} as const satisfies Translation<typeof enImport>;
