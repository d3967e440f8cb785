/** English strings of the public record: registry, pledge pages, follow-up, rapporteur report. */
export const enRecord = {
} as const;
