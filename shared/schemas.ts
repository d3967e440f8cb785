import { z } from 'zod';
import { ACTIVITY_ACTIONS, LANGUAGE_TAG, LIGHTS, LIMITS, PROGRESS_STATUSES } from './domain';
import {
  text,
  idSchema,
  uuidSchema,
  stakeholderGroupSchema,
  capacitySchema,
  regionalGroupSchema,
  visibilitySchema,
  dateSchema,
  timeframeSchema,
  themeIdSchema,
  roundStateSchema,
  panelistStatusSchema,
  pledgersSchema,
  moderationModeSchema,
  moderationStatusSchema,
  presenceSchema,
  moderatorSeatSchema,
} from './fields';
import { cleanText } from './text';

/** The field-level schemas (ids, codes, cleaned text, enumerations) live in ./fields. */
export * from './fields';
/** Command payloads and the handshake live in ./commands. */
export * from './commands';
export type { PanelistStatus, RoundState, StakeholderGroup, Capacity } from './domain';
export { cleanText };

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

/**
 * A session's policy questions, in the order its page lists them: each cleaned and on one line,
 * none empty (an organizer's form and the schedule import drop blank lines before sending).
 */
export const policyQuestionsSchema = z
  .array(
    text(1, LIMITS.policyQuestionMax, false, {
      empty: 'a policy question is empty',
      tooLong: `a policy question has at most ${LIMITS.policyQuestionMax} characters`,
    }),
  )
  .max(LIMITS.policyQuestionsMax, `a session has at most ${LIMITS.policyQuestionsMax} policy questions`);

/** Schedule details of a session; all optional, as a quickly created session has none. */
export const sessionDetailsSchema = z.strictObject({
  start: localDateTimeSchema.nullable().default(null),
  end: localDateTimeSchema.nullable().default(null),
  room: text(0, LIMITS.roomMax).default(''),
  format: text(0, LIMITS.formatMax).default(''),
  moderator: text(0, LIMITS.nameMax).default(''),
  onlineModerator: text(0, LIMITS.nameMax).default(''),
  rapporteur: text(0, LIMITS.nameMax).default(''),
  policyQuestions: policyQuestionsSchema.default([]),
});
export type SessionDetails = z.infer<typeof sessionDetailsSchema>;

/** The rule every session's schedule keeps: when it has both times, it ends after it starts. */
export const endsAfterStart = (d: { start?: string | null; end?: string | null }): boolean => !d.start || !d.end || d.end > d.start;
const endBeforeStart = { message: 'the session must end after it starts', path: ['details', 'end'] };

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
  .refine((s) => endsAfterStart(s.details), endBeforeStart);
export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type CreateSessionData = z.output<typeof createSessionSchema>;

/**
 * Changes to a session (PATCH /api/sessions/:id): any of its title, code and schedule details (each
 * detail on its own; the others stay), at least one, with the same limits as at creation. The
 * panel and the event stay as they are. The end-after-start rule holds on the details that result
 * (checked here when both times are sent, by the service against the stored ones otherwise).
 */
export const updateSessionSchema = z
  .strictObject({
    title: text(1, LIMITS.titleMax).optional(),
    code: text(0, LIMITS.sessionCodeMax).optional(),
    details: z
      .strictObject({
        start: localDateTimeSchema.nullable().optional(),
        end: localDateTimeSchema.nullable().optional(),
        room: text(0, LIMITS.roomMax).optional(),
        format: text(0, LIMITS.formatMax).optional(),
        moderator: text(0, LIMITS.nameMax).optional(),
        onlineModerator: text(0, LIMITS.nameMax).optional(),
        rapporteur: text(0, LIMITS.nameMax).optional(),
        policyQuestions: policyQuestionsSchema.optional(),
      })
      .optional(),
  })
  .refine((s) => s.title !== undefined || s.code !== undefined || (s.details && Object.values(s.details).some((v) => v !== undefined)), {
    message: 'nothing to change',
  })
  .refine((s) => endsAfterStart(s.details ?? {}), endBeforeStart);
export type UpdateSessionInput = z.input<typeof updateSessionSchema>;
export type UpdateSessionData = z.output<typeof updateSessionSchema>;

/** Which moderator link to replace (POST /api/sessions/:id/moderator-key). */
export const rotateKeySchema = z.strictObject({ seat: moderatorSeatSchema.default('onsite') });

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
  /**
   * The pledge's deliverables done as of this report, by their place in its list (0 first); all
   * of them, not only the newly done. Absent: as the previous report said.
   */
  delivered: z
    .array(z.number().int().min(0).max(LIMITS.deliverablesMax - 1))
    .max(LIMITS.deliverablesMax)
    .optional(),
});
export type ProgressReportInput = z.input<typeof progressReportInputSchema>;
export const progressReportSchema = z.object({
  status: progressStatusSchema,
  note: z.string(),
  date: z.string(),
  /** When the server stored it. */
  at: z.number(),
  /** The deliverables done as of this report (places in the pledge's list, ascending); reports stored before have none. */
  delivered: z.array(z.number()).optional(),
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
    /**
     * The session's policy questions, in order. Organizers' pages, the report and the exports
     * have them; a snapshot only for the consoles (walls and phones, which do not show them, get
     * none).
     */
    policyQuestions: z.array(z.string()),
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
  /** Who may pledge in this round. */
  pledgers: pledgersSchema,
  /** Which pledges wait for a moderator before they reach a wall. */
  moderation: moderationModeSchema,
  /** When a moderator announced the last call (phones and walls show it); null: not yet. */
  lastCallAt: z.number().nullable(),
  /** The round closes by itself when its countdown ends. */
  autoClose: z.boolean(),
});
export type Round = z.infer<typeof roundSchema>;

