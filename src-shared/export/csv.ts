// schema.csv: one row per post, for the officer's spreadsheet. UTF-8 with a BOM and ";" between
// cells, so Swedish Excel opens it in columns with å, ä and ö intact; quoted as RFC 4180 says.

import { CrlfLines } from './utf8';

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** About what a post's row takes, so the file's buffer seldom grows. */
const ROW_OCTETS = 256;

/** The CSV text of a header row and data rows, every cell quoted when it needs it and neutralised. */
export function csvText(rows: ReadonlyArray<readonly string[]>): string {
  return BOM + rows.map(csvLine).join(CRLF) + CRLF;
}

/** The same file as its UTF-8 bytes, a row written as it is made: a year's package has thousands. */
export function csvBytes<T>(header: readonly string[], items: readonly T[], row: (item: T) => readonly string[]): Uint8Array {
  const file = new CrlfLines(ROW_OCTETS * (items.length + 1));
  file.raw(BOM);
  file.add([csvLine(header)]);
  for (const item of items) file.add([csvLine(row(item))]);
  return file.bytes();
}

function csvLine(row: readonly string[]): string {
  return row.map((cell) => quote(neutralise(cell))).join(';');
}

/**
 * A cell that starts like a formula (= + - @, or a tab or carriage return that Excel skips
 * before one) is run by Excel and friends, even from a CSV (CSV injection). A leading
 * apostrophe makes it text; the spreadsheet shows the rest as written.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
