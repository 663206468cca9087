// One process per data folder (DESIGN §6, issue 9 item 6). Two harnesses on one folder lose each
// other's writes, so the folder is locked before anything in it is read. proper-lockfile's lock
// is a directory whose mtime the holder refreshes; one left by a killed process goes stale and
// is taken over, so a crash never blocks the folder for good.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { StartupError } from './startup-error';

/** Inside the data folder: its parent may not be ours to write in. */
export const LOCK_NAME = 'kanalplan.lock';

export interface FolderLockOptions {
  /** A lock not refreshed for this long belongs to a process that is gone. */
  staleMs?: number;
  /** Told when the lock was lost (its directory removed or not refreshed in time). */
  onCompromised?: (error: Error) => void;
}

/**
 * Locks `dataDir` for this process and returns the release. Throws a StartupError
 * ('data-folder-in-use') without touching the folder when another process holds it.
 */
export function lockDataFolder(dataDir: string, options: FolderLockOptions = {}): () => void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError('data-folder-unwritable', dataDir, error);
  }
  let release: () => void;
  try {
    release = lockfile.lockSync(dataDir, {
      lockfilePath: join(dataDir, LOCK_NAME),
      realpath: false,
      stale: options.staleMs ?? 10_000,
      // The default throws from a timer, which would crash the app over a lock it cannot refresh.
      onCompromised:
        options.onCompromised ?? ((error) => console.error(`Kanalplan: låset på datamappen förlorades: ${error.message}`)),
    });
  } catch (error) {
    const inUse = (error as { code?: unknown }).code === 'ELOCKED';
    throw new StartupError(inUse ? 'data-folder-in-use' : 'data-folder-unwritable', dataDir, error);
  }
  return () => {
    try {
      release();
    } catch {
      // Already released, or compromised and taken over: nothing of ours is left to remove.
    }
  };
}
