// One step across several files, whole or not at all (DESIGN §7, issue 16 item 1). A flush that
// moves two posts between year files, an import and a restore each change several partitions;
// a kill between two renames used to leave a mix. Here every new file is first staged beside its
// partition (written, fsynced, read back), then a small journal naming the renames and removals
// is written durably: that is the commit point. Then the renames, then the journal goes. A start
// that finds a journal finishes it (every rename is idempotent: a temp file already renamed is
// gone); one killed before the journal existed finds only temp files, which it removes.
//
// Why the journal lists renames instead of holding the data: every byte that needs space is
// written before the commit point, so a full disk fails the step before anything changed, and no
// rollback (which a full disk can refuse too) is ever needed; after it only renames and removals
// remain, which need none. Nor is anything written twice: a flush costs one small file more.
import * as nodeFs from 'node:fs';
import { basename, join } from 'node:path';
import { isTempFile, problemOf, removeQuietly, stageFile, syncFolder, TEMP_MARK, writeFileDurably, WriteError, type WriteFs } from './durable-write';
import { fileOf } from './partition-files';
import { isPartitionName } from './partitions';
import { NO_STEPS, type StepOp, type WriteSteps } from './steps';

export const JOURNAL_FILE = 'journal.json';
const FORMAT = 'kanalplan-journal';

/** The partitions a step changes: new bytes for some, removal of others. */
export interface PartitionChanges {
  writes: ReadonlyMap<string, Uint8Array>;
  removes: readonly string[];
}

export interface Journal {
  format: typeof FORMAT;
  op: StepOp;
  createdAt: string;
  /** Temp file → partition file, both names in the data folder. */
  renames: Array<{ from: string; to: string }>;
  removes: string[];
}

/**
 * The step is committed (its journal is on disk) but a rename after it failed: the plan on disk is
 * the new one once the journal is finished, at the next flush or start. Nothing may be written before.
 */
export class CommitUnfinished extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'CommitUnfinished';
  }
}

export interface CommitContext {
  fs?: WriteFs;
  op: StepOp;
  now: Date;
  steps?: WriteSteps;
}

/**
 * Makes the data folder hold `changes` in one step. Throws the write's error with nothing changed
 * if any file could not be staged or the journal not written; throws CommitUnfinished if the step
 * is committed but not yet wholly in place.
 */
export function commitPartitions(dataDir: string, changes: PartitionChanges, context: CommitContext): void {
  const { fs = nodeFs, steps = NO_STEPS } = context;
  const [only] = changes.writes;
  // A single file needs no journal: its rename is the commit.
  if (changes.writes.size === 1 && changes.removes.length === 0 && only) {
    writeFileDurably(join(dataDir, fileOf(only[0])), only[1], fs, 0o600, steps);
    return;
  }
  const journal: Journal = { format: FORMAT, op: context.op, createdAt: context.now.toISOString(), renames: [], removes: changes.removes.map(fileOf) };
  const path = join(dataDir, JOURNAL_FILE);
  let journalTemp: string | null = null;
  try {
    for (const [partition, bytes] of changes.writes) {
      const temp = stageFile(join(dataDir, fileOf(partition)), bytes, fs, 0o600, steps);
      journal.renames.push({ from: basename(temp), to: fileOf(partition) });
    }
    journalTemp = stageFile(path, Buffer.from(JSON.stringify(journal)), fs, 0o600, steps);
    fs.renameSync(journalTemp, path); // the commit point
  } catch (error) {
    for (const temp of [...journal.renames.map(({ from }) => join(dataDir, from)), journalTemp]) if (temp) removeQuietly(temp, fs);
    throw error instanceof WriteError ? error : new WriteError(problemOf(error), path, error);
  }
  try {
    steps('renamed', JOURNAL_FILE);
    syncFolder(dataDir, fs);
    finishJournal(dataDir, journal, fs, steps);
  } catch (error) {
    throw new CommitUnfinished(error);
  }
}

/**
 * At start, or before the next write after a CommitUnfinished: finishes a journal left in the data
 * folder and returns it; null if there was none. A journal that does not read as one (damaged after
 * it was written and verified) is removed: its temp files go with the start's clean-up.
 */
export function finishLeftJournal(dataDir: string, fs: WriteFs = nodeFs, steps = NO_STEPS): Journal | null {
  let text: string;
  try {
    text = nodeFs.readFileSync(join(dataDir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const journal = parseJournal(text);
  if (!journal) {
    fs.rmSync(join(dataDir, JOURNAL_FILE), { force: true });
    return null;
  }
  finishJournal(dataDir, journal, fs, steps);
  return journal;
}

/** The renames and removals, each safe to do again, then the journal goes. */
function finishJournal(dataDir: string, journal: Journal, fs: WriteFs, steps: WriteSteps): void {
  for (const { from, to } of journal.renames) {
    try {
      fs.renameSync(join(dataDir, from), join(dataDir, to));
    } catch (error) {
      // Gone: renamed before a kill, by the run that wrote the journal.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    steps('renamed', to);
  }
  for (const file of journal.removes) {
    fs.rmSync(join(dataDir, file), { force: true });
    steps('removed', file);
  }
  syncFolder(dataDir, fs);
  fs.rmSync(join(dataDir, JOURNAL_FILE), { force: true });
  steps('removed', JOURNAL_FILE);
  // Synced too: a journal that came back after a power cut could remove a file written since.
  syncFolder(dataDir, fs);
}

/** A journal names only partition files and their temp files in the data folder, nothing else. */
function parseJournal(text: string): Journal | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const journal = raw as Partial<Journal> | null;
  const isFile = (name: unknown): name is string =>
    typeof name === 'string' && name.endsWith('.json') && isPartitionName(name.slice(0, -'.json'.length));
  const renamesOk =
    Array.isArray(journal?.renames) &&
    journal.renames.every(
      (rename) =>
        isFile(rename?.to) &&
        typeof rename.from === 'string' &&
        rename.from.startsWith(`${rename.to}${TEMP_MARK}`) &&
        isTempFile(rename.from) &&
        !/[/\\]/.test(rename.from),
    );
  const ok =
    journal?.format === FORMAT &&
    typeof journal.op === 'string' &&
    typeof journal.createdAt === 'string' &&
    renamesOk &&
    Array.isArray(journal.removes) &&
    journal.removes.every(isFile);
  return ok ? (journal as Journal) : null;
}
