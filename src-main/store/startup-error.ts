// Everything that can stop the app from opening its data folder, as a plain message instead of a
// stack trace (DESIGN §6: nothing about the data folder may crash start-up unexplained).
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { translate } from '../../src-shared/i18n/messages';
import type { Language } from '../../src-shared/plan/model';
import { problemOf, writeFileDurably, WriteError, type WriteFs } from './durable-write';

export type StartupProblem =
  'data-folder-unwritable' | 'data-folder-unreadable' | 'data-folder-in-use' | 'file-unreadable' | 'unexpected';

export class StartupError extends Error {
  constructor(
    readonly problem: StartupProblem,
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${problem}: ${path}`);
    this.name = 'StartupError';
  }
}

/**
 * Creates the data folder if needed and proves a file can be written there, before any read.
 * A full disk does not stop the start: the plan opens with the alert, so the user can save a copy
 * elsewhere (issue 16 item 8); its error comes back for the store to report. Anything else throws.
 */
export function ensureWritableDataFolder(dir: string, fs: WriteFs = nodeFs): WriteError | null {
  try {
    nodeFs.mkdirSync(dir, { recursive: true });
    probeDataFolder(dir, fs);
    return null;
  } catch (error) {
    if (error instanceof WriteError && (error.problem === 'disk-full' || error.problem === 'short-write')) return error;
    throw new StartupError('data-folder-unwritable', dir, error);
  }
}

/** Writes and removes a small file: throws the WriteError if the folder takes none. */
export function probeDataFolder(dir: string, fs: WriteFs = nodeFs): void {
  const probe = join(dir, '.kanalplan-skrivtest');
  writeFileDurably(probe, Buffer.from('ok'), fs);
  fs.rmSync(probe, { force: true });
}

/** The message a user reads: what is wrong, where, and what to do. No stack trace. */
export function describeStartupError(error: unknown, language: Language = 'sv'): string {
  const startup = error instanceof StartupError ? error : new StartupError('unexpected', '', error);
  const cause = startup.cause instanceof Error ? startup.cause.message : String(startup.cause);
  const reason = translate(language, `startup.reason.${problemOf(startup.cause)}`);
  return translate(language, `startup.${startup.problem}`, { path: startup.path, reason, detail: cause });
}
