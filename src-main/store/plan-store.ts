// The plan on disk: partitioned files, batched writes, recovery from corrupt files, backups.
// The plan itself lives in memory (PlanService); this class only loads and persists it. A write
// that fails keeps the change pending in memory, is retried, and is reported (saveState).
import * as nodeFs from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, message } from '../../src-shared/ipc/errors';
import type { Message } from '../../src-shared/i18n/messages';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import type { ContentItem, Plan, Settings } from '../../src-shared/plan/model';
import type { BackupInfo, BackupReason, SaveState, StoreNotice } from '../../src-shared/ipc/store-types';
import { Backups, type KnownGood } from './backups';
import { problemOf, type WriteFs } from './durable-write';
import { FileReader } from './file-bytes';
import { fileOf, writePartitionFile } from './partition-files';
import { NewerVersionError, type StoredDoc } from './migrations';
import { SETTINGS_PARTITION, mergeItems, partitionDoc, partitionOf } from './partitions';
import { dismissNotice, isKeptNotice, keepNotices } from './notice-file';
import { StartBackup } from './start-backup';
import { partitionsOnDisk, readAtStart, removeTempFiles } from './start-read';
import { systemClock, type Clock } from '../clock';

export interface PlanStoreOptions {
  /** At most one write per this many ms while the user types (DESIGN §6). */
  flushDelayMs?: number;
  /** A backup at most this often while changing. */
  backupIntervalMs?: number;
  /** Retries of a failed write back off from this delay up to 30 s. */
  retryDelayMs?: number;
  /** The time backups and failures are stamped with (createServices hands down the app's one clock). */
  clock?: Clock;
  /** The file system writes go through; tests pass one that writes short or fails. */
  fs?: WriteFs;
  /**
   * The start backup runs this long after load(), not inside it; anything that writes takes it
   * first, and so does the archive's answer, which the window asks for once the board shows.
   * Late enough by default that the board is not kept waiting for a copy of the whole plan.
   */
  startBackupDelayMs?: number;
  /**
   * Called whenever the save state or the notices may have changed (a write, a change waiting to
   * be written, a backup that failed); the services read them then and tell the window.
   */
  onChange?: () => void;
}

const MAX_RETRY_DELAY_MS = 30_000;
/** After a failed automatic backup the next is tried this much later (or at the usual interval, if shorter). */
const BACKUP_RETRY_MS = 5 * 60 * 1000;

export class PlanStore {
  readonly backups: Backups;
  private readonly clock: Clock;
  private readonly flushDelayMs: number;
  private readonly backupIntervalMs: number;
  /** Partitions to write at the next flush. */
  private readonly dirty = new Set<string>();
  /** The item ids each partition file holds as last read or written: tells which ones gain items. */
  private readonly onDisk = new Map<string, Set<string>>();
  private readonly fs: WriteFs;
  private readonly retryDelayMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastBackupAt = 0;
  /** Since when automatic backups have failed (told through saveState), or null while they work. */
  private backupFailingSince: string | null = null;
  private plan: Plan = emptyPlan();
  private failure: Extract<SaveState, { status: 'failing' }> | null = null;
  /** While a restore or a backup by hand runs, no snapshot rotates a backup out: the user is choosing among them. */
  private holdRotation = false;
  /** Partitions written by a newer Kanalplan: read from a backup if any, never written or removed. */
  private readonly frozen = new Set<string>();
  /** From load() until the start backup, each partition read and validated: the backup need not parse its copy again. */
  private readonly knownGood = new Map<string, KnownGood>();
  /** During a restore the files become a verified backup: load() then takes no start backup. */
  private restoring = false;
  private readonly startBackup: StartBackup;
  private readonly startBackupDelayMs: number;
  private readonly onChange: () => void;

  constructor(
    readonly dataDir: string,
    options: PlanStoreOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.flushDelayMs = options.flushDelayMs ?? 1000;
    this.backupIntervalMs = options.backupIntervalMs ?? 15 * 60 * 1000;
    this.retryDelayMs = options.retryDelayMs ?? 2000;
    this.fs = options.fs ?? nodeFs;
    this.backups = new Backups(dataDir, this.clock, this.fs);
    this.startBackupDelayMs = options.startBackupDelayMs ?? 3_000;
    this.onChange = options.onChange ?? (() => undefined);
    this.startBackup = new StartBackup(
      () => {
        const made = this.backupNow();
        this.knownGood.clear();
        return made;
      },
      () => this.backupFailedNotice(),
    );
  }

