// The whole plan in one file, written somewhere other than the data folder: the way out when the
// data folder cannot be written (a full disk, a lost permission) and the user must not lose work.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src-shared/plan/model';
import { writeFileDurably } from '../store/durable-write';
import { SHARED_FILE_MODE } from './export-folder';
import { planFileText } from './plan-file';
import { planArchiveBytes, type ReadStoredMedia } from './plan-zip';
import { fileNotSaved, type SaveFs } from './saved-files';

/** Writes `plan` as `Kanalplan-kopia-<time>.json` in `folder` (never over a file) and returns its path. */
export function savePlanCopy(plan: Plan, folder: string, now: Date, fs: SaveFs = nodeFs): string {
  return writeNewFile(folder, 'Kanalplan-kopia.json', now, () => utf8(JSON.stringify(plan, null, 1)), fs);
}

/** The plan file alone, as `Kanalplan-plan-<time>.json`: what "Exportera hela planen…" wrote before images. */
export function writePlanFile(plan: Plan, folder: string, now: Date, fs: SaveFs = nodeFs): string {
  return writeNewFile(folder, 'Kanalplan-plan.json', now, () => utf8(planFileText(plan, now)), fs);
}

/**
 * "Exportera hela planen…": the plan and the images its posts name, as `Kanalplan-plan-<time>.zip`
 * (plan.json and media/), which "Importera…" reads back whole.
 */
export function writePlanArchive(plan: Plan, folder: string, now: Date, read: ReadStoredMedia, fs: SaveFs = nodeFs): string {
  return writeNewFile(folder, 'Kanalplan-plan.zip', now, () => planArchiveBytes(plan, now, read), fs);
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** `name` is "<prefix>.<extension>". Throws a DomainError that says in plain words why, when the file cannot be written. */
function writeNewFile(folder: string, name: string, now: Date, bytes: () => Uint8Array, fs: SaveFs): string {
  const [prefix, extension] = name.split('.') as [string, string];
  try {
    fs.mkdirSync(folder, { recursive: true }); // the harness's export folder may not exist yet
    const stamp = localStamp(now);
    let path = join(folder, `${prefix}-${stamp}.${extension}`);
    for (let n = 2; fs.existsSync(path); n += 1) path = join(folder, `${prefix}-${stamp}-${n}.${extension}`);
    writeFileDurably(path, bytes(), fs, SHARED_FILE_MODE);
    return path;
  } catch (error) {
    throw fileNotSaved(error, folder);
  }
}

/** "2026-12-02-12-40-15" on the user's own clock: the time they saw when they saved it, not UTC's. */
function localStamp(now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${day}-${two(now.getHours())}-${two(now.getMinutes())}-${two(now.getSeconds())}`;
}
