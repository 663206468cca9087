// A CSV text as rows of cells, with papaparse: `;` (Swedish Excel) or `,`, fields in quotes that
// hold line breaks, and Excel's "sep=;" first line. Rows are numbered as the sheet shows them
// (the header is row 1), whatever line breaks their cells hold.
import Papa from 'papaparse';
import type { Message } from '../i18n/messages';
import { message } from '../ipc/errors';

/** More columns than a sheet of posts ever has: a file of 100,000 columns is no plan. */
export const MAX_CSV_COLUMNS = 100;
/** Five rows (channels) for each of the ten thousand posts an import may make. */
export const MAX_CSV_ROWS = 50_000;

export interface CsvRow {
  /** The row's number in the sheet: the header is 1. */
  number: number;
  cells: string[];
}

export type ParsedCsv = { ok: true; header: string[]; rows: CsvRow[] } | { ok: false; message: Message };

export function parseCsv(text: string): ParsedCsv {
  const { body, separator } = separatorOf(text);
  const result = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false });
  const records = result.data;
  const [header, ...rest] = records;
  if (header === undefined || header.every((cell) => cell.trim() === '')) return refuse('empty');
  const widest = records.reduce((most, record) => Math.max(most, record.length), 0);
  if (widest > MAX_CSV_COLUMNS) return refuse('tooManyColumns', { count: widest, max: MAX_CSV_COLUMNS });
  if (rest.length > MAX_CSV_ROWS) return refuse('tooManyRows', { max: MAX_CSV_ROWS });
  const rows = rest
    .map((cells, index) => ({ number: index + 2, cells }))
    // Excel leaves empty rows (";;;;") under a sheet: they are nothing, not errors.
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { ok: true, header: header.map((cell) => cell.trim()), rows };
}

/**
 * The separator: Excel's "sep=" line when the file starts with one, else whichever of `;` and `,`
 * the header line (outside quotes) has more of. A header of one column has neither: `;`.
 */
function separatorOf(text: string): { body: string; separator: string } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { body: text.slice(sep[0].length), separator: sep[1] as string };
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const count = (char: string) => firstLine.split(char).length - 1;
  return { body: text, separator: count(',') > count(';') ? ',' : ';' };
}

function refuse(key: string, values?: Message['values']): ParsedCsv {
  return { ok: false, message: message(`csvImport.errors.${key}`, values) };
}
