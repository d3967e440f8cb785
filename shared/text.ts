/** Text rules shared by the server's validation and the phone's live counter (no zod, so the phone stays small). */

/**
 * Every string a person types passes through here: NFC-normalised, control and bidi-override
 * characters removed (newlines kept where asked), runs of spaces collapsed, trimmed.
 * Length limits apply to the cleaned text, so what is counted is what is stored and shown.
 */
export function cleanText(value: string, keepNewlines = false): string {
  let v = value.normalize('NFC').replace(/\r\n?/g, '\n');
  v = keepNewlines ? v.replace(/\t/g, ' ') : v.replace(/[\t\n]/g, ' ');
  v = v.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '');
  v = keepNewlines ? v.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n') : v.replace(/\s+/g, ' ');
  return v.trim();
}

/** Text as search compares it: accents and case folded away ("Política" matches "politica"). */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Policy questions written one per line (the organizer's form; a schedule cell, where a quoted
 * cell holds its line breaks): each line cleaned, blank lines dropped. The schema checks how many
 * there are and how long each is.
 */
export function policyQuestionLines(value: string): string[] {
  return value
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => cleanText(line))
    .filter((line) => line !== '');
}
