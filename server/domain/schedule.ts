/**
 * Schedule import: a CSV with one row per speaker, the session's columns repeated (or left empty)
 * on every row of the same session code. Every problem is reported with its line number, as a
 * code with parameters (shared/import-problems.ts); a file with any problem imports nothing.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LIMITS, REGIONAL_GROUPS, SCHEDULE_COLUMNS, SCHEDULE_REQUIRED_COLUMNS, sessionCodeKey, STAKEHOLDER_GROUPS, type RegionalGroup, type StakeholderGroup } from '../../shared/domain';
import { IMPORT_PROBLEM_MESSAGES, type ImportProblem, type ImportProblemCode, type ImportProblemParams } from '../../shared/import-problems';
import { createSessionSchema, type CreateSessionData } from '../../shared/schemas';
import { parseCsv } from '../../shared/csv';
import { policyQuestionLines } from '../../shared/text';

type Column = (typeof SCHEDULE_COLUMNS)[number];
const REQUIRED = SCHEDULE_REQUIRED_COLUMNS;
const SESSION_COLUMNS: Column[] = ['title', 'start', 'end', 'room', 'format', 'moderator', 'online_moderator', 'rapporteur', 'policy_questions'];

const key = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, '');
const ALIASES: Record<string, Column> = {
  ...Object.fromEntries(SCHEDULE_COLUMNS.map((c) => [key(c), c])),
  sessioncode: 'code',
  sessiontitle: 'title',
  speaker: 'speaker_name',
  name: 'speaker_name',
  organization: 'speaker_organization',
  organisation: 'speaker_organization',
  speakerorganisation: 'speaker_organization',
  stakeholdergroup: 'speaker_stakeholder_group',
  regionalgroup: 'speaker_regional_group',
  // As IGF session pages head them: "Policy Question(s)".
  policyquestion: 'policy_questions',
  'policyquestion(s)': 'policy_questions',
};

const STAKEHOLDER_NAMES: Record<string, StakeholderGroup> = {
  ...Object.fromEntries(STAKEHOLDER_GROUPS.map((g) => [key(g), g])),
  govt: 'Government',
  privatesector: 'Private Sector',
  business: 'Private Sector',
  technical: 'Technical Community',
  igo: 'Intergovernmental Organization',
  intergovernmental: 'Intergovernmental Organization',
  intergovernmentalorganisation: 'Intergovernmental Organization',
  civilsociety: 'Civil Society',
  cso: 'Civil Society',
};
const REGION_NAMES: Record<string, RegionalGroup> = {
  ...Object.fromEntries(REGIONAL_GROUPS.map((g) => [key(g), g])),
  africa: 'African Group',
  africangroup: 'African Group',
  asiapacific: 'Asia-Pacific Group',
  eeg: 'Eastern European Group',
  easterneurope: 'Eastern European Group',
  latinamericaandcaribbean: 'GRULAC',
  latinamericanandcaribbeangroup: 'GRULAC',
  westerneuropeanandothersgroup: 'WEOG',
  westerneuropeandothers: 'WEOG',
  igo: 'Intergovernmental',
};

const english = new Map<ImportProblemCode, IntlMessageFormat>();

/** A problem on a line of the file: its code and parameters, and the same in English for the API's callers. */
export function importProblem<C extends ImportProblemCode>(line: number, code: C, params: ImportProblemParams[C]): ImportProblem {
  let message = english.get(code);
  if (!message) english.set(code, (message = new IntlMessageFormat(IMPORT_PROBLEM_MESSAGES[code], 'en', undefined, { ignoreTag: true })));
  return { line, code, params, reason: String(message.format(params)) } as ImportProblem;
}

/** "2025-06-24 09:00", "2025-06-24T09:00" or with seconds -> "2025-06-24T09:00"; null when not that shape. */
function localDateTime(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  return m ? `${m[1]}T${m[2]!.padStart(2, '0')}:${m[3]}` : null;
}

export interface ScheduleSession {
  input: CreateSessionData;
  /** Line of the session's first row. */
  line: number;
}

