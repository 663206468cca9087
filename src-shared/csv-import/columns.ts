// Which column of the sheet holds what. The headers `schema.csv` writes (in Swedish or English)
// and those of the simple sheet (`datum; tid; kanal; rubrik; text; målgrupper; status`) are one
// set of names, matched without regard to case; any other column is left alone.
import { MESSAGES } from '../i18n/messages';
import type { Message } from '../i18n/messages';
import { message } from '../ipc/errors';

export const COLUMNS = ['date', 'time', 'channel', 'title', 'text', 'audiences', 'status', 'link'] as const;
export type Column = (typeof COLUMNS)[number];
export type ColumnIndex = ReadonlyMap<Column, number>;

/** Each column's names in both languages, lower case. */
const NAMES: ReadonlyMap<string, Column> = new Map(
  COLUMNS.flatMap((column) =>
    (['sv', 'en'] as const).map((language) => [columnName(column, language).toLocaleLowerCase('sv'), column] as const),
  ),
);

/** A column's header as the export and the sheet template write it. */
export function columnName(column: Column, language: 'sv' | 'en'): string {
  const words = MESSAGES[language];
  return column === 'text' ? words.csvImport.columns.text : words.exportPackage.csv[column];
}

export type ColumnsResult = { ok: true; columns: ColumnIndex } | { ok: false; message: Message };

/** Finds the columns by their headers; a sheet with neither a title nor a text column is no sheet of posts. */
export function findColumns(header: readonly string[]): ColumnsResult {
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const column = NAMES.get(name.replace(/^\uFEFF/, '').trim().toLocaleLowerCase('sv'));
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  if (!columns.has('title') && !columns.has('text')) {
    return { ok: false, message: message('csvImport.errors.noColumns', { columns: COLUMNS.map((c) => columnName(c, 'sv').toLocaleLowerCase('sv')).join('; ') }) };
  }
  return { ok: true, columns };
}
