import { enCommon } from './common';
import { enConsole } from './console';
import { enErrors } from './errors';
import { enForum } from './forum';
import { enImport } from './import';
import { enOrganizer } from './organizer';
import { enPhone } from './phone';
import { enPhoneRoom } from './phone-room';
import { enPhoneSlow } from './phone-slow';
import { enRecord } from './record';
import { enStage } from './stage';
import { enStageConsole } from './stage-console';
import { enStagePhone } from './stage-phone';
import { enStageWall } from './stage-wall';
import { enWall } from './wall';

/**
 * The English catalogue: the reference every other language matches key for key (see
 * docs/i18n.md). Flat keys, ICU MessageFormat messages: `{name}` arguments and
 * `{count, plural, one {…} other {…}}` plurals. English is bundled with every page; the other
 * languages load on demand.
 */
export const en = {
  ...enCommon,
  ...enErrors,
  // the phone: form, preview, confirmation, delivery; then invites, admission, audience, moderation
  ...enPhone,
  ...enPhoneRoom,
  ...enPhoneSlow,
  // the moderator console: round, panel, queue, requests, invites, activity log
  ...enConsole,
  // the wall: join box, counters
  ...enWall,
  // the stage (wall views, spotlight, speaking order, support) on every screen
  ...enStage,
  ...enStageConsole,
  ...enStagePhone,
  ...enStageWall,
  ...enForum,
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
