import type { Catalogue } from '../en';
import { ruCommon } from './common';
import { ruConsole } from './console';
import { ruErrors } from './errors';
import { ruForum } from './forum';
import { ruImport } from './import';
import { ruLanding } from './landing';
import { ruOrganizer } from './organizer';
import { ruPhone } from './phone';
import { ruPhoneDetails } from './phone-details';
import { ruPhoneSaved } from './phone-saved';
import { ruPhoneRoom } from './phone-room';
import { ruPhoneSlow } from './phone-slow';
import { ruRecord } from './record';
import { ruStage } from './stage';
import { ruStageConsole } from './stage-console';
import { ruStagePhone } from './stage-phone';
import { ruStageWall } from './stage-wall';
import { ruWall } from './wall';
import { ruWallLinks } from './wall-links';

/**
 * Русский каталог: те же ключи, что и в английском (../en), файл за файлом. Each area file
 * `satisfies Translation<typeof enArea>` (no key missing, none extra); the whole
 * `satisfies Catalogue`.
 */
export const ru = {
  ...ruCommon,
  ...ruLanding,
  ...ruErrors,
  ...ruPhone,
  ...ruPhoneRoom,
  ...ruPhoneSlow,
  ...ruPhoneDetails,
  ...ruPhoneSaved,
  ...ruConsole,
  ...ruWall,
  ...ruStage,
  ...ruStageConsole,
  ...ruStagePhone,
  ...ruStageWall,
  ...ruForum,
  ...ruWallLinks,
  ...ruOrganizer,
  ...ruImport,
  ...ruRecord,
} satisfies Catalogue;
