import { z } from 'zod';
import {
  CAPACITIES,
  REGIONAL_GROUPS,
  VISIBILITIES,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  LANGUAGE_TAG,
  LIGHTS,
  LIMITS,
  PANELIST_STATUSES,
  PROGRESS_STATUSES,
  ROUND_STATES,
  STAKEHOLDER_GROUPS,
  THEME_ID_PATTERN,
} from './domain';
import { isSdgTarget } from './sdg';
import { cleanText } from './text';

export { cleanText };


/** A lone UTF-16 surrogate cannot be encoded as UTF-8: it is corrupted text, not a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const text = (min: number, max: number, keepNewlines = false) =>
  z
    .string()
    .max(max * 4) // reject absurd payloads before doing any work on them
    .refine((v) => !LONE_SURROGATE.test(v), 'text is not valid Unicode')
    .transform((v) => cleanText(v, keepNewlines))
    .pipe(z.string().min(min).max(max));

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'malformed id');
export const uuidSchema = z.string().uuid();
export const joinCodeSchema = z
  .string()
  .max(20)
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().length(JOIN_CODE_LENGTH).regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'malformed join code'));
export const secretSchema = z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/);

export const stakeholderGroupSchema = z.enum(STAKEHOLDER_GROUPS);
export const capacitySchema = z.enum(CAPACITIES);
export const regionalGroupSchema = z.enum(REGIONAL_GROUPS);
export const visibilitySchema = z.enum(VISIBILITIES);
/** A calendar date, YYYY-MM-DD, that exists. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real date');
export const timeframeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('next-igf') }),
  z.strictObject({ kind: z.literal('date'), date: dateSchema }),
]);
export type Timeframe = z.infer<typeof timeframeSchema>;
export const sdgTargetCodeSchema = z
  .string()
  .max(8)
  .superRefine((code, ctx) => {
    if (!isSdgTarget(code)) ctx.addIssue({ code: 'custom', message: `unknown SDG target "${code}"` });
  });
export const themeIdSchema = z
  .string()
  .max(40)
  .refine((v) => THEME_ID_PATTERN.test(v) && v === v.toLowerCase(), 'malformed theme');
export const deliverableSchema = z.strictObject({
  text: text(3, LIMITS.deliverableMax),
  due: dateSchema,
});
export const roundStateSchema = z.enum(ROUND_STATES);
export const panelistStatusSchema = z.enum(PANELIST_STATUSES);
export type { PanelistStatus, RoundState, StakeholderGroup, Capacity } from './domain';

// ---------- Organizer (HTTP) ----------

export const panelistInputSchema = z.strictObject({
  name: text(1, LIMITS.nameMax),
  organization: text(0, LIMITS.organizationMax).default(''),
  stakeholderGroup: stakeholderGroupSchema,
  regionalGroup: regionalGroupSchema.nullable().default(null),
});

/** A local date and time in the event's time zone, as a schedule gives it: "2025-06-24T09:00". */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a date and time as YYYY-MM-DDTHH:MM')
  .refine((v) => {
    const d = new Date(`${v}:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'not a real date and time');

/** Schedule details of a session; all optional, as a quickly created session has none. */
export const sessionDetailsSchema = z.strictObject({
  start: localDateTimeSchema.nullable().default(null),
  end: localDateTimeSchema.nullable().default(null),
  room: text(0, LIMITS.roomMax).default(''),
  format: text(0, LIMITS.formatMax).default(''),
  moderator: text(0, LIMITS.nameMax).default(''),
  onlineModerator: text(0, LIMITS.nameMax).default(''),
  rapporteur: text(0, LIMITS.nameMax).default(''),
});
export type SessionDetails = z.infer<typeof sessionDetailsSchema>;

export const createSessionSchema = z
  .strictObject({
    title: text(1, LIMITS.titleMax),
    code: text(0, LIMITS.sessionCodeMax).default(''),
    prompt: text(0, LIMITS.promptMax).optional(),
    panelists: z.array(panelistInputSchema).min(1).max(LIMITS.panelMax),
    /** The event the session belongs to; its theme list becomes the session's. */
    eventId: idSchema.nullable().default(null),
    details: sessionDetailsSchema.default(() => sessionDetailsSchema.parse({})),
  })
  .refine((s) => !s.details.start || !s.details.end || s.details.end > s.details.start, {
    message: 'the session must end after it starts',
    path: ['details', 'end'],
  });
export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type CreateSessionData = z.output<typeof createSessionSchema>;

export const themeSchema = z.object({ id: z.string(), label: z.string() });

/** BCP 47 language tags, e.g. "en", "fr", "pt-BR". */
const languagesSchema = z.array(z.string().regex(LANGUAGE_TAG, 'expected a language tag such as "en" or "pt-BR"')).max(LIMITS.languagesMax);

export const createEventSchema = z
  .strictObject({
    name: text(1, LIMITS.eventNameMax),
    startDate: dateSchema.nullable().default(null),
    endDate: dateSchema.nullable().default(null),
    /** Theme labels; ids are derived from them. Default: the standard list. */
    themes: z.array(text(1, LIMITS.themeLabelMax)).min(1).max(LIMITS.eventThemesMax).optional(),
    languages: languagesSchema.default(['en']),
    silentAfterMonths: z.number().int().min(1).max(24).default(3),
  })
  .refine((e) => !e.startDate || !e.endDate || e.endDate >= e.startDate, {
    message: 'the event must end on or after its first day',
    path: ['endDate'],
  });
export type CreateEventInput = z.input<typeof createEventSchema>;

/**
 * Changes to an event's details (PATCH /api/events/:id): any of these, at least one. The theme
 * list is fixed once the event exists (its sessions and pledges carry its ids).
 */
export const updateEventSchema = z
  .strictObject({
    name: text(1, LIMITS.eventNameMax).optional(),
    startDate: dateSchema.nullable().optional(),
    endDate: dateSchema.nullable().optional(),
    languages: languagesSchema.optional(),
    silentAfterMonths: z.number().int().min(1).max(24).optional(),
  })
  .refine((e) => Object.values(e).some((v) => v !== undefined), { message: 'nothing to change' });
export type UpdateEventInput = z.input<typeof updateEventSchema>;

export const eventSchema = z.object({
  id: idSchema,
  name: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  themes: z.array(themeSchema),
  languages: z.array(z.string()),
  silentAfterMonths: z.number(),
  createdAt: z.number(),
});
export type EventInfo = z.infer<typeof eventSchema>;

// ---------- Follow-up ----------

export const progressStatusSchema = z.enum(PROGRESS_STATUSES);
export const lightSchema = z.enum(LIGHTS);
/** A progress report as its author sends it through the follow-up link. */
export const progressReportInputSchema = z.strictObject({
  status: progressStatusSchema,
  note: text(0, LIMITS.progressNoteMax, true).default(''),
  /** The date the report speaks for (default: today). */
  date: dateSchema.optional(),
});
export type ProgressReportInput = z.input<typeof progressReportInputSchema>;
export const progressReportSchema = z.object({
  status: progressStatusSchema,
  note: z.string(),
  date: z.string(),
  /** When the server stored it. */
  at: z.number(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

/** Filters of the public registry (query string of /api/events/:id/registry). All optional. */
export const registryQuerySchema = z.object({
  q: z.string().max(LIMITS.searchMax).optional(),
  theme: themeIdSchema.optional(),
  stakeholder: stakeholderGroupSchema.optional(),
  region: regionalGroupSchema.optional(),
  goal: z.coerce.number().int().min(1).max(17).optional(),
  status: progressStatusSchema.optional(),
  light: lightSchema.optional(),
});
export type RegistryQuery = z.infer<typeof registryQuerySchema>;

// ---------- Entities as they travel to clients ----------

export const panelistSchema = z.object({
  id: idSchema,
  name: z.string(),
  organization: z.string(),
  stakeholderGroup: stakeholderGroupSchema,
  regionalGroup: regionalGroupSchema.nullable(),
});
export type Panelist = z.infer<typeof panelistSchema>;

export const sessionInfoSchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  joinCode: z.string(),
  createdAt: z.number(),
  panelists: z.array(panelistSchema),
  eventId: idSchema.nullable(),
  /** The themes a pledge of this session may carry (its event's list). */
  themes: z.array(themeSchema),
  details: z.object({
    start: z.string().nullable(),
    end: z.string().nullable(),
    room: z.string(),
    format: z.string(),
    moderator: z.string(),
    onlineModerator: z.string(),
    rapporteur: z.string(),
  }),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const roundSchema = z.object({
  state: roundStateSchema,
  prompt: z.string(),
  countdownEndsAt: z.number().nullable(),
  openedAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type Round = z.infer<typeof roundSchema>;

export const pledgeSchema = z.object({
  id: uuidSchema,
  sessionId: idSchema,
  participantId: idSchema,
  authorRole: z.literal('panelist'),
  name: z.string(),
  organization: z.string(),
  stakeholderGroup: stakeholderGroupSchema,
  capacity: capacitySchema,
  text: z.string(),
  regionalGroup: regionalGroupSchema.nullable(),
  themes: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  timeframe: timeframeSchema,
  visibility: visibilitySchema,
  deliverables: z.array(z.object({ text: z.string(), due: z.string() })),
  partners: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  edits: z.array(z.object({ text: z.string(), capacity: capacitySchema, organization: z.string(), at: z.number() })),
});
export type Pledge = z.infer<typeof pledgeSchema>;

export const panelEntrySchema = z.object({
  panelistId: idSchema,
  status: panelistStatusSchema,
});
export type PanelEntry = z.infer<typeof panelEntrySchema>;

// ---------- Socket command payloads (client -> server) ----------

export const claimPanelistSchema = z.strictObject({ panelistId: idSchema });
export const draftingSchema = z.strictObject({ drafting: z.boolean() });
/**
 * What a panelist sends. Everything past the text has a default, so a panelist in a hurry submits
 * text and capacity only: stakeholder and regional group from the panel, no themes or SDG
 * targets, "until the next IGF", public.
 */
export const pledgeContentSchema = z.strictObject({
  id: uuidSchema,
  text: text(LIMITS.pledgeTextMin, LIMITS.pledgeTextMax, true),
  capacity: capacitySchema,
  organization: text(0, LIMITS.organizationMax).default(''),
  stakeholderGroup: stakeholderGroupSchema.optional(),
  /** Omitted: the panelist's regional group from the schedule; null: none given. */
  regionalGroup: regionalGroupSchema.nullable().optional(),
  themes: z.array(themeIdSchema).max(LIMITS.themesMax).default([]),
  sdgTargets: z.array(sdgTargetCodeSchema).max(LIMITS.sdgTargetsMax).default([]),
  timeframe: timeframeSchema.default({ kind: 'next-igf' }),
  visibility: visibilitySchema.default('public'),
  deliverables: z.array(deliverableSchema).max(LIMITS.deliverablesMax).default([]),
  partners: z.array(text(1, LIMITS.organizationMax)).max(LIMITS.partnersMax).default([]),
});
export type PledgeContent = z.infer<typeof pledgeContentSchema>;
export type PledgeContentInput = z.input<typeof pledgeContentSchema>;

export const openRoundSchema = z.strictObject({
  prompt: text(1, LIMITS.promptMax).optional(),
  countdownSeconds: z.number().int().min(10).max(LIMITS.countdownMaxSeconds).nullable().optional(),
});
export const promptSchema = z.strictObject({ prompt: text(1, LIMITS.promptMax) });
export const countdownSchema = z.strictObject({
  countdownSeconds: z.number().int().min(10).max(LIMITS.countdownMaxSeconds).nullable(),
});
export const panelistTargetSchema = z.strictObject({ panelistId: idSchema });
/** The author asks for a (new) private follow-up link for their pledge. */
export const followUpLinkSchema = z.strictObject({ pledgeId: uuidSchema });
export const emptySchema = z.strictObject({}).optional();

// ---------- Handshake ----------

/** The last sequence number a reconnecting client has applied: the server sends a snapshot only if it is behind. */
const lastSeq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();
/** Socket.IO's client adds these to `auth` when it tries to recover a dropped connection. */
const recovery = { pid: z.string().max(64).optional(), offset: z.string().max(64).optional() };

export const handshakeSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('moderator'), sessionId: idSchema, key: secretSchema, lastSeq, ...recovery }),
  z.strictObject({ role: z.literal('phone'), sessionId: idSchema, deviceToken: secretSchema.optional(), lastSeq, ...recovery }),
  z.strictObject({ role: z.literal('wall'), sessionId: idSchema, lastSeq, ...recovery }),
]);
export type Handshake = z.infer<typeof handshakeSchema>;
export type ClientRole = Handshake['role'];
