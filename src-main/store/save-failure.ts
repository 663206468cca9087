// Why the latest changes are not on disk, as the UI words it (SaveState 'failing'), since when,
// and how long to wait before trying again: the retries back off but never stop (DESIGN §6).
import { basename } from 'node:path';
import type { SaveState, WriteProblem } from '../../src-shared/ipc/store-types';
import { CommitUnfinished } from './commit';
import { problemOf, WriteError } from './durable-write';
import { NewerVersionError } from './migrations';

export type Failing = Extract<SaveState, { status: 'failing' }>;

const MAX_RETRY_DELAY_MS = 30_000;

export class SaveFailure {
  current: Failing | null = null;

  constructor(
    private readonly clock: () => Date,
    /** The first retry's delay; each next one doubles, up to 30 s (a longer first delay stays as it is). */
    private readonly retryDelayMs: number,
  ) {}

  /** A write failed: what, where (the file by name; empty if none is to blame), and one attempt more. */
  record(error: unknown, file = fileNameOf(error)): void {
    const cause = error instanceof CommitUnfinished ? error.cause : error;
    const problem: WriteProblem = cause instanceof NewerVersionError ? 'newer-version' : problemOf(cause);
    this.set(problem, file, cause instanceof Error ? cause.message.slice(0, 300) : String(cause));
  }

  set(problem: WriteProblem, file: string, detail = ''): void {
    this.current = {
      status: 'failing',
      problem,
      file,
      detail,
      since: this.current?.since ?? this.clock().toISOString(),
      attempts: (this.current?.attempts ?? 0) + 1,
    };
  }

  clear(): void {
    this.current = null;
  }

  nextRetryDelay(): number {
    const attempts = this.current?.attempts ?? 1;
    const longest = Math.max(MAX_RETRY_DELAY_MS, this.retryDelayMs);
    return Math.min(longest, this.retryDelayMs * 2 ** Math.min(attempts - 1, 4));
  }
}

/** The data file a failed write was about, by name; empty if it does not say. */
function fileNameOf(error: unknown): string {
  const cause = error instanceof CommitUnfinished ? error.cause : error;
  if (cause instanceof WriteError) return basename(cause.path);
  const path = (cause as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? basename(path) : '';
}
