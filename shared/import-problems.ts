/**
 * Problems of a schedule import (POST /api/events/:id/import), as codes with parameters: the
 * organizer's page shows each in the reader's language (client/i18n, keys
 * `org.import.issue.<code>`). Column names, session codes and the values quoted from the file
 * are the file's own words and stay as written.
 */

import type { CsvProblem } from './csv';

/** The parameters of each problem, by code. */
export interface ImportProblemParams {
  not_csv: { problem: CsvProblem };
  empty_file: Record<string, never>;
  unknown_column: { column: string; known: string };
  repeated_column: { column: string; count: number };
  missing_columns: { columns: string; count: number };
  no_rows: Record<string, never>;
  too_many_sessions: { count: number; max: number };
  extra_cells: { cells: number; columns: number };
  empty_code: Record<string, never>;
  session_exists: { session: string };
  value_differs: { column: string; value: string; earlier: string; earlierLine: number };
  bad_time: { column: string; value: string };
  empty_speaker: Record<string, never>;
  empty_group: { groups: string };
  unknown_group: { value: string; groups: string };
  unknown_region: { value: string; regions: string };
  speaker_twice: { name: string; session: string };
  no_title: { session: string };
  panel_too_big: { session: string; count: number; max: number };
  too_long: { column: string; session: string; max: number };
  too_many_questions: { session: string; count: number; max: number };
  question_too_long: { session: string; n: number; length: number; max: number };
  empty_value: { column: string; session: string };
  bad_value: { column: string; session: string };
  end_before_start: { session: string };
}
export type ImportProblemCode = keyof ImportProblemParams;

/**
 * One problem of the file: the line it is on (the header is line 1), its code and parameters,
 * and `reason`, the same in English for scripts that call the API (docs/import.md).
 */
export type ImportProblem = {
  [C in ImportProblemCode]: { line: number; code: C; params: ImportProblemParams[C]; reason: string };
}[ImportProblemCode];

/**
 * The English wording of each problem (ICU MessageFormat): the `reason` the API sends, and the
 * English catalogue's `org.import.issue.<code>` messages, so both always say the same.
 */
export const IMPORT_PROBLEM_MESSAGES: Record<ImportProblemCode, string> = {
  not_csv:
    'The file is not valid CSV: {problem, select, quote_in_field {a quote inside an unquoted field} text_after_quote {text after a closing quote} other {a quoted field is not closed}}.',
  empty_file: 'The file is empty: it needs a header row and one row per speaker.',
  unknown_column: 'Unknown column "{column}". Known columns: {known}.',
  repeated_column: '{count, plural, one {Column "{column}" appears # time.} other {Column "{column}" appears # times.}}',
  missing_columns: '{count, plural, one {Missing column: {columns}.} other {Missing columns: {columns}.}}',
  no_rows: 'The file has a header but no rows.',
  too_many_sessions: '{count, plural, one {The file holds # session; one import takes at most {max}.} other {The file holds # sessions; one import takes at most {max}.}}',
  extra_cells: '{cells, plural, one {This row has # cell but the header names {columns} columns.} other {This row has # cells but the header names {columns} columns.}}',
  empty_code: 'The session code is empty.',
  session_exists: 'Session "{session}" already exists in this event.',
  value_differs: 'The {column} "{value}" differs from "{earlier}" on line {earlierLine} for the same session.',
  bad_time: 'The {column} "{value}" is not a date and time such as 2025-06-24 09:00.',
  empty_speaker: 'The speaker name is empty.',
  empty_group: 'The stakeholder group is empty (one of: {groups}).',
  unknown_group: 'Unknown stakeholder group "{value}" (one of: {groups}).',
  unknown_region: 'Unknown regional group "{value}" (one of: {regions}).',
  speaker_twice: 'Speaker "{name}" is listed twice for session "{session}".',
  no_title: 'Session "{session}" has no title.',
  panel_too_big:
    '{count, plural, one {Session "{session}" has # speaker; a panel has at most {max}.} other {Session "{session}" has # speakers; a panel has at most {max}.}}',
  too_long: '{max, plural, one {The {column} of session "{session}" is too long: at most # character.} other {The {column} of session "{session}" is too long: at most # characters.}}',
  too_many_questions:
    '{count, plural, one {Session "{session}" has # policy question; a session has at most {max}.} other {Session "{session}" has # policy questions; a session has at most {max}.}}',
  question_too_long:
    '{max, plural, one {Policy question {n} of session "{session}" has {length} characters: at most # character.} other {Policy question {n} of session "{session}" has {length} characters: at most # characters.}}',
  empty_value: 'The {column} of session "{session}" is empty.',
  bad_value: 'The {column} of session "{session}" is not valid.',
  end_before_start: 'Session "{session}" must end after it starts.',
};
