// Writes an export package all or nothing (DESIGN §4): every file goes into a staging folder
// beside the target, durably, and only a finished package is renamed into place. An existing
// package is replaced only when asked, and is kept if the swap fails.
//
// The files are written four at a time, without blocking main: a year's package is thousands
// of files, each fsynced, and written one by one in main's thread it froze the app for 3–9 s on
// the test machine. The staging folder is the temp: a file needs no temp name and rename of its
// own, and each folder is synced once, after its files, not once per file.
import * as nodeFs from 'node:fs';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import type { ExportPackage } from '../../src-shared/export';
import type { WriteProblem } from '../../src-shared/ipc/store-types';
import { problemOf, syncFolder, TEMP_MARK, WriteError } from '../store/durable-write';
import { SHARED_FILE_MODE } from './export-folder';

/** The part of `node:fs` the writer uses; tests pass one that fails, writes short or refuses. */
export type ExportFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'existsSync' | 'renameSync' | 'rmSync' | 'openSync' | 'fsyncSync' | 'closeSync' | 'readdirSync' | 'statSync'
> & { promises: Pick<typeof nodeFs.promises, 'open' | 'readFile'> };

/**
 * Files written at once: libuv's four threads. Eight wrote a year's package no faster here, and
 * queued behind the fsyncs, anything else main reads (an image the window shows) waits longer.
 */
const FILES_AT_ONCE = 4;

export interface ExportTarget {
  /** The folder the user chose; the package becomes a folder (and a ZIP) inside it. */
  dir: string;
  pkg: ExportPackage;
  zip: Uint8Array | null;
  overwrite: boolean;
  /** Hears how many of the package's files (and its ZIP) are written, before the first and after each; must not throw. */
  onWritten?: Progress;
}

/** How many of `total` are done. */
export type Progress = (done: number, total: number) => void;

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

/** The folder and its ZIP are one package: either one there makes the package exist. */
export function packageExists(folder: string, fs: Pick<ExportFs, 'existsSync'> = nodeFs): boolean {
  return fs.existsSync(folder) || fs.existsSync(`${folder}.zip`);
}

export async function writeExportPackage(
  target: ExportTarget,
  fs: ExportFs = nodeFs,
  platform = process.platform,
): Promise<WriteOutcome> {
  const folder = join(target.dir, target.pkg.folderName);
  const zipPath = `${folder}.zip`;
  if (!target.overwrite && packageExists(folder, fs)) return { status: 'exists', folder };
  if (platform === 'win32' && longestPath(folder, target.pkg) > WINDOWS_MAX_PATH) {
    throw new ExportWriteError('too-long', new Error(folder));
  }
  stagingCounter += 1;
  // Starts with a dot and carries the temp mark, so a package killed half-way is hidden and
  // recognisable; the machine and process that write it, so only they judge it abandoned.
  const stage = join(target.dir, `.${target.pkg.folderName}${TEMP_MARK}${THIS_MACHINE}-${process.pid}-${stagingCounter}`);
  try {
    // The harness's fixed folder may not exist yet; a folder the OS dialog returned always does.
    fs.mkdirSync(target.dir, { recursive: true });
    removeAbandonedStages(target.dir, fs);
    fs.mkdirSync(stage);
    const staged = await stagePackage(stage, target, fs);
    // Without a new ZIP an old one goes with the old folder: a stale ZIP beside a fresh folder
    // would be opened as if it were the same package.
    swapIntoPlace(
      stage,
      [
        [staged.folder, folder],
        [staged.zip, zipPath],
      ],
      fs,
    );
    syncFolder(target.dir, fs);
    return { status: 'written', folder, zip: staged.zip === null ? null : zipPath };
  } catch (error) {
    throw error instanceof ExportWriteError ? error : new ExportWriteError(problemOf(error), error);
  } finally {
    removeQuietly(stage, fs);
  }
}

