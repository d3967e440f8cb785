import type { Catalogue } from '../en';
import { frCommon } from './common';
import { frConsole } from './console';
import { frErrors } from './errors';
import { frForum } from './forum';
import { frImport } from './import';
import { frLanding } from './landing';
import { frOrganizer } from './organizer';
import { frPhone } from './phone';
import { frPhoneDetails } from './phone-details';
import { frPhoneSaved } from './phone-saved';
import { frPhoneRoom } from './phone-room';
import { frPhoneSlow } from './phone-slow';
import { frRecord } from './record';
import { frStage } from './stage';
import { frStageConsole } from './stage-console';
import { frStagePhone } from './stage-phone';
import { frStageWall } from './stage-wall';
import { frWall } from './wall';
import { frWallLinks } from './wall-links';

/**
 * Le catalogue français : les mêmes clés que l’anglais (../en), fichier par fichier. Each area
 * file `satisfies Translation<typeof enArea>` (no key missing, none extra); the whole
 * `satisfies Catalogue`.
 */
export const fr = {
  ...frCommon,
  ...frLanding,
  ...frErrors,
  ...frPhone,
  ...frPhoneRoom,
  ...frPhoneSlow,
  ...frPhoneDetails,
  ...frPhoneSaved,
  ...frConsole,
  ...frWall,
  ...frStage,
  ...frStageConsole,
  ...frStagePhone,
  ...frStageWall,
  ...frForum,
  ...frWallLinks,
  ...frOrganizer,
  ...frImport,
  ...frRecord,
} satisfies Catalogue;
