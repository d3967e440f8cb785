/** The stage on the phone: see ./stage.ts for the words every screen shares. */
export const enStagePhone = {
  'phone.lastCall.edit': 'Last call: save your changes now.',
  'phone.lastCall.sent': 'Last call: the round closes soon. Your pledge is saved; you can still edit it until then.',
  'phone.timer.closesIn': 'Closes in',
  'phone.timer.autoClose': 'The round closes by itself when the countdown ends.',
  'phone.timer.stillOpen': 'Time’s up · you can still send your pledge now',
} as const;
