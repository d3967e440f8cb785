import type { Translation } from '../en';
import type { enCore } from '../en/core';
import { frCommon } from './common';
import { frErrors } from './errors';
import { frPhone } from './phone';
import { frPhoneRoom } from './phone-room';
import { frPhoneSlow } from './phone-slow';
import { frStage } from './stage';
import { frStagePhone } from './stage-phone';

/** What every page says, in French (see ../en/core.ts): loaded before the page first renders. */
export const frCore = {
  ...frCommon,
  ...frErrors,
  ...frPhone,
  ...frPhoneRoom,
  ...frPhoneSlow,
  ...frStage,
  ...frStagePhone,
} satisfies Translation<typeof enCore>;
