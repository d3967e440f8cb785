import type { Catalogue } from '../en';
import { zhCommon } from './common';
import { zhConsole } from './console';
import { zhErrors } from './errors';
import { zhForum } from './forum';
import { zhImport } from './import';
import { zhLanding } from './landing';
import { zhOrganizer } from './organizer';
import { zhPhone } from './phone';
import { zhPhoneDetails } from './phone-details';
import { zhPhoneSaved } from './phone-saved';
import { zhPhoneRoom } from './phone-room';
import { zhPhoneSlow } from './phone-slow';
import { zhRecord } from './record';
import { zhStage } from './stage';
import { zhStageConsole } from './stage-console';
import { zhStagePhone } from './stage-phone';
import { zhStageWall } from './stage-wall';
import { zhWall } from './wall';
import { zhWallLinks } from './wall-links';

/**
 * 中文目录：与英文（../en）键完全相同，逐个文件对应。Each area file
 * `satisfies Translation<typeof enArea>` (no key missing, none extra); the whole
 * `satisfies Catalogue`.
 */
export const zh = {
  ...zhCommon,
  ...zhLanding,
  ...zhErrors,
  ...zhPhone,
  ...zhPhoneRoom,
  ...zhPhoneSlow,
  ...zhPhoneDetails,
  ...zhPhoneSaved,
  ...zhConsole,
  ...zhWall,
  ...zhStage,
  ...zhStageConsole,
  ...zhStagePhone,
  ...zhStageWall,
  ...zhForum,
  ...zhWallLinks,
  ...zhOrganizer,
  ...zhImport,
  ...zhRecord,
} satisfies Catalogue;
