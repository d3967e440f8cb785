/**
 * CSV files the organizer pages make in the browser: the schedule template and the list of
 * moderator links after an import. Written as the server writes its exports (server/domain/csv.ts):
 * RFC 4180 quoting, CRLF, a byte-order mark for spreadsheets, formulas neutralised.
 */
import { SCHEDULE_COLUMNS, SCHEDULE_REQUIRED_COLUMNS } from '../../shared/domain';
import { toCsv } from '../../shared/csv';
import type { CreatedSession } from '../../shared/http';

export { SCHEDULE_COLUMNS };
export type ScheduleColumn = (typeof SCHEDULE_COLUMNS)[number];

/** Columns without which the server refuses a file. */
export const REQUIRED_COLUMNS = SCHEDULE_REQUIRED_COLUMNS;

export const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/**
 * A template with the header and two rows: one session, two speakers. The second row repeats the
 * code only, as a schedule may (session columns may be repeated or left empty).
 */
export function scheduleTemplate(firstDay: string | null): string {
  const day = firstDay ?? '2025-06-24';
  const row = (values: Partial<Record<ScheduleColumn, string>>) => SCHEDULE_COLUMNS.map((c) => values[c] ?? '');
  return toCsv(SCHEDULE_COLUMNS, [
    row({
      code: 'WS #101',
      title: 'Data Governance for Development',
      start: `${day} 09:00`,
      end: `${day} 10:30`,
      room: 'Workshop Room 2',
      format: 'Workshop',
      moderator: 'Maria Santos',
      online_moderator: 'Li Wei',
      rapporteur: 'Ahmed Khan',
      // Several questions in one cell, one per line: the cell is quoted, its line breaks kept.
      policy_questions: [
        'How can data governance frameworks enable cross-border data flows while protecting privacy and human rights?',
        'What capacities do developing countries need to benefit from data-driven development?',
      ].join('\n'),
      speaker_name: 'Grace Mutung’u',
      speaker_organization: 'KICTANet',
      speaker_stakeholder_group: 'Civil Society',
      speaker_regional_group: 'African Group',
    }),
    row({
      code: 'WS #101',
      speaker_name: 'Jan Kleijssen',
      speaker_organization: 'Council of Europe',
      speaker_stakeholder_group: 'Intergovernmental Organization',
      speaker_regional_group: 'Intergovernmental',
    }),
  ]);
}

/** The links of freshly imported sessions, for the organizer to hand to each moderator. */
export function moderatorLinksCsv(rows: { code: string; title: string; created: CreatedSession }[]): string {
  return toCsv(['code', 'title', 'join_code', 'moderator_link', 'online_moderator_link', 'join_link', 'wall_link'], [
    ...rows.map(({ code, title, created }) => [
      code,
      title,
      created.joinCode,
      created.links.moderator,
      created.links.onlineModerator,
      created.links.join,
      created.links.wall,
    ]),
  ]);
}
