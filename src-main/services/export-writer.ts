// Writes an export package all or nothing (DESIGN §4): every file goes into a staging folder
// beside the target, durably, and only a finished package is renamed into place. An existing
// package is replaced only when asked, and is kept if the swap fails.
import * as nodeFs from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { ExportPackage } from '../../src-shared/export';
import type { WriteProblem } from '../../src-shared/ipc/store-types';
import { problemOf, TEMP_MARK, writeFileDurably, type WriteFs } from '../store/durable-write';
import { SHARED_FILE_MODE } from './export-folder';

/** The part of `node:fs` the writer uses; tests pass one that fails, writes short or refuses. */
export type ExportFs = WriteFs & Pick<typeof nodeFs, 'mkdirSync' | 'existsSync'>;

export interface ExportTarget {
  /** The folder the user chose; the package becomes a folder (and a ZIP) inside it. */
  dir: string;
  pkg: ExportPackage;
  zip: Uint8Array | null;
  overwrite: boolean;
}

export type WriteOutcome = { status: 'written'; folder: string; zip: string | null } | { status: 'exists'; folder: string };

/** Windows refuses longer paths unless long paths are turned on, which we cannot count on. */
const WINDOWS_MAX_PATH = 259;

/** A write that did not happen; nothing of the package was left behind. */
export class ExportWriteError extends Error {
  constructor(
    /** 'unsafe-path': a file would land outside the package's folder (its cause names the path). */
    readonly problem: WriteProblem | 'too-long' | 'unsafe-path',
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ExportWriteError';
  }
}

let stagingCounter = 0;

export function writeExportPackage(target: ExportTarget, fs: ExportFs = nodeFs, platform = process.platform): WriteOutcome {
  const folder = join(target.dir, target.pkg.folderName);
  // The folder and its ZIP are one package: either one there makes the package exist.
  const zipPath = `${folder}.zip`;
  const taken = fs.existsSync(folder) || fs.existsSync(zipPath);
  if (taken && !target.overwrite) return { status: 'exists', folder };
  if (platform === 'win32' && longestPath(folder, target.pkg) > WINDOWS_MAX_PATH) {
    throw new ExportWriteError('too-long', new Error(folder));
  }
  stagingCounter += 1;
  // Starts with a dot and carries the temp mark, so a package killed half-way is hidden and recognisable.
  const stage = join(target.dir, `.${target.pkg.folderName}${TEMP_MARK}${process.pid}-${stagingCounter}`);
  try {
    // The harness's fixed folder may not exist yet; a folder the OS dialog returned always does.
    fs.mkdirSync(target.dir, { recursive: true });
    fs.mkdirSync(stage);
    const staged = stagePackage(stage, target, fs);
    // Without a new ZIP an old one goes with the old folder: a stale ZIP beside a fresh folder
    // would be opened as if it were the same package.
    swapIntoPlace(stage, [[staged.folder, folder], [staged.zip, zipPath]], fs);
    return { status: 'written', folder, zip: staged.zip === null ? null : zipPath };
  } catch (error) {
    throw error instanceof ExportWriteError ? error : new ExportWriteError(problemOf(error), error);
  } finally {
    removeQuietly(stage, fs);
  }
}

function stagePackage(stage: string, target: ExportTarget, fs: ExportFs): { folder: string; zip: string | null } {
  const folder = join(stage, target.pkg.folderName);
  fs.mkdirSync(folder);
  for (const file of target.pkg.files) {
    const path = insidePath(folder, file.path);
    fs.mkdirSync(dirname(path), { recursive: true });
    writeFileDurably(path, file.bytes, fs, SHARED_FILE_MODE);
  }
  if (!target.zip) return { folder, zip: null };
  const zip = join(stage, `${target.pkg.folderName}.zip`);
  writeFileDurably(zip, target.zip, fs, SHARED_FILE_MODE);
  return { folder, zip };
}

/** The package's own check, again on the real path: nothing may land outside the folder. */
function insidePath(folder: string, relative: string): string {
  const path = resolve(folder, ...relative.split('/'));
  if (!path.startsWith(folder + sep)) throw new ExportWriteError('unsafe-path', new Error(relative));
  return path;
}

/**
 * Moves each staged path to its place; a null source only clears the place. Old ones are first
 * moved into the staging folder, so a failed swap can put them back, and a finished one removes
 * them with the stage.
 */
function swapIntoPlace(stage: string, moves: ReadonlyArray<[string | null, string]>, fs: ExportFs): void {
  const done: Array<[string, string]> = [];
  try {
    moves.forEach(([from, to], index) => {
      if (fs.existsSync(to)) {
        const old = join(stage, `old-${index}`);
        fs.renameSync(to, old);
        done.push([to, old]);
      }
      if (from === null) return;
      fs.renameSync(from, to);
      done.push([from, to]);
    });
  } catch (error) {
    // Undo in reverse: the new package goes back to the stage, the old one back to its place.
    for (const [original, moved] of done.reverse()) {
      try {
        fs.renameSync(moved, original);
      } catch {
        // Best effort; whatever is left is in the hidden staging folder or removed with it.
      }
    }
    throw error;
  }
}

function longestPath(folder: string, pkg: ExportPackage): number {
  return Math.max(`${folder}.zip`.length, ...pkg.files.map((file) => folder.length + 1 + file.path.length));
}

function removeQuietly(path: string, fs: ExportFs): void {
  try {
    fs.rmSync(path, { recursive: true, force: true });
  } catch {
    // A stage that could not be removed is hidden and marked as temporary.
  }
}