export type ScheduleResult = { ok: true; sessions: ScheduleSession[] } | { ok: false; problems: ImportProblem[] };

interface Group {
  code: string;
  line: number;
  values: Map<Column, { value: string; line: number }>;
  speakers: { line: number; name: string; organization: string; stakeholderGroup: StakeholderGroup; regionalGroup: RegionalGroup | null }[];
  /** Lower-cased speaker names seen so far (every row, valid or not). */
  names: Set<string>;
}

/**
 * Reads a schedule. `existingCodes` are the codes of the event's sessions (compared ignoring
 * case and spaces): importing a session twice is reported, not duplicated.
 */
export function readSchedule(csv: string, existingCodes: Iterable<string>): ScheduleResult {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, problems: [importProblem(parsed.line, 'not_csv', { problem: parsed.problem })] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, problems: [importProblem(1, 'empty_file', {})] };

  const problems: ImportProblem[] = [];
  const columns: (Column | null)[] = header.cells.map((name) => {
    if (name.trim() === '') return null;
    const col = ALIASES[key(name)];
    if (!col) problems.push(importProblem(header.line, 'unknown_column', { column: name.trim(), known: SCHEDULE_COLUMNS.join(', ') }));
    return col ?? null;
  });
  for (const col of SCHEDULE_COLUMNS) {
    const count = columns.filter((c) => c === col).length;
    if (count > 1) problems.push(importProblem(header.line, 'repeated_column', { column: col, count }));
  }
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) problems.push(importProblem(header.line, 'missing_columns', { columns: missing.join(', '), count: missing.length }));
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [importProblem(header.line, 'no_rows', {})] };

  const existing = new Set([...existingCodes].map(sessionCodeKey));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const cell = (col: Column) => {
      const i = columns.indexOf(col);
      const value = i < 0 ? '' : (row.cells[i] ?? '').trim();
      // One question per line of the (quoted) cell: compared line by line, whatever the line ends.
      return col === 'policy_questions' ? policyQuestionLines(value).join('\n') : value;
    };
    const problem = <C extends ImportProblemCode>(code: C, params: ImportProblemParams[C]) => problems.push(importProblem(row.line, code, params));
    if (row.cells.length > columns.length && row.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      problem('extra_cells', { cells: row.cells.length, columns: columns.length });
    }
    const code = cell('code');
    if (!code) problem('empty_code', {});
    else if (existing.has(sessionCodeKey(code))) problem('session_exists', { session: code });

    let group = code ? groups.get(sessionCodeKey(code)) : undefined;
    if (code && !group) {
      group = { code, line: row.line, values: new Map(), speakers: [], names: new Set() };
      groups.set(sessionCodeKey(code), group);
    }
    for (const col of SESSION_COLUMNS) {
      const value = cell(col);
      if (!value || !group) continue;
      const earlier = group.values.get(col);
      if (earlier && earlier.value !== value) problem('value_differs', { column: col, value, earlier: earlier.value, earlierLine: earlier.line });
      else if (!earlier) group.values.set(col, { value, line: row.line });
    }
    for (const col of ['start', 'end'] as const) {
      const value = cell(col);
      if (value && !localDateTime(value)) problem('bad_time', { column: col, value });
    }

    const name = cell('speaker_name');
    const groupName = cell('speaker_stakeholder_group');
    const regionName = cell('speaker_regional_group');
    const stakeholderGroup = STAKEHOLDER_NAMES[key(groupName)];
    const regionalGroup = regionName ? REGION_NAMES[key(regionName)] : null;
    if (!name) problem('empty_speaker', {});
    if (!groupName) problem('empty_group', { groups: STAKEHOLDER_GROUPS.join(', ') });
    else if (!stakeholderGroup) problem('unknown_group', { value: groupName, groups: STAKEHOLDER_GROUPS.join(', ') });
    if (regionName && !regionalGroup) problem('unknown_region', { value: regionName, regions: REGIONAL_GROUPS.join(', ') });
    if (group && name) {
      if (group.names.has(name.toLowerCase())) problem('speaker_twice', { name, session: group.code });
      group.names.add(name.toLowerCase());
    }
    // Beyond a full panel (+1, to report it) rows are checked but not kept: a huge file stays cheap.
    if (group && name && stakeholderGroup && regionalGroup !== undefined && group.speakers.length <= LIMITS.panelMax) {
      group.speakers.push({ line: row.line, name, organization: cell('speaker_organization'), stakeholderGroup, regionalGroup });
    }
  }

  if (groups.size > LIMITS.importSessionsMax) {
    problems.push(importProblem(header.line, 'too_many_sessions', { count: groups.size, max: LIMITS.importSessionsMax }));
  }

  const sessions: ScheduleSession[] = [];
  for (const group of groups.values()) {
    const value = (col: Column) => group.values.get(col)?.value ?? '';
    const when = (col: Column) => (value(col) ? localDateTime(value(col)) : null);
    if (!value('title')) problems.push(importProblem(group.line, 'no_title', { session: group.code }));
    const candidate = {
      code: group.code,
      title: value('title'),
      panelists: group.speakers.map(({ line: _line, ...speaker }) => speaker),
      details: {
        start: when('start'),
        end: when('end'),
        room: value('room'),
        format: value('format'),
        moderator: value('moderator'),
        onlineModerator: value('online_moderator'),
        rapporteur: value('rapporteur'),
        policyQuestions: policyQuestionLines(value('policy_questions')),
      },
    };
    const checked = createSessionSchema.safeParse(candidate);
    if (checked.success) {
      sessions.push({ input: checked.data, line: group.line });
      continue;
    }
    for (const issue of checked.error.issues) {
      const [first, index, field] = issue.path;
      // A speaker's problem belongs to that speaker's row; anything else to the session's first row.
      const speaker = first === 'panelists' && typeof index === 'number' ? group.speakers[index] : undefined;
      if (first === 'title' && !value('title')) continue; // reported above
      if (first === 'panelists' && group.speakers.length === 0) continue; // every row already failed
      const line = speaker?.line ?? group.line;
      const session = group.code;
      if (first === 'panelists' && issue.code === 'too_big' && !speaker) {
        problems.push(importProblem(line, 'panel_too_big', { session, count: group.names.size, max: LIMITS.panelMax }));
        continue;
      }
      if (first === 'details' && index === 'policyQuestions') {
        const questions = candidate.details.policyQuestions;
        const at = group.values.get('policy_questions')?.line ?? line;
        if (typeof field === 'number') {
          const length = questions[field]?.length ?? 0;
          problems.push(importProblem(at, 'question_too_long', { session, n: field + 1, length, max: LIMITS.policyQuestionMax }));
        } else problems.push(importProblem(at, 'too_many_questions', { session, count: questions.length, max: LIMITS.policyQuestionsMax }));
        continue;
      }
      const column = speaker ? SPEAKER_COLUMNS[String(field)] : first === 'details' ? DETAIL_COLUMNS[String(index)] : String(first);
      const start = when('start');
      const end = when('end');
      if (column === 'end' && issue.code === 'custom' && start && end && end <= start) problems.push(importProblem(line, 'end_before_start', { session }));
      else if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
        problems.push(importProblem(line, 'too_long', { column: column ?? String(field ?? first), session, max: issue.maximum }));
      } else if (issue.code === 'too_small') problems.push(importProblem(line, 'empty_value', { column: column ?? String(field ?? first), session }));
      else problems.push(importProblem(line, 'bad_value', { column: column ?? String(field ?? first), session }));
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, sessions };
}

/** The file's column of a session's detail and of a speaker's field, as problems name them. */
const DETAIL_COLUMNS: Record<string, Column> = {
  start: 'start',
  end: 'end',
  room: 'room',
  format: 'format',
  moderator: 'moderator',
  onlineModerator: 'online_moderator',
  rapporteur: 'rapporteur',
  policyQuestions: 'policy_questions',
};
const SPEAKER_COLUMNS: Record<string, Column> = {
  name: 'speaker_name',
  organization: 'speaker_organization',
  stakeholderGroup: 'speaker_stakeholder_group',
  regionalGroup: 'speaker_regional_group',
};
