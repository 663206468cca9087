// What a drop on the kanban does, decided in one pure place (STYLE habit 5: the drag callback
// calls this, then applies what it returns): one `item.move`, or nothing when the card lands
// where it already was, so such a drop makes no command and no undo step.
import type { PlanCommand } from '../plan/commands';
import { columnHolding, indexInFullColumn, moveId, type Columns } from './columns';

export type MoveCommand = Extract<PlanCommand, { type: 'item.move' }>;

/**
 * The drop of card `id` on `overId` (a card or a column; null: dropped outside every column).
 * `dragging` holds the columns as the drag left them (moves between columns already made while
 * over them, dnd-kit's MultipleContainers); `full` the whole columns, hidden cards included.
 */
export function kanbanDrop(dragging: Columns, full: Columns, id: string, overId: string | null): MoveCommand | null {
  if (overId === null) return null;
  const final = reorderWithin(dragging, id, overId);
  const status = columnHolding(final, id);
  if (!status) return null;
  const index = indexInFullColumn(full[status], final[status], id);
  if (full[status].indexOf(id) === index) return null;
  return { type: 'item.move', id, status, index };
}

/** Within its column, the card takes the place of the card it was dropped on. */
function reorderWithin(columns: Columns, id: string, overId: string): Columns {
  const status = columnHolding(columns, id);
  if (!status) return columns;
  const to = columns[status].indexOf(overId);
  return to < 0 ? columns : moveId(columns, id, status, to);
}
