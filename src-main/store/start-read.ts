// Reading one partition when the store starts: as it is (migrated in memory if older), or, when
// it is damaged, from the newest backup that holds a good copy, with the damaged bytes kept
// beside the data; a file from a newer Kanalplan is left exactly as it is. What the store must
// remember about the partition comes back with it; what the user must be told goes to `notices`.
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import type { Backups, KnownGood } from './backups';
import { isTempFile, type WriteFs } from './durable-write';
import type { FileReader } from './file-bytes';
import type { StoredDoc } from './migrations';
import { fileOf, readPartitionFile, writePartitionFile } from './partition-files';
import { isPartitionName } from './partitions';
import { StartupError } from './startup-error';
import { stepsFor, type StepHook } from './steps';

export interface StartContext {
  dataDir: string;
  backups: Backups;
  clock: () => Date;
  fs: WriteFs;
  /** Told at each step of writing a recovered partition back (steps.ts). */
  onStep?: StepHook;
  /** Keep each item's bytes as read (PlanStoreOptions.keepReadBytes). */
  keepReadBytes?: boolean;
}

export interface StartRead {
  /** The partition's content; null when it is lost (damaged, no backup) or frozen without a backup. */
  doc: StoredDoc | null;
  /** Written by a newer version: never written or removed. */
  frozen: boolean;
  /** Must be written at the first flush: migrated in memory, or recovered but not written back. */
  dirty: boolean;
  /** Read and validated as it is on disk: the start backup may trust its copy of it. */
  known: KnownGood | null;
}

/** Null when the partition has no file. Throws a StartupError when a file cannot be read at all. */
export function readAtStart(partition: string, reader: FileReader, notices: StoreNotice[], context: StartContext): StartRead | null {
  const { dataDir, backups, clock } = context;
  const result = readPartitionFile(dataDir, partition, reader, context.keepReadBytes);
  if (result.status === 'missing') return null;
  // Unreadable is not damaged: stop rather than start without it and later overwrite it.
  if (result.status === 'unreadable') throw new StartupError('file-unreadable', join(dataDir, fileOf(partition)), result.error);
  if (result.status === 'ok') {
    const items = Array.isArray(result.doc.items) ? result.doc.items.length : 0;
    return { doc: result.doc, frozen: false, dirty: result.migrated, known: { stamp: result.stamp, items } };
  }
  const detectedAt = clock().toISOString();
  if (result.status === 'newer') {
    // It stays as it is; its content comes from the newest backup, if one has it.
    const found = backups.findPartition(partition);
    notices.push({
      kind: 'newer-version',
      file: fileOf(partition),
      keptAs: fileOf(partition),
      reason: result.reason,
      backupCreatedAt: found?.backup.createdAt ?? null,
      detectedAt,
    });
    return { doc: found?.doc ?? null, frozen: true, dirty: false, known: null };
  }
  const keptAs = `${fileOf(partition)}.corrupt-${detectedAt.replace(/[:.]/g, '-')}`;
  const path = join(dataDir, fileOf(partition));
  // First a copy of the bad bytes beside the data; the damaged file itself goes only when the
  // good copy replaces it. A kill in between leaves it to be found, and recovered, again.
  try {
    copyFileSync(path, join(dataDir, keptAs));
  } catch (error) {
    throw new StartupError('data-folder-unwritable', dataDir, error);
  }
  const found = backups.findPartition(partition);
  notices.push({
    kind: found ? 'restored-from-backup' : 'no-backup-found',
    file: fileOf(partition),
    keptAs,
    reason: result.reason,
    backupCreatedAt: found?.backup.createdAt ?? null,
    detectedAt,
  });
  if (!found) {
    rmSync(path);
    return { doc: null, frozen: false, dirty: false, known: null };
  }
  try {
    writePartitionFile(dataDir, partition, found.doc, context.fs, stepsFor(context.onStep, 'recover'));
    return { doc: found.doc, frozen: false, dirty: false, known: null };
  } catch {
    // Held in memory, retried and reported like any failed write.
    return { doc: found.doc, frozen: false, dirty: true, known: null };
  }
}

/** The partition files in the data folder, by name. */
export function partitionsOnDisk(dataDir: string): string[] {
  return listDataDir(dataDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter(isPartitionName)
    .sort();
}

/** Temp files left by a kill mid-write (ours or conf's, from older versions) hold nothing needed. */
export function removeTempFiles(dataDir: string): void {
  for (const name of listDataDir(dataDir)) {
    if (isTempFile(name)) rmSync(join(dataDir, name), { force: true });
  }
}

function listDataDir(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  try {
    return readdirSync(dataDir);
  } catch (error) {
    throw new StartupError('data-folder-unreadable', dataDir, error);
  }
}
