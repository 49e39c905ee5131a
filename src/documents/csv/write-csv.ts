// Rows -> CSV bytes that open cleanly in Excel: UTF-8 with a byte order mark (so "Siân" survives),
// CRLF line ends, and every cell that a spreadsheet would run as a formula (starting with = + - @, a
// tab or a carriage return) prefixed with an apostrophe: an export is data, never code.
import Papa from 'papaparse';

// Papa Parse's own pattern (/^[=+\-@\t\r].*$/) misses a formula followed by a line break inside the
// cell ("=HYPERLINK(…)\nx"): `.` stops at the break and `$` then fails. Only the first character matters.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows as string[][], { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false });
}

export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${toCsv(rows)}\r\n`);
}
