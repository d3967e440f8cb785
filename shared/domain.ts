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
} as const;

export const DEFAULT_PROMPT =
  'Before we close: what is one concrete commitment you will undertake before the next IGF?';

/** Join codes avoid characters that are easy to confuse when read off a projector (0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
