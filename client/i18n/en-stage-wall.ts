/** The stage on the wall: see ./en-stage.ts for the words every screen shares. */
export const enStageWall = {} as const;