  /**
   * Reads every partition, recovering corrupt ones from backups, and schedules the start backup,
   * which any write, restore, import or backup by hand takes first if it has not run yet.
   * Throws a StartupError with a plain message if the folder cannot be read at all.
   */
  load(): { plan: Plan; notices: StoreNotice[] } {
    removeTempFiles(this.dataDir);
    this.frozen.clear();
    this.knownGood.clear();
    // After a restore the files are a verified backup already: no start backup is needed.
    if (this.restoring) this.startBackup.drop();
    else this.startBackup.markDue();
    const notices: StoreNotice[] = [];
    const docs = new Map<string, StoredDoc>();
    const reader = new FileReader();
    for (const partition of partitionsOnDisk(this.dataDir)) {
      const doc = this.readOrRecover(partition, notices, reader);
      if (doc) docs.set(partition, doc);
    }
    // Older files are migrated in memory and marked dirty: the flush below rewrites them, after
    // the start backup of the originals, which it takes first.
    const settings = (docs.get(SETTINGS_PARTITION)?.settings as Settings | undefined) ?? emptyPlan().settings;
    const itemLists = [...docs.entries()]
      .filter(([partition]) => partition !== SETTINGS_PARTITION)
      .map(([, doc]) => doc.items as ContentItem[]);
    this.plan = { ...emptyPlan(settings), items: mergeItems(itemLists) };
    this.onDisk.clear();
    for (const [partition, doc] of docs) {
      // A partition recovered from a backup is not on disk until it is written again.
      const onDisk = notices.some((notice) => notice.file === fileOf(partition)) ? [] : (doc.items as ContentItem[] | undefined);
      if (onDisk) this.onDisk.set(partition, idsOf(onDisk));
    }
    if (!docs.has(SETTINGS_PARTITION) && !this.frozen.has(SETTINGS_PARTITION)) this.dirty.add(SETTINGS_PARTITION);
    this.markMisplaced(docs);
    this.flush();
    // A failure of a start backup that this flush took first is told now, with the rest.
    notices.push(...this.startBackup.takeFailures());
    this.startBackup.schedule(this.startBackupDelayMs);
    if (!this.startBackup.isDue()) this.knownGood.clear();
    const others = notices.filter((notice) => !isKeptNotice(notice));
    return { plan: this.plan, notices: [...keepNotices(this.dataDir, notices, this.fs), ...others] };
  }

  /** Takes the start backup now if it has not run yet (plan:load waits for it, to tell a failure). */
  settleStartBackup(): void {
    this.startBackup.settle();
  }

  /** Notices that arose after load(): a start backup that failed. Each is handed over once. */
  lateNotices(): StoreNotice[] {
    return this.startBackup.takeFailures();
  }

  /** Whether every change is on disk, or which write keeps failing. */
  saveState(): SaveState {
    const backup = this.backupFailingSince ? { backupFailingSince: this.backupFailingSince } : {};
    if (this.failure) return { ...this.failure, ...backup };
    return { status: this.dirty.size > 0 ? 'pending' : 'saved', ...backup };
  }

  /**
   * Records the in-memory plan after a change and schedules a write of the partitions it touched
   * (the service knows them from what the command changed). `plan` lists its items when a flush
   * reads them, once per version, not at every keystroke.
   */
  update(plan: Plan, partitions: Iterable<string>): void {
    this.plan = plan;
    for (const partition of partitions) this.dirty.add(partition);
    this.pendingChange();
  }

  /** A change waits to be written (the save state is pending until the flush). */
  private pendingChange(): void {
    this.scheduleFlush();
    this.onChange();
  }

  /**
   * Writes every pending partition now. Partitions gaining an item go first: an item moving
   * between files is then on disk in its new one before it leaves the old, and a crash loses
   * nothing (on load the newest copy wins).
   */
  flush(): SaveState {
    try {
      return this.writePending();
    } finally {
      this.onChange();
    }
  }

