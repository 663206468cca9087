// The backup taken at every start (DESIGN §6) runs just after the start instead of inside it:
// copying and reading back 44 MB at 10,000 items doubled the start (issue #11). It still comes
// before anything the store writes: each path that writes or backs up settles it first.
import type { StoreNotice } from '../../src-shared/ipc/store-types';

export class StartBackup {
  private due = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Failures not yet handed to the plan service. */
  private failures: StoreNotice[] = [];

  constructor(
    /** Takes the snapshot; true if one was made (or there was nothing to save). */
    private readonly take: () => boolean,
    private readonly failedNotice: () => StoreNotice,
  ) {}

  /** A start just read the files: they are to be backed up before anything else touches them. */
  markDue(): void {
    this.cancelTimer();
    this.due = true;
  }

  /** Nothing to back up (the files are a verified backup already, as after a restore). */
  drop(): void {
    this.cancelTimer();
    this.due = false;
  }

  isDue(): boolean {
    return this.due;
  }

  /** Takes it after `delayMs`, unless something settles it sooner. Never keeps a quitting process alive. */
  schedule(delayMs: number): void {
    if (!this.due || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.settle();
    }, delayMs);
    this.timer.unref?.();
  }

  /** Takes the start backup now if it is still due; a failure is kept to be reported. */
  settle(): void {
    if (!this.due) return;
    this.drop();
    let made = false;
    try {
      made = this.take();
    } catch {
      // E.g. the data folder became unreadable: run from a timer, a throw would end the app.
    }
    if (!made) this.failures.push(this.failedNotice());
  }

  /** Failures since the last call: each is reported once. */
  takeFailures(): StoreNotice[] {
    const failures = this.failures;
    this.failures = [];
    return failures;
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
