// What a start reads from the data folder. First a step that a kill interrupted after its commit
// point is finished (and the user told), and temp files of one interrupted before it are removed;
// then every partition is read as it is, migrated, recovered from a backup or left alone
// (start-read.ts). What the store must remember comes back with the plan.
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import type { KnownGood } from './backups';
import { finishLeftJournal, JOURNAL_FILE } from './commit';
import { FileReader } from './file-bytes';
import type { StoredDoc } from './migrations';
import { SETTINGS_PARTITION, partitionOf, planOfDocs } from './partitions';
import { partitionsOnDisk, readAtStart, removeTempFiles, type StartContext } from './start-read';
import { StartupError } from './startup-error';
import { stepsFor } from './steps';

export interface StartFolder {
  plan: Plan;
  notices: StoreNotice[];
  /** Partitions to write at the first flush: migrated, recovered, misplaced items, missing settings. */
  dirty: Set<string>;
  /** Written by a newer Kanalplan: never written or removed. */
  frozen: Set<string>;
  /** Read and validated as they are on disk: the start backup may trust its copies of them. */
  knownGood: Map<string, KnownGood>;
}

export function readDataFolder(context: StartContext): StartFolder {
  const notices: StoreNotice[] = [];
  finishInterruptedStep(context, notices);
  removeTempFiles(context.dataDir);
  const result: StartFolder = { plan: planOfDocs(new Map()), notices, dirty: new Set(), frozen: new Set(), knownGood: new Map() };
  const docs = new Map<string, StoredDoc>();
  const reader = new FileReader();
  for (const partition of partitionsOnDisk(context.dataDir)) {
    const read = readAtStart(partition, reader, notices, context);
    if (!read) continue;
    if (read.frozen) result.frozen.add(partition);
    if (read.dirty) result.dirty.add(partition);
    if (read.known) result.knownGood.set(partition, read.known);
    if (read.doc) docs.set(partition, read.doc);
  }
  result.plan = planOfDocs(docs);
  if (!docs.has(SETTINGS_PARTITION) && !result.frozen.has(SETTINGS_PARTITION)) result.dirty.add(SETTINGS_PARTITION);
  markMisplaced(result.plan, docs, result.dirty);
  return result;
}

/** A journal left by a kill after its step's commit point: finished, and the user told it was. */
function finishInterruptedStep(context: StartContext, notices: StoreNotice[]): void {
  let journal: ReturnType<typeof finishLeftJournal>;
  try {
    journal = finishLeftJournal(context.dataDir, context.fs, stepsFor(context.onStep, 'replay'));
  } catch (error) {
    throw new StartupError('data-folder-unwritable', context.dataDir, error);
  }
  if (!journal) return;
  notices.push({
    kind: 'journal-replayed',
    file: JOURNAL_FILE,
    keptAs: '',
    reason: journal.op,
    backupCreatedAt: null,
    stepStartedAt: journal.createdAt,
    detectedAt: context.clock().toISOString(),
  });
}

/** Items stored in the wrong partition (an interrupted move by an older version) are rewritten where they belong. */
function markMisplaced(plan: Plan, docs: ReadonlyMap<string, StoredDoc>, dirty: Set<string>): void {
  const kept = new Set(plan.items);
  for (const [partition, doc] of docs) {
    if (partition === SETTINGS_PARTITION) continue;
    for (const item of doc.items as ContentItem[]) {
      if (partitionOf(item) !== partition || !kept.has(item)) dirty.add(partition).add(partitionOf(item));
    }
  }
}
