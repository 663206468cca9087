// The plan's items held normalised (issue #20): by id, and each kanban column's ids in rank
// order (dnd-kit's `Record<ColumnId, CardId[]>`). Main and the renderer each hold one and commit
// every command's change to it, so no change walks the whole plan. Items are never changed in
// place; a column's array is replaced, never changed, so a view holding it can compare identity.
import { STATUS_IDS, type ContentItem, type StatusId } from './model';
import { compareCodeUnits } from './order';

export type Columns = Record<StatusId, readonly string[]>;

/** Items by id, `null` for an item removed: what a command changed, and what a table commits. */
export type ItemChanges = ReadonlyMap<string, ContentItem | null>;

export function byRank(a: ContentItem, b: ContentItem): number {
  return a.rank - b.rank || compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id);
}

function emptyColumns(): Record<StatusId, string[]> {
  return Object.fromEntries(STATUS_IDS.map((status) => [status, []])) as unknown as Record<StatusId, string[]>;
}

/** A change that moves more items than this re-sorts the columns instead of placing each. */
const BULK = 512;

function sortedColumns(items: Iterable<ContentItem>): Columns {
  const columns = emptyColumns();
  for (const item of [...items].sort(byRank)) columns[item.status].push(item.id);
  return columns;
}

export class ItemTable {
  private readonly byId = new Map<string, ContentItem>();
  private columnIds: Columns = emptyColumns();

  /** A table of `items`; the last of two with one id wins. */
  static of(items: Iterable<ContentItem>): ItemTable {
    const table = new ItemTable();
    table.reset(items);
    return table;
  }

  /** Holds exactly `items` from now on (a load, a restore, an import). */
  reset(items: Iterable<ContentItem>): void {
    this.byId.clear();
    for (const item of items) this.byId.set(item.id, item);
    this.columnIds = sortedColumns(this.byId.values());
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ContentItem | undefined {
    return this.byId.get(id);
  }

  values(): IterableIterator<ContentItem> {
    return this.byId.values();
  }

  /** Every column's ids in rank order; the object is replaced whenever a column changes. */
  get columns(): Columns {
    return this.columnIds;
  }

  /** One column's items in rank order. */
  column(status: StatusId): ContentItem[] {
    return this.columnIds[status].map((id) => this.byId.get(id) as ContentItem);
  }

  /**
   * Puts the changed items in (null removes one) and returns what each id held before
   * (undefined: nothing). Only the columns whose ids or order change get new arrays.
   */
  commit(changes: ItemChanges): Map<string, ContentItem | undefined> {
    const before = new Map<string, ContentItem | undefined>();
    const moved = new Set<StatusId>();
    const leaving: Array<ContentItem> = [];
    const joining: Array<ContentItem> = [];
    for (const [id, next] of changes) {
      const previous = this.byId.get(id);
      if (!before.has(id)) before.set(id, previous);
      if (next) this.byId.set(id, next);
      else this.byId.delete(id);
      if (previous && (!next || next.status !== previous.status || byRank(previous, next) !== 0)) leaving.push(previous);
      if (next && (!previous || next.status !== previous.status || byRank(previous, next) !== 0)) joining.push(next);
    }
    if (leaving.length === 0 && joining.length === 0) return before;
    // Thousands at once (the archive coming in): one sort, not a splice for each.
    if (leaving.length + joining.length > BULK) {
      this.columnIds = sortedColumns(this.byId.values());
      return before;
    }
    const columns = { ...this.columnIds } as Record<StatusId, string[]>;
    const fresh = (status: StatusId): string[] => {
      if (!moved.has(status)) columns[status] = [...columns[status]];
      moved.add(status);
      return columns[status];
    };
    for (const item of leaving) {
      const column = fresh(item.status);
      const at = column.indexOf(item.id);
      if (at >= 0) column.splice(at, 1);
    }
    for (const item of joining) insertByRank(fresh(item.status), item, this.byId);
    this.columnIds = columns;
    return before;
  }
}

/** Puts the id where its rank sorts it (a binary search: the column is in rank order already). */
function insertByRank(column: string[], item: ContentItem, byId: ReadonlyMap<string, ContentItem>): void {
  let [low, high] = [0, column.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    const other = byId.get(column[middle] as string) as ContentItem;
    if (byRank(other, item) < 0) low = middle + 1;
    else high = middle;
  }
  column.splice(low, 0, item.id);
}
