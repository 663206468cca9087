// The plan's items held normalised for the views: by id, by kanban column and by day. Built once
// per version of the item list, and from the version before it where that is cheaper: an edit
// that moves nothing keeps every column's array (and so every memoised column) as it was.
import { byRank } from '../../src-shared/plan/commands';
import { columnsOf, type Columns } from '../../src-shared/kanban/columns';
import { STATUS_IDS, type ContentItem } from '../../src-shared/plan/model';

export interface PlanIndex {
  items: readonly ContentItem[];
  byId: ReadonlyMap<string, ContentItem>;
  /** Each column's ids in rank order; an array keeps its identity while its column's order does. */
  columns: Columns;
  /** The ids of the items with a post on a day (the item's date or a variant's own), per day. */
  byDay: ReadonlyMap<string, readonly string[]>;
}

const built = new WeakMap<readonly ContentItem[], PlanIndex>();
let latest: PlanIndex | null = null;

export function planIndex(items: readonly ContentItem[]): PlanIndex {
  const cached = built.get(items);
  if (cached) return cached;
  const byId = new Map<string, ContentItem>();
  for (const item of items) byId.set(item.id, item);
  const previous = latest;
  const same = previous ? sameShape(previous, byId) : { order: false, days: false };
  const index: PlanIndex = {
    items,
    byId,
    columns: previous && same.order ? previous.columns : keepUnchanged(columnsOf(items), previous?.columns),
    byDay: previous && same.days ? previous.byDay : daysOf(items),
  };
  built.set(items, index);
  latest = index;
  return index;
}

/** Whether the columns' order and the days can be kept: the same ids, each with the same status, rank and days. */
function sameShape(previous: PlanIndex, byId: ReadonlyMap<string, ContentItem>): { order: boolean; days: boolean } {
  if (previous.byId.size !== byId.size) return { order: false, days: false };
  let order = true;
  let days = true;
  for (const [id, item] of byId) {
    const before = previous.byId.get(id);
    if (before === item) continue;
    if (!before) return { order: false, days: false };
    if (before.status !== item.status || byRank(before, item) !== 0) order = false;
    if (daysKey(before) !== daysKey(item)) days = false;
    if (!order && !days) break;
  }
  return { order, days };
}

/** A column whose ids are the same as before keeps its old array, so its view need not re-render. */
function keepUnchanged(next: Columns, previous: Columns | undefined): Columns {
  if (!previous) return next;
  for (const status of STATUS_IDS) if (sameIds(next[status], previous[status])) next[status] = previous[status];
  return next;
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function daysOfItem(item: ContentItem): string[] {
  const days = new Set<string>();
  if (item.date) days.add(item.date);
  for (const variant of item.variants) {
    const day = variant.date ?? item.date;
    if (day) days.add(day);
  }
  return [...days];
}

function daysKey(item: ContentItem): string {
  return daysOfItem(item).join(',');
}

function daysOf(items: readonly ContentItem[]): Map<string, string[]> {
  const byDay = new Map<string, string[]>();
  for (const item of items) {
    for (const day of daysOfItem(item)) {
      const ids = byDay.get(day);
      if (ids) ids.push(item.id);
      else byDay.set(day, [item.id]);
    }
  }
  return byDay;
}

/** The items with a post on any of `days`, each once. */
export function itemsOnDays(index: PlanIndex, days: readonly string[]): ContentItem[] {
  const ids = new Set(days.flatMap((day) => index.byDay.get(day) ?? []));
  return [...ids].map((id) => index.byId.get(id)).filter((item) => item !== undefined);
}
