/** English strings of the organizer pages (events, schedule import, exports, follow-up dashboard). */
export const enOrganizer = {
} as const;
