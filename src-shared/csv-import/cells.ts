// One cell of the sheet read as a field: dates written åååå-mm-dd or d/m/åååå, times as Excel
// writes them (8:00, 08:00:00, 08.00), and text as it is. A cell that looks like a formula stays
// text; the apostrophe the export puts before one (so Excel does not run it) is taken off again.
import { isRealDay } from '../plan/model';
import type { Message } from '../i18n/messages';
import { message } from '../ipc/errors';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Message };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const problem = <T>(key: string, value: string): Read<T> => ({ ok: false, problem: message(`csvImport.rows.${key}`, { value: value.slice(0, 60) }) });

/** The cell's text: what the export's `neutralise` did undone, nothing else changed. */
export function textCell(cell: string | undefined): string {
  const text = cell ?? '';
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A day, or null for an empty cell (the post goes to the backlog). */
export function dayCell(cell: string | undefined): Read<string | null> {
  const text = (cell ?? '').trim();
  if (text === '') return ok(null);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const nordic = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, date] = iso ? [iso[1], iso[2], iso[3]] : nordic ? [nordic[3], nordic[2], nordic[1]] : [];
  if (year === undefined || month === undefined || date === undefined) return problem('dateFormat', text);
  const day = `${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
  if (!/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(day) || !isRealDay(day)) return problem('noSuchDay', text);
  return ok(day);
}

/** A time of day as `HH:mm`, or null for an empty cell. */
export function timeCell(cell: string | undefined): Read<string | null> {
  const text = (cell ?? '').trim();
  if (text === '') return ok(null);
  const found = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text);
  const hour = Number(found?.[1]);
  const minute = Number(found?.[2]);
  if (!found || hour > 23 || minute > 59) return problem('timeFormat', text);
  return ok(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
}

/** A list cell, "Studenter i Stockholm, Lärosäten": its names, trimmed, none empty. */
export function listCell(cell: string | undefined): string[] {
  return textCell(cell)
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
