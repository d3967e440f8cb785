/**
 * What clients send over the socket: every command's payload and the handshake. Re-exported by
 * ./schemas, so callers import from one place.
 */
import { z } from 'zod';
import { LIMITS } from './domain';
import {
  text,
  idSchema,
  uuidSchema,
  secretSchema,
  phoneSecretSchema,
  stakeholderGroupSchema,
  capacitySchema,
  regionalGroupSchema,
  visibilitySchema,
  timeframeSchema,
  sdgTargetCodeSchema,
  themeIdSchema,
  deliverableSchema,
  pledgersSchema,
  moderationModeSchema,
  presenceSchema,
} from './fields';

// ---------- Socket command payloads (client -> server) ----------

/**
 * A phone takes a panelist's seat: with the seat's invite token (from the personal invite link) it
 * is seated at once if the seat is free or already this device's; without one, or when another
 * device holds the seat, it asks the moderators to admit it.
 */
export const claimPanelistSchema = z.strictObject({ panelistId: idSchema, invite: secretSchema.optional() });
/** A phone joins the audience, in the room or online; name and organization are optional. */
export const joinAudienceSchema = z.strictObject({
  presence: presenceSchema,
  name: text(0, LIMITS.nameMax).default(''),
  organization: text(0, LIMITS.organizationMax).default(''),
});
export const draftingSchema = z.strictObject({ drafting: z.boolean() });
/**
 * What a panelist sends. Everything past the text has a default, so a panelist in a hurry submits
 * text and capacity only: stakeholder and regional group from the panel, no themes or SDG
 * targets, "until the next IGF", public.
 */
export const pledgeContentSchema = z.strictObject({
  id: uuidSchema,
  /** The `updatedAt` of the stored version this text replaces; null for a new pledge (see editPledge). */
  basedOn: z.number().int().min(0).nullable().default(null),
  /** A new pledge's follow-up link secret, made by the phone; only its digest is stored. */
  followUpToken: phoneSecretSchema.optional(),
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

export const roundSettingsSchema = z.strictObject({
  pledgers: pledgersSchema.optional(),
  moderation: moderationModeSchema.optional(),
});
export const openRoundSchema = roundSettingsSchema.extend({
  prompt: text(1, LIMITS.promptMax).optional(),
  countdownSeconds: z.number().int().min(10).max(LIMITS.countdownMaxSeconds).nullable().optional(),
  autoClose: z.boolean().optional(),
});
export const promptSchema = z.strictObject({ prompt: text(1, LIMITS.promptMax) });
/** Starts, changes or stops the countdown; `autoClose`: the round closes when it ends (kept when omitted). */
export const countdownSchema = z.strictObject({
  countdownSeconds: z.number().int().min(10).max(LIMITS.countdownMaxSeconds).nullable(),
  autoClose: z.boolean().optional(),
});
export const panelistTargetSchema = z.strictObject({ panelistId: idSchema });
export const seatRequestTargetSchema = z.strictObject({ requestId: idSchema });
export const pledgeTargetSchema = z.strictObject({ pledgeId: uuidSchema });
/**
 * A moderator approves the version of a pledge they read: `basedOn` is its `updatedAt`, so an
 * author's later change is never shown unread.
 */
export const approvePledgeSchema = z.strictObject({ pledgeId: uuidSchema, basedOn: z.number().int().min(0) });
/** Approves every pledge the moderator saw waiting, each in the version they saw. */
export const approveAllSchema = z.strictObject({ pledges: z.array(approvePledgeSchema).min(1).max(1000) });
export const rejectPledgeSchema = z.strictObject({ pledgeId: uuidSchema, reason: text(1, LIMITS.rejectReasonMax) });
/**
 * A moderator fixes a pledge's text (a typo). `basedOn` is the `updatedAt` of the version the
 * moderator corrected, so a fix never silently replaces a newer text.
 */
export const fixPledgeSchema = z.strictObject({
  pledgeId: uuidSchema,
  text: text(LIMITS.pledgeTextMin, LIMITS.pledgeTextMax, true),
  basedOn: z.number().int().min(0),
});
/** The author asks for a new follow-up link; with a secret made by the phone, a retry sets the same link. */
export const followUpLinkSchema = z.strictObject({ pledgeId: uuidSchema, followUpToken: phoneSecretSchema.optional() });
export const emptySchema = z.strictObject({}).optional();

// ---------- Handshake ----------

/** The last sequence number a reconnecting client has applied: the server sends a snapshot only if it is behind. */
const lastSeq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();
/** Socket.IO's client adds these to `auth` when it tries to recover a dropped connection. */
const recovery = { pid: z.string().max(64).optional(), offset: z.string().max(64).optional() };

/** A phone's own secret (see phoneSecretSchema): a claim retried after a lost answer is recognised as the same device. */
export const deviceTokenSchema = phoneSecretSchema;

export const handshakeSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('moderator'), sessionId: idSchema, key: secretSchema, lastSeq, ...recovery }),
  z.strictObject({ role: z.literal('phone'), sessionId: idSchema, deviceToken: deviceTokenSchema, lastSeq, ...recovery }),
  /** `viewerToken`: an online viewer's page, which may support pledges (see shared/stage.ts). */
  z.strictObject({ role: z.literal('wall'), sessionId: idSchema, viewerToken: phoneSecretSchema.optional(), lastSeq, ...recovery }),
]);
export type Handshake = z.infer<typeof handshakeSchema>;
export type ClientRole = Handshake['role'];
