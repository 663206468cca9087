// The plan in memory: the source of truth in main. Commands are applied here with the same pure
// function the renderer uses, then handed to the store, which writes the touched partitions.
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import { isArchived, recentSince } from '../../src-shared/plan/archive';
import type { LoadedPlan, LoadedRecentPlan, PlanDelta, RestoredPlan } from '../../src-shared/ipc/contract';
import type { ContentItem, Plan } from '../../src-shared/plan/model';
import { toDay } from '../../src-shared/calendar/dates';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import { changedInPlace } from '../../src-shared/plan/changed-in-place';
import type { PlanStore } from '../store/plan-store';
import type { Clock } from '../clock';
import type { Emitter, MainEvents } from './events';

export class PlanService {
  private plan: Plan;
  private notices: StoreNotice[];
  /** The local day the series were last topped up on: they are again when the day has changed. */
  private toppedUpOn: string | null = null;

  constructor(
    private readonly store: PlanStore,
    private readonly clock: Clock,
    private readonly events: Emitter<MainEvents>,
  ) {
    ({ plan: this.plan, notices: this.notices } = store.load());
    this.topUpSeries();
  }

  current(): LoadedPlan {
    // The start backup runs just after start: a failure of it joins the notices when it happens.
    const late = this.store.lateNotices();
    if (late.length > 0) this.notices = [...this.notices, ...late];
    return { plan: this.plan, notices: this.notices };
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
    const items = this.plan.items.filter((item) => !isArchived(item, since));
    const { notices } = this.current();
    return { plan: { ...this.plan, items }, notices, archived: this.plan.items.length - items.length };
  }

  /**
   * The archive as it is now (what `recent()` leaves out), asked for once the board shows; and
   * the notices after the start backup, so that a failed one is told.
   */
  archive(): { items: ContentItem[]; notices: StoreNotice[] } {
    this.store.settleStartBackup();
    const since = recentSince(toDay(this.clock()));
    return { items: this.plan.items.filter((item) => isArchived(item, since)), notices: this.current().notices };
  }

  apply(command: PlanCommand): PlanDelta {
    const before = this.plan;
    // Posts a series makes on a new day reach the window with the answer to its next change.
    this.topUpSeries();
    const after = applyCommand(this.plan, command, this.clock().toISOString());
    this.commit(this.plan, after);
    return deltaBetween(before, after);
  }

  /**
   * Makes the series' posts that have come within their horizon (issue 19, item 3): at start,
   * and with the first read or change of each new day, so a window left open overnight gets them.
   */
  private topUpSeries(): void {
    const now = this.clock();
    const today = toDay(now);
    if (today === this.toppedUpOn) return;
    this.toppedUpOn = today;
    const before = this.plan;
    const after = applyCommand(before, { type: 'series.topUp', today }, now.toISOString());
    if (after !== before) this.commit(before, after);
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

  private commit(before: Plan, after: Plan): void {
    this.replaced(after);
    this.store.update(before, after);
  }

  /** Holds `plan` from now on; a change of the settings is told (the menu speaks their language). */
  private replaced(plan: Plan): void {
    const changed = plan.settings !== this.plan.settings;
    this.plan = plan;
    if (changed) this.events.emit('settings:changed', plan.settings);
  }
}

/** Items whose object changed (commands never mutate, so identity means unchanged), and the settings if they did. */
export function deltaBetween(before: Plan, after: Plan): PlanDelta {
  const settings = before.settings === after.settings ? {} : { settings: after.settings };
  // Most commands change items in place in the list: then a walk side by side finds them.
  const changed = changedInPlace(before.items, after.items);
  if (changed) return { items: changed, removedIds: [], ...settings };
  const previous = new Set(before.items);
  const remaining = new Set(after.items.map((item) => item.id));
  const delta: PlanDelta = {
    items: after.items.filter((item) => !previous.has(item)),
    removedIds: before.items.filter((item) => !remaining.has(item.id)).map((item) => item.id),
  };
  return before.settings === after.settings ? delta : { ...delta, settings: after.settings };
}
