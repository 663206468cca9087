// The snapshots the store takes while the user works (DESIGN §6): automatic ones at most every so
// often after a write, one before a restore or an import (its undo), one by hand. A failed
// automatic one is told (saveState's backupFailingSince) and tried again later, not at every write.
import type { BackupInfo, BackupReason } from '../../src-shared/ipc/store-types';
import type { Backups, KnownGood } from './backups';
import { partitionsOnDisk } from './start-read';

/** After a failed automatic backup the next is tried this much later (or at the usual interval, if shorter). */
const BACKUP_RETRY_MS = 5 * 60 * 1000;

export class WorkingBackups {
  private lastAt = 0;
  /** Since when automatic backups have failed, or null while they work. */
  failingSince: string | null = null;
  /** While a restore or a backup by hand runs, no snapshot rotates a backup out: the user is choosing among them. */
  private holding = false;

  constructor(
    private readonly backups: Backups,
    private readonly context: {
      dataDir: string;
      clock: () => Date;
      intervalMs: number;
      /** Partitions a snapshot leaves out: a newer version's file does not parse here, so it could never verify. */
      frozen: ReadonlySet<string>;
      /** Partitions validated at start and unchanged since: their copies need no second parse. */
      knownGood: ReadonlyMap<string, KnownGood>;
    },
  ) {}

  /** A verified snapshot of what is on disk; null if there is nothing to save, false if it failed. */
  take(reason: BackupReason): BackupInfo | null | false {
    const { dataDir, frozen, knownGood, clock } = this.context;
    const partitions = partitionsOnDisk(dataDir).filter((partition) => !frozen.has(partition));
    if (partitions.length === 0) return null;
    const made = this.backups.snapshot(partitions, reason, !this.holding && reason === 'automatic', knownGood);
    if (!made) return false;
    this.lastAt = clock().getTime();
    this.failingSince = null;
    return made;
  }

  /** After a write: the automatic backup, if one is due. */
  afterWrite(): void {
    const now = this.context.clock();
    const { intervalMs } = this.context;
    if (now.getTime() - this.lastAt < intervalMs || this.take('automatic') !== false) return;
    this.failingSince ??= now.toISOString();
    this.lastAt = now.getTime() - intervalMs + Math.min(intervalMs, BACKUP_RETRY_MS);
  }

  /** Runs `act` with rotation held: a restore or a backup by hand deletes no backup. */
  holdingRotation<T>(act: () => T): T {
    this.holding = true;
    try {
      return act();
    } finally {
      this.holding = false;
    }
  }
}
