import { neutraliseFormula, parseCsv, toCsv } from '../../shared/csv';

describe('CSV', () => {
  test('parses quoted fields, doubled quotes, line breaks in quotes, CRLF, BOM and blank lines', () => {
    const text = '\uFEFFcode,title,speakers\r\n"WS #215","Commitments, to ""Action""","Amina Diallo\nKenji"\r\n\r\nOF #1,Open forum,\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['code', 'title', 'speakers'] },
        { line: 2, cells: ['WS #215', 'Commitments, to "Action"', 'Amina Diallo\nKenji'] },
        { line: 5, cells: ['OF #1', 'Open forum', ''] },
      ],
    });
  });

  test('reports malformed quoting with its line', () => {
    expect(parseCsv('a,b\nc,"unclosed\n')).toEqual({ ok: false, line: 2, problem: 'unclosed_quote' });
    expect(parseCsv('a,b\nc,d"e\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,"b"x\n')).toMatchObject({ ok: false, line: 1 });
  });

  test('neutralises cells a spreadsheet would run', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(evil).startsWith("'")).toBe(true);
    }
    expect(neutraliseFormula('We will publish data')).toBe('We will publish data');
  });

  test('writes what it parses back, with a BOM and CRLF', () => {
    const csv = toCsv(['name', 'text', 'n'], [
      ['Lucía', 'Pledge with "quotes", commas\nand lines', 3],
      ['=cmd|calc', null, true],
    ]);
    expect(csv.startsWith('\uFEFFname,text,n\r\n')).toBe(true);
    const back = parseCsv(csv);
    expect(back).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['name', 'text', 'n'] },
        { line: 2, cells: ['Lucía', 'Pledge with "quotes", commas\nand lines', '3'] },
        { line: 4, cells: ["'=cmd|calc", '', 'true'] },
      ],
    });
  });
});

test('rows of empty cells are skipped; a lone CR ends a row as LF and CRLF do', () => {
  expect(parseCsv('a,b\r\n,,\r\n1,2\r\n,\r\n')).toEqual({ ok: true, rows: [{ line: 1, cells: ['a', 'b'] }, { line: 3, cells: ['1', '2'] }] });
  expect(parseCsv('a,b\r1,2\r"x\ry",3\r4,5')).toEqual({
    ok: true,
    rows: [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['x\ry', '3'] },
      { line: 5, cells: ['4', '5'] },
    ],
  });
});