  private writePending(): SaveState {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // The files as they were at start are backed up before the first write changes them.
    if (this.dirty.size > 0) this.startBackup.settle();
    const docs = [...this.dirty].map((partition) => ({ partition, doc: partitionDoc(this.plan, partition) }));
    const gains = ({ partition, doc }: (typeof docs)[number]) =>
      'items' in doc && doc.items.some((item) => !this.onDisk.get(partition)?.has(item.id));
    // A newer Kanalplan's file is never overwritten: changes to it stay in memory, reported.
    const frozenLast = (entry: (typeof docs)[number]) => (this.frozen.has(entry.partition) ? 1 : 0);
    const order = [...docs.filter(gains), ...docs.filter((entry) => !gains(entry))].sort((a, b) => frozenLast(a) - frozenLast(b));
    for (const { partition, doc } of order) {
      if (this.frozen.has(partition)) {
        this.recordFailure(partition, new NewerVersionError(fileOf(partition)));
        return this.saveState();
      }
      try {
        writePartitionFile(this.dataDir, partition, doc, this.fs);
      } catch (error) {
        // Stop at the first failure: a later write could remove an item from the partition it
        // leaves before it is safely in the one it joins. Everything stays dirty, in memory.
        this.recordFailure(partition, error);
        return this.saveState();
      }
      if ('items' in doc) this.onDisk.set(partition, idsOf(doc.items));
      this.dirty.delete(partition);
    }
    this.failure = null;
    if (order.length > 0 && this.clock().getTime() - this.lastBackupAt >= this.backupIntervalMs) this.automaticBackup();
    return this.saveState();
  }

  /** Takes a start backup still due, flushes and stops the timers: call on quit. Says whether anything is left unsaved. */
  close(): SaveState {
    this.startBackup.settle();
    return this.flush();
  }

  /**
   * Replaces the data with a snapshot, after saving the current state as a snapshot of its own,
   * so a restore can be undone. Without that snapshot nothing is touched.
   */
  restore(id: string): { plan: Plan; notices: StoreNotice[]; undoId: string | null } {
    return this.replaceWith(this.backups.read(id), message('errors.replace.nothingRestored'));
  }

  /** Replaces the whole plan with an imported one, first saving the current state as a backup. */
  replace(plan: Plan): { plan: Plan; notices: StoreNotice[]; undoId: string | null } {
    const partitions = new Set([SETTINGS_PARTITION, ...plan.items.map(partitionOf)]);
    const docs = new Map([...partitions].map((partition) => [partition, partitionDoc(plan, partition)]));
    return this.replaceWith(docs, message('errors.replace.nothingImported'));
  }

  /**
   * Writes `docs` as the data folder's partitions, after a snapshot of the current state (which
   * undoes the replacement). A write that fails puts that snapshot back: the change is whole or none.
   */
  private replaceWith(
    docs: Map<string, StoredDoc | object>,
    nothingDone: Message,
  ): { plan: Plan; notices: StoreNotice[]; undoId: string | null } {
    if (this.frozen.size > 0) {
      throw new DomainError('store-failed', message('errors.replace.newerVersion', { nothingDone }));
    }
    this.restoring = true;
    this.holdRotation = true;
    try {
      this.startBackup.settle();
      const before = this.flush().status === 'saved' ? this.snapshotOrEmpty('before-restore') : false;
      if (before === false) {
        throw new DomainError('store-failed', message('errors.replace.noBackup', { nothingDone }));
      }
      try {
        this.writeExactly(docs);
      } catch (error) {
        this.writeExactly(before ? this.backups.read(before.id) : new Map());
        const reason = message(`startup.reason.${problemOf(error)}`);
        throw new DomainError('store-failed', message('errors.replace.notWritten', { reason, nothingDone }));
      }
      return { ...this.load(), undoId: before?.id ?? null };
    } finally {
      this.restoring = false;
      this.holdRotation = false;
    }
  }

  /** Makes the data folder hold exactly these partitions. */
  private writeExactly(docs: Map<string, StoredDoc | object>): void {
    for (const [partition, doc] of docs) writePartitionFile(this.dataDir, partition, doc, this.fs);
    for (const partition of partitionsOnDisk(this.dataDir)) {
      if (!docs.has(partition)) rmSync(join(this.dataDir, fileOf(partition)));
    }
  }

