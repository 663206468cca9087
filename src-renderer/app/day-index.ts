// The posts by day for the calendar, and the unscheduled ones for its backlog, kept from each
// change: a drop or a keystroke moves the changed posts between days, and a week switch asks
// seven days (issue #20). Arrays are replaced, never changed, so a view can compare identity.
import type { Committed } from '../../src-shared/plan/held-plan';
import type { ContentItem } from '../../src-shared/plan/model';
import type { ItemTable } from '../../src-shared/plan/item-table';
import { compareCodeUnits } from '../../src-shared/plan/order';
import { shiftDays } from '../../src-shared/calendar/dates';

/** The days an item has a post on: its own date, and each channel's own date. */
export function daysOfItem(item: ContentItem): string[] {
  const days: string[] = [];
  if (item.date) days.push(item.date);
  for (const variant of item.variants) {
    const day = variant.date ?? item.date;
    if (day && !days.includes(day)) days.push(day);
  }
  return days;
}

/** On the backlog: no date, and no channel with a date of its own. */
export function isUnscheduled(item: ContentItem): boolean {
  return !item.date && item.variants.every((variant) => !variant.date);
}

/** The backlog's order: oldest first, as the posts were made. */
function byCreation(a: ContentItem, b: ContentItem): number {
  return compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id);
}

export class DayIndex {
  private readonly days = new Map<string, readonly string[]>();
  private unscheduled: readonly ContentItem[] = [];
  /** Counts resets and commits: a list of items made at one count is stale at the next. */
  private changes = 0;
  /** The periods asked since the last change (the calendar's grid and the coverage panel's month ask two at once). */
  private periods = new Map<string, { changes: number; items: readonly ContentItem[] }>();

  reset(items: Iterable<ContentItem>): void {
    this.changes += 1;
    this.days.clear();
    const backlog: ContentItem[] = [];
    for (const item of items) {
      for (const day of daysOfItem(item)) this.days.set(day, [...(this.days.get(day) ?? []), item.id]);
      if (isUnscheduled(item)) backlog.push(item);
    }
    this.unscheduled = backlog.sort(byCreation);
  }

  commit({ before, after }: Committed): void {
    this.changes += 1;
    let backlog: ContentItem[] | null = null;
    for (const [id, next] of after) {
      const previous = before.get(id);
      const [was, is] = [previous ? daysOfItem(previous) : [], next ? daysOfItem(next) : []];
      for (const day of was) if (!is.includes(day)) this.drop(day, id);
      for (const day of is) if (!was.includes(day)) this.days.set(day, [...(this.days.get(day) ?? []), id]);
      const [wasListed, isListed] = [previous ? isUnscheduled(previous) : false, next ? isUnscheduled(next) : false];
      if (!wasListed && !isListed) continue;
      backlog ??= [...this.unscheduled];
      const at = wasListed ? backlog.findIndex((item) => item.id === id) : -1;
      if (at >= 0) backlog.splice(at, 1);
      if (isListed && next) backlog.splice(insertionPoint(backlog, next), 0, next);
    }
    if (backlog) this.unscheduled = backlog;
  }

  /** The ids with a post on `day`, in no particular order. */
  on(day: string): readonly string[] {
    return this.days.get(day) ?? NONE;
  }

  /** The ids with a post on any of `days`, each once. */
  onDays(days: readonly string[]): Set<string> {
    const ids = new Set<string>();
    for (const day of days) for (const id of this.on(day)) ids.add(id);
    return ids;
  }

  /**
   * The items with a post from `from` to `to`, each once; the same array until the plan changes
   * (a selector can return it, and two views may ask two periods in turn).
   */
  itemsIn(from: string, to: string, table: ItemTable): readonly ContentItem[] {
    const key = `${from}/${to}`;
    const period = this.periods.get(key);
    if (period?.changes === this.changes) return period.items;
    const days: string[] = [];
    for (let day = from; day <= to; day = shiftDays(day, 1)) days.push(day);
    const items = [...this.onDays(days)].map((id) => table.get(id)).filter((item) => item !== undefined);
    // Only the periods of the present version are kept: a week switch leaves no trail behind it.
    for (const [other, kept] of this.periods) if (kept.changes !== this.changes) this.periods.delete(other);
    this.periods.set(key, { changes: this.changes, items });
    return items;
  }

  /** The unscheduled items, oldest first; the same array while none of them changes. */
  get backlog(): readonly ContentItem[] {
    return this.unscheduled;
  }

  private drop(day: string, id: string): void {
    const ids = (this.days.get(day) ?? []).filter((other) => other !== id);
    if (ids.length > 0) this.days.set(day, ids);
    else this.days.delete(day);
  }
}

const NONE: readonly string[] = [];

function insertionPoint(sorted: readonly ContentItem[], item: ContentItem): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byCreation(sorted[middle] as ContentItem, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
