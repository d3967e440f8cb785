/** Reference data and limits shared by the server rules and the client forms. */

export const STAKEHOLDER_GROUPS = [
  'Government',
  'Private Sector',
  'Technical Community',
  'Intergovernmental Organization',
  'Civil Society',
  'Academia',
  'Individual',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** The UN regional groups used in IGF reporting, plus intergovernmental organisations. */
export const REGIONAL_GROUPS = [
  'African Group',
  'Asia-Pacific Group',
  'Eastern European Group',
  'GRULAC',
  'WEOG',
  'Intergovernmental',
] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

/** A theme of an event: a stable id (used in pledges, filters and exports) and its label. */
export interface Theme {
  id: string;
  label: string;
}

/** An event's theme list when it names none (the IGF's recent thematic tracks). */
export const DEFAULT_THEME_LIST: readonly Theme[] = [
  { id: 'data', label: 'Data' },
  { id: 'environment', label: 'Environment' },
  { id: 'inclusion', label: 'Inclusion' },
  { id: 'trust', label: 'Trust' },
];

/**
 * A theme's id from its label: "Digital Trust & Safety" -> "digital-trust-safety",
 * "Política Pública" -> "politica-publica", "الشمول الرقمي" -> "الشمول-الرقمي". Letters of every
 * script are kept (accents are dropped from Latin letters only); at most 40 characters.
 */
export function themeId(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/(?<=[A-Za-z])\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** A BCP 47 language tag as events list their languages: "en", "fr", "pt-BR". */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** What a theme id looks like (see themeId). */
export const THEME_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]{0,39}$/u;
/** A well-formed theme id: the pattern, in lower case (what `themeIdSchema` accepts; no zod needed). */
export const isThemeId = (v: string): boolean => THEME_ID_PATTERN.test(v) && v === v.toLowerCase();

/** A secret made on a phone (see `phoneSecretSchema`): at least 128 bits as base64url. */
export const PHONE_SECRET = { min: 22, max: 128, pattern: /^[A-Za-z0-9_-]+$/ } as const;
export const isPhoneSecret = (v: string): boolean =>
  v.length >= PHONE_SECRET.min && v.length <= PHONE_SECRET.max && PHONE_SECRET.pattern.test(v);

/**
 * The label of a theme id in a list, as the event stores it (English for a standard theme: what
 * exports write); an id the list does not know reads as itself. Pages name a standard theme in
 * their own language instead (client/themes.ts).
 */
export function themeLabel(themes: readonly Theme[] | undefined, id: string): string {
  return (themes ?? DEFAULT_THEME_LIST).find((t) => t.id === id)?.label ?? id;
}

/** The same words, whatever their case or composition. */
export const sameWords = (a: string, b: string) => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/**
 * Whether a theme of an event is one of the standard list (its id, `data`, when it is): a standard
 * theme is stored as the list has it, id and English label, and events stored before pages named
 * it in their own language hold exactly that too. A theme an organizer typed, even one named like
 * a standard theme in another language, is theirs and keeps its label.
 */
export function standardThemeId(theme: Theme): string | null {
  const standard = DEFAULT_THEME_LIST.find((d) => d.id === theme.id);
  return standard && sameWords(standard.label, theme.label) ? standard.id : null;
}

/**
 * Columns of a schedule import (docs/import.md), one row per speaker. Headers match ignoring
 * case, spaces, dashes and underscores.
 */
export const SCHEDULE_COLUMNS = [
  'code',
  'title',
  'start',
  'end',
  'room',
  'format',
  'moderator',
  'online_moderator',
  'rapporteur',
  'policy_questions',
  'speaker_name',
  'speaker_organization',
  'speaker_stakeholder_group',
  'speaker_regional_group',
] as const;

/** A session code as compared within an event: "WS #215", "ws#215" and "WS # 215" are the same session. */
export function sessionCodeKey(code: string): string {
  return code.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Columns without which a schedule is refused. */
export const SCHEDULE_REQUIRED_COLUMNS: readonly (typeof SCHEDULE_COLUMNS)[number][] = ['code', 'title', 'speaker_name', 'speaker_stakeholder_group'];

/** Progress a pledge's author reports through the follow-up link. */
export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed', 'discontinued'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * A pledge's status light: `late` when a deliverable not done yet (or the pledge's own date) is
 * past due and the pledge is not completed; `silent` when its author has not reported for the event's
 * configured number of months; `finished` once completed or discontinued (nothing to chase);
 * otherwise `on_track`. Late wins over silent.
 */
export const LIGHTS = ['on_track', 'late', 'silent', 'finished'] as const;
export type Light = (typeof LIGHTS)[number];

/** The pledge's deliverables done, by their place in its list: as its latest progress report says. */
export function deliveredOf(reports: readonly { delivered?: readonly number[] | undefined }[]): readonly number[] {
  return reports.at(-1)?.delivered ?? [];
}

/** Months without a progress report after which a pledge counts as silent, unless the event says otherwise. */
export const DEFAULT_SILENT_AFTER_MONTHS = 3;

/** public: on the wall and in the registry; record: in the organizers' record only. */
export const VISIBILITIES = ['public', 'record'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What a pledge holds when its author fills in nothing beyond text and capacity (fresh copies). */
export function pledgeDetailDefaults(): {
  regionalGroup: RegionalGroup | null;
  themes: string[];
  sdgTargets: string[];
  timeframe: { kind: 'next-igf' } | { kind: 'date'; date: string };
  visibility: Visibility;
  deliverables: { text: string; due: string }[];
  partners: string[];
} {
  return { regionalGroup: null, themes: [], sdgTargets: [], timeframe: { kind: 'next-igf' }, visibility: 'public', deliverables: [], partners: [] };
}

export const CAPACITIES = ['individual', 'organization'] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const ROUND_STATES = ['draft', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const PANELIST_STATUSES = ['not_joined', 'joined', 'drafting', 'submitted'] as const;
export type PanelistStatus = (typeof PANELIST_STATUSES)[number];

/** Who may pledge in a round: the panel only, or the panel and the audience. */
export const PLEDGERS = ['panel', 'panel-and-audience'] as const;
export type Pledgers = (typeof PLEDGERS)[number];

/** Which pledges wait for a moderator before they reach a wall: none, the audience's (default), all. */
export const MODERATION_MODES = ['none', 'audience', 'everything'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

/**
 * Where a pledge stands with the moderators: `visible` on walls and in the registry (when public),
 * `pending` until a moderator approves it, `hidden` by a moderator after it was shown, `rejected`
 * with a reason its author sees.
 */
export const MODERATION_STATUSES = ['visible', 'pending', 'hidden', 'rejected'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/**
 * Whether a pledge is part of the session's record: shown by the moderators (or never needing
 * them), on the wall or for the record only. What the organizers count and follow up, and what
 * its author reports progress on; a pending, hidden or rejected pledge is not, while it stays so.
 */
export const inRecord = (p: { status: ModerationStatus }): boolean => p.status === 'visible';

/** Where an audience member follows the session: in the room or online. */
export const PRESENCES = ['onsite', 'online'] as const;
export type Presence = (typeof PRESENCES)[number];

/** The two moderator links of a session, each its own identity. */
export const MODERATOR_SEATS = ['onsite', 'online'] as const;
export type ModeratorSeat = (typeof MODERATOR_SEATS)[number];

/** What the activity log records. */
export const ACTIVITY_ACTIONS = [
  'open',
  'close',
  'prompt',
  'countdown',
  'settings',
  'nudge',
  'admit',
  'refuse',
  'release',
  'invite',
  'approve',
  'approve-all',
  'reject',
  'hide',
  'unhide',
  'edit',
  'resubmit',
  'moderator-link',
  /** An organizer changed the session's title, code or schedule details. */
  'session-edit',
  'last-call',
  'spotlight',
  'wall',
  'speaking-order',
  'call',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/**
 * How long after a nudge the same panelist cannot be nudged again (ms). A nudge buzzes the phone
 * and puts a banner over the form; a panelist who is typing needs half a minute to finish a line
 * before a second buzz helps, and a moderator who clicks twice, or two moderators who nudge
 * together, must not buzz them twice.
 */
export const NUDGE_REPEAT_MS = 30_000;

export const LIMITS = {
  pledgeTextMin: 10,
  pledgeTextMax: 600,
  promptMax: 500,
  titleMax: 200,
  sessionCodeMax: 40,
  nameMax: 120,
  organizationMax: 160,
  panelMax: 40,
  countdownMaxSeconds: 60 * 60,
  editHistoryMax: 20,
  themesMax: 10,
  sdgTargetsMax: 10,
  deliverablesMax: 5,
  deliverableMax: 200,
  partnersMax: 10,
  eventNameMax: 160,
  eventThemesMax: 30,
  themeLabelMax: 60,
  languagesMax: 10,
  roomMax: 120,
  formatMax: 80,
  /**
   * A session's policy questions (IGF session pages list them under "Policy Question(s)"): at
   * most 5, as IGF proposals ask for one to three and a few list more; each at most 600
   * characters, as a pledge. The longest on the reference pages runs to 306 with its theme's
   * heading ("Governance and cooperation for an evolving Internet: How does…"), and a page that
   * prints its questions as one paragraph (WS #215: three in 584) still fits as one until it is
   * split; 5 × 600 keeps a session's stored meta small.
   */
  policyQuestionsMax: 5,
  policyQuestionMax: 600,
  progressNoteMax: 2000,
  /** Progress reports kept per pledge (a year of monthly reports, with room to spare). */
  progressReportsMax: 100,
  importSessionsMax: 1000,
  importBytesMax: 2 * 1024 * 1024,
  searchMax: 200,
  rejectReasonMax: 300,
} as const;

export const DEFAULT_PROMPT =
  'Before we close: what is one concrete commitment you will undertake before the next IGF?';

/** Join codes avoid characters that are easy to confuse when read off a projector (0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
