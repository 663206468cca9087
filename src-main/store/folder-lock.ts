// One process per data folder (DESIGN §6, issue 9 item 6, issue 16 items 4 and 8). Two processes
// on one folder lose each other's writes, so the folder is locked before anything in it is read.
// proper-lockfile's lock is a directory whose mtime the holder refreshes; inside it we note who
// holds it (pid, computer, process start), which tells a lock left by a crash (its process is gone:
// taken over at once) from one whose holder is paused (a closed laptop lid, a debugger: kept, however
// long). Only a holder on another computer is judged by the age of its refresh, generously.
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { problemOf } from './durable-write';
import { StartupError } from './startup-error';

/** Inside the data folder: its parent may not be ours to write in. */
export const LOCK_NAME = 'kanalplan.lock';
const OWNER_FILE = 'owner.json';
/** Kanalplan before owners were noted refreshed every 5 s and gave up a lock after 10 s. */
const OWNERLESS_STALE_MS = 10_000;

export interface FolderLockOptions {
  /** A lock whose holder cannot be asked (another computer) is abandoned once not refreshed for this long. */
  staleMs?: number;
  /** How often the holder refreshes its lock, and so how soon it learns that the lock was taken. */
  updateMs?: number;
}

/** `unavailable`: not taken yet for lack of space (a full disk at start); tried again before each write. */
export type LockState = 'held' | 'unavailable' | 'lost';

export interface FolderLock {
  /** Asked before every write: whether the folder is still ours. Takes a lock still unavailable. */
  state(): LockState;
  /** Told once, when the lock is found lost: removed, or taken by another process. */
  onLost(listener: (error: Error) => void): void;
  release(): void;
}

interface Owner {
  pid: number;
  host: string;
  /** The process's start on Linux, so that a pid used again by another process is not taken for ours. */
  started: string | null;
  token: string;
}

/**
 * Locks `dataDir` for this process. Throws a StartupError ('data-folder-in-use') without touching
 * the folder when a live process holds it, or 'data-folder-unwritable' when it cannot be made.
 */
export function lockDataFolder(dataDir: string, options: FolderLockOptions = {}): FolderLock {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError('data-folder-unwritable', dataDir, error);
  }
  const lock = new HeldLock(dataDir, options.staleMs ?? 30 * 60_000, options.updateMs ?? 5_000);
  lock.take();
  return lock;
}

class HeldLock implements FolderLock {
  private readonly path: string;
  private readonly owner: Owner = { pid: process.pid, host: hostname(), started: processStart(process.pid), token: randomUUID() };
  private current: LockState = 'unavailable';
  private releaseLock: (() => void) | null = null;
  private readonly listeners: Array<(error: Error) => void> = [];
  private lostWith: Error | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly staleMs: number,
    private readonly updateMs: number,
  ) {
    this.path = join(dataDir, LOCK_NAME);
  }

  /** Takes the lock: held, or unavailable for lack of space. Throws a StartupError when another holds it. */
  take(): LockState {
    try {
      if (!clearAbandoned(this.path, this.staleMs)) throw Object.assign(new Error('held'), { code: 'ELOCKED' });
      this.releaseLock = lockfile.lockSync(this.dataDir, {
        lockfilePath: this.path,
        realpath: false,
        stale: this.staleMs,
        update: this.updateMs,
        // The default throws from a timer, which would end the app over a lock it cannot refresh.
        onCompromised: (error) => this.lose(error),
      });
      noteOwner(this.path, this.owner);
      this.current = 'held';
    } catch (error) {
      // Ours half made (no space for the owner file): undone, or it would look held by no one alive.
      if (this.releaseLock) rmSync(join(this.path, OWNER_FILE), { force: true });
      this.releaseQuietly();
      const code = (error as { code?: unknown }).code;
      if (code === 'ELOCKED' || code === 'ENOTEMPTY') throw new StartupError('data-folder-in-use', this.dataDir, error);
      if (problemOf(error) !== 'disk-full') throw new StartupError('data-folder-unwritable', this.dataDir, error);
      this.current = 'unavailable';
    }
    return this.current;
  }

  state(): LockState {
    if (this.current === 'unavailable') {
      try {
        this.take();
      } catch (error) {
        this.lose(error as Error);
      }
    } else if (this.current === 'held' && !this.stillOurs()) {
      // As proper-lockfile says it: ECOMPROMISED, with the lock's path.
      this.lose(Object.assign(new Error(this.path), { code: 'ECOMPROMISED' }));
    }
    return this.current;
  }

  onLost(listener: (error: Error) => void): void {
    if (this.lostWith) listener(this.lostWith);
    else this.listeners.push(listener);
  }

  release(): void {
    if (this.current === 'held' && this.stillOurs()) rmSync(join(this.path, OWNER_FILE), { force: true });
    this.releaseQuietly();
  }

  private stillOurs(): boolean {
    return readOwner(this.path)?.token === this.owner.token;
  }

  private lose(error: Error): void {
    if (this.lostWith) return;
    this.lostWith = error;
    this.current = 'lost';
    this.releaseLock = null; // proper-lockfile has let go of it already, or it is another's now
    for (const listener of this.listeners.splice(0)) listener(error);
  }

  private releaseQuietly(): void {
    try {
      this.releaseLock?.();
    } catch {
      // Already released, or compromised and taken over: nothing of ours is left to remove.
    }
    this.releaseLock = null;
  }
}

/** Removes a lock whose holder is gone; false if a live holder has it. A stray file is never a lock. */
function clearAbandoned(path: string, staleMs: number): boolean {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return true; // none there (or unreadable, which taking it will say)
  }
  if (stats.isDirectory() && !isAbandoned(path, stats, staleMs)) return false;
  rmSync(path, { recursive: true, force: true });
  return true;
}

function isAbandoned(path: string, stats: Stats, staleMs: number): boolean {
  const owner = readOwner(path);
  const age = Date.now() - stats.mtimeMs;
  if (!owner) return age > OWNERLESS_STALE_MS;
  if (owner.host !== hostname()) return age > staleMs;
  return !isAlive(owner);
}

function isAlive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: alive, another user's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/**
 * Writes who holds the lock into its directory, then puts the directory's mtime back: proper-lockfile
 * takes any other mtime than the one it set for a sign that another process took the lock.
 */
function noteOwner(path: string, owner: Owner): void {
  const { atime, mtime } = statSync(path);
  writeFileSync(join(path, OWNER_FILE), JSON.stringify(owner));
  utimesSync(path, atime, mtime);
}

function readOwner(path: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(join(path, OWNER_FILE), 'utf8')) as Owner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** A process's start time in clock ticks since boot (Linux); null where the system does not say. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which may hold spaces and parentheses; the 22nd is the start.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
