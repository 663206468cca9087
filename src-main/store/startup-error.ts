// Everything that can stop the app from opening its data folder, as a plain message instead of a
// stack trace (DESIGN §6: nothing about the data folder may crash start-up unexplained).
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { translate } from '../../src-shared/i18n/messages';
import type { Language } from '../../src-shared/plan/model';
import { problemOf, writeFileDurably, type WriteFs } from './durable-write';

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

/** Creates the data folder if needed and proves a file can be written there, before any read. */
export function ensureWritableDataFolder(dir: string, fs: WriteFs = nodeFs): void {
  try {
    nodeFs.mkdirSync(dir, { recursive: true });
    const probe = join(dir, '.kanalplan-skrivtest');
    writeFileDurably(probe, Buffer.from('ok'), fs);
    fs.rmSync(probe, { force: true });
  } catch (error) {
    throw new StartupError('data-folder-unwritable', dir, error);
  }
}

/** The message a user reads: what is wrong, where, and what to do. No stack trace. */
export function describeStartupError(error: unknown, language: Language = 'sv'): string {
  const startup = error instanceof StartupError ? error : new StartupError('unexpected', '', error);
  const cause = startup.cause instanceof Error ? startup.cause.message : String(startup.cause);
  const reason = translate(language, `startup.reason.${problemOf(startup.cause)}`);
  return translate(language, `startup.${startup.problem}`, { path: startup.path, reason, detail: cause });
}
