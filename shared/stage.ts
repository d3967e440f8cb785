/**
 * The stage: what the walls of a session show and how the moderators direct them — the wall's
 * view, the spotlight, the panel's speaking order and the speaker called — plus the audience's
 * reactions. The stage is one record per session, changed by either moderator and delivered to
 * every wall, console and phone as a `stage` delta.
 */
import { z } from 'zod';
import { idSchema, uuidSchema, phoneSecretSchema } from './fields';

/**
 * What a wall shows. `auto` follows the round: the holding screen before it opens, the grid once it
 * does, the spotlit pledge while there is one. A wall's URL may ask for any view (`?view=`); the
 * console's choice applies to walls that did not.
 */
export const WALL_VIEWS = ['auto', 'holding', 'grid', 'spotlight', 'ticker', 'cloud', 'breakdown'] as const;
export type WallView = (typeof WALL_VIEWS)[number];
export const wallViewSchema = z.enum(WALL_VIEWS);

/** The order pledges fill the grid in: as they arrive, or in the panel's speaking order. */
export const WALL_ORDERS = ['time', 'speakers'] as const;
export type WallOrder = (typeof WALL_ORDERS)[number];

/** Auto-rotation of the spotlight: from the spotlit pledge, one pledge every so many seconds. */
export const ROTATE_SECONDS = { min: 5, max: 300 } as const;

export const spotlightSchema = z.object({
  pledgeId: uuidSchema,
  /** When this pledge was put in the spotlight (rotation counts from here). */
  since: z.number(),
  /** null: stays until a moderator moves it; otherwise walls move on to the next pledge this often. */
  rotateSeconds: z.number().nullable(),
});
export type Spotlight = z.infer<typeof spotlightSchema>;

export const stageSchema = z.object({
  view: wallViewSchema,
  order: z.enum(WALL_ORDERS),
  spotlight: spotlightSchema.nullable(),
  /** The panel in speaking order (panelist ids); empty: as listed in the schedule. */
  speakingOrder: z.array(idSchema),
  /** The panelist called to speak, and when. */
  speaker: z.object({ panelistId: idSchema, at: z.number() }).nullable(),
  updatedAt: z.number(),
});
export type Stage = z.infer<typeof stageSchema>;

export { initialStage } from './stage-initial';

/**
 * The panel in speaking order: the moderator's order, with anyone it misses (a panelist added
 * later) after it in schedule order.
 */
export function speakingOrder(stage: Pick<Stage, 'speakingOrder'>, panel: { id: string }[]): string[] {
  const known = new Set(panel.map((p) => p.id));
  const ordered = stage.speakingOrder.filter((id) => known.has(id));
  const listed = new Set(ordered);
  return [...ordered, ...panel.map((p) => p.id).filter((id) => !listed.has(id))];
}

// ---------- Commands (client -> server) ----------

/** The console's view and fill order for every wall that did not ask for its own. */
export const stageWallSchema = z
  .strictObject({ view: wallViewSchema.optional(), order: z.enum(WALL_ORDERS).optional() })
  .refine((x) => x.view !== undefined || x.order !== undefined, { message: 'Give a view or an order.' });
/**
 * Puts a pledge in the spotlight (null clears it). Next and previous are the console naming the
 * neighbour it shows, so two moderators pressing "next" at once land on the same pledge.
 */
export const spotlightCommandSchema = z.strictObject({
  pledgeId: uuidSchema.nullable(),
  rotateSeconds: z.number().int().min(ROTATE_SECONDS.min).max(ROTATE_SECONDS.max).nullable().default(null),
});
/** The whole panel, in the order the moderator wants them to speak. */
export const speakingOrderSchema = z.strictObject({ panelistIds: z.array(idSchema).min(1).max(100) });
/** Calls a panelist to speak (their phone shows "your turn"); null: nobody is called. */
export const callSpeakerSchema = z.strictObject({ panelistId: idSchema.nullable() });
/** A viewer supports a pledge (on: true) or takes it back. */
export const reactSchema = z.strictObject({ pledgeId: uuidSchema, on: z.boolean() });

/**
 * A wall page opened by an online viewer makes its own 128-bit secret, kept in the browser, so
 * it can support pledges once each, like an audience phone.
 */
export const viewerTokenSchema = phoneSecretSchema;

/** Support counts by pledge id: absolute values, so the newest frame is always right. */
export type ReactionCounts = Record<string, number>;
