// Verified, rotating snapshots of the data folder (DESIGN §6). A snapshot is a folder of copied
// partition files plus a manifest written last: no manifest means unfinished, never trusted.
import * as nodeFs from 'node:fs';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format, subDays } from 'date-fns';
import type { BackupInfo, BackupReason } from '../../src-shared/ipc/store-types';
import { DomainError, message } from '../../src-shared/ipc/errors';
import { writeFileDurably, type WriteFs } from './durable-write';
import { sameBytes, sameStamp, stampOfPath, type FileStamp } from './file-bytes';
import { decodeUtf8, fileOf, parsePartition } from './partition-files';
import { NewerVersionError, type StoredDoc } from './migrations';
import { isPartitionName } from './partitions';
import { NO_STEPS, type WriteSteps } from './steps';

const MANIFEST = 'manifest.json';
/** A snapshot found damaged keeps its files for a look, under a manifest no listing reads. */
const DAMAGED_MANIFEST = 'manifest.damaged.json';
const KEEP_TODAY = 3;
const KEEP_DAYS = 14;

export class Backups {
  readonly dir: string;

  constructor(
    private readonly dataDir: string,
    private readonly clock: () => Date,
    private readonly fs: WriteFs = nodeFs,
    private readonly steps: WriteSteps = NO_STEPS,
  ) {
    this.dir = join(dataDir, 'backups');
  }

