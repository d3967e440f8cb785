import type { Catalogue } from '../en';
import { esCommon } from './common';
import { esConsole } from './console';
import { esErrors } from './errors';
import { esForum } from './forum';
import { esImport } from './import';
import { esLanding } from './landing';
import { esOrganizer } from './organizer';
import { esPhone } from './phone';
import { esPhoneDetails } from './phone-details';
import { esPhoneSaved } from './phone-saved';
import { esPhoneRoom } from './phone-room';
import { esPhoneSlow } from './phone-slow';
import { esRecord } from './record';
import { esStage } from './stage';
import { esStageConsole } from './stage-console';
import { esStagePhone } from './stage-phone';
import { esStageWall } from './stage-wall';
import { esWall } from './wall';
import { esWallLinks } from './wall-links';

/**
 * El catálogo español: las mismas claves que el inglés (../en), archivo por archivo. Each area
 * file `satisfies Translation<typeof enArea>` (no key missing, none extra); the whole
 * `satisfies Catalogue`.
 */
export const es = {
  ...esCommon,
  ...esLanding,
  ...esErrors,
  ...esPhone,
  ...esPhoneRoom,
  ...esPhoneSlow,
  ...esPhoneDetails,
  ...esPhoneSaved,
  ...esConsole,
  ...esWall,
  ...esStage,
  ...esStageConsole,
  ...esStagePhone,
  ...esStageWall,
  ...esForum,
  ...esWallLinks,
  ...esOrganizer,
  ...esImport,
  ...esRecord,
} satisfies Catalogue;
