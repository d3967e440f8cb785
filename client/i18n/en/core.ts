import { enCommon } from './common';
import { enErrors } from './errors';
import { enPhone } from './phone';
import { enPhoneRoom } from './phone-room';
import { enPhoneSlow } from './phone-slow';
import { enStage } from './stage';
import { enStagePhone } from './stage-phone';

/**
 * What every page says, in English, and part of the main bundle: the app, the connection, errors,
 * pledges and their record's fields, the stage every screen shares, and the whole
 * phone but the fields of its "More details" (./phone-details.ts, loaded with those fields) and
 * its saved pledge's screen (./phone-saved.ts, loaded once the form shows). The other pages'
 * strings load with them (../catalogues.ts).
 */
export const enCore = {
  ...enCommon,
  ...enErrors,
  // the phone: form, preview, delivery; then invites, admission, audience, moderation
  ...enPhone,
  ...enPhoneRoom,
  ...enPhoneSlow,
  // the stage (wall views, spotlight, speaking order, support) on every screen
  ...enStage,
  ...enStagePhone,
} as const;
