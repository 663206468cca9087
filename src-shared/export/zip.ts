// The package as one ZIP file, byte for byte the same on every run: entries sorted, every
// timestamp the same fixed moment, and no extra fields that carry the clock or the machine.
import { zipSync, type Zippable } from 'fflate';
import type { ExportPackage } from './options';

const FIRST_DOS_YEAR = 1980;
const COMPRESSED = /\.(?:jpg|png|webp|gif|mp4|mov)$/;
const LAST_DOS_YEAR = 2099;

/**
 * fflate stores DOS times from the Date's local fields, so the moment is built from local fields
 * too: 2026-11-23 00:00 reads back as the same date and time in every time zone. DOS time holds
 * the years 1980 to 2099 only (fflate throws "date not in range" outside): a period before
 * that is stamped with the first day DOS time has, or the last.
 */
export function zipPackage(pkg: ExportPackage, day: string): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const mtime =
    year < FIRST_DOS_YEAR
      ? new Date(FIRST_DOS_YEAR, 0, 1)
      : year > LAST_DOS_YEAR
        ? new Date(LAST_DOS_YEAR, 11, 31)
        : new Date(year, month - 1, date, 0, 0, 0);
  const entries: Zippable = {};
  const sorted = [...pkg.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    // Images and video are compressed already: deflating them again costs seconds and saves nothing.
    const level = COMPRESSED.test(file.path) ? 0 : 6;
    entries[`${pkg.folderName}/${file.path}`] = [file.bytes, { mtime, level }];
  }
  return zipSync(entries, { mtime, level: 6 });
}
