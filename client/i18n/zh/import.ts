import type { Translation } from '../en';
import type { enImport } from '../en/import';

/**
 * 日程导入的问题，按代码排列（shared/import-problems.ts）。列名、会议编号和引自文件的值
 * 均保持原文。
 */
export const zhImport = {
  'org.import.issue.not_csv':
    '该文件不是有效的 CSV 文件：{problem, select, quote_in_field {未加引号的字段中含有引号} text_after_quote {闭合引号后还有文字} other {有加引号的字段未闭合}}。',
  'org.import.issue.empty_file': '文件为空：须有一个标题行，且每位发言人一行。',
  'org.import.issue.unknown_column': '未知列“{column}”。可识别的列：{known}。',
  'org.import.issue.repeated_column': '{count, plural, other {列“{column}”出现了#次。}}',
  'org.import.issue.missing_columns': '{count, plural, other {缺少列：{columns}。}}',
  'org.import.issue.no_rows': '文件有标题行，但没有数据行。',
  'org.import.issue.too_many_sessions': '{count, plural, other {文件包含#场会议；每次导入最多{max}场。}}',
  'org.import.issue.extra_cells': '{cells, plural, other {此行有#个单元格，但标题行只列出{columns}列。}}',
  'org.import.issue.empty_code': '会议编号为空。',
  'org.import.issue.session_exists': '本活动中已有会议“{session}”。',
  'org.import.issue.value_differs': '{column}的值“{value}”与同一会议第{earlierLine}行的“{earlier}”不一致。',
  'org.import.issue.bad_time': '{column}的值“{value}”不是 2025-06-24 09:00 这样的日期和时间。',
  'org.import.issue.empty_speaker': '发言人姓名为空。',
  'org.import.issue.empty_group': '利益攸关方群体为空（可选值：{groups}）。',
  'org.import.issue.unknown_group': '未知的利益攸关方群体“{value}”（可选值：{groups}）。',
  'org.import.issue.unknown_region': '未知的区域集团“{value}”（可选值：{regions}）。',
  'org.import.issue.speaker_twice': '发言人“{name}”在会议“{session}”中出现了两次。',
  'org.import.issue.no_title': '会议“{session}”没有标题。',
  'org.import.issue.panel_too_big': '{count, plural, other {会议“{session}”有#位发言人；一个小组最多{max}位。}}',
  'org.import.issue.too_long': '{max, plural, other {会议“{session}”的{column}过长：最多#个字符。}}',
  'org.import.issue.too_many_questions': '{count, plural, other {会议“{session}”有#个政策问题；一个会议最多{max}个。}}',
  'org.import.issue.question_too_long': '{max, plural, other {会议“{session}”的政策问题{n}有{length}个字符：最多#个字符。}}',
  'org.import.issue.empty_value': '会议“{session}”的{column}为空。',
  'org.import.issue.bad_value': '会议“{session}”的{column}无效。',
  'org.import.issue.end_before_start': '会议“{session}”的结束时间必须晚于开始时间。',
} as const satisfies Translation<typeof enImport>;