  /** Good snapshots, newest first. */
  list(): BackupInfo[] {
    let ids: string[];
    try {
      ids = existsSync(this.dir) ? readdirSync(this.dir) : [];
    } catch {
      return []; // `backups` is a file, or cannot be read: there is nothing to list
    }
    const backups: BackupInfo[] = [];
    for (const id of ids) {
      const manifest = this.readManifest(id);
      if (manifest) backups.push(manifest);
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /**
   * Copies the partitions into a new snapshot and verifies every copy before older snapshots
   * rotate out. Returns null (and keeps every older snapshot) if a copy does not verify.
   * Snapshots a person asked for, or a restore took, rotate nothing out: the user may be
   * choosing among the very backups that a rotation would delete.
   */
  snapshot(
    partitions: readonly string[],
    reason: BackupReason = 'automatic',
    rotate = reason === 'automatic',
    known: ReadonlyMap<string, KnownGood> = new Map(),
  ): BackupInfo | null {
    const createdAt = this.clock().toISOString();
    let folder: string | null = null;
    try {
      const id = this.freshId(createdAt);
      folder = join(this.dir, id);
      mkdirSync(folder, { recursive: true });
      let itemCount = 0;
      let sizeBytes = 0;
      for (const partition of partitions) {
        const source = join(this.dataDir, fileOf(partition));
        const copy = join(folder, fileOf(partition));
        const good = known.get(partition);
        const unchanged = () => good !== undefined && sameStamp(stampOfPath(source), good.stamp);
        const wasGood = unchanged();
        copyFileSync(source, copy);
        // A copy identical to a file validated since and unchanged needs no second parse (issue #11).
        const verified = wasGood && sameBytes(source, copy) && unchanged();
        itemCount += verified ? good!.items : itemsIn(readFileSync(copy), partition);
        sizeBytes += statSync(copy).size;
      }
      const info: BackupInfo = { id, createdAt, files: partitions.map(fileOf), itemCount, sizeBytes, reason };
      writeFileDurably(join(folder, MANIFEST), Buffer.from(JSON.stringify(info)), this.fs, 0o600, this.steps);
      if (rotate) this.rotate(id);
      return info;
    } catch {
      // A full disk or an unwritable folder: keep every older snapshot and let the caller say so.
      // (Where `backups` is a file there is nothing to clean up, and rmSync throws ENOTDIR.)
      try {
        if (folder) rmSync(folder, { recursive: true, force: true });
      } catch {
        // An unfinished snapshot has no manifest: it is never listed or trusted.
      }
      return null;
    }
  }

  /** The newest snapshot holding a valid copy of `partition`. */
  findPartition(partition: string): { doc: StoredDoc; backup: BackupInfo } | null {
    for (const backup of this.list()) {
      if (!backup.files.includes(fileOf(partition))) continue;
      try {
        const { doc } = parsePartition(readFileSync(join(this.dir, backup.id, fileOf(partition)), 'utf8'), partition);
        return { doc, backup };
      } catch {
        // A damaged copy: try the next older snapshot.
      }
    }
    return null;
  }

  /** Every partition of a snapshot, parsed; throws if the snapshot is unknown or any copy is bad. */
  read(id: string): Map<string, StoredDoc> {
    const backup = this.list().find((candidate) => candidate.id === id);
    if (!backup) throw new DomainError('store-failed', message('errors.backupNotFound', { id }));
    const docs = new Map<string, StoredDoc>();
    for (const file of backup.files) docs.set(file.replace(/\.json$/, ''), this.readCopy(backup, file));
    return docs;
  }

  /**
   * One partition of a snapshot. A copy that is gone or does not parse damns the snapshot: it is
   * taken off the list (its manifest renamed, its files kept) and the error says it is the backup,
   * not the plan, that is damaged. A folder that cannot be read now (EACCES, EIO) marks nothing.
   */
  private readCopy(backup: BackupInfo, file: string): StoredDoc {
    const path = join(this.dir, backup.id, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw this.damaged(backup, file);
    }
    try {
      return parsePartition(text, file.replace(/\.json$/, '')).doc;
    } catch (error) {
      // A copy from a newer Kanalplan is not damaged: that refusal says so itself.
      if (error instanceof NewerVersionError) throw error;
      throw this.damaged(backup, file);
    }
  }

  private damaged(backup: BackupInfo, file: string): DomainError {
    try {
      renameSync(join(this.dir, backup.id, MANIFEST), join(this.dir, backup.id, DAMAGED_MANIFEST));
    } catch {
      // A read-only backups folder: it stays listed, and a second try is refused the same way.
    }
    const time = format(new Date(backup.createdAt), 'yyyy-MM-dd HH:mm');
    return new DomainError('store-failed', message('errors.backupDamaged', { time, file }));
  }

  private rotate(justMade: string): void {
    const all = this.list();
    const keep = backupsToKeep(all, this.clock());
    keep.add(justMade);
    for (const backup of all) {
      if (!keep.has(backup.id)) rmSync(join(this.dir, backup.id), { recursive: true, force: true });
    }
  }

  /**
   * A manifest is trusted only if it names its own folder and nothing but partition files: a
   * tampered one must not make a restore read or write outside the data folder.
   */
  private readManifest(id: string): BackupInfo | null {
    try {
      const info = JSON.parse(readFileSync(join(this.dir, id, MANIFEST), 'utf8')) as BackupInfo;
      const filesOk =
        Array.isArray(info.files) &&
        info.files.every((file) => typeof file === 'string' && file.endsWith('.json') && isPartitionName(file.slice(0, -5)));
      const ok = info.id === id && typeof info.createdAt === 'string' && !Number.isNaN(Date.parse(info.createdAt)) && filesOk;
      return ok
        ? { ...info, sizeBytes: typeof info.sizeBytes === 'number' ? info.sizeBytes : this.sizeOf(id, info.files) }
        : null;
    } catch {
      return null;
    }
  }

  /** For manifests written before sizes were recorded. */
  private sizeOf(id: string, files: readonly string[]): number {
    return files.reduce((sum, file) => sum + statSync(join(this.dir, id, file)).size, 0);
  }

  private freshId(createdAt: string): string {
    const base = createdAt.replace(/[:.]/g, '-');
    let id = base;
    for (let n = 1; existsSync(join(this.dir, id)); n += 1) id = `${base}-${n}`;
    return id;
  }
}

/** A partition file known to be valid (read and validated at start), by its stamp, with its item count. */
export interface KnownGood {
  stamp: FileStamp;
  items: number;
}

/** Parses a copy (throwing if it is not valid) and counts its items. */
function itemsIn(copy: Buffer, partition: string): number {
  const { doc } = parsePartition(decodeUtf8(copy), partition);
  return Array.isArray(doc.items) ? doc.items.length : 0;
}

/**
 * Retention: today's newest three, the newest one of each of the fourteen days before, the
 * newest snapshot taken before a restore or an import, so the last one can always be undone, and
 * every snapshot dated after now.
 */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date): Set<string> {
  const today = format(now, 'yyyy-MM-dd');
  const oldestDay = format(subDays(now, KEEP_DAYS), 'yyyy-MM-dd');
  const keep = new Set<string>();
  const beforeReplace = [...backups].filter((backup) => backup.reason === 'before-restore' || backup.reason === 'before-import');
  const newestBeforeReplace = beforeReplace.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (newestBeforeReplace) keep.add(newestBeforeReplace.id);
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const backup of [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const day = format(new Date(backup.createdAt), 'yyyy-MM-dd');
    // Dated after now (the clock was wrong then, or is now): never rotated out on a clock's say-so.
    if (Date.parse(backup.createdAt) > now.getTime()) {
      keep.add(backup.id);
    } else if (day === today && todayKept < KEEP_TODAY) {
      keep.add(backup.id);
      todayKept += 1;
    } else if (day < today && day >= oldestDay && !daysSeen.has(day)) {
      keep.add(backup.id);
      daysSeen.add(day);
    }
  }
  return keep;
}
