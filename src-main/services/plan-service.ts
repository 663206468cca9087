// The plan in memory: the source of truth in main. Commands are applied here with the same pure
// function the renderer uses; what a command changed goes to the store, which writes the
// partitions it touched, and back to the window as the answer. Nothing compares whole plans.
import { changeOf, type PlanCommand } from '../../src-shared/plan/commands';
import { isArchived, recentSince } from '../../src-shared/plan/archive';
import type { LoadedPlan, LoadedRecentPlan, PlanDelta, RestoredPlan } from '../../src-shared/ipc/contract';
import type { ContentItem, Plan, Settings } from '../../src-shared/plan/model';
import { toDay } from '../../src-shared/calendar/dates';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import type { PlanChange } from '../../src-shared/plan/draft';
import { HeldPlan, type Committed } from '../../src-shared/plan/held-plan';
import { partitionOf, SETTINGS_PARTITION } from '../store/partitions';
import type { PlanStore } from '../store/plan-store';
import type { Clock } from '../clock';
import type { Emitter, MainEvents } from './events';

export class PlanService {
  private readonly held: HeldPlan;
  private notices: StoreNotice[];
  /** The local day the series were last topped up on: they are again when the day has changed. */
  private toppedUpOn: string | null = null;

  constructor(
    private readonly store: PlanStore,
    private readonly clock: Clock,
    private readonly events: Emitter<MainEvents>,
  ) {
    const loaded = store.load();
    this.held = new HeldPlan(loaded.plan);
    this.notices = loaded.notices;
    this.topUpSeries();
  }

  current(): LoadedPlan {
    return { plan: this.held.view(), notices: this.currentNotices() };
  }

  /** The settings as they are now: the menu's and the quit dialog's language, without listing the items. */
  settings(): Settings {
    return this.held.settings;
  }

  /** The notices as they are now; the start backup runs just after start, and a failure of it joins them when it happens. */
  currentNotices(): StoreNotice[] {
    const late = this.store.lateNotices();
    if (late.length > 0) this.notices = [...this.notices, ...late];
    return this.notices;
  }

  /** The whole plan (plan:load): after the start backup, so that a failed one is told. */
  loaded(): LoadedPlan {
    this.store.settleStartBackup();
    return this.current();
  }

  /**
   * The plan without its archive, and how many posts the archive holds (`plan:load-recent`):
   * what the window shows first, so it does not wait for the start backup either.
   */
  recent(): LoadedRecentPlan {
    this.topUpSeries();
    const since = recentSince(toDay(this.clock()));
    const all = this.held.items();
    const items = all.filter((item) => !isArchived(item, since));
    return { plan: { ...this.held.view(), items }, notices: this.currentNotices(), archived: all.length - items.length };
  }

  /**
   * The archive as it is now (what `recent()` leaves out), asked for once the board shows; and
   * the notices after the start backup, so that a failed one is told.
   */
  archive(): { items: ContentItem[]; notices: StoreNotice[] } {
    this.store.settleStartBackup();
    const since = recentSince(toDay(this.clock()));
    return { items: this.held.items().filter((item) => isArchived(item, since)), notices: this.currentNotices() };
  }

  /** Applies a command; the answer is what it changed, as main stored it. */
  apply(command: PlanCommand): PlanDelta {
    // Posts a series makes on a new day reach the window with the answer to its next change.
    const toppedUp = this.topUpSeries();
    const change = this.commit(changeOf(this.held.reader(), command, this.clock().toISOString()));
    return deltaOf(toppedUp ? joined(toppedUp, change) : change);
  }

  /** Holds what a change wrote, and has the store write the partitions it touched. */
  private commit(change: PlanChange): PlanChange {
    const committed = this.held.commit(change);
    this.store.update(this.held.view(), touchedPartitions(committed));
    if (committed.settingsChanged) this.events.emit('settings:changed', this.held.settings);
    return change;
  }

  /**
   * Makes the series' posts that have come within their horizon (issue 19, item 3): at start,
   * and with the first read or change of each new day, so a window left open overnight gets them.
   */
  private topUpSeries(): PlanChange | null {
    const now = this.clock();
    const today = toDay(now);
    if (today === this.toppedUpOn) return null;
    this.toppedUpOn = today;
    const change = changeOf(this.held.reader(), { type: 'series.topUp', today }, now.toISOString());
    if (change.items.size === 0 && change.settings === null) return null;
    return this.commit(change);
  }

  /** The restored plan, and the snapshot taken just before, which undoes the restore. */
  restoreBackup(id: string): RestoredPlan {
    const { plan, notices, undoId } = this.store.restore(id);
    this.replaced(plan);
    this.notices = notices;
    this.toppedUpOn = null; // the restored series are topped up with the next read or change
    return { ...this.current(), undoId };
  }

  /** A recovery notice the user has read and dismissed: it is not shown again. */
  dismissNotice(keptAs: string): StoreNotice[] {
    const kept = this.store.dismissNotice(keptAs);
    this.notices = this.notices.filter((notice) => notice.keptAs !== keptAs);
    return kept;
  }

  /** Replaces the whole plan (an import), after a backup that undoes it. */
  replacePlan(plan: Plan): RestoredPlan {
    const { plan: replaced, notices, undoId } = this.store.replace(plan);
    this.replaced(replaced);
    this.notices = notices;
    this.toppedUpOn = null;
    return { ...this.current(), undoId };
  }

  /** Holds `plan` from now on; a change of the settings is told (the menu speaks their language). */
  private replaced(plan: Plan): void {
    const changed = plan.settings !== this.held.settings;
    this.held.reset(plan);
    if (changed) this.events.emit('settings:changed', plan.settings);
  }
}

/** The partitions a change touches: where each changed item was and where it is now, and the settings'. */
export function touchedPartitions({ before, after, settingsChanged }: Committed): Set<string> {
  const partitions = new Set<string>(settingsChanged ? [SETTINGS_PARTITION] : []);
  for (const [id, item] of after) {
    const previous = before.get(id);
    // Where it is now first, then where it was: the store writes them in this order.
    if (item) partitions.add(partitionOf(item));
    if (previous) partitions.add(partitionOf(previous));
  }
  return partitions;
}

/** Two changes made one after the other as one: the later wins for an item both wrote. */
function joined(first: PlanChange, second: PlanChange): PlanChange {
  return { items: new Map([...first.items, ...second.items]), settings: second.settings ?? first.settings };
}

/** The answer to a command: the items it wrote as main stored them, the ids it removed, the settings if changed. */
export function deltaOf(change: PlanChange): PlanDelta {
  const items: ContentItem[] = [];
  const removedIds: string[] = [];
  for (const [id, item] of change.items) {
    if (item) items.push(item);
    else removedIds.push(id);
  }
  return change.settings ? { items, removedIds, settings: change.settings } : { items, removedIds };
}