/** Who wrote a version of a pledge: its author, or one of the moderators (by seat and name). */
export const editorSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('author') }),
  z.object({ role: z.literal('moderator'), seat: moderatorSeatSchema, name: z.string() }),
]);
export type Editor = z.infer<typeof editorSchema>;

export const pledgeSchema = z.object({
  id: uuidSchema,
  sessionId: idSchema,
  participantId: idSchema,
  authorRole: z.enum(['panelist', 'audience']),
  /** An audience member's presence; null for a panelist. */
  presence: presenceSchema.nullable(),
  /** Empty for an audience member who gave no name (shown as anonymous). */
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
  /** Who wrote the current text. */
  updatedBy: editorSchema,
  /** Earlier versions, oldest first, each with who wrote it and when. */
  edits: z.array(z.object({ text: z.string(), capacity: capacitySchema, organization: z.string(), at: z.number(), by: editorSchema })),
  status: moderationStatusSchema,
  /** Why a moderator rejected it (its author sees this); null otherwise. */
  rejectReason: z.string().nullable(),
});
export type Pledge = z.infer<typeof pledgeSchema>;

/** Someone who joined by code saying they are a panelist, waiting for a moderator to admit them. */
export const seatRequestSchema = z.object({
  id: idSchema,
  panelistId: idSchema,
  /** Whether another device holds the seat now (admitting moves the seat to this one). */
  seatTaken: z.boolean(),
  /** `withdrawn`: the phone stepped back (or took the seat with its invite) before an answer. */
  state: z.enum(['pending', 'admitted', 'refused', 'withdrawn']),
  at: z.number(),
});
export type SeatRequest = z.infer<typeof seatRequestSchema>;

/**
 * Whether the phones that asked for seats have a connection open now, for the consoles (not a
 * commit: it changes as phones connect and go). A request missing from every message is one
 * its phone has just made, so it is connected.
 */
export const requestPhonesSchema = z.object({
  /** Pending request id -> whether its phone is connected, on any server process. */
  connected: z.record(idSchema, z.boolean()),
  /** Every pending request of the session (sent to a console as it connects), not a change. */
  complete: z.boolean(),
});
export type RequestPhones = z.infer<typeof requestPhonesSchema>;

/** An audience member as moderators see them (walls see counts only). */
export const audienceMemberSchema = z.object({
  id: idSchema,
  presence: presenceSchema,
  name: z.string(),
  organization: z.string(),
  joinedAt: z.number(),
});
export type AudienceMember = z.infer<typeof audienceMemberSchema>;

export const audienceCountSchema = z.object({ onsite: z.number(), online: z.number() });
export type AudienceCount = z.infer<typeof audienceCountSchema>;

/** Who did something in a session. */
export const actorSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('moderator'), seat: moderatorSeatSchema, name: z.string() }),
  z.object({ role: z.literal('organizer') }),
  /** The round's countdown, closing the round by itself. */
  z.object({ role: z.literal('countdown') }),
  /** A pledge's author, whose edit sent a hidden or rejected pledge back to the moderators. */
  z.object({ role: z.literal('author') }),
]);
export type Actor = z.infer<typeof actorSchema>;

/** One line of a session's activity log: who did what, when, to whom. */
export const activityEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  actor: actorSchema,
  action: z.enum(ACTIVITY_ACTIONS),
  /** What it was done to, in words ("Kenji Watanabe", "the pledge of Amina Diallo"); '' for none. */
  subject: z.string(),
  /**
   * More detail where it helps (a new prompt, a reason, "panel and audience · audience moderated";
   * for a pledge hidden or shown again, its visibility: "public" or "record"; for one its author
   * sent back to the moderators by editing it, where it was and its visibility: "hidden record").
   */
  detail: z.string(),
  /** The panelist it was done to, for a nudge: the console shows each panelist's last nudge by it. */
  panelistId: idSchema.optional(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const panelEntrySchema = z.object({
  panelistId: idSchema,
  status: panelistStatusSchema,
  /**
   * Whether a phone holds the seat now. A seat released after its pledge stays "submitted" but
   * holds no phone: the next phone to open the invite link takes it at once.
   */
  seated: z.boolean(),
});
export type PanelEntry = z.infer<typeof panelEntrySchema>;
