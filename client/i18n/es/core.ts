import type { Translation } from '../en';
import type { enCore } from '../en/core';
import { esCommon } from './common';
import { esErrors } from './errors';
import { esPhone } from './phone';
import { esPhoneRoom } from './phone-room';
import { esPhoneSlow } from './phone-slow';
import { esStage } from './stage';
import { esStagePhone } from './stage-phone';

/** What every page says, in Spanish (see ../en/core.ts): loaded before the page first renders. */
export const esCore = {
  ...esCommon,
  ...esErrors,
  ...esPhone,
  ...esPhoneRoom,
  ...esPhoneSlow,
  ...esStage,
  ...esStagePhone,
} satisfies Translation<typeof enCore>;
