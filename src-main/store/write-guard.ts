// Whether this process may write the data folder now, asked before every write: not once its lock
// is lost (another process has the folder: issue 16 item 4), and not while a folder that took no
// file at start (a full disk: item 8) still takes none. Either way the failure says why.
import * as nodeFs from 'node:fs';
import type { WriteError, WriteFs } from './durable-write';
import { LOCK_NAME, type FolderLock } from './folder-lock';
import type { SaveFailure } from './save-failure';
import { probeDataFolder } from './startup-error';

export class WriteGuard {
  /** Another process has the data folder, or its lock is gone: nothing is written any more. */
  lockLost = false;
  /** The folder took no file at start: until a probe write succeeds, saving fails even with nothing to write. */
  private probeDue = false;

  constructor(
    private readonly dataDir: string,
    private readonly failure: SaveFailure,
    private readonly options: {
      fs?: WriteFs;
      lock?: Pick<FolderLock, 'state' | 'onLost'>;
      startProblem?: WriteError | null;
      /** Told once when the lock is lost: the store stops its retries. */
      onLockLost: () => void;
    },
  ) {
    options.lock?.onLost(() => this.loseLock());
    if (options.startProblem) {
      this.probeDue = true;
      failure.record(options.startProblem, '');
    }
  }

  mayWrite(): boolean {
    if (this.lockLost) return false;
    // A lost lock tells its listener (loseLock) as it answers.
    const state = this.options.lock?.state() ?? 'held';
    // Not taken at start for lack of space: the disk is still full.
    if (state === 'unavailable') this.failure.set('disk-full', '');
    return state === 'held' && this.folderTakesFiles();
  }

  /** After a start on a full disk: whether the folder takes a file again. */
  private folderTakesFiles(): boolean {
    if (!this.probeDue) return true;
    try {
      probeDataFolder(this.dataDir, this.options.fs ?? nodeFs);
    } catch (error) {
      this.failure.record(error, '');
      return false;
    }
    this.probeDue = false;
    return true;
  }

  /** Stop writing at once; every change stays in memory, and the alert offers a copy. */
  private loseLock(): void {
    if (this.lockLost) return;
    this.lockLost = true;
    this.failure.set('lock-lost', LOCK_NAME);
    this.options.onLockLost();
  }
}
