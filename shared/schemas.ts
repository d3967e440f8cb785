import { z } from 'zod';
import {
  CAPACITIES,
  REGIONAL_GROUPS,
  VISIBILITIES,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  LIMITS,
  PANELIST_STATUSES,
  ROUND_STATES,
  STAKEHOLDER_GROUPS,
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
export const themeIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'malformed theme');
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
});
export type PanelistInput = z.infer<typeof panelistInputSchema>;

export const createSessionSchema = z.strictObject({
  title: text(1, LIMITS.titleMax),
  code: text(0, LIMITS.sessionCodeMax).default(''),
  prompt: text(0, LIMITS.promptMax).optional(),
  panelists: z.array(panelistInputSchema).min(1).max(LIMITS.panelMax),
});
export type CreateSessionInput = z.input<typeof createSessionSchema>;

// ---------- Entities as they travel to clients ----------

export const panelistSchema = z.object({
  id: idSchema,
  name: z.string(),
  organization: z.string(),
  stakeholderGroup: stakeholderGroupSchema,
});
export type Panelist = z.infer<typeof panelistSchema>;

export const sessionInfoSchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  joinCode: z.string(),
  createdAt: z.number(),
  panelists: z.array(panelistSchema),
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
 * text and capacity only: stakeholder group from the panel, no regional group, no themes or SDG
 * targets, "until the next IGF", public.
 */
export const pledgeContentSchema = z.strictObject({
  id: uuidSchema,
  text: text(LIMITS.pledgeTextMin, LIMITS.pledgeTextMax, true),
  capacity: capacitySchema,
  organization: text(0, LIMITS.organizationMax).default(''),
  stakeholderGroup: stakeholderGroupSchema.optional(),
  regionalGroup: regionalGroupSchema.nullable().default(null),
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
