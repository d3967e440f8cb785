import { IMPORT_PROBLEM_MESSAGES, type ImportProblemCode } from '../../../shared/import-problems';

/**
 * English wording of the schedule import's problems, `org.import.issue.<code>`: the same messages
 * the API sends in English as `reason` (shared/import-problems.ts).
 */
export const enImport = Object.fromEntries(
  Object.entries(IMPORT_PROBLEM_MESSAGES).map(([code, message]) => [`org.import.issue.${code}`, message]),
) as { readonly [C in ImportProblemCode as `org.import.issue.${C}`]: string };
