import { z } from 'zod';
import {
  CAPACITIES,
  MODERATION_MODES,
  MODERATION_STATUSES,
  MODERATOR_SEATS,
  PANELIST_STATUSES,
  PLEDGERS,
  PRESENCES,
  REGIONAL_GROUPS,
  ROUND_STATES,
  STAKEHOLDER_GROUPS,
  isThemeId,
  PHONE_SECRET,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  LIMITS,
  VISIBILITIES,
} from './domain';
import { isSdgTarget } from './sdg';
import { cleanText } from './text';

/**
 * The field-level schemas every other schema is built from: cleaned text, ids, codes, secrets,
 * dates, and the enumerations of ./domain. Re-exported by ./schemas.
 */

/** A lone UTF-16 surrogate cannot be encoded as UTF-8: it is corrupted text, not a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const text = (min: number, max: number, keepNewlines = false, messages: { empty?: string; tooLong?: string } = {}) =>
  z
    .string()
    .max(max * 4, messages.tooLong) // reject absurd payloads before doing any work on them
    .refine((v) => !LONE_SURROGATE.test(v), 'text is not valid Unicode')
    .transform((v) => cleanText(v, keepNewlines))
    .pipe(z.string().min(min, messages.empty).max(max, messages.tooLong));

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'malformed id');
export const uuidSchema = z.string().uuid();
export const joinCodeSchema = z
  .string()
  .max(20)
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().length(JOIN_CODE_LENGTH).regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'malformed join code'));
export const secretSchema = z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/);
/**
 * A secret made on a phone and kept there (at least 128 bits: 22 base64url characters); the
 * server stores only its digest. Because the phone chooses it, a retry after a lost answer
 * presents the same secret: a device token, a pledge's follow-up token.
 */
export const phoneSecretSchema = z.string().min(PHONE_SECRET.min).max(PHONE_SECRET.max).regex(PHONE_SECRET.pattern);

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
  .refine(isThemeId, 'malformed theme');
export const deliverableSchema = z.strictObject({
  text: text(3, LIMITS.deliverableMax),
  due: dateSchema,
});
export const roundStateSchema = z.enum(ROUND_STATES);
export const panelistStatusSchema = z.enum(PANELIST_STATUSES);
export type { PanelistStatus, RoundState, StakeholderGroup, Capacity } from './domain';
export const pledgersSchema = z.enum(PLEDGERS);
export const moderationModeSchema = z.enum(MODERATION_MODES);
export const moderationStatusSchema = z.enum(MODERATION_STATUSES);
export const presenceSchema = z.enum(PRESENCES);
export const moderatorSeatSchema = z.enum(MODERATOR_SEATS);

