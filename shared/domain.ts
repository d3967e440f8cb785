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

/** An event's theme list when it names none (the IGF's recent thematic tracks). */
export const DEFAULT_THEMES = ['data', 'environment', 'inclusion', 'trust'] as const;

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
} as const;

export const DEFAULT_PROMPT =
  'Before we close: what is one concrete commitment you will undertake before the next IGF?';

/** Join codes avoid characters that are easy to confuse when read off a projector (0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
