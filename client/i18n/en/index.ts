import { enConsole } from './console';
import { enCore } from './core';
import { enForum } from './forum';
import { enImport } from './import';
import { enLanding } from './landing';
import { enOrganizer } from './organizer';
import { enPhoneDetails } from './phone-details';
import { enPhoneSaved } from './phone-saved';
import { enRecord } from './record';
import { enStageConsole } from './stage-console';
import { enStageWall } from './stage-wall';
import { enWall } from './wall';
import { enWallLinks } from './wall-links';

/**
 * The English catalogue: the reference every other language matches key for key (see
 * docs/i18n.md). Flat keys, ICU MessageFormat messages: `{name}` arguments and
 * `{count, plural, one {…} other {…}}` plurals. The pages never load it whole: `core` is part of
 * the main bundle and each other part loads with its pages (../catalogues.ts); it gives the keys
 * their type, and the tests their reference.
 */
export const en = {
  // what every page says, and the whole phone but its "More details" fields and its saved pledge
  ...enCore,
  ...enPhoneDetails,
  ...enPhoneSaved,
  // the start page
  ...enLanding,
  // the moderator console: round, panel, queue, requests, invites, activity log; its stage controls
  ...enConsole,
  ...enStageConsole,
  // the wall: join box, counters; its views
  ...enWall,
  ...enStageWall,
  ...enForum,
  // what the console's and the organizer's wall links say about the walls' languages
  ...enWallLinks,
  // organizer pages (events, import, exports, dashboard)
  ...enOrganizer,
  ...enImport,
  // the public record (registry, pledge pages, follow-up, rapporteur report)
  ...enRecord,
} as const;

export type MessageKey = keyof typeof en;

/** A whole catalogue: one message for every key of the English one, and no other key. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** One area file of a translation: the same keys as the English area file it translates. */
export type Translation<Area> = { readonly [K in keyof Area]: string };
