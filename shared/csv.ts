/**
 * CSV as spreadsheets read and write it (RFC 4180): comma-separated, fields quoted when they hold
 * a comma, quote or line break, quotes doubled inside quotes, CRLF line ends. Exports start with a
 * UTF-8 byte-order mark so spreadsheet software detects the encoding, and every cell that a
 * spreadsheet would run as a formula is neutralised.
 */

export interface ParsedRow {
  /** 1-based line number of the row's first line in the file (header = line 1). */
  line: number;
  cells: string[];
}

/** Why a text is not CSV (the schedule import reports it as `not_csv`, shared/import-problems.ts). */
export type CsvProblem = 'quote_in_field' | 'text_after_quote' | 'unclosed_quote';

export type ParseResult = { ok: true; rows: ParsedRow[] } | { ok: false; line: number; problem: CsvProblem };

/** Parses CSV text into rows of cells. Accepts LF, CRLF or CR, a leading BOM, quoted fields over several lines. */
export function parseCsv(text: string): ParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: ParsedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let afterQuote = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    // A blank line, or a row of empty cells (",,,", as spreadsheets pad files), is skipped.
    if (!cells.every((c) => c === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== '' || afterQuote) return { ok: false, line, problem: 'quote_in_field' };
      quoted = true;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' && src[i + 1] === '\n') {
      // handled by the \n
    } else if (ch === '\n' || ch === '\r') {
      // LF, CRLF, or a lone CR (old Mac spreadsheets) ends the row
      endRow();
      line++;
      rowLine = line;
    } else {
      if (afterQuote) return { ok: false, line, problem: 'text_after_quote' };
      cell += ch;
    }
  }
  if (quoted) return { ok: false, line: rowLine, problem: 'unclosed_quote' };
  if (cell !== '' || cells.length > 0 || afterQuote) endRow();
  return { ok: true, rows };
}

/**
 * A cell a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe, which spreadsheets show as text and do not run (OWASP CSV injection guidance).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV: BOM, header, CRLF line ends, formulas neutralised, nulls as empty cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const line = (cells: readonly (string | number | boolean | null | undefined)[]) =>
    cells.map((c) => (c === null || c === undefined ? '' : quote(neutraliseFormula(String(c))))).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
