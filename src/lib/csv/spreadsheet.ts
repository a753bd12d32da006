/**
 * CSV for people to open in a spreadsheet: the directory's export and the
 * review list alike, so text a contributor wrote cannot run as a formula in
 * either.
 */
import { stringify } from 'csv-stringify/sync';

/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula, so
 * text written by contributors is defused with a leading apostrophe
 * (the usual guard against CSV injection); numbers are left alone.
 */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d[\d\s.]*$/.test(cell) ? `'${cell}` : cell;
}

/** The header and rows as CSV, every cell defused. */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly (string | undefined)[])[]): string {
  // A byte-order mark makes Excel read the file as UTF-8 (names like "Café" stay intact).
  return `\uFEFF${stringify([header, ...rows.map((row) => row.map((cell) => defuse(cell ?? '')))], { eof: true, record_delimiter: 'windows' })}`;
}