  /** "Ta en säkerhetskopia nu": saves pending changes, then snapshots them; throws if it can't. */
  backupByHand(): BackupInfo | null {
    this.holdRotation = true;
    let made: BackupInfo | null | false;
    try {
      this.startBackup.settle();
      made = this.flush().status === 'saved' ? this.snapshotOrEmpty('manual') : false;
    } finally {
      this.holdRotation = false;
    }
    if (made === false) {
      throw new DomainError('store-failed', message('errors.backupByHand'));
    }
    return made;
  }

  /** Dismisses a recovery notice for good; returns the kept notices left. */
  dismissNotice(keptAs: string): StoreNotice[] {
    return dismissNotice(this.dataDir, keptAs, this.fs);
  }

  /** The snapshots, the start backup among them once it is due. */
  listBackups(): BackupInfo[] {
    this.startBackup.settle();
    return this.backups.list();
  }

  /** A verified snapshot of what is on disk; null if there is nothing to save, false if it failed. */
  private snapshotOrEmpty(reason: BackupReason): BackupInfo | null | false {
    // A newer version's file does not parse here, so it could never verify in a snapshot.
    const partitions = partitionsOnDisk(this.dataDir).filter((partition) => !this.frozen.has(partition));
    if (partitions.length === 0) return null;
    const made = this.backups.snapshot(partitions, reason, !this.holdRotation && reason === 'automatic', this.knownGood);
    if (!made) return false;
    this.lastBackupAt = this.clock().getTime();
    this.backupFailingSince = null;
    return made;
  }

  /** The backup taken while working: a failure is told, and tried again later rather than at every write. */
  private automaticBackup(): void {
    if (this.backupNow()) return;
    const now = this.clock();
    this.backupFailingSince ??= now.toISOString();
    this.lastBackupAt = now.getTime() - this.backupIntervalMs + Math.min(this.backupIntervalMs, BACKUP_RETRY_MS);
  }

  /** Takes a verified snapshot; true if one was made (or there was nothing to save). */
  private backupNow(): boolean {
    return this.snapshotOrEmpty('automatic') !== false;
  }

  private scheduleFlush(delay = this.flushDelayMs): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.flush().status === 'failing') this.scheduleFlush(this.nextRetryDelay());
    }, delay);
    // A pending retry must not keep a quitting process alive; close() flushes anyway.
    this.timer.unref?.();
  }

  private nextRetryDelay(): number {
    const attempts = this.failure?.attempts ?? 1;
    return Math.min(MAX_RETRY_DELAY_MS, this.retryDelayMs * 2 ** Math.min(attempts - 1, 4));
  }

  private recordFailure(partition: string, error: unknown): void {
    this.failure = {
      status: 'failing',
      problem: error instanceof NewerVersionError ? 'newer-version' : problemOf(error),
      file: fileOf(partition),
      detail: error instanceof Error ? error.message.slice(0, 300) : String(error),
      since: this.failure?.since ?? this.clock().toISOString(),
      attempts: (this.failure?.attempts ?? 0) + 1,
    };
  }

  private backupFailedNotice(): StoreNotice {
    this.onChange(); // told once the notice is kept: onChange's reader runs after this step
    const detectedAt = this.clock().toISOString();
    return { kind: 'backup-failed', file: 'backups', keptAs: '', reason: '', backupCreatedAt: null, detectedAt };
  }

  /** Items stored in the wrong partition (an interrupted move) are rewritten where they belong. */
  private markMisplaced(docs: Map<string, StoredDoc>): void {
    const kept = new Set(this.plan.items);
    for (const [partition, doc] of docs) {
      if (partition === SETTINGS_PARTITION) continue;
      for (const item of doc.items as ContentItem[]) {
        if (partitionOf(item) !== partition || !kept.has(item)) {
          this.dirty.add(partition).add(partitionOf(item));
        }
      }
    }
  }

  private readOrRecover(partition: string, notices: StoreNotice[], reader: FileReader): StoredDoc | null {
    const context = { dataDir: this.dataDir, backups: this.backups, clock: this.clock, fs: this.fs };
    const read = readAtStart(partition, reader, notices, context);
    if (!read) return null;
    if (read.frozen) this.frozen.add(partition);
    if (read.dirty) this.dirty.add(partition);
    if (read.known) this.knownGood.set(partition, read.known);
    return read.doc;
  }
}

function idsOf(items: readonly ContentItem[]): Set<string> {
  return new Set(items.map((item) => item.id));
}
