// schema.csv: one row per post, for the officer's spreadsheet. UTF-8 with a BOM and ";" between
// cells, so Swedish Excel opens it in columns with å, ä and ö intact; quoted as RFC 4180 says.

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The CSV text of a header row and data rows, every cell quoted when it needs it and neutralised. */
export function csvText(rows: ReadonlyArray<readonly string[]>): string {
  return BOM + rows.map((row) => row.map((cell) => quote(neutralise(cell))).join(';')).join(CRLF) + CRLF;
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
