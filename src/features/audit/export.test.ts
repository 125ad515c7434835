/** An exported audit opens safely in a spreadsheet. */
import { describe, expect, it } from 'vitest';
import { csvCell } from './export';

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks the way spreadsheets read them', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('never let a cell run as a formula', () => {
    expect(csvCell('=HYPERLINK("https://evil.example")')).toBe(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
  });
});
