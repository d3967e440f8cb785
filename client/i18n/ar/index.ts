import type { Catalogue } from '../en';
import { arCommon } from './common';
import { arConsole } from './console';
import { arErrors } from './errors';
import { arForum } from './forum';
import { arImport } from './import';
import { arLanding } from './landing';
import { arOrganizer } from './organizer';
import { arPhone } from './phone';
import { arPhoneDetails } from './phone-details';
import { arPhoneSaved } from './phone-saved';
import { arPhoneRoom } from './phone-room';
import { arPhoneSlow } from './phone-slow';
import { arRecord } from './record';
import { arStage } from './stage';
import { arStageConsole } from './stage-console';
import { arStagePhone } from './stage-phone';
import { arStageWall } from './stage-wall';
import { arWall } from './wall';
import { arWallLinks } from './wall-links';

/**
 * الفهرس العربي: المفاتيح نفسها التي في الفهرس الإنجليزي (../en)، ملفًا ملفًا. Each area
 * file `satisfies Translation<typeof enArea>` (no key missing, none extra); the whole
 * `satisfies Catalogue`.
 */
export const ar = {
  ...arCommon,
  ...arLanding,
  ...arErrors,
  ...arPhone,
  ...arPhoneRoom,
  ...arPhoneSlow,
  ...arPhoneDetails,
  ...arPhoneSaved,
  ...arConsole,
  ...arWall,
  ...arStage,
  ...arStageConsole,
  ...arStagePhone,
  ...arStageWall,
  ...arForum,
  ...arWallLinks,
  ...arOrganizer,
  ...arImport,
  ...arRecord,
} satisfies Catalogue;
