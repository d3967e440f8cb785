/** The stage on the phone: see ./en-stage.ts for the words every screen shares. */
export const enStagePhone = {} as const;
