// The plan on disk: partitioned files, batched writes, recovery from corrupt files, backups.
// The plan itself lives in memory (PlanService); this class only loads and persists it. A write
// that fails keeps the change pending in memory, is retried, and is reported (saveState).
import * as nodeFs from 'node:fs';
import { DomainError, message } from '../../src-shared/ipc/errors';
import type { Message } from '../../src-shared/i18n/messages';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import type { Plan } from '../../src-shared/plan/model';
import type { BackupInfo, SaveState, StoreNotice } from '../../src-shared/ipc/store-types';
import { Backups, type KnownGood } from './backups';
import { CommitUnfinished, commitPartitions, finishLeftJournal } from './commit';
import { SaveFailure } from './save-failure';
import { problemOf, type WriteError, type WriteFs } from './durable-write';
import type { FolderLock } from './folder-lock';
import { fileOf } from './partition-files';
import { partitionBytes } from './partition-bytes';
import type { StoredDoc } from './migrations';
import { SETTINGS_PARTITION, partitionDoc, partitionOf, planOfDocs } from './partitions';
import { dismissNotice, isKeptNotice, keepNotices, readKeptNotices } from './notice-file';
import { StartBackup } from './start-backup';
import { readDataFolder } from './start-folder';
import { WorkingBackups } from './working-backups';
import { WriteGuard } from './write-guard';
import { partitionsOnDisk } from './start-read';
import { systemClock, type Clock } from '../clock';
import { stepsFor, type StepHook, type StepOp } from './steps';

export interface PlanStoreOptions {
  /** At most one write per this many ms while the user types (DESIGN §6). */
  flushDelayMs?: number;
  /** A backup at most this often while changing. */
  backupIntervalMs?: number;
  /** Retries of a failed write back off from this delay up to 30 s (or stay at it, if longer). */
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
  /** Told at each named step of a write (steps.ts): the crash tests kill the process there. */
  onStep?: StepHook;
  /**
   * Keep each item's bytes as read from its file (partition-files.ts), for the browser harness,
   * which answers with them instead of stringifying the plan (answer-bytes.ts). Off in the app:
   * Electron's IPC sends no JSON, and keeping them cost a start ~40 ms and the files' bytes in memory.
   */
  keepReadBytes?: boolean;
  /**
   * Called whenever the save state or the notices may have changed (a write, a change waiting to
   * be written, a backup that failed); the services read them then and tell the window.
   */
  onChange?: () => void;
  /** The data folder's lock: asked before every write; once it is lost, nothing more is written. */
  lock?: Pick<FolderLock, 'state' | 'onLost'>;
  /** The data folder took no file at start (a full disk): the plan opens with the alert, and nothing is written until it does. */
  startProblem?: WriteError | null;
}

/** The plan after a restore or an import, and the snapshot that undoes it. */
type Replaced = { plan: Plan; notices: StoreNotice[]; undoId: string | null };

