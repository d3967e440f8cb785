/** The stage on the console: see ./en-stage.ts for the words every screen shares. */
export const enStageConsole = {} as const;
