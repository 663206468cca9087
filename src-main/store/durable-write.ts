// Writing a file so that it is either wholly new or wholly old (DESIGN §6). conf writes through
// `atomically`, which ignores a short `writeSync` (a full disk returns a short count, not an
// error) and renames the truncated temp file over the good one. So we write ourselves: loop
// until every byte is written, fsync, read the temp file back, and only then rename it into place.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { WriteProblem } from '../../src-shared/ipc/store-types';
import { NO_STEPS } from './steps';

/** The part of `node:fs` a durable write uses; tests pass one that writes short or fails. */
export type WriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'readFileSync'
>;

/** A write that did not happen. The file at `path` is as it was before. */
export class WriteError extends Error {
  constructor(
    readonly problem: WriteProblem,
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${basename(path)}: ${problem}${cause instanceof Error ? ` (${cause.message})` : ''}`);
    this.name = 'WriteError';
  }
}

let tempCounter = 0;

/** Temp files are named so a later start can find and remove one a kill left behind. */
export const TEMP_MARK = '.tmp-';

export function isTempFile(name: string): boolean {
  return name.includes(TEMP_MARK);
}

/**
 * Writes `bytes` to `path` all or nothing. The data is the user's alone (0600) unless `mode` says
 * otherwise, as for an export meant to be shared. Throws a WriteError, with the old file untouched, if
 * any byte could not be written or the written file does not read back identical.
 */
export function writeFileDurably(path: string, bytes: Uint8Array, fs: WriteFs = nodeFs, mode = 0o600, steps = NO_STEPS): void {
  const temp = stageFile(path, bytes, fs, mode, steps);
  try {
    fs.renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp, fs);
    throw new WriteError(problemOf(error), path, error);
  }
  steps('renamed', basename(path));
  syncFolder(dirname(path), fs);
}

/**
 * The first half of a durable write: the bytes in a temp file beside `path`, fsynced and read back
 * identical, not yet renamed into place. Returns the temp file's path; on failure none is left.
 * A step across several files stages each of them before any is renamed (commit.ts).
 */
export function stageFile(path: string, bytes: Uint8Array, fs: WriteFs = nodeFs, mode = 0o600, steps = NO_STEPS): string {
  tempCounter += 1;
  const temp = join(dirname(path), `${basename(path)}${TEMP_MARK}${process.pid}-${tempCounter}`);
  try {
    writeAll(temp, bytes, fs, mode, () => steps('written', basename(path)));
    steps('fsynced', basename(path));
    const back = fs.readFileSync(temp);
    if (back.length !== bytes.length || !back.equals(bytes)) {
      throw new WriteError('short-write', path, shortWrite(back.length, bytes.length));
    }
    return temp;
  } catch (error) {
    removeQuietly(temp, fs);
    // Named by the file it was to become: the temp file's name means nothing to anyone.
    throw new WriteError(problemOf(error), path, error instanceof WriteError ? error.cause : error);
  }
}

/** Removes a temp file a failed write leaves; one that stays is removed at the next start (isTempFile). */
export function removeQuietly(path: string, fs: WriteFs): void {
  try {
    fs.rmSync(path, { force: true });
  } catch {
    // Nothing more to do here.
  }
}

/** A short count with no error: the full disk it almost always is. The numbers only, for logs. */
function shortWrite(written: number, wanted: number): Error {
  return Object.assign(new Error(`${written}/${wanted} bytes`), { code: 'ESHORT' });
}

function writeAll(path: string, bytes: Uint8Array, fs: WriteFs, mode: number, written: () => void): void {
  const fd = fs.openSync(path, 'wx', mode);
  try {
    let done = 0;
    while (done < bytes.length) {
      const count = fs.writeSync(fd, bytes, done, bytes.length - done);
      if (count <= 0) throw new WriteError('short-write', path, shortWrite(done, bytes.length));
      done += count;
    }
    written();
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The rename itself is durable only once the folder is synced; not every platform allows it. */
export function syncFolder(folder: string, fs: Pick<WriteFs, 'openSync' | 'fsyncSync' | 'closeSync'>): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for syncing; the rename is still atomic there.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

export function problemOf(error: unknown): WriteProblem {
  if (error instanceof WriteError) return error.problem;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
      return 'not-a-folder';
    default:
      return 'other';
  }
}
