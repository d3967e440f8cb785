import type { Translation } from '../en';
import type { enCore } from '../en/core';
import { arCommon } from './common';
import { arErrors } from './errors';
import { arPhone } from './phone';
import { arPhoneRoom } from './phone-room';
import { arPhoneSlow } from './phone-slow';
import { arStage } from './stage';
import { arStagePhone } from './stage-phone';

/** What every page says, in Arabic (see ../en/core.ts): loaded before the page first renders. */
export const arCore = {
  ...arCommon,
  ...arErrors,
  ...arPhone,
  ...arPhoneRoom,
  ...arPhoneSlow,
  ...arStage,
  ...arStagePhone,
} satisfies Translation<typeof enCore>;
