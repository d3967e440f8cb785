/**
 * Schedule import: a CSV with one row per speaker, the session's columns repeated (or left empty)
 * on every row of the same session code. Every bad row is reported with its line number and the
 * reason; a file with any problem imports nothing.
 */
import { LIMITS, REGIONAL_GROUPS, SCHEDULE_COLUMNS, SCHEDULE_REQUIRED_COLUMNS, sessionCodeKey, STAKEHOLDER_GROUPS, type RegionalGroup, type StakeholderGroup } from '../../shared/domain';
import type { ImportProblem } from '../../shared/http';
import { createSessionSchema, type CreateSessionData } from '../../shared/schemas';
import { parseCsv } from '../../shared/csv';

type Column = (typeof SCHEDULE_COLUMNS)[number];
const REQUIRED = SCHEDULE_REQUIRED_COLUMNS;
const SESSION_COLUMNS: Column[] = ['title', 'start', 'end', 'room', 'format', 'moderator', 'online_moderator', 'rapporteur'];

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
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, reason: `The file is not valid CSV: ${parsed.reason}.` }] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, problems: [{ line: 1, reason: 'The file is empty: it needs a header row and one row per speaker.' }] };

  const problems: ImportProblem[] = [];
  const columns: (Column | null)[] = header.cells.map((name) => {
    if (name.trim() === '') return null;
    const col = ALIASES[key(name)];
    if (!col) problems.push({ line: header.line, reason: `Unknown column "${name.trim()}". Known columns: ${SCHEDULE_COLUMNS.join(', ')}.` });
    return col ?? null;
  });
  for (const col of SCHEDULE_COLUMNS) {
    const count = columns.filter((c) => c === col).length;
    if (count > 1) problems.push({ line: header.line, reason: `Column "${col}" appears ${count} times.` });
  }
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) problems.push({ line: header.line, reason: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.` });
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: header.line, reason: 'The file has a header but no rows.' }] };

  const existing = new Set([...existingCodes].map(sessionCodeKey));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const cell = (col: Column) => {
      const i = columns.indexOf(col);
      return i < 0 ? '' : (row.cells[i] ?? '').trim();
    };
    const rowProblems: string[] = [];
    if (row.cells.length > columns.length && row.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      rowProblems.push(`it has ${row.cells.length} cells but the header names ${columns.length} columns`);
    }
    const code = cell('code');
    if (!code) rowProblems.push('the session code is empty');
    else if (existing.has(sessionCodeKey(code))) rowProblems.push(`session "${code}" already exists in this event`);

    let group = code ? groups.get(sessionCodeKey(code)) : undefined;
    if (code && !group) {
      group = { code, line: row.line, values: new Map(), speakers: [], names: new Set() };
      groups.set(sessionCodeKey(code), group);
    }
    for (const col of SESSION_COLUMNS) {
      const value = cell(col);
      if (!value || !group) continue;
      const earlier = group.values.get(col);
      if (earlier && earlier.value !== value) rowProblems.push(`${col} "${value}" differs from "${earlier.value}" on line ${earlier.line} for the same session`);
      else if (!earlier) group.values.set(col, { value, line: row.line });
    }
    for (const col of ['start', 'end'] as const) {
      const value = cell(col);
      if (value && !localDateTime(value)) rowProblems.push(`${col} "${value}" is not a date and time such as 2025-06-24 09:00`);
    }

    const name = cell('speaker_name');
    const groupName = cell('speaker_stakeholder_group');
    const regionName = cell('speaker_regional_group');
    const stakeholderGroup = STAKEHOLDER_NAMES[key(groupName)];
    const regionalGroup = regionName ? REGION_NAMES[key(regionName)] : null;
    if (!name) rowProblems.push('the speaker name is empty');
    if (!groupName) rowProblems.push(`the stakeholder group is empty (one of: ${STAKEHOLDER_GROUPS.join(', ')})`);
    else if (!stakeholderGroup) rowProblems.push(`unknown stakeholder group "${groupName}" (one of: ${STAKEHOLDER_GROUPS.join(', ')})`);
    if (regionName && !regionalGroup) rowProblems.push(`unknown regional group "${regionName}" (one of: ${REGIONAL_GROUPS.join(', ')})`);
    if (group && name) {
      if (group.names.has(name.toLowerCase())) rowProblems.push(`speaker "${name}" is listed twice for session "${group.code}"`);
      group.names.add(name.toLowerCase());
    }
    // Beyond a full panel (+1, to report it) rows are checked but not kept: a huge file stays cheap.
    if (group && name && stakeholderGroup && regionalGroup !== undefined && group.speakers.length <= LIMITS.panelMax) {
      group.speakers.push({ line: row.line, name, organization: cell('speaker_organization'), stakeholderGroup, regionalGroup });
    }
    if (rowProblems.length > 0) problems.push({ line: row.line, reason: capitalise(rowProblems.join('; ')) + '.' });
  }

  if (groups.size > LIMITS.importSessionsMax) {
    problems.push({ line: header.line, reason: `The file holds ${groups.size} sessions; one import takes at most ${LIMITS.importSessionsMax}.` });
  }

  const sessions: ScheduleSession[] = [];
  for (const group of groups.values()) {
    const value = (col: Column) => group.values.get(col)?.value ?? '';
    const when = (col: Column) => (value(col) ? localDateTime(value(col)) : null);
    if (!value('title')) problems.push({ line: group.line, reason: `Session "${group.code}" has no title.` });
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
      const where = speaker ? `speaker ${String(field ?? 'entry')}` : first === 'details' ? String(index) : String(first);
      const reason =
        first === 'panelists' && issue.code === 'too_big' && !speaker
          ? `Session "${group.code}" has ${group.names.size} speakers; a panel has at most ${LIMITS.panelMax}.`
          : `${capitalise(where)}: ${issue.message} (session "${group.code}").`;
      problems.push({ line: speaker?.line ?? group.line, reason });
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, sessions };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