export class PlanStore {
  readonly backups: Backups;
  private readonly clock: Clock;
  private readonly flushDelayMs: number;
  /** Partitions to write at the next flush. */
  private readonly dirty = new Set<string>();
  private readonly fs: WriteFs;
  private readonly onStep: StepHook | undefined;
  private readonly keepReadBytes: boolean;
  private readonly guard: WriteGuard;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly working: WorkingBackups;
  private plan: Plan = emptyPlan();
  private readonly failure: SaveFailure;
  /** A step committed whose files are not all in place (a rename failed): finished before anything else is written. */
  private unfinished = false;
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
    this.onChange = options.onChange ?? (() => undefined);
    this.flushDelayMs = options.flushDelayMs ?? 1000;
    this.failure = new SaveFailure(this.clock, options.retryDelayMs ?? 2000);
    this.fs = options.fs ?? nodeFs;
    this.onStep = options.onStep;
    this.keepReadBytes = options.keepReadBytes ?? false;
    this.backups = new Backups(dataDir, this.clock, this.fs, stepsFor(options.onStep, 'backup'));
    const intervalMs = options.backupIntervalMs ?? 15 * 60 * 1000;
    this.working = new WorkingBackups(this.backups, { dataDir, clock: this.clock, intervalMs, frozen: this.frozen, knownGood: this.knownGood });
    this.startBackupDelayMs = options.startBackupDelayMs ?? 3_000;
    this.startBackup = new StartBackup(
      () => {
        const made = this.backupNow();
        this.knownGood.clear();
        return made;
      },
      () => this.backupFailedNotice(),
    );
    // Learnt from the lock's own timer, maybe with nothing to write: the window is told at once.
    this.guard = new WriteGuard(dataDir, this.failure, {
      ...options,
      onLockLost: () => {
        this.cancelTimer();
        this.onChange();
      },
    });
  }

  /**
   * Finishes a step a kill interrupted, reads every partition (recovering corrupt ones from
   * backups) and schedules the start backup, which any write, restore, import or backup by hand
   * takes first if it has not run yet. Throws a StartupError with a plain message if the folder
   * cannot be read at all.
   */
  load(): { plan: Plan; notices: StoreNotice[] } {
    // After a restore the files are a verified backup already: no start backup is needed.
    if (this.restoring) this.startBackup.drop();
    else this.startBackup.markDue();
    const start = readDataFolder({ dataDir: this.dataDir, backups: this.backups, clock: this.clock, fs: this.fs, onStep: this.onStep, keepReadBytes: this.keepReadBytes });
    this.plan = start.plan;
    replaceSet(this.frozen, start.frozen);
    replaceSet(this.dirty, start.dirty);
    this.knownGood.clear();
    for (const [partition, known] of start.knownGood) this.knownGood.set(partition, known);
    // Older files are migrated in memory and marked dirty: the flush below rewrites them, after
    // the start backup of the originals, which it takes first.
    this.flush();
    // A failure of a start backup that this flush took first is told now, with the rest.
    const notices = [...start.notices, ...this.startBackup.takeFailures()];
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
    const backup = this.working.failingSince ? { backupFailingSince: this.working.failingSince } : {};
    if (this.failure.current) return { ...this.failure.current, ...backup };
    return { status: this.dirty.size > 0 || this.unfinished ? 'pending' : 'saved', ...backup };
  }

  /**
   * Records the in-memory plan after a change and schedules a write of the partitions it touched
   * (the service knows them from what the command changed). `plan` lists its items when a flush
   * reads them, once per version, not at every keystroke.
   */
  update(plan: Plan, partitions: Iterable<string>): void {
    this.plan = plan;
    for (const partition of partitions) this.dirty.add(partition);
    this.scheduleFlush();
    this.onChange();
  }

  /**
   * Writes every pending partition now, as one step (commit.ts): a post moving between two files
   * is in exactly one of them after a kill at any point. A write that fails is retried by itself,
   * whoever asked for this one: "Försök igen", a backup by hand, a restore or an import (issue 16 item 2).
   */
  flush(): SaveState {
    this.cancelTimer();
    try {
      const state = this.writePending();
      // Once the lock is lost no retry could write: the alert offers a copy instead.
      if (state.status === 'failing' && !this.guard.lockLost) this.scheduleFlush(this.failure.nextRetryDelay());
      return state;
    } finally {
      this.onChange();
    }
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
  restore(id: string): Replaced {
    return this.replaceWith(this.backups.read(id), 'restore', message('errors.replace.nothingRestored'));
  }

  /** Replaces the whole plan with an imported one, first saving the current state as a backup. */
  replace(plan: Plan): Replaced {
    const partitions = new Set([SETTINGS_PARTITION, ...plan.items.map(partitionOf)]);
    const docs = new Map([...partitions].map((partition) => [partition, partitionDoc(plan, partition)]));
    return this.replaceWith(docs, 'import', message('errors.replace.nothingImported'));
  }

  /**
   * Makes `docs` the data folder's partitions in one step, after a snapshot of the current state
   * (which undoes the replacement). Whole or none: a write that fails before the step's commit
   * point has changed nothing, and one after it is finished by the retries (commit.ts).
   */
  private replaceWith(docs: Map<string, StoredDoc | object>, op: StepOp, nothingDone: Message): Replaced {
    if (this.frozen.size > 0) throw new DomainError('store-failed', message('errors.replace.newerVersion', { nothingDone }));
    this.restoring = true;
    try {
      return this.working.holdingRotation(() => this.replaceNow(docs, op, nothingDone));
    } finally {
      this.restoring = false;
    }
  }

  private replaceNow(docs: Map<string, StoredDoc | object>, op: StepOp, nothingDone: Message): Replaced {
    this.startBackup.settle();
    const saved = this.flush().status === 'saved';
    if (this.guard.lockLost) throw new DomainError('store-failed', message('errors.replace.lockLost', { nothingDone }));
    const before = saved ? this.working.take(op === 'import' ? 'before-import' : 'before-restore') : false;
    if (before === false) throw new DomainError('store-failed', message('errors.replace.noBackup', { nothingDone }));
    const undoId = before?.id ?? null;
    try {
      this.commit(docs, partitionsOnDisk(this.dataDir).filter((partition) => !docs.has(partition)), op);
    } catch (error) {
      if (!(error instanceof CommitUnfinished)) {
        const reason = message(`startup.reason.${problemOf(error)}`);
        throw new DomainError('store-failed', message('errors.replace.notWritten', { reason, nothingDone }));
      }
      // Committed: the new plan stands, and the retries put its last files in place.
      this.plan = planOfDocs(docs);
      this.failure.record(error);
      this.scheduleFlush(this.failure.nextRetryDelay());
      return { plan: this.plan, notices: [], undoId };
    }
    return { ...this.load(), undoId };
  }

  /** "Ta en säkerhetskopia nu": saves pending changes, then snapshots them; throws if it can't. */
  backupByHand(): BackupInfo | null {
    const made = this.working.holdingRotation(() => {
      this.startBackup.settle();
      return this.flush().status === 'saved' ? this.working.take('manual') : false;
    });
    if (made === false) {
      throw new DomainError('store-failed', message(this.guard.lockLost ? 'errors.backupLockLost' : 'errors.backupByHand'));
    }
    return made;
  }

  /** Dismisses a recovery notice for good; returns the kept notices left. */
  dismissNotice(keptAs: string): StoreNotice[] {
    // Once the folder is another's, even this small file is left alone: the notice comes back next time.
    if (this.guard.lockLost) return readKeptNotices(this.dataDir).filter((notice) => notice.keptAs !== keptAs);
    return dismissNotice(this.dataDir, keptAs, this.fs);
  }

  /** The snapshots, the start backup among them once it is due. */
  listBackups(): BackupInfo[] {
    this.startBackup.settle();
    return this.backups.list();
  }

  /** The pending partitions in one step; a newer version's file stays as it is, reported. */
  private writePending(): SaveState {
    if (!this.guard.mayWrite()) return this.saveState();
    // The files as they were at start are backed up before the first write changes them.
    if (this.dirty.size > 0) this.startBackup.settle();
    const writable = [...this.dirty].filter((partition) => !this.frozen.has(partition));
    try {
      if (this.unfinished) finishLeftJournal(this.dataDir, this.fs, stepsFor(this.onStep, 'replay'));
      this.unfinished = false;
      this.commit(new Map(writable.map((partition) => [partition, partitionDoc(this.plan, partition)])), [], 'flush');
    } catch (error) {
      // Everything stays dirty, in memory; nothing of this step is on disk (or all of it will be).
      this.failure.record(error);
      return this.saveState();
    }
    for (const partition of writable) this.dirty.delete(partition);
    const [frozen] = this.dirty;
    if (frozen !== undefined) {
      this.failure.set('newer-version', fileOf(frozen));
      return this.saveState();
    }
    this.failure.clear();
    if (writable.length > 0) this.working.afterWrite();
    return this.saveState();
  }

  private commit(docs: ReadonlyMap<string, StoredDoc | object>, removes: string[], op: StepOp): void {
    if (docs.size === 0 && removes.length === 0) return;
    const writes = new Map([...docs].map(([partition, doc]) => [partition, partitionBytes(doc)]));
    try {
      commitPartitions(this.dataDir, { writes, removes }, { fs: this.fs, op, now: this.clock(), steps: stepsFor(this.onStep, op) });
    } catch (error) {
      if (error instanceof CommitUnfinished) this.unfinished = true;
      throw error;
    }
  }

  /** Takes a verified snapshot; true if one was made, there was nothing to save, or nothing may be written (the lock's alert says so). */
  private backupNow(): boolean {
    return this.guard.lockLost || this.working.take('automatic') !== false;
  }

  private scheduleFlush(delay = this.flushDelayMs): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, delay);
    // A pending retry must not keep a quitting process alive; close() flushes anyway.
    this.timer.unref?.();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private backupFailedNotice(): StoreNotice {
    this.onChange(); // told once the notice is kept: onChange's reader runs after this step
    const detectedAt = this.clock().toISOString();
    return { kind: 'backup-failed', file: 'backups', keptAs: '', reason: '', backupCreatedAt: null, detectedAt };
  }
}

function replaceSet<T>(target: Set<T>, values: Iterable<T>): void {
  target.clear();
  for (const value of values) target.add(value);
}
