// Kanban drag state as ids per column (dnd-kit's MultipleContainers shape) and the pure moves on
// it, so a drag callback only calls these and then one command.
import { byRank, type Columns } from '../plan/item-table';
import { STATUS_IDS, type ContentItem, type StatusId } from '../plan/model';

export type { Columns } from '../plan/item-table';

export function columnsOf(items: readonly ContentItem[]): Columns {
  const columns = Object.fromEntries(STATUS_IDS.map((status) => [status, [] as string[]])) as Record<StatusId, string[]>;
  for (const item of [...items].sort(byRank)) columns[item.status].push(item.id);
  return columns;
}

export function columnHolding(columns: Columns, id: string): StatusId | null {
  if ((STATUS_IDS as readonly string[]).includes(id)) return id as StatusId;
  return STATUS_IDS.find((status) => columns[status].includes(id)) ?? null;
}

/** Moves `id` into `to` at `index` (clamped). */
export function moveId(columns: Columns, id: string, to: StatusId, index: number): Columns {
  const next = Object.fromEntries(
    STATUS_IDS.map((status) => [status, columns[status].filter((other) => other !== id)]),
  ) as Record<StatusId, string[]>;
  const target = next[to];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, id);
  return next;
}

/**
 * Where a card dropped among the visible (maybe filtered) cards goes in the whole column: right
 * after its visible neighbour above, or first if it has none.
 */
export function indexInFullColumn(fullColumn: readonly string[], visibleAfterDrop: readonly string[], id: string): number {
  const others = fullColumn.filter((other) => other !== id);
  const position = visibleAfterDrop.indexOf(id);
  const above = position > 0 ? visibleAfterDrop[position - 1] : undefined;
  if (above !== undefined && others.includes(above)) return others.indexOf(above) + 1;
  const below = visibleAfterDrop[position + 1];
  return below !== undefined && others.includes(below) ? others.indexOf(below) : 0;
}
