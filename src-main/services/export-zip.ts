// The package as one ZIP file, byte for byte the same on every run: entries sorted, every
// timestamp the same fixed moment, and no extra fields that carry the clock or the machine.
// Made a file at a time, letting main's event loop turn between files: a year's package took
// 1.2 s to compress in one go on the test machine, with the app answering nothing meanwhile.
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { Zip, ZipDeflate, ZipPassThrough, type DeflateOptions } from 'fflate';
import type { ExportPackage } from '../../src-shared/export';
import type { Progress } from './export-writer';

const FIRST_DOS_YEAR = 1980;
const COMPRESSED = /\.(?:jpg|png|webp|gif|mp4|mov)$/;
const LAST_DOS_YEAR = 2099;
/** About this much work between two turns of the event loop. */
const TURN_MS = 25;

/**
 * fflate stores DOS times from the Date's local fields, so the moment is built from local fields
 * too: 2026-11-23 00:00 reads back as the same date and time in every time zone. DOS time holds
 * the years 1980 to 2099 only (fflate throws "date not in range" outside): a period before
 * that is stamped with the first day DOS time has, or the last. `onFile` hears how many files are
 * in, before the first and after each.
 */
export async function zipPackage(pkg: ExportPackage, day: string, onFile: Progress = () => undefined): Promise<Uint8Array> {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const mtime =
    year < FIRST_DOS_YEAR
      ? new Date(FIRST_DOS_YEAR, 0, 1)
      : year > LAST_DOS_YEAR
        ? new Date(LAST_DOS_YEAR, 11, 31)
        : new Date(year, month - 1, date, 0, 0, 0);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  const sorted = [...pkg.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let turned = performance.now();
  onFile(0, sorted.length);
  for (const [index, file] of sorted.entries()) {
    const name = `${pkg.folderName}/${file.path}`;
    // Images and video are compressed already: deflating them again costs seconds and saves nothing.
    const entry = COMPRESSED.test(file.path)
      ? new ZipPassThrough(name)
      : new ZipDeflate(name, { level: 6, mem: memoryFor(file.bytes.length) });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(file.bytes, true);
    if (failure !== null) throw failure;
    onFile(index + 1, sorted.length);
    if (performance.now() - turned > TURN_MS) {
      await setImmediate();
      turned = performance.now();
    }
  }
  zip.end();
  if (failure !== null) throw failure;
  return joined(chunks);
}

/**
 * The hash tables' size for a file of `length` bytes, as fflate's zipSync picks it. A stream
 * does not know its length and takes the largest (4 MB of tables), which for thousands of small
 * files made the ZIP half as slow again, most of it the collector's.
 */
function memoryFor(length: number): DeflateOptions['mem'] {
  return (Math.ceil(Math.max(8, Math.min(13, Math.log(length))) * 1.5) - 12) as DeflateOptions['mem'];
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
