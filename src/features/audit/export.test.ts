/** An exported audit opens safely in a spreadsheet, whatever an admin typed into authentik. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from './export';

/** RFC 4180 read back, as a spreadsheet does: quoted fields, doubled quotes, CRLF between records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (text[index] !== '"') throw new Error(`unquoted cell at ${index}`);
    let cell = '';
    index += 1;
    for (;;) {
      const quote = text.indexOf('"', index);
      if (quote === -1) throw new Error('unterminated cell');
      cell += text.slice(index, quote);
      if (text[quote + 1] === '"') {
        cell += '"';
        index = quote + 2;
        continue;
      }
      index = quote + 1;
      break;
    }
    record.push(cell);
    if (text.startsWith('\r\n', index)) {
      records.push(record);
      record = [];
      index += 2;
    } else if (text[index] === ',') index += 1;
    else if (index < text.length) throw new Error(`stray character after a cell at ${index}`);
  }
  if (record.length > 0) records.push(record);
  return records;
}

const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
const startsFormula = (cell: string) => TRIGGERS.includes(cell.trimStart()[0] ?? '') || /^[\t\r]/.test(cell);

describe('CSV cells', () => {
  it('are all quoted, with quotes doubled, so a comma, semicolon or line break never splits one', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    // A spreadsheet set to split on ';' would have made three cells, two of them formulas.
    expect(csvCell('Grafana;=1+1;@SUM(1)')).toBe('"Grafana;=1+1;@SUM(1)"');
  });

  it('never let a cell run as a formula, however it starts', () => {
    expect(csvCell('=HYPERLINK("https://evil.example")')).toBe(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('  =1+1')).toBe(`"'  =1+1"`);
    expect(csvCell('\n\t=1+1')).toBe(`"'\n\t=1+1"`);
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvCell('＋1')).toBe(`"'＋1"`);
    expect(csvCell('－1')).toBe(`"'－1"`);
    expect(csvCell('＠SUM(1)')).toBe(`"'＠SUM(1)"`);
    expect(csvCell('\tplain')).toBe(`"'\tplain"`);
    expect(csvCell('\rplain')).toBe(`"'\rplain"`);
    expect(csvCell('a=1')).toBe('"a=1"');
  });

  it('read back as the same cells, each a text a spreadsheet cannot evaluate (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(...TRIGGERS, '"', ',', ';', '\r\n', '\n', '\r', '\t', ' ', '\u3000', "'"),
    );
    const cell = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const text = `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
        const read = readCsv(text);
        expect(read).toHaveLength(rows.length);
        read.forEach((row, r) =>
          row.forEach((value, c) => {
            const original = rows[r]![c]!;
            expect(value).toBe(startsFormula(original) ? `'${original}` : original);
            expect(startsFormula(value)).toBe(false);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
