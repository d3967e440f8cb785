import type { Translation } from '../en';
import type { enCore } from '../en/core';
import { ruCommon } from './common';
import { ruErrors } from './errors';
import { ruPhone } from './phone';
import { ruPhoneRoom } from './phone-room';
import { ruPhoneSlow } from './phone-slow';
import { ruStage } from './stage';
import { ruStagePhone } from './stage-phone';

/** What every page says, in Russian (see ../en/core.ts): loaded before the page first renders. */
export const ruCore = {
  ...ruCommon,
  ...ruErrors,
  ...ruPhone,
  ...ruPhoneRoom,
  ...ruPhoneSlow,
  ...ruStage,
  ...ruStagePhone,
} satisfies Translation<typeof enCore>;
