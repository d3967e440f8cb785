import type { Translation } from '../en';
import type { enCore } from '../en/core';
import { zhCommon } from './common';
import { zhErrors } from './errors';
import { zhPhone } from './phone';
import { zhPhoneRoom } from './phone-room';
import { zhPhoneSlow } from './phone-slow';
import { zhStage } from './stage';
import { zhStagePhone } from './stage-phone';

/** What every page says, in Chinese (see ../en/core.ts): loaded before the page first renders. */
export const zhCore = {
  ...zhCommon,
  ...zhErrors,
  ...zhPhone,
  ...zhPhoneRoom,
  ...zhPhoneSlow,
  ...zhStage,
  ...zhStagePhone,
} satisfies Translation<typeof enCore>;
