// Files written for the user outside the data folder: a copy of the plan, the plan file, the
// board's papers. One that could not be written is told in plain words, one reason per problem,
// as the export package tells its own; never a raw "ENOSPC: no space left on device, open …".
import type * as nodeFs from 'node:fs';
import { DomainError, message } from '../../src-shared/ipc/errors';
import type { WriteProblem } from '../../src-shared/ipc/store-types';
import { problemOf, type WriteFs } from '../store/durable-write';

/** What writing such a file takes of `node:fs`; tests pass one that fails as disks do. */
export type SaveFs = WriteFs & Pick<typeof nodeFs, 'mkdirSync' | 'existsSync'>;

/** The problems the catalogue words (startup.reason.*); any other keeps the system's own words. */
const WORDED: ReadonlySet<WriteProblem> = new Set(['disk-full', 'read-only', 'no-permission', 'not-a-folder', 'short-write']);

export function fileNotSaved(error: unknown, folder: string): DomainError {
  const problem = problemOf(error);
  if (!WORDED.has(problem)) {
    const detail = error instanceof Error ? error.message : String(error);
    return new DomainError('store-failed', message('errors.fileNotSavedOther', { folder, detail }));
  }
  return new DomainError('store-failed', message('errors.fileNotSaved', { folder, reason: message(`startup.reason.${problem}`) }));
}
