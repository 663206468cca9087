// Writing a file so that it is either wholly new or wholly old (DESIGN §6). conf writes through
// `atomically`, which ignores a short `writeSync` (a full disk returns a short count, not an
// error) and renames the truncated temp file over the good one. So we write ourselves: loop
// until every byte is written, fsync, read the temp file back, and only then rename it into place.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { WriteProblem } from '../../src-shared/ipc/store-types';

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
export function writeFileDurably(path: string, bytes: Uint8Array, fs: WriteFs = nodeFs, mode = 0o600): void {
  tempCounter += 1;
  const temp = join(dirname(path), `${basename(path)}${TEMP_MARK}${process.pid}-${tempCounter}`);
  try {
    writeAll(temp, bytes, fs, mode);
    const back = fs.readFileSync(temp);
    if (back.length !== bytes.length || !back.equals(bytes)) {
      throw new WriteError('short-write', path, new Error(`${back.length} av ${bytes.length} byte skrevs`));
    }
    fs.renameSync(temp, path);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the temp file is removed at the next start (isTempFile).
    }
    throw error instanceof WriteError ? error : new WriteError(problemOf(error), path, error);
  }
  syncFolder(dirname(path), fs);
}

function writeAll(path: string, bytes: Uint8Array, fs: WriteFs, mode: number): void {
  const fd = fs.openSync(path, 'wx', mode);
  try {
    let written = 0;
    while (written < bytes.length) {
      const count = fs.writeSync(fd, bytes, written, bytes.length - written);
      // No progress and no error: treat it as the full disk it almost always is.
      if (count <= 0) throw new WriteError('short-write', path, new Error(`${written} av ${bytes.length} byte skrevs`));
      written += count;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The rename itself is durable only once the folder is synced; not every platform allows it. */
function syncFolder(folder: string, fs: WriteFs): void {
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