async function stagePackage(stage: string, target: ExportTarget, fs: ExportFs): Promise<{ folder: string; zip: string | null }> {
  const folder = join(stage, target.pkg.folderName);
  const files = target.pkg.files.map((file) => ({ path: insidePath(folder, file.path), bytes: file.bytes }));
  const folders = foldersOf(folder, files);
  for (const made of folders) fs.mkdirSync(made, { recursive: true });
  const zip = target.zip === null ? null : { path: join(stage, `${target.pkg.folderName}.zip`), bytes: target.zip };
  await writeEach(zip === null ? files : [...files, zip], fs, target.onWritten);
  // Each file's bytes are on disk; its name is once its folder is synced, children first.
  for (const written of [...folders].reverse()) syncFolder(written, fs);
  syncFolder(stage, fs);
  return { folder, zip: zip?.path ?? null };
}

/** The package's folder and every folder below it that holds a file, parents before children. */
function foldersOf(folder: string, files: ReadonlyArray<{ path: string }>): string[] {
  const folders = new Set([folder]);
  for (const file of files) {
    for (let parent = dirname(file.path); parent.startsWith(folder + sep); parent = dirname(parent)) folders.add(parent);
  }
  return [...folders].sort();
}

/** Writes the files a few at a time. The first failure stops the rest and is thrown once none is being written. */
async function writeEach(
  files: ReadonlyArray<{ path: string; bytes: Uint8Array }>,
  fs: ExportFs,
  onWritten: Progress = () => undefined,
): Promise<void> {
  let [next, written] = [0, 0];
  const failures: unknown[] = [];
  onWritten(0, files.length);
  const writer = async () => {
    while (failures.length === 0 && next < files.length) {
      const file = files[next] as { path: string; bytes: Uint8Array };
      next += 1;
      try {
        await writeNewFile(file.path, file.bytes, fs);
        written += 1;
        onWritten(written, files.length);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_AT_ONCE, files.length) }, writer));
  if (failures.length > 0) throw failures[0];
}

/**
 * A new file in the staging folder, all of it: every byte written (a full disk may write short
 * without an error), fsynced, and read back identical. A failure leaves the file for the stage's removal.
 */
async function writeNewFile(path: string, bytes: Uint8Array, fs: ExportFs): Promise<void> {
  const file = await fs.promises.open(path, 'wx', SHARED_FILE_MODE);
  try {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await file.write(bytes, done, bytes.length - done);
      if (bytesWritten <= 0) throw new WriteError('short-write', path, new Error(`${done}/${bytes.length} bytes`));
      done += bytesWritten;
    }
    await file.sync();
  } catch (error) {
    // The write's own failure is the one to tell, not a close that fails after it.
    await file.close().catch(() => undefined);
    throw error;
  }
  await file.close();
  const back = await fs.promises.readFile(path);
  if (!back.equals(bytes)) throw new WriteError('short-write', path, new Error(`${back.length}/${bytes.length} bytes`));
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

/** This machine, as stage names carry it: a folder may be shared (a network drive, a synced folder). */
const THIS_MACHINE = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/**
 * A staging folder's name: a package's (Kanalplan-2026-v48, Kanalplan-2026-01-01--2026-12-31)
 * hidden, then the machine, the writing process and its count. Nothing else in the user's folder matches.
 */
const STAGE_NAME = new RegExp(`^\\.Kanalplan-[\\d-]+(?:v\\d+)?${TEMP_MARK.replace('.', '\\.')}([0-9a-f]{8})-(\\d+)-\\d+$`);

/** No export takes this long: a stage untouched for an hour is abandoned, whoever wrote it. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Staging folders a killed or crashed export left: this machine's whose process no longer runs,
 * and any untouched for an hour. Another machine's (a shared folder) or a running process's stays.
 * Tidying only: a folder that cannot be listed or a stage that cannot be removed stops no export.
 */
function removeAbandonedStages(dir: string, fs: ExportFs): void {
  try {
    for (const name of fs.readdirSync(dir)) {
      const [, machine, pid] = STAGE_NAME.exec(name) ?? [];
      if (machine === undefined) continue;
      const path = join(dir, name);
      const ended = machine === THIS_MACHINE && Number(pid) !== process.pid && !isRunning(Number(pid));
      if (ended || Date.now() - fs.statSync(path).mtimeMs > ABANDONED_AFTER_MS) removeQuietly(path, fs);
    }
  } catch {
    // Listed again at the next export.
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(path: string, fs: ExportFs): void {
  try {
    fs.rmSync(path, { recursive: true, force: true });
  } catch {
    // A stage that could not be removed is hidden and marked as temporary.
  }
}
